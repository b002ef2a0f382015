package vn.smartcity.egov.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import vn.smartcity.egov.payment.internal.VnPaySigner;

class VnPayGatewayTest {

    private static final String SANDBOX_SECRET = "SANDBOXVNPAYHASHSECRET0123456789";

    private static MerchantAccount account(String tmnCode, String secret) {
        return new VnPayGateway()
                .account(GatewaySettings.builder()
                        .set(VnPayGateway.TMN_CODE, tmnCode)
                        .set(VnPayGateway.HASH_SECRET, secret)
                        .build());
    }

    // Published vector: lehuygiang28/vnpay, test/verify-return-url.test.ts (commit 2925e99f), a
    // third-party library's test of a VNPay 2.1.0 return URL signed with secret "test_secret"
    // (checked independently with Python's hmac before use here).
    private static Map<String, String> publishedReturn() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("vnp_Amount", "1000000");
        f.put("vnp_BankCode", "NCB");
        f.put("vnp_BankTranNo", "VNP14422574");
        f.put("vnp_CardType", "ATM");
        f.put("vnp_OrderInfo", "Thanh toan don hang 2024-05-21T02:17:31.249Z");
        f.put("vnp_PayDate", "20240521091806");
        f.put("vnp_ResponseCode", "00");
        f.put("vnp_TmnCode", "TEST_TMN_CODE");
        f.put("vnp_TransactionNo", "14422574");
        f.put("vnp_TransactionStatus", "00");
        f.put("vnp_TxnRef", "1716257871703");
        f.put(
                "vnp_SecureHash",
                "649982421beb422556a1374713c74e58e716ecbd05007c0c0e1f7effdfaf361d"
                        + "bf146889ca446139afe11b9954c4d5c486e99e3b86fcfab6957f29eb0be72895");
        return f;
    }

    private static final OrderLookup PUBLISHED_ORDERS =
            id -> id.equals("1716257871703") ? Optional.of(VndAmount.of(10_000)) : Optional.empty();

    @Test
    void verifiesThePublishedReturn() {
        PaymentVerification v = account("TEST_TMN_CODE", "test_secret")
                .verifyReturn(CallbackFields.of(publishedReturn()), PUBLISHED_ORDERS);
        PaymentVerification.Verified ok = assertInstanceOf(PaymentVerification.Verified.class, v);
        assertEquals("1716257871703", ok.orderId());
        assertEquals(VndAmount.of(10_000), ok.amount());
        assertEquals("14422574", ok.transactionRef());
        assertEquals(OffsetDateTime.parse("2024-05-21T09:18:06+07:00"), ok.paidAt());
        assertEquals("vnp_TransactionStatus", ok.code().field());
        assertTrue(ok.code().success());
    }

    @Test
    void reportsThePublishedFailureWithItsMeaning() {
        // Same source: vnp_ResponseCode 99 with its own published hash.
        Map<String, String> f = publishedReturn();
        f.put("vnp_ResponseCode", "99");
        f.put(
                "vnp_SecureHash",
                "503194f6d93b57b357b2d1d09742565e67e86d771352c5dca4fc8d39df3d392c"
                        + "6b3809add9405f97cfb9631f445e36c80656cfbf47eac67d97fa165865c13e1b");
        PaymentVerification.Rejected r = assertInstanceOf(
                PaymentVerification.Rejected.class,
                account("TEST_TMN_CODE", "test_secret").verifyReturn(CallbackFields.of(f), PUBLISHED_ORDERS));
        assertEquals(RejectReason.GATEWAY_FAILURE, r.reason());
        assertEquals("99", r.code().code());
        assertTrue(r.code().meaning().startsWith("Các lỗi khác"), r.code().meaning());
        assertEquals("1716257871703", r.orderId());
    }

    @Test
    void theSameFieldsWithATamperedResponseCodeFailTheSignature() {
        // Same source, third case: code changed to 99 without re-signing.
        Map<String, String> f = publishedReturn();
        f.put("vnp_ResponseCode", "99");
        PaymentVerification.Rejected r = assertInstanceOf(
                PaymentVerification.Rejected.class,
                account("TEST_TMN_CODE", "test_secret").verifyReturn(CallbackFields.of(f), PUBLISHED_ORDERS));
        assertEquals(RejectReason.BAD_SIGNATURE, r.reason());
    }

    @Test
    void hashDataOfTheDocumentedUrl() {
        // Published example: https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html, "Tạo URL
        // Thanh toán". Its secret is not published, so only the signed string is checked: for
        // 2.1.0 the query before vnp_SecureHash is exactly the hash data.
        Map<String, String> f = new LinkedHashMap<>();
        f.put("vnp_Version", "2.1.0");
        f.put("vnp_Command", "pay");
        f.put("vnp_TmnCode", "DEMOV210");
        f.put("vnp_Amount", "1806000");
        f.put("vnp_CreateDate", "20210801153333");
        f.put("vnp_CurrCode", "VND");
        f.put("vnp_IpAddr", "127.0.0.1");
        f.put("vnp_Locale", "vn");
        f.put("vnp_OrderInfo", "Thanh toan don hang :5");
        f.put("vnp_OrderType", "other");
        f.put("vnp_ReturnUrl", "https://domainmerchant.vn/ReturnUrl");
        f.put("vnp_TxnRef", "5");
        f.put("vnp_BankCode", "");
        String documented = "vnp_Amount=1806000&vnp_Command=pay&vnp_CreateDate=20210801153333&vnp_CurrCode=VND"
                + "&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+%3A5&vnp_OrderType=other"
                + "&vnp_ReturnUrl=https%3A%2F%2Fdomainmerchant.vn%2FReturnUrl&vnp_TmnCode=DEMOV210&vnp_TxnRef=5"
                + "&vnp_Version=2.1.0";
        assertEquals(documented, VnPaySigner.hashData(f));
        // Independent computation (Python hmac.new(secret, data, sha512)) of the documented string
        // under the sandbox's secret: synthetic, not published.
        assertEquals(
                "11727774c73bd2ba493b7cfb199b04ebe3cc4874f89b4464a86bf879b869aa64"
                        + "4d8187cb9c337cb8ea7a5213906b5bd0fbc9cde939005aa4ac5e62b1b998ea6b",
                VnPaySigner.sign(SANDBOX_SECRET, f));
    }

    private static PaymentOrder order() {
        return PaymentOrder.builder("HS-2025-0001", VndAmount.of(150_000))
                .orderInfo("Lệ phí cấp bản sao: Đăng ký khai sinh 2025")
                .returnUrl(URI.create("https://dichvucong.hue.gov.vn/thanh-toan/ket-qua"))
                .clientIp("203.113.10.5")
                .createdAt(Instant.parse("2025-01-01T01:30:00Z"))
                .build();
    }

    @Test
    void buildsTheSignedRedirectUrl() {
        PaymentRequest request = account("SANDBOX1", SANDBOX_SECRET).createPayment(order());
        assertEquals(PaymentRequest.Kind.REDIRECT, request.kind());
        assertEquals("", request.body());
        // Synthetic vector, computed independently with Python (sorted fields, Java-URLEncoder-style
        // encoding, hmac sha512) from the same order.
        String expectedQuery = "vnp_Amount=15000000&vnp_Command=pay&vnp_CreateDate=20250101083000&vnp_CurrCode=VND"
                + "&vnp_ExpireDate=20250101084500&vnp_IpAddr=203.113.10.5&vnp_Locale=vn"
                + "&vnp_OrderInfo=Le+phi+cap+ban+sao%3A+Dang+ky+khai+sinh+2025&vnp_OrderType=other"
                + "&vnp_ReturnUrl=https%3A%2F%2Fdichvucong.hue.gov.vn%2Fthanh-toan%2Fket-qua&vnp_TmnCode=SANDBOX1"
                + "&vnp_TxnRef=HS-2025-0001&vnp_Version=2.1.0"
                + "&vnp_SecureHash=7b0dbceea4a7d7e06624b5d92c80814bdbb46fad9b45ef0a49abcbc01b1f9708"
                + "2e44cf3ef79d075168f7cce5dd7f8b596931d9c8eac18920013f708794868906";
        assertEquals(
                "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?" + expectedQuery,
                request.uri().toString());
        assertEquals("15000000", request.fields().get("vnp_Amount"));
        assertEquals("PaymentRequest[vnpay REDIRECT sandbox.vnpayment.vn order=HS-2025-0001]", request.toString());
    }

    @Test
    void usAsciiEncodingWouldTurnDiacriticsIntoQuestionMarks() {
        // The trap VNPay's sample sets: URLEncoder.encode("Lệ phí", US_ASCII) sends "L?+ph?".
        assertEquals("L%3F+ph%3F", VnPaySigner.encode("Lệ phí"));
        PaymentRequest request = account("SANDBOX1", SANDBOX_SECRET).createPayment(order());
        assertFalse(request.uri().toString().contains("%3F"), request.uri().toString());
        assertEquals(
                "Le phi cap ban sao: Dang ky khai sinh 2025", request.fields().get("vnp_OrderInfo"));
    }

    @Test
    void foldsTypographicPunctuation() {
        PaymentOrder typographic = PaymentOrder.builder("HS-1", VndAmount.of(1000))
                .orderInfo("Lệ phí – “bản sao”\u00a0Đà Nẵng…")
                .returnUrl(URI.create("https://example.vn/r"))
                .clientIp("10.0.0.1")
                .build();
        assertEquals(
                "Le phi - \"ban sao\" Da Nang...",
                account("SANDBOX1", SANDBOX_SECRET)
                        .createPayment(typographic)
                        .fields()
                        .get("vnp_OrderInfo"));
    }

    @Test
    void refusesTextWithoutAnAsciiForm() {
        PaymentOrder chinese = PaymentOrder.builder("HS-1", VndAmount.of(1000))
                .orderInfo("Phí 手续费")
                .returnUrl(URI.create("https://example.vn/r"))
                .clientIp("10.0.0.1")
                .build();
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> account("SANDBOX1", SANDBOX_SECRET).createPayment(chinese));
        assertEquals(
                "PaymentOrder: vnp_OrderInfo: character U+624B has no ASCII form; this gateway carries Vietnamese"
                        + " without diacritics only (at position 4)",
                e.getMessage());
    }

    @Test
    void refusesOrdersVnPayCannotCarry() {
        MerchantAccount vnpay = account("SANDBOX1", SANDBOX_SECRET);
        PaymentOrder noIp = PaymentOrder.builder("HS-1", VndAmount.of(1000))
                .orderInfo("x")
                .returnUrl(URI.create("https://example.vn/r"))
                .build();
        assertEquals(
                "PaymentOrder: vnp_IpAddr: VNPay needs the payer's IPv4 or IPv6 address",
                assertThrows(InvalidValueException.class, () -> vnpay.createPayment(noIp))
                        .getMessage());
        PaymentOrder badRef = PaymentOrder.builder("HS 1", VndAmount.of(1000))
                .orderInfo("x")
                .returnUrl(URI.create("https://example.vn/r"))
                .clientIp("10.0.0.1")
                .build();
        assertEquals(
                "PaymentOrder: vnp_TxnRef: order id must be 1 to 100 letters, digits, '.', '_' or '-'",
                assertThrows(InvalidValueException.class, () -> vnpay.createPayment(badRef))
                        .getMessage());
        PaymentOrder tooMuch = PaymentOrder.builder("HS-1", VndAmount.of(10_000_000_000L))
                .orderInfo("x")
                .returnUrl(URI.create("https://example.vn/r"))
                .clientIp("10.0.0.1")
                .build();
        assertEquals(
                "PaymentOrder: vnp_Amount: at most 12 digits after multiplying by 100",
                assertThrows(InvalidValueException.class, () -> vnpay.createPayment(tooMuch))
                        .getMessage());
        PaymentOrder unknownExtra = PaymentOrder.builder("HS-1", VndAmount.of(1000))
                .orderInfo("x")
                .returnUrl(URI.create("https://example.vn/r"))
                .clientIp("10.0.0.1")
                .extra("vnp_Foo", "1")
                .build();
        assertEquals(
                "PaymentOrder: extra field vnp_Foo is not one VNPay takes here; allowed: vnp_BankCode, vnp_Locale,"
                        + " vnp_OrderType",
                assertThrows(InvalidValueException.class, () -> vnpay.createPayment(unknownExtra))
                        .getMessage());
    }

    /** A return for {@link #order()} as the sandbox would sign it (synthetic). */
    private static Map<String, String> signedReturn(String secret, String responseCode, String amount) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("vnp_Amount", amount);
        f.put("vnp_BankCode", "NCB");
        f.put("vnp_CardType", "ATM");
        f.put("vnp_OrderInfo", "Le phi cap ban sao: Dang ky khai sinh 2025");
        f.put("vnp_PayDate", "20250101083512");
        f.put("vnp_ResponseCode", responseCode);
        f.put("vnp_TmnCode", "SANDBOX1");
        f.put("vnp_TransactionNo", "14000001");
        f.put("vnp_TransactionStatus", responseCode.equals("00") ? "00" : "02");
        f.put("vnp_TxnRef", "HS-2025-0001");
        f.put("vnp_SecureHash", VnPaySigner.sign(secret, f));
        return f;
    }

    private static final OrderLookup ORDERS =
            id -> id.equals("HS-2025-0001") ? Optional.of(VndAmount.of(150_000)) : Optional.empty();

    private static String query(Map<String, String> f) {
        StringBuilder q = new StringBuilder();
        f.forEach((k, v) ->
                q.append(q.length() == 0 ? "" : "&").append(k).append('=').append(VnPaySigner.encode(v)));
        return q.toString();
    }

    @Test
    void acceptsAQueryOnceThenCallsItAReplay() {
        MerchantAccount vnpay = account("SANDBOX1", SANDBOX_SECRET);
        CallbackFields ipn = CallbackFields.ofQuery(query(signedReturn(SANDBOX_SECRET, "00", "15000000")));
        PaymentVerification first = vnpay.verifyCallback(ipn, ORDERS);
        assertTrue(first.isVerified(), first.toString());
        assertEquals(
                "{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}",
                vnpay.reply(first, ipn).body());
        PaymentVerification second = vnpay.verifyCallback(ipn, ORDERS);
        assertEquals(RejectReason.REPLAY, ((PaymentVerification.Rejected) second).reason());
        assertEquals(
                "{\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}",
                vnpay.reply(second, ipn).body());
        // The payer's return after the IPN is not a replay.
        assertTrue(vnpay.verifyReturn(ipn, ORDERS).isVerified());
        assertTrue(vnpay.verifyReturn(ipn, ORDERS).isVerified());
    }

    @Test
    void rejectsATamperedAmount() {
        Map<String, String> f = signedReturn(SANDBOX_SECRET, "00", "15000000");
        f.put("vnp_Amount", "100");
        MerchantAccount vnpay = account("SANDBOX1", SANDBOX_SECRET);
        PaymentVerification v = vnpay.verifyCallback(CallbackFields.of(f), ORDERS);
        assertEquals(RejectReason.BAD_SIGNATURE, ((PaymentVerification.Rejected) v).reason());
        assertEquals("97", vnpay.reply(v, CallbackFields.of(f)).code());
    }

    @Test
    void rejectsAGenuineCallbackForTheWrongAmount() {
        MerchantAccount vnpay = account("SANDBOX1", SANDBOX_SECRET);
        CallbackFields f = CallbackFields.of(signedReturn(SANDBOX_SECRET, "00", "10000000"));
        PaymentVerification.Rejected r =
                assertInstanceOf(PaymentVerification.Rejected.class, vnpay.verifyCallback(f, ORDERS));
        assertEquals(RejectReason.AMOUNT_MISMATCH, r.reason());
        assertEquals("order HS-2025-0001 expects 150000 VND but the callback says 100000 VND", r.detail());
        assertEquals(
                "{\"RspCode\":\"04\",\"Message\":\"Invalid amount\"}",
                vnpay.reply(r, f).body());
    }

    @Test
    void rejectsATamperedSignatureAndAcceptsUpperCaseHex() {
        MerchantAccount vnpay = account("SANDBOX1", SANDBOX_SECRET);
        Map<String, String> f = signedReturn(SANDBOX_SECRET, "00", "15000000");
        String hash = f.get("vnp_SecureHash");
        f.put("vnp_SecureHash", hash.toUpperCase(java.util.Locale.ROOT));
        assertTrue(vnpay.verifyReturn(CallbackFields.of(f), ORDERS).isVerified());
        char last = hash.charAt(hash.length() - 1);
        f.put("vnp_SecureHash", hash.substring(0, hash.length() - 1) + (last == '0' ? '1' : '0'));
        assertEquals(
                RejectReason.BAD_SIGNATURE,
                ((PaymentVerification.Rejected) vnpay.verifyReturn(CallbackFields.of(f), ORDERS)).reason());
        f.put("vnp_SecureHash", hash.substring(2));
        assertEquals(
                RejectReason.BAD_SIGNATURE,
                ((PaymentVerification.Rejected) vnpay.verifyReturn(CallbackFields.of(f), ORDERS)).reason());
        Map<String, String> otherSecret = signedReturn("another-merchants-secret", "00", "15000000");
        assertEquals(
                RejectReason.BAD_SIGNATURE,
                ((PaymentVerification.Rejected) vnpay.verifyReturn(CallbackFields.of(otherSecret), ORDERS)).reason());
    }

    @Test
    void rejectsAWrongOrderAndAnotherMerchantsTerminal() {
        MerchantAccount vnpay = account("SANDBOX1", SANDBOX_SECRET);
        CallbackFields f = CallbackFields.of(signedReturn(SANDBOX_SECRET, "00", "15000000"));
        PaymentVerification.Rejected unknown =
                assertInstanceOf(PaymentVerification.Rejected.class, vnpay.verifyCallback(f, id -> Optional.empty()));
        assertEquals(RejectReason.UNKNOWN_ORDER, unknown.reason());
        assertEquals(
                "{\"RspCode\":\"01\",\"Message\":\"Order not found\"}",
                vnpay.reply(unknown, f).body());
        PaymentVerification.Rejected other = assertInstanceOf(
                PaymentVerification.Rejected.class,
                account("SANDBOX2", SANDBOX_SECRET).verifyCallback(f, ORDERS));
        assertEquals(RejectReason.UNKNOWN_ORDER, other.reason());
        assertEquals("vnp_TmnCode is another merchant's", other.detail());
    }

    @Test
    void aGenuineFailureIsConfirmedButNotVerified() {
        MerchantAccount vnpay = account("SANDBOX1", SANDBOX_SECRET);
        CallbackFields f = CallbackFields.of(signedReturn(SANDBOX_SECRET, "24", "15000000"));
        PaymentVerification.Rejected r =
                assertInstanceOf(PaymentVerification.Rejected.class, vnpay.verifyCallback(f, ORDERS));
        assertEquals(RejectReason.GATEWAY_FAILURE, r.reason());
        assertEquals("vnp_ResponseCode", r.code().field());
        assertEquals(
                "Giao dịch không thành công do: Khách hàng hủy giao dịch",
                r.code().meaning());
        assertEquals("vnp_ResponseCode 24: Giao dịch không thành công do: Khách hàng hủy giao dịch", r.detail());
        assertEquals(
                "{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}",
                vnpay.reply(r, f).body());
    }

    @Test
    void malformedCallbacksAreRejectedNotThrown() {
        MerchantAccount vnpay = account("SANDBOX1", SANDBOX_SECRET);
        String good = query(signedReturn(SANDBOX_SECRET, "00", "15000000"));
        PaymentVerification.Rejected duplicated = assertInstanceOf(
                PaymentVerification.Rejected.class,
                vnpay.verifyCallback(CallbackFields.ofQuery(good + "&vnp_Amount=100"), ORDERS));
        assertEquals(RejectReason.MALFORMED, duplicated.reason());
        assertEquals("field 'vnp_Amount' appears more than once", duplicated.detail());
        assertEquals(
                "{\"RspCode\":\"99\",\"Message\":\"Unknown error\"}",
                vnpay.reply(duplicated, CallbackFields.ofQuery(good)).body());
        PaymentVerification.Rejected badEscape = assertInstanceOf(
                PaymentVerification.Rejected.class,
                vnpay.verifyCallback(CallbackFields.ofQuery("vnp_TxnRef=%ZZ"), ORDERS));
        assertEquals("bad percent-encoding at offset 0", badEscape.detail());
        PaymentVerification.Rejected missing = assertInstanceOf(
                PaymentVerification.Rejected.class, vnpay.verifyCallback(CallbackFields.ofQuery(""), ORDERS));
        assertEquals("vnp_SecureHash is missing", missing.detail());
        assertNull(missing.orderId());
        Map<String, String> odd = signedReturn(SANDBOX_SECRET, "00", "15000050");
        PaymentVerification.Rejected notHundreds = assertInstanceOf(
                PaymentVerification.Rejected.class, vnpay.verifyCallback(CallbackFields.of(odd), ORDERS));
        assertEquals("vnp_Amount is not a whole number of đồng times 100", notHundreds.detail());
    }

    @Test
    void nonVnpParametersOfTheReturnUrlAreNotSigned() {
        MerchantAccount vnpay = account("SANDBOX1", SANDBOX_SECRET);
        String good = query(signedReturn(SANDBOX_SECRET, "00", "15000000"));
        assertTrue(vnpay.verifyReturn(CallbackFields.ofQuery("lang=vi&" + good), ORDERS)
                .isVerified());
    }

    @Test
    void neverPrintsTheSecret() {
        MerchantAccount vnpay = account("SANDBOX1", SANDBOX_SECRET);
        assertFalse(vnpay.toString().contains(SANDBOX_SECRET), vnpay.toString());
        PaymentVerification v =
                vnpay.verifyCallback(CallbackFields.of(signedReturn(SANDBOX_SECRET, "00", "15000000")), ORDERS);
        assertFalse(v.toString().contains(SANDBOX_SECRET));
        assertFalse(v.toString().contains("vnp_SecureHash"));
        assertEquals(
                "GatewaySettings[tmnCode, hashSecret]",
                GatewaySettings.builder()
                        .set(VnPayGateway.TMN_CODE, "SANDBOX1")
                        .set(VnPayGateway.HASH_SECRET, SANDBOX_SECRET)
                        .build()
                        .toString());
    }
}
