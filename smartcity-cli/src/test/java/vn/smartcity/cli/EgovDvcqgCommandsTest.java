package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.smartcity.cli.SmartCityTest.Result;
import vn.smartcity.testkit.sandbox.EgovSandbox;

/**
 * {@code smartcity egov procedures} and {@code egov dossier submit|status} against the test kit's
 * sandbox on a free port. The sandbox's catalogue is six real national procedures as local copies
 * under {@code 000.00.00.H57}; the people and dossiers are synthetic.
 */
class EgovDvcqgCommandsTest {

    /** A synthetic owner: place code 046 (Thừa Thiên Huế), male, born 1989. */
    static final String OWNER = "046089012345";

    static final String PROCEDURE = "1.001612.000.00.00.H57";

    private static EgovSandbox sandbox;
    private static String endpoint;

    @BeforeAll
    static void start() {
        sandbox = EgovSandbox.start(0);
        endpoint = sandbox.endpoint("/dvcqg").toString();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    /** Runs an egov command against the sandbox's DVCQG adapter. */
    static Result dvcqg(String... args) {
        List<String> all = new ArrayList<>(List.of("egov"));
        all.addAll(List.of(args));
        all.addAll(List.of("--endpoint", endpoint, "--allow-http"));
        return SmartCityTest.run(all.toArray(String[]::new));
    }

    static void assertOneLineError(Result r, String start) {
        assertEquals(1, r.status(), r.out());
        String err = r.err().replace("\r", "");
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("smartcity: " + start), err);
        assertFalse(err.contains("\tat "), "no stack trace");
    }

    @Test
    void proceduresAreListed() {
        Result text = dvcqg("procedures");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("1.001612.000.00.00.H57  Đăng ký thành lập hộ kinh doanh  (HKD)"), text.out());
        assertEquals(6, text.out().lines().count(), text.out());

