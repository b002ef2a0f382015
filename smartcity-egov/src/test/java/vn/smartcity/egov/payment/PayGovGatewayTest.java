package vn.smartcity.egov.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.egov.payment.internal.PayGovAccount;

class PayGovGatewayTest {

    private static final MerchantAccount PAYGOV = new PayGovGateway()
            .account(GatewaySettings.builder()
                    .set(PayGovGateway.PARTNER_CODE, "SANDBOX01")
                    .set(PayGovGateway.ACCESS_KEY, "sandbox-access-key")
                    .set(PayGovGateway.SECRET_KEY, "sandbox-secret-key")
                    .set(PayGovGateway.ENDPOINT, "https://lgsp.example.gov.vn/paygov/api/payment")
                    .build());

    private static final OrderLookup ORDERS =
            id -> id.equals("HS-2025-0001") ? Optional.of(VndAmount.of(150_000)) : Optional.empty();

    @Test
    void checksumIsSha256OfTheConcatenation() {
        // Formula of VietOpenCPS/opencps-v2 PayGateTerm.genChecksum (commit 8b04ee67f); no published
        // vector exists. Synthetic vector, computed independently with Python hashlib.sha256 over
        // "sandbox-secret-key" + "sandbox-access-key" + "SANDBOX01" + "HS-2025-0001"
        // + "20250101083000123" + "150000".
        assertEquals(
                "2e94e64d2214edb29513d20595d75609708a7d63bc5301b13cb0aa07a6df1cb6",
                PayGovAccount.checksum(
                        "sandbox-secret-key",
                        "sandbox-access-key",
                        "SANDBOX01",
                        "HS-2025-0001",
                        "20250101083000123",
                        "150000"));
    }

    @Test
    void buildsTheJsonBodyOpenCpsSends() {
        PaymentOrder order = PaymentOrder.builder("HS-2025-0001", VndAmount.of(150_000))
                .orderInfo("Lệ phí hộ tịch \"bản sao\"")
                .returnUrl(URI.create("https://dichvucong.hue.gov.vn/thanh-toan/ket-qua"))
                .clientIp("203.113.10.5")
                .createdAt(Instant.parse("2025-01-01T01:30:00Z"))
                .build();
        PaymentRequest request = PAYGOV.createPayment(order);
        assertEquals(PaymentRequest.Kind.POST_JSON, request.kind());
        assertEquals(
                "https://lgsp.example.gov.vn/paygov/api/payment", request.uri().toString());
        // requestCode defaults to the creation time, yyyyMMddHHmmssSSS in UTC+7. Checksum: Python
        // hashlib over the same fields (synthetic).
        assertEquals(
                "{\"partnerCode\":\"SANDBOX01\",\"accessKey\":\"sandbox-access-key\",\"serviceCode\":\"\","
                        + "\"returnUrl\":\"https://dichvucong.hue.gov.vn/thanh-toan/ket-qua\",\"orderId\":\"HS-2025-0001\","
                        + "\"amount\":\"150000\",\"orderInfo\":\"Le phi ho tich \\\"ban sao\\\"\","
                        + "\"requestCode\":\"20250101083000000\",\"ipAddress\":\"203.113.10.5\","
                        + "\"checksum\":\"81a99da6cb66203b75b65290860e3dcbf62ddeef80d91be5610bc09ff4a771f4\"}",
                request.body());
        assertFalse(request.fields().containsKey("accessKey"));
        assertFalse(request.toString().contains("sandbox-access-key"));
    }

    @Test
    void takesTheRequestCodeAndServiceCodeFromTheOrder() {
        PaymentOrder order = PaymentOrder.builder("HS-2025-0001", VndAmount.of(150_000))
                .orderInfo("x")
                .returnUrl(URI.create("https://example.vn/r"))
                .extra("requestCode", "20250101083000123")
                .extra("serviceCode", "LEPHI")
                .build();
        PaymentRequest request = PAYGOV.createPayment(order);
        assertEquals("LEPHI", request.fields().get("serviceCode"));
        assertEquals(
                "2e94e64d2214edb29513d20595d75609708a7d63bc5301b13cb0aa07a6df1cb6",
                request.fields().get("checksum"));
        PaymentOrder badExtra = PaymentOrder.builder("HS-1", VndAmount.of(1))
                .returnUrl(URI.create("https://example.vn/r"))
                .extra("bankCode", "NCB")
                .build();
        assertEquals(
                "PaymentOrder: extra field bankCode is not one PayGov takes; allowed: requestCode, serviceCode",
                assertThrows(InvalidValueException.class, () -> PAYGOV.createPayment(badExtra))
                        .getMessage());
    }

