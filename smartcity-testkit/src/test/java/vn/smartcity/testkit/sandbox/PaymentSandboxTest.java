package vn.smartcity.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.payment.CallbackFields;
import vn.smartcity.egov.payment.CallbackReply;
import vn.smartcity.egov.payment.DvcqgPayGateway;
import vn.smartcity.egov.payment.GatewaySettings;
import vn.smartcity.egov.payment.MerchantAccount;
import vn.smartcity.egov.payment.OrderLookup;
import vn.smartcity.egov.payment.PayGovGateway;
import vn.smartcity.egov.payment.PaymentClient;
import vn.smartcity.egov.payment.PaymentGateway;
import vn.smartcity.egov.payment.PaymentOrder;
import vn.smartcity.egov.payment.PaymentRequest;
import vn.smartcity.egov.payment.PaymentVerification;
import vn.smartcity.egov.payment.RejectReason;
import vn.smartcity.egov.payment.VnPayGateway;

/** Round trips of the SDK's payment gateways through the sandbox, with a merchant server for callbacks. */
class PaymentSandboxTest {

    private static final String ORDER_ID = "HS-2025-0001";
    private static final OrderLookup ORDERS =
            id -> id.equals(ORDER_ID) ? Optional.of(VndAmount.of(150_000)) : Optional.empty();

