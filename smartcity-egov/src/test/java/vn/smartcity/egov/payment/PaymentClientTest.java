package vn.smartcity.egov.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.http.EgovResponse;

/** Starting payments on the wire, against MockWebServer. */
class PaymentClientTest {

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static PaymentOrder order() {
        return PaymentOrder.builder("HS-2025-0001", VndAmount.of(150_000))
                .orderInfo("Lệ phí hộ tịch")
                .returnUrl(URI.create("https://dichvucong.hue.gov.vn/thanh-toan/ket-qua"))
                .clientIp("203.113.10.5")
                .createdAt(Instant.parse("2025-01-01T01:30:00Z"))
                .build();
    }

    private MerchantAccount paygov() {
        return new PayGovGateway()
                .account(GatewaySettings.builder()
                        .set(PayGovGateway.PARTNER_CODE, "SANDBOX01")
                        .set(PayGovGateway.ACCESS_KEY, "sandbox-access-key")
                        .set(PayGovGateway.SECRET_KEY, "sandbox-secret-key")
                        .set(
                                PayGovGateway.ENDPOINT,
                                server.url("/paygov/api/payment").toString())
                        .build());
    }

    private MerchantAccount dvcqg() {
        return new DvcqgPayGateway()
                .account(GatewaySettings.builder()
                        .set(DvcqgPayGateway.PARTNER_CODE, "000.00.00.H57")
                        .set(DvcqgPayGateway.HASH_KEY, "sandbox-dvcqg-pay-key")
                        .set(DvcqgPayGateway.MESSAGE_TYPE, "PAY_INIT")
                        .set(DvcqgPayGateway.VERSION, "1.0.0")
                        .set(
                                DvcqgPayGateway.ENDPOINT,
                                server.url("/dvcqg-pay/khoitaogiaodich").toString())
                        .build());
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    @Test
    void postsThePayGovBodyOnceAndReadsDataUrl() throws InterruptedException {
        server.enqueue(json(200, "{\"data\":{\"url\":\"https://paygov.example.vn/pay/abc\"}}"));
        PaymentClient client = PaymentClient.builder(paygov()).allowHttp(true).build();
        PaymentClient.PaymentStart start = client.start(order());
        assertEquals(URI.create("https://paygov.example.vn/pay/abc"), start.paymentPage());
        RecordedRequest sent = server.takeRequest();
        assertEquals("POST", sent.getMethod());
        assertEquals("/paygov/api/payment", sent.getUrl().encodedPath());
        assertEquals(start.request().body(), sent.getBody().utf8());
        assertTrue(sent.getHeaders().get("Content-Type").startsWith("application/json"));
        assertEquals("PaymentStart[paygov order=HS-2025-0001]", start.toString());
    }

    @Test
    void aPayGovRefusalIsAServiceExceptionAndNotRetried() {
        server.enqueue(json(400, "{\"errorCode\":\"INVALID_CHECKSUM\",\"message\":\"checksum sai\"}"));
        PaymentClient client = PaymentClient.builder(paygov()).allowHttp(true).build();
        ServiceException e = assertThrows(ServiceException.class, () -> client.start(order()));
        assertEquals("INVALID_CHECKSUM", e.errorCode());
        assertEquals(400, e.httpStatus());
        assertEquals(1, server.getRequestCount());
        server.enqueue(json(200, "{\"data\":{}}"));
        InvalidResponseException missing = assertThrows(InvalidResponseException.class, () -> client.start(order()));
        assertTrue(missing.getMessage().contains("the answer has no data.url"), missing.getMessage());
        server.enqueue(json(200, "{\"data\":{\"url\":\"javascript:alert(1)\"}}"));
        InvalidResponseException script = assertThrows(InvalidResponseException.class, () -> client.start(order()));
        assertTrue(script.getMessage().contains("data.url is not an absolute http(s) URL"), script.getMessage());
    }

    @Test
    void readsTheDvcqgAnswer() throws InterruptedException {
        server.enqueue(json(
                200, "{\"MaLoi\":\"00\",\"MoTaLoi\":\"Thành công\",\"UrlThanhToan\":\"https://pay.example.vn/t/1\"}"));
        PaymentClient client = PaymentClient.builder(dvcqg()).allowHttp(true).build();
        assertEquals(
                URI.create("https://pay.example.vn/t/1"), client.start(order()).paymentPage());
        assertTrue(server.takeRequest().getBody().utf8().contains("\"MaXacThuc\":\"2dd60ec2"));
        server.enqueue(json(200, "{\"MaLoi\":\"99\",\"MoTaLoi\":\"Sai mã xác thực\"}"));
        ServiceException e = assertThrows(ServiceException.class, () -> client.start(order()));
        assertEquals("99", e.errorCode());
        assertEquals("Sai mã xác thực", e.errorMessage());
    }

    @Test
    void aVnPayStartNeedsNoHttpAndPlainHttpNeedsConsent() {
        MerchantAccount vnpay = new VnPayGateway()
                .account(GatewaySettings.builder()
                        .set(VnPayGateway.TMN_CODE, "SANDBOX1")
                        .set(VnPayGateway.HASH_SECRET, "SANDBOXVNPAYHASHSECRET0123456789")
                        .build());
        PaymentClient.PaymentStart start = PaymentClient.builder(vnpay).build().start(order());
        assertEquals(start.request().uri(), start.paymentPage());
        assertEquals(0, server.getRequestCount());
        IllegalStateException plain = assertThrows(
                IllegalStateException.class,
                () -> PaymentClient.builder(paygov()).build());
        assertTrue(plain.getMessage().contains("allowHttp(true)"), plain.getMessage());
        EgovResponse none =
                new EgovResponse(200, Headers.of(), new byte[0], HttpUrl.get("https://sandbox.vnpayment.vn/"), "req-1");
        assertEquals(
                "vnpay: a REDIRECT request has no answer to read",
                assertThrows(IllegalArgumentException.class, () -> vnpay.paymentPage(start.request(), none))
                        .getMessage());
    }
}