    private static String callbackJson(String amount, String errorCode, String checksumAmount) {
        String checksum = PayGovAccount.checksum(
                "sandbox-secret-key",
                "sandbox-access-key",
                "SANDBOX01",
                "HS-2025-0001",
                "20250101083000123",
                checksumAmount);
        return "{\"orderId\":\"HS-2025-0001\",\"amount\":" + amount + ",\"orderInfo\":\"Le phi ho tich\","
                + "\"requestCode\":\"20250101083000123\",\"transactionNo\":\"PG000001\",\"payDate\":\"20250101083512\","
                + "\"errorCode\":\"" + errorCode + "\",\"checksum\":\"" + checksum + "\"}";
    }

    @Test
    void verifiesAJsonCallbackOnce() {
        CallbackFields callback = CallbackFields.ofJson(callbackJson("150000", "00", "150000"));
        PaymentVerification.Verified ok =
                assertInstanceOf(PaymentVerification.Verified.class, PAYGOV.verifyCallback(callback, ORDERS));
        assertEquals("PG000001", ok.transactionRef());
        assertEquals(OffsetDateTime.parse("2025-01-01T08:35:12+07:00"), ok.paidAt());
        assertEquals(
                "{\"error_code\":\"SUCCESSFUL\",\"error_message\":\"Confirm transaction\"}",
                PAYGOV.reply(ok, callback).body());
        PaymentVerification replay = PAYGOV.verifyCallback(callback, ORDERS);
        assertEquals(RejectReason.REPLAY, ((PaymentVerification.Rejected) replay).reason());
        assertEquals(
                "{\"error_code\":\"FAILED\",\"error_message\":\"REPLAY\"}",
                PAYGOV.reply(replay, callback).body());
    }

    @Test
    void rejectsTamperingWrongOrdersAndFailures() {
        PaymentVerification.Rejected tampered = assertInstanceOf(
                PaymentVerification.Rejected.class,
                PAYGOV.verifyReturn(CallbackFields.ofJson(callbackJson("1500", "00", "150000")), ORDERS));
        assertEquals(RejectReason.BAD_SIGNATURE, tampered.reason());
        PaymentVerification.Rejected mismatch = assertInstanceOf(
                PaymentVerification.Rejected.class,
                PAYGOV.verifyReturn(CallbackFields.ofJson(callbackJson("1500", "00", "1500")), ORDERS));
        assertEquals(RejectReason.AMOUNT_MISMATCH, mismatch.reason());
        PaymentVerification.Rejected unknown = assertInstanceOf(
                PaymentVerification.Rejected.class,
                PAYGOV.verifyReturn(
                        CallbackFields.ofJson(callbackJson("150000", "00", "150000")), id -> Optional.empty()));
        assertEquals(RejectReason.UNKNOWN_ORDER, unknown.reason());
        PaymentVerification.Rejected failed = assertInstanceOf(
                PaymentVerification.Rejected.class,
                PAYGOV.verifyReturn(CallbackFields.ofJson(callbackJson("150000", "11", "150000")), ORDERS));
        assertEquals(RejectReason.GATEWAY_FAILURE, failed.reason());
        assertEquals("11", failed.code().code());
        Map<String, String> noChecksum = new LinkedHashMap<>(
                CallbackFields.ofJson(callbackJson("150000", "00", "150000")).asMap());
        noChecksum.remove("checksum");
        PaymentVerification.Rejected missing = assertInstanceOf(
                PaymentVerification.Rejected.class, PAYGOV.verifyReturn(CallbackFields.of(noChecksum), ORDERS));
        assertEquals("checksum is missing", missing.detail());
        PaymentVerification.Rejected notJson = assertInstanceOf(
                PaymentVerification.Rejected.class,
                PAYGOV.verifyReturn(CallbackFields.ofJson("{\"orderId\":"), ORDERS));
        assertEquals(RejectReason.MALFORMED, notJson.reason());
        assertEquals("the body is not valid JSON", notJson.detail());
    }

    @Test
    void theAmountAsAJsonStringVerifiesToo() {
        assertTrue(PAYGOV.verifyReturn(CallbackFields.ofJson(callbackJson("\"150000\"", "00", "150000")), ORDERS)
                .isVerified());
    }
}