        Result json = dvcqg("procedures", "--json");
        assertEquals(0, json.status(), json.err());
        JsonArray procedures = json.json().getJsonArray("procedures");
        assertEquals(6, procedures.size());
        JsonObject first = procedures.getJsonObject(0);
        assertEquals(PROCEDURE, first.getString("MATTHC"));
        assertEquals("Đăng ký thành lập hộ kinh doanh", first.getString("TENTTHC"));
        assertEquals("HKD", first.getString("MALINHVUC"));
    }

    @Test
    void aSubmittedDossierIsFoundWithItsReceiptStep() {
        Result submit = dvcqg("dossier", "submit", "--procedure", PROCEDURE, "--owner", OWNER);
        assertEquals(0, submit.status(), submit.err());
        String code = submit.out().strip();
        assertTrue(code.matches("000\\.00\\.00\\.H57-\\d{6}-\\d{4}"), code);

        Result status = dvcqg("dossier", "status", code);
        assertEquals(0, status.status(), status.err());
        String out = status.out();
        assertTrue(out.startsWith(code + "  Đăng ký thành lập hộ kinh doanh (" + PROCEDURE + ")"), out);
        assertTrue(out.contains("  status 2 Được tiếp nhận (Received)"), out);
        assertTrue(out.contains("  owner Chủ hồ sơ 046*******45, 046*******45"), out);
        assertTrue(out.contains("Tiếp nhận hồ sơ  -> 2 Được tiếp nhận  (smartcity-cli)"), out);
        assertFalse(out.contains(OWNER), "the owner's number is masked");

        JsonObject json = dvcqg("dossier", "status", code, "--json").json();
        assertEquals(code, json.getJsonObject("dossier").getString("MaHoSo"));
        assertEquals("046*******45", json.getJsonObject("dossier").getString("MaDoiTuong"));
        assertEquals("HKD", json.getJsonObject("dossier").getString("MaLinhVuc"));
        assertEquals("Received", json.getJsonObject("status").getString("english"));
        assertEquals(
                "Tiếp nhận hồ sơ", json.getJsonArray("steps").getJsonObject(0).getString("NoiDungXuLy"));
    }

    @Test
    void theNextSubmissionGetsTheNextFreeNumberAndNamesAreMasked() {
        Result first = dvcqg("dossier", "submit", "--procedure", PROCEDURE, "--owner", OWNER);
        Result second = dvcqg(
                "dossier",
                "submit",
                "--procedure",
                "1.001193.000.00.00.H57",
                "--owner",
                OWNER,
                "--name",
                "Nguyễn Văn An",
                "--agency",
                "000.00.14.H57",
                "--json");
        assertEquals(0, second.status(), second.err());
        JsonObject o = second.json();
        String code = o.getString("dossierCode");
        assertTrue(code.startsWith("000.00.14.H57-"), "numbered by the receiving agency: " + code);
        assertNotEquals(first.out().strip(), code);
        JsonObject dossier = o.getJsonObject("dossier");
        assertEquals("N***** V** A*", dossier.getString("ChuHoSo"));
        assertEquals("046*******45", dossier.getString("MaDoiTuong"));
        assertEquals("HOTICH", dossier.getString("MaLinhVuc"));
        assertFalse(second.out().contains(OWNER));
        assertFalse(second.out().contains("Nguyễn Văn An"));

        Result third = dvcqg("dossier", "submit", "--procedure", PROCEDURE, "--owner", OWNER);
        assertNotEquals(first.out().strip(), third.out().strip(), "codes DVCQG holds are skipped");
    }

    @Test
    void badInputAndUnknownThingsExitOne() {
        assertOneLineError(
                dvcqg("dossier", "submit", "--procedure", "1.999999.000.00.00.H57", "--owner", OWNER),
                "no procedure 1.999999.000.00.00.H57 in the DVCQG catalogue");
        Result badOwner = dvcqg("dossier", "submit", "--procedure", PROCEDURE, "--owner", "04608901234");
        assertOneLineError(badOwner, "PersonalIdNumber: expected 12 digits, got 11");
        assertOneLineError(
                dvcqg("dossier", "status", "000.00.00.H57-250101-9999"),
                "no dossier 000.00.00.H57-250101-9999 on DVCQG");
        assertOneLineError(dvcqg("dossier", "status", "000.00.00.H57-250101"), "DossierCode");
        assertEquals(2, dvcqg("dossier", "submit", "--owner", OWNER).status(), "--procedure is required");
    }

    @Test
    void passwordsComeFromFilesOrTheEnvironmentNeverFromTheCommandLine(@TempDir Path dir) throws IOException {
        Path wrong = dir.resolve("password");
        Files.writeString(wrong, "not-the-password\n");
        Result refused = dvcqg("procedures", "--user", "sandbox", "--password=@" + wrong);
        assertOneLineError(refused, "dvcqg: ");
        assertFalse(refused.err().contains("not-the-password"), refused.err());

        Path right = dir.resolve("right");
        Files.writeString(right, sandbox.credentials().dvcqgPassword() + "\n");
        Result ok = dvcqg("procedures", "--user", "sandbox", "--password=@" + right);
        assertEquals(0, ok.status(), ok.err());

        // As a separate argument, picocli expands @FILE into the file's words; the file is read whole.
        Result separate = dvcqg("procedures", "--user", "sandbox", "--password", "@" + right);
        assertEquals(0, separate.status(), separate.err());

        Result plain = dvcqg("procedures", "--user", "sandbox", "--password", "sandbox-password");
        assertOneLineError(plain, "--password is secret: give it as env:NAME or @FILE");
        assertFalse(plain.err().contains("sandbox-password"));

        assertOneLineError(
                dvcqg("procedures", "--password", "env:SMARTCITY_TEST_SURELY_UNSET_VARIABLE"),
                "--password: environment variable SMARTCITY_TEST_SURELY_UNSET_VARIABLE is not set");
        assertOneLineError(dvcqg("procedures", "--user", "someone"), "no password for DVCQG user someone");
    }

    @Test
    void plainHttpIsRefusedWithoutAllowHttp() {
        Result r = SmartCityTest.run("egov", "procedures", "--endpoint", endpoint);
        assertOneLineError(
                r,
                "refusing plain HTTP endpoint " + endpoint
                        + ": use https://, or --allow-http for the sandbox or a test server");
        assertEquals("", r.out());
        assertOneLineError(
                SmartCityTest.run("egov", "procedures", "--endpoint", "ftp://127.0.0.1/dvcqg"),
                "--endpoint: not an http:// or https:// URL");
    }

    @Test
    void aRefusedConnectionIsOneLine() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Result r = SmartCityTest.run(
                "egov", "procedures", "--endpoint", "http://127.0.0.1:" + port + "/dvcqg", "--allow-http");
        assertOneLineError(r, "dvcqg: could not connect on POST http://127.0.0.1:" + port + "/dvcqg/mapi/login");
    }
}