    private final OkHttpClient http =
            new OkHttpClient.Builder().followRedirects(false).build();
    private EgovSandbox sandbox;
    private HttpServer merchant;
    private final AtomicReference<MerchantAccount> callbackAccount = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        sandbox = EgovSandbox.start();
        merchant = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        merchant.createContext("/callback", this::merchantCallback);
        merchant.start();
    }

    @AfterEach
    void stop() {
        merchant.stop(0);
        sandbox.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** The merchant's callback endpoint: verifies with the SDK and answers what the gateway expects. */
    private void merchantCallback(HttpExchange exchange) throws IOException {
        try (exchange) {
            MerchantAccount account = callbackAccount.get();
            CallbackFields fields = exchange.getRequestMethod().equals("GET")
                    ? CallbackFields.ofQuery(exchange.getRequestURI().getRawQuery())
                    : CallbackFields.ofJson(
                            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            CallbackReply reply = account.reply(account.verifyCallback(fields, ORDERS), fields);
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private String merchantUrl() {
        return "http://127.0.0.1:" + merchant.getAddress().getPort() + "/callback";
    }

    private static PaymentOrder order(String orderInfo) {
        return PaymentOrder.builder(ORDER_ID, VndAmount.of(150_000))
                .orderInfo(orderInfo)
                .returnUrl(URI.create("https://dichvucong.hue.gov.vn/thanh-toan/ket-qua?kenh=web"))
                .clientIp("203.113.10.5")
                .createdAt(Instant.now())
                .build();
    }

    private Response get(String url) throws IOException {
        return http.newCall(new Request.Builder().url(url).build()).execute();
    }

    private String text(String url) throws IOException {
        try (Response response = get(url)) {
            ResponseBody body = response.body();
            return body.string();
        }
    }

    private void register(String path, Map<String, String> form) throws IOException {
        FormBody.Builder body = new FormBody.Builder();
        form.forEach(body::add);
        try (Response response = http.newCall(new Request.Builder()
                        .url(sandbox.endpoint(path).toString())
                        .post(body.build())
                        .build())
                .execute()) {
            assertEquals(204, response.code());
        }
    }

    @Test
    void theGatewaysAreFoundOnTheModulePath() {
        // This test class runs inside module vn.smartcity.testkit: discovery goes through the
        // "provides" clause of vn.smartcity.egov's module-info.
        assertEquals(
                List.of("dvcqg-pay", "paygov", "vnpay"),
                PluginRegistry.load(PaymentGateway.class).ids());
        assertTrue(PaymentSandboxTest.class.getModule().isNamed());
    }

    // ---- VNPay -------------------------------------------------------------------------------

    private MerchantAccount vnpay(String secret) {
        return new VnPayGateway()
                .account(GatewaySettings.builder()
                        .set(VnPayGateway.TMN_CODE, sandbox.credentials().vnpayTmnCode())
                        .set(VnPayGateway.HASH_SECRET, secret)
                        .set(
                                VnPayGateway.PAY_URL,
                                sandbox.endpoint("/vnpay/paymentv2/vpcpay.html").toString())
                        .build());
    }

    @Test
    void vnpayRoundTripWithVietnameseOrderInfoAndIpn() throws IOException {
        MerchantAccount account = vnpay(sandbox.credentials().vnpayHashSecret());
        callbackAccount.set(account);
        register(
                "/vnpay/merchant/ipn",
                Map.of("vnp_TmnCode", sandbox.credentials().vnpayTmnCode(), "ipnUrl", merchantUrl()));

        PaymentRequest request = account.createPayment(order("Lệ phí đăng ký khai sinh – Phường Phú Hội, TP Huế"));
        URI back;
        try (Response response = get(request.uri().toString())) {
            assertEquals(302, response.code());
            back = URI.create(response.header("Location"));
        }
        assertEquals("dichvucong.hue.gov.vn", back.getHost());
        assertTrue(back.getRawQuery().startsWith("kenh=web&vnp_Amount=15000000&"), back.getRawQuery());
        CallbackFields returned = CallbackFields.ofQuery(back.getRawQuery());
        assertEquals(
                "Le phi dang ky khai sinh - Phuong Phu Hoi, TP Hue",
                returned.get("vnp_OrderInfo").orElseThrow());

        PaymentVerification.Verified ok =
                assertInstanceOf(PaymentVerification.Verified.class, account.verifyReturn(returned, ORDERS));
        assertEquals(VndAmount.of(150_000), ok.amount());
        assertNotNull(ok.paidAt());

        // The sandbox called the IPN before redirecting; the merchant verified it and confirmed.
        assertEquals(
                "{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}",
                text(sandbox.endpoint("/vnpay/transactions/" + ORDER_ID + "/ipn")
                        .toString()));
        // The same IPN again is a replay; the signed callback fetched from the sandbox verifies.
        assertEquals(
                RejectReason.REPLAY,
                ((PaymentVerification.Rejected) account.verifyCallback(returned, ORDERS)).reason());
        CallbackFields fetched = CallbackFields.ofJson(
                text(sandbox.endpoint("/vnpay/transactions/" + ORDER_ID).toString()));
        assertTrue(account.verifyReturn(fetched, ORDERS).isVerified());
    }

    @Test
    void vnpayRejectsABadSignatureWithCode70() throws IOException {
        PaymentRequest request = vnpay("not-the-sandbox-secret").createPayment(order("Le phi"));
        String location;
        try (Response response = get(request.uri().toString())) {
            assertEquals(302, response.code());
            location = response.header("Location");
        }
        assertEquals("/vnpay/paymentv2/Payment/Error.html?code=70", location);
        assertTrue(text(sandbox.baseUri() + location).contains("Sai chữ ký"));

        PaymentRequest good = vnpay(sandbox.credentials().vnpayHashSecret()).createPayment(order("Le phi"));
        String tampered = good.uri().toString().replace("vnp_Amount=15000000", "vnp_Amount=100");
        try (Response response = get(tampered)) {
            assertEquals("/vnpay/paymentv2/Payment/Error.html?code=70", response.header("Location"));
        }
    }

    @Test
    void vnpayFailureCodeAndTamperedReturn() throws IOException {
        MerchantAccount account = vnpay(sandbox.credentials().vnpayHashSecret());
        PaymentRequest request = account.createPayment(order("Le phi"));
        URI back;
        try (Response response = get(request.uri() + "&sandbox_responseCode=24")) {
            back = URI.create(response.header("Location"));
        }
        PaymentVerification.Rejected cancelled = assertInstanceOf(
                PaymentVerification.Rejected.class,
                account.verifyReturn(CallbackFields.ofQuery(back.getRawQuery()), ORDERS));
        assertEquals(RejectReason.GATEWAY_FAILURE, cancelled.reason());
        assertEquals(
                "Giao dịch không thành công do: Khách hàng hủy giao dịch",
                cancelled.code().meaning());

        String forged = back.getRawQuery()
                .replace("vnp_ResponseCode=24", "vnp_ResponseCode=00")
                .replace("vnp_TransactionStatus=02", "vnp_TransactionStatus=00");
        assertEquals(
                RejectReason.BAD_SIGNATURE,
                ((PaymentVerification.Rejected) account.verifyReturn(CallbackFields.ofQuery(forged), ORDERS)).reason());
        assertEquals(
                RejectReason.UNKNOWN_ORDER,
                ((PaymentVerification.Rejected) account.verifyReturn(
                                CallbackFields.ofQuery(back.getRawQuery()), id -> Optional.empty()))
                        .reason());
    }

    // ---- PayGov ------------------------------------------------------------------------------

    private MerchantAccount paygov(String secretKey) {
        SandboxCredentials c = sandbox.credentials();
        return new PayGovGateway()
                .account(GatewaySettings.builder()
                        .set(PayGovGateway.PARTNER_CODE, c.payGovPartnerCode())
                        .set(PayGovGateway.ACCESS_KEY, c.payGovAccessKey())
                        .set(PayGovGateway.SECRET_KEY, secretKey)
                        .set(
                                PayGovGateway.ENDPOINT,
                                sandbox.endpoint("/paygov/api/payment").toString())
                        .build());
    }

    @Test
    void payGovRoundTripWithCallback() throws IOException {
        MerchantAccount account = paygov(sandbox.credentials().payGovSecretKey());
        callbackAccount.set(account);
        register(
                "/paygov/merchant/callback",
                Map.of("partnerCode", sandbox.credentials().payGovPartnerCode(), "callbackUrl", merchantUrl()));

        PaymentClient.PaymentStart start =
                PaymentClient.builder(account).allowHttp(true).build().start(order("Lệ phí hộ tịch"));
        URI back;
        try (Response response = get(start.paymentPage().toString())) {
            assertEquals(302, response.code());
            back = URI.create(response.header("Location"));
        }
        PaymentVerification.Verified ok = assertInstanceOf(
                PaymentVerification.Verified.class,
                account.verifyReturn(CallbackFields.ofQuery(back.getRawQuery()), ORDERS));
        assertTrue(ok.transactionRef().startsWith("PG"), ok.transactionRef());
        assertEquals(
                "{\"error_code\":\"SUCCESSFUL\",\"error_message\":\"Confirm transaction\"}",
                text(sandbox.endpoint("/paygov/transactions/" + ORDER_ID + "/callback")
                        .toString()));
        CallbackFields callback = CallbackFields.ofJson(
                text(sandbox.endpoint("/paygov/transactions/" + ORDER_ID).toString()));
        assertEquals(
                RejectReason.REPLAY,
                ((PaymentVerification.Rejected) account.verifyCallback(callback, ORDERS)).reason());
        String tampered = back.getRawQuery().replace("amount=150000", "amount=1500");
        assertEquals(
                RejectReason.BAD_SIGNATURE,
                ((PaymentVerification.Rejected) account.verifyReturn(CallbackFields.ofQuery(tampered), ORDERS))
                        .reason());
    }

    @Test
    void payGovRefusesABadChecksum() {
        PaymentClient client =
                PaymentClient.builder(paygov("wrong-secret")).allowHttp(true).build();
        ServiceException e = assertThrows(ServiceException.class, () -> client.start(order("Le phi")));
        assertEquals(400, e.httpStatus());
        assertEquals("INVALID_CHECKSUM", e.errorCode());
    }

    // ---- DVCQG payment platform --------------------------------------------------------------

    private MerchantAccount dvcqg(String hashKey) {
        SandboxCredentials c = sandbox.credentials();
        return new DvcqgPayGateway()
                .account(GatewaySettings.builder()
                        .set(DvcqgPayGateway.PARTNER_CODE, c.agencyCode())
                        .set(DvcqgPayGateway.HASH_KEY, hashKey)
                        .set(DvcqgPayGateway.MESSAGE_TYPE, "PAY_INIT")
                        .set(DvcqgPayGateway.VERSION, "1.0.0")
                        .set(
                                DvcqgPayGateway.ENDPOINT,
                                sandbox.endpoint("/dvcqg-pay/khoitaogiaodich").toString())
                        .build());
    }

    @Test
    void dvcqgRoundTripWithCallback() throws IOException {
        MerchantAccount account = dvcqg(sandbox.credentials().dvcqgPaymentHashKey());
        callbackAccount.set(account);
        register(
                "/dvcqg-pay/merchant/callback",
                Map.of("MaDoiTac", sandbox.credentials().agencyCode(), "callbackUrl", merchantUrl()));

        PaymentClient.PaymentStart start =
                PaymentClient.builder(account).allowHttp(true).build().start(order("Lệ phí hộ tịch"));
        CallbackFields confirmation =
                CallbackFields.ofJson(text(start.paymentPage().toString()));
        assertEquals("Lệ phí hộ tịch", confirmation.get("ThongTinGiaoDich").orElseThrow());
        assertTrue(account.verifyReturn(confirmation, ORDERS).isVerified());
        String reply = text(sandbox.endpoint("/dvcqg-pay/giaodich/" + ORDER_ID + "/callback")
                .toString());
        assertTrue(reply.startsWith("{\"MaLoi\":\"00\",\"MoTaLoi\":\"Thành công\""), reply);
        assertEquals(
                RejectReason.REPLAY,
                ((PaymentVerification.Rejected) account.verifyCallback(confirmation, ORDERS)).reason());
    }

    @Test
    void dvcqgRefusesABadMaXacThuc() {
        PaymentClient client =
                PaymentClient.builder(dvcqg("wrong-key")).allowHttp(true).build();
        ServiceException e = assertThrows(ServiceException.class, () -> client.start(order("Le phi")));
        assertEquals("99", e.errorCode());
        assertEquals("Sai mã xác thực", e.errorMessage());
    }
}
