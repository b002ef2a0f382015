package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.cli.EgovDvcqgCommandsTest.assertOneLineError;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.smartcity.cli.SmartCityTest.Result;
import vn.smartcity.testkit.sandbox.EgovSandbox;
import vn.smartcity.testkit.sandbox.SandboxCredentials;

/**
 * {@code smartcity egov pay ...} against the test kit's payment sandboxes: a VNPay payment URL is
 * "paid" by GETting it without following the redirect, and the signed return in the {@code
 * Location} is verified. Orders and amounts are synthetic.
 */
class EgovPayCommandTest {

    static final String ORDER = "HS-2025-0001";
    static final String RETURN_URL = "https://dichvucong.hue.gov.vn/thanh-toan/ket-qua";

    private static EgovSandbox sandbox;
    private static final OkHttpClient HTTP =
            new OkHttpClient.Builder().followRedirects(false).build();

    @BeforeAll
    static void start() {
        sandbox = EgovSandbox.start(0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        HTTP.dispatcher().executorService().shutdown();
        HTTP.connectionPool().evictAll();
    }

    private static Result pay(String... args) {
        List<String> all = new ArrayList<>(List.of("egov", "pay"));
        all.addAll(List.of(args));
        return SmartCityTest.run(all.toArray(String[]::new));
    }

    private static String vnpayUrl() {
        return sandbox.endpoint("/vnpay/paymentv2/vpcpay.html").toString();
    }

    private static Result createVnPay(String order, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "create",
                "--gateway",
                "vnpay",
                "--sandbox",
                "--endpoint",
                vnpayUrl(),
                "--allow-http",
                "--order",
                order,
                "--amount",
                "150000",
                "--info",
                "Lệ phí đăng ký khai sinh",
                "--return-url",
                RETURN_URL,
                "--client-ip",
                "203.113.10.5"));
        args.addAll(List.of(more));
        return pay(args.toArray(String[]::new));
    }

    /** Pays at the sandbox: GET the payment URL, return the redirect's Location (the signed return). */
    private static String payAt(String url) throws IOException {
        try (Response response =
                HTTP.newCall(new Request.Builder().url(url).build()).execute()) {
            assertEquals(302, response.code());
            String location = response.header("Location");
            assertTrue(location != null, "a redirect");
            return location;
        }
    }

    private static Result verify(String query, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "verify-callback", "--gateway", "vnpay", "--sandbox", "--query", query, "--expect", ORDER + "=150000"));
        args.addAll(List.of(more));
        return pay(args.toArray(String[]::new));
    }

    @Test
    void gatewaysAreListedWithTheirSettings() {
        Result text = pay("gateways");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("vnpay - "), text.out());
        assertTrue(text.out().contains("    hashSecret  "), text.out());
        assertTrue(text.out().contains("secret: give env:NAME or @FILE"), text.out());

        JsonArray gateways = pay("gateways", "--json").json().getJsonArray("gateways");
        assertEquals(
                List.of("dvcqg-pay", "paygov", "vnpay"),
                gateways.stream().map(g -> g.asJsonObject().getString("id")).collect(Collectors.toList()));
    }

    @Test
    void aVnPayPaymentRoundTripVerifiesAndATamperedReturnIsRejected(@TempDir Path dir) throws Exception {
        Result created = createVnPay(ORDER, "--json");
        assertEquals(0, created.status(), created.err());
        JsonObject o = created.json();
        assertEquals("REDIRECT", o.getString("kind"));
        assertEquals(150_000, o.getInt("amount"));
        assertEquals("Le phi dang ky khai sinh", o.getJsonObject("fields").getString("vnp_OrderInfo"));
        assertFalse(created.out().contains(SandboxCredentials.DEFAULT.vnpayHashSecret()), "the secret is never shown");

        String location = payAt(o.getString("url"));
        assertTrue(location.startsWith(RETURN_URL + "?"), location);

        Result verified = verify(location, "--reply");
        assertEquals(0, verified.status(), verified.err());
        String[] lines = verified.out().replace("\r", "").split("\n");
        assertTrue(lines[0].startsWith("VERIFIED vnpay order " + ORDER + " 150.000 ₫ transaction "), verified.out());
        assertTrue(lines[0].endsWith("(vnp_TransactionStatus 00: Giao dịch thanh toán thành công)"), verified.out());
        assertEquals("reply {\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}", lines[1]);
        assertEquals("", verified.err());

        Path saved = dir.resolve("return.txt");
        Files.writeString(saved, location + "\n");
        Result fromFile = verify("@" + saved, "--return");
        assertEquals(0, fromFile.status(), fromFile.err());
        assertTrue(fromFile.out().startsWith("VERIFIED vnpay order " + ORDER), fromFile.out());

        String query = URI.create(location).getRawQuery();
        JsonObject asReturn = verify(query, "--return", "--json").json();
        assertTrue(asReturn.getBoolean("verified"));
        assertEquals(150_000, asReturn.getInt("amount"));
        assertEquals("00", asReturn.getJsonObject("code").getString("code"));

        Result tampered = verify(location.replace("vnp_Amount=15000000", "vnp_Amount=100"));
        assertEquals(1, tampered.status());
        assertTrue(
                tampered.out().startsWith("REJECTED BAD_SIGNATURE vnpay: vnp_SecureHash does not match the fields"),
                tampered.out());
        assertOneLineError(tampered, "callback rejected: BAD_SIGNATURE");

        Result unknown = pay(
                "verify-callback", "--gateway", "vnpay", "--sandbox", "--query", query, "--expect", "HS-OTHER=150000");
        assertEquals(1, unknown.status());
        assertTrue(unknown.out().startsWith("REJECTED UNKNOWN_ORDER"), unknown.out());

        Result wrongAmount = pay(
                "verify-callback",
                "--gateway",
                "vnpay",
                "--sandbox",
                "--query",
                query,
                "--expect",
                ORDER + "=200000",
                "--json");
        assertEquals(1, wrongAmount.status());
        assertEquals("AMOUNT_MISMATCH", wrongAmount.json().getString("reason"));
    }

    @Test
    void aFailedPaymentIsRejectedWithTheGatewaysCode() throws Exception {
        JsonObject o = createVnPay("HS-2025-0024", "--json").json();
        // The sandbox's unsigned knob: the payer cancels (VNPay vnp_ResponseCode 24).
        String location = payAt(o.getString("url") + "&sandbox_responseCode=24");
        Result r = pay(
                "verify-callback",
                "--gateway",
                "vnpay",
                "--sandbox",
                "--query",
                location,
                "--expect",
                "HS-2025-0024=150.000 đ",
                "--return");
        assertEquals(1, r.status());
        assertTrue(r.out().startsWith("REJECTED GATEWAY_FAILURE vnpay: "), r.out());
        assertTrue(r.out().contains("code 24: Giao dịch không thành công do: Khách hàng hủy giao dịch"), r.out());
        assertOneLineError(r, "callback rejected: GATEWAY_FAILURE");
    }

    @Test
    void secretsComeFromFilesAndAreNeverPrinted(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("vnpay.secret");
        Files.writeString(secret, SandboxCredentials.DEFAULT.vnpayHashSecret() + "\n");
        Result r = pay(
                "create",
                "--gateway",
                "vnpay",
                "--set",
                "tmnCode=" + SandboxCredentials.DEFAULT.vnpayTmnCode(),
                "--set",
                "hashSecret=@" + secret,
                "--endpoint",
                vnpayUrl(),
                "--allow-http",
                "--order",
                "HS-2025-0002",
                "--amount",
                "50000",
                "--info",
                "Le phi ban sao",
                "--return-url",
                RETURN_URL,
                "--client-ip",
                "203.113.10.5");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.out().contains(SandboxCredentials.DEFAULT.vnpayHashSecret()));
        String url = r.out()
                .lines()
                .filter(l -> l.startsWith("url "))
                .findFirst()
                .orElseThrow()
                .substring(4);
        assertTrue(payAt(url).startsWith(RETURN_URL), "the sandbox accepted the signature");

        Result plain = pay(
                "create",
                "--gateway",
                "vnpay",
                "--set",
                "tmnCode=X",
                "--set",
                "hashSecret=" + SandboxCredentials.DEFAULT.vnpayHashSecret(),
                "--order",
                "1",
                "--amount",
                "1");
        assertOneLineError(plain, "setting hashSecret is secret: give it as env:NAME or @FILE");
        assertFalse(plain.err().contains(SandboxCredentials.DEFAULT.vnpayHashSecret()));

        assertOneLineError(
                pay(
                        "create",
                        "--gateway",
                        "vnpay",
                        "--set",
                        "tmnCode=X",
                        "--set",
                        "hashSecret=env:SMARTCITY_TEST_UNSET_X",
                        "--order",
                        "1",
                        "--amount",
                        "1"),
                "setting hashSecret: environment variable SMARTCITY_TEST_UNSET_X is not set");
        assertOneLineError(
                pay(
                        "create",
                        "--gateway",
                        "vnpay",
                        "--sandbox",
                        "--set",
                        "colour=blue",
                        "--order",
                        "1",
                        "--amount",
                        "1"),
                "gateway vnpay has no setting 'colour'; its settings are tmnCode, hashSecret, payUrl");
        assertOneLineError(
                pay("create", "--gateway", "nope", "--order", "1", "--amount", "1"),
                "No payment-gateway plugin has id 'nope'");
    }

    @Test
    void payGovRequestsHideTheAccessKeyAndSendReturnsThePaymentPage() {
        String endpoint = sandbox.endpoint("/paygov/api/payment").toString();
        Result r = pay(
                "create",
                "--gateway",
                "paygov",
                "--sandbox",
                "--endpoint",
                endpoint,
                "--allow-http",
                "--order",
                "HS-2025-0101",
                "--amount",
                "50000",
                "--info",
                "Le phi",
                "--return-url",
                RETURN_URL,
                "--client-ip",
                "203.113.10.5",
                "--json");
        assertEquals(0, r.status(), r.err());
        JsonObject o = r.json();
        assertEquals("POST_JSON", o.getString("kind"));
        assertEquals(endpoint, o.getString("endpoint"));
        assertTrue(o.getString("body").contains("\"accessKey\":\"[redacted]\""), o.getString("body"));
        assertFalse(r.out().contains(SandboxCredentials.DEFAULT.payGovAccessKey()));
        assertFalse(r.out().contains(SandboxCredentials.DEFAULT.payGovSecretKey()));

        Result sent = pay(
                "create",
                "--gateway",
                "paygov",
                "--sandbox",
                "--endpoint",
                endpoint,
                "--allow-http",
                "--order",
                "HS-2025-0102",
                "--amount",
                "50000",
                "--info",
                "Le phi",
                "--return-url",
                RETURN_URL,
                "--client-ip",
                "203.113.10.5",
                "--send");
        assertEquals(0, sent.status(), sent.err());
        assertTrue(sent.out().strip().startsWith(sandbox.baseUri() + "/paygov/pay/"), sent.out());
    }

    @Test
    void aPlainHttpGatewayIsRefusedWithoutAllowHttp() {
        Result r = createVnPay(ORDER);
        assertEquals(0, r.status(), r.err());
        Result refused = pay(
                "create",
                "--gateway",
                "vnpay",
                "--sandbox",
                "--endpoint",
                vnpayUrl(),
                "--order",
                ORDER,
                "--amount",
                "150000",
                "--return-url",
                RETURN_URL,
                "--client-ip",
                "203.113.10.5");
        assertOneLineError(refused, "refusing plain HTTP endpoint " + vnpayUrl());
        assertEquals(
                2,
                pay("verify-callback", "--gateway", "vnpay", "--sandbox", "--expect", "A=1")
                        .status());
        assertEquals(
                2,
                pay("verify-callback", "--gateway", "vnpay", "--query", "a=b", "--body", "{}", "--expect", "A=1")
                        .status(),
                "--query and --body exclude each other");
    }
}
