package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.cli.EgovDvcqgCommandsTest.assertOneLineError;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.smartcity.cli.SmartCityTest.Result;
import vn.smartcity.testkit.sandbox.EgovSandbox;

/**
 * {@code smartcity egov report ...} against the test kit's Open311 GeoReport v2 sandbox (Huế's
 * services 001 to 005 and the seeded reports HUE-000001 to HUE-000004, synthetic), in both wire
 * formats.
 */
class EgovReportCommandTest {

    private static EgovSandbox sandbox;
    private static String endpoint;

    @BeforeAll
    static void start() {
        sandbox = EgovSandbox.start(0);
        endpoint = sandbox.endpoint("/open311/v2").toString();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Result report(String format, String... args) {
        List<String> all = new ArrayList<>(List.of("egov", "report"));
        all.addAll(List.of(args));
        all.addAll(List.of("--endpoint", endpoint, "--allow-http", "--format", format));
        return SmartCityTest.run(all.toArray(String[]::new));
    }

    private static List<String> ids(JsonArray requests) {
        return requests.stream().map(r -> r.asJsonObject().getString("id")).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void servicesAndDefinitions(String format) {
        Result text = report(format, "services");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("001  Hư hỏng mặt đường  (Giao thông, realtime, has a definition)"), text.out());
        assertTrue(text.out().contains("004  Ngập úng  (Hạ tầng đô thị, batch, has a definition)"), text.out());

        JsonArray services = report(format, "services", "--json").json().getJsonArray("services");
        assertEquals(5, services.size());
        assertEquals("002", services.getJsonObject(1).getString("code"));
        assertFalse(services.getJsonObject(1).getBoolean("metadata"));

        Result definition = report(format, "definition", "001");
        assertEquals(0, definition.status(), definition.err());
        assertTrue(definition.out().startsWith("service 001: 6 attributes"), definition.out());
        assertTrue(definition.out().contains("  MUC_DO  singlevaluelist  required  Mức độ hư hỏng"), definition.out());
        assertTrue(definition.out().contains("      nghiem-trong = Nghiêm trọng"), definition.out());
        assertTrue(definition.out().contains("  HUONG_DAN  string  informational"), definition.out());

        JsonArray attributes =
                report(format, "definition", "001", "--json").json().getJsonArray("attributes");
        assertEquals(
                List.of("string", "singlevaluelist", "multivaluelist", "number", "datetime", "text"),
                attributes.stream()
                        .map(a -> a.asJsonObject().getString("datatype"))
                        .collect(Collectors.toList()));
        assertEquals(4, attributes.getJsonObject(2).getJsonArray("values").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json"})
    void aReportIsFiledListedAndFollowed(String format) {
        Result created = report(
                format,
                "create",
                "--service-code",
                "001",
                "--lat",
                "16.4637",
                "--long",
                "107.5909",
                "--description",
                "Ổ gà lớn trước cổng Ngọ Môn",
                "--media-url",
                "https://cdn.example.vn/anh/o-ga.jpg",
                "--attribute",
                "MUC_DO=nghiem-trong",
                "--attribute",
                "LAN_DUONG=trai",
                "--attribute",
                "LAN_DUONG=giua");
        assertEquals(0, created.status(), created.err());
        String id = created.out().strip();
        assertTrue(id.matches("HUE-\\d{6}"), id);

        JsonObject status = report(format, "status", id, "--json").json();
        assertEquals(id, status.getString("id"));
        assertEquals("open", status.getString("status"));
        assertEquals("001", status.getString("serviceCode"));
        assertEquals("Ổ gà lớn trước cổng Ngọ Môn", status.getString("description"));
        assertEquals(
                16.4637, status.getJsonObject("location").getJsonNumber("lat").doubleValue());
        assertEquals(
                107.5909, status.getJsonObject("location").getJsonNumber("long").doubleValue());

        Result text = report(format, "status", id);
        assertTrue(text.out().startsWith(id + "  open"), text.out());
        assertTrue(text.out().contains("  location: 16.4637,107.5909"), text.out());

        List<String> open =
                ids(report(format, "list", "--status", "open", "--json").json().getJsonArray("requests"));
        assertTrue(open.contains(id), open.toString());
        assertTrue(open.contains("HUE-000002"), open.toString());
        assertFalse(open.contains("HUE-000001"), open.toString());
        List<String> closed = ids(
                report(format, "list", "--status", "closed", "--json").json().getJsonArray("requests"));
        assertTrue(closed.containsAll(List.of("HUE-000001", "HUE-000004")), closed.toString());
        assertFalse(closed.contains(id));

        Result list = report(format, "list", "--service-code", "001");
        assertTrue(list.out().contains("HUE-000001  closed  001  "), list.out());
        assertTrue(list.out().contains(id + "  open  001  "), list.out());
    }

    @Test
    void theSeededClosedReportInFull() {
        Result r = report("xml", "status", "HUE-000001");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("HUE-000001  closed"), r.out());
        assertTrue(r.out().contains("  service: 001 Hư hỏng mặt đường"), r.out());
        assertTrue(r.out().contains("  agency: "), r.out());
    }

    @Test
    void aBatchServiceTokenIsFollowedToItsId() {
        Result r = report(
                "json",
                "create",
                "--service-code",
                "004",
                "--lat",
                "16.47",
                "--long",
                "107.58",
                "--description",
                "Ngập sau mưa",
                "--attribute",
                "DO_SAU=30",
                "--attribute",
                "LUU_THONG=kho-khan",
                "--json");
        assertEquals(0, r.status(), r.err());
        JsonObject o = r.json();
        assertEquals("pending", o.getString("result"));
        assertFalse(o.getString("token").isEmpty());
        assertTrue(o.getString("serviceRequestId").matches("HUE-\\d{6}"), r.out());
    }

    @Test
    void reportsThatDoNotFitAreRefusedBeforeSending() {
        assertOneLineError(
                report(
                        "xml",
                        "create",
                        "--service-code",
                        "001",
                        "--lat",
                        "16.46",
                        "--long",
                        "107.59",
                        "--description",
                        "Ổ gà"),
                "NewServiceRequest: attribute 'MUC_DO' is required by service 001");
        assertOneLineError(
                report("xml", "create", "--service-code", "002", "--description", "Rác"),
                "NewServiceRequest: a location is required");
        assertOneLineError(
                report("xml", "create", "--service-code", "002", "--lat", "16.46"), "give both --lat and --long");
        assertOneLineError(
                report("xml", "create", "--service-code", "002", "--lat", "96", "--long", "107"),
                "GeoPoint: latitude must be within [-90, 90]");
        assertOneLineError(
                report("xml", "create", "--service-code", "001", "--lat", "16", "--long", "107", "--attribute", "X"),
                "--attribute: expected CODE=VALUE, found X");
    }

    @Test
    void serviceErrorsAndBadOptionsExitOne(@TempDir Path dir) throws IOException {
        assertOneLineError(report("xml", "status", "HUE-999999"), "open311: service error 404");
        assertOneLineError(report("yaml", "services"), "--format: expected xml or json, found yaml");
        assertOneLineError(report("xml", "list", "--from", "yesterday"), "--from: not an ISO 8601 date-time");
        Result wrongJurisdiction = report("xml", "services", "--jurisdiction", "hanoi.gov.vn");
        assertOneLineError(wrongJurisdiction, "open311: service error");

        Path key = dir.resolve("key");
        Files.writeString(key, "not-the-key");
        Result forbidden = report(
                "xml", "create", "--service-code", "002", "--lat", "16.4", "--long", "107.5", "--api-key=@" + key);
        assertOneLineError(forbidden, "open311: service error");
        assertTrue(forbidden.err().contains("HTTP 403"), forbidden.err());
        assertFalse(forbidden.err().contains("not-the-key"));
        assertOneLineError(
                report("xml", "services", "--api-key", "sandbox-open311-key"),
                "--api-key is secret: give it as env:NAME or @FILE");
    }

    @Test
    void listJsonHasOneObjectPerReport() {
        JsonObject o = report("xml", "list", "--json").json();
        for (JsonValue r : o.getJsonArray("requests")) {
            assertTrue(r.asJsonObject().containsKey("status"), r.toString());
            assertTrue(r.asJsonObject().containsKey("location"), r.toString());
        }
        assertTrue(o.getJsonArray("requests").size() >= 4, o.toString());
    }
}
