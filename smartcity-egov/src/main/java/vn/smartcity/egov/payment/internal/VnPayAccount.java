package vn.smartcity.egov.payment.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.egov.http.EgovResponse;
import vn.smartcity.egov.payment.CallbackFields;
import vn.smartcity.egov.payment.CallbackReply;
import vn.smartcity.egov.payment.GatewayCode;
import vn.smartcity.egov.payment.OrderLookup;
import vn.smartcity.egov.payment.PaymentOrder;
import vn.smartcity.egov.payment.PaymentRequest;
import vn.smartcity.egov.payment.PaymentVerification;
import vn.smartcity.egov.payment.RejectReason;
import vn.smartcity.egov.payment.ReplayGuard;

/** A merchant's VNPay 2.1.0 account: payment URLs, return and IPN verification, IPN answers. */
public final class VnPayAccount extends GatewayAccount {

    private static final String ID = "vnpay";
    private static final String TYPE = "PaymentOrder";
    private static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(15);
    private static final long MAX_WIRE_AMOUNT = 999_999_999_999L;
    private static final Set<String> EXTRAS = Set.of("vnp_BankCode", "vnp_Locale", "vnp_OrderType");
    private static final String ALLOWED_EXTRAS = "vnp_BankCode, vnp_Locale, vnp_OrderType";

    private final String tmnCode;
    private final String hashSecret;

    /**
     * Creates an account.
     *
     * @param tmnCode the merchant's terminal code
     * @param hashSecret the merchant's hash secret
     * @param payUrl the payment page
     * @param replays the replay guard
     */
    public VnPayAccount(String tmnCode, String hashSecret, URI payUrl, ReplayGuard replays) {
        super(
                ID,
                payUrl,
                replays,
                "vnp_TxnRef",
                VnPaySigner.SECURE_HASH,
                List.of(
                        VnPaySigner.SECURE_HASH,
                        "vnp_TmnCode",
                        "vnp_TxnRef",
                        "vnp_Amount",
                        "vnp_ResponseCode",
                        "vnp_TransactionNo"));
        this.tmnCode = tmnCode;
        this.hashSecret = hashSecret;
    }

    @Override
    public URI paymentPage(PaymentRequest request, EgovResponse answer) {
        Answers.requirePost(request);
        throw new IllegalArgumentException("vnpay: payment requests are redirects; there is no answer to read");
    }

    @Override
    public PaymentRequest createPayment(PaymentOrder order) {
        String txnRef = order.orderId();
        if (txnRef.length() > 100 || !txnRef.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidValueException(
                    TYPE, -1, "vnp_TxnRef: order id must be 1 to 100 letters, digits, '.', '_' or '-'");
        }
        long wireAmount;
        try {
            wireAmount = Math.multiplyExact(order.amount().dong(), 100L);
        } catch (ArithmeticException e) {
            wireAmount = Long.MAX_VALUE;
        }
        if (wireAmount > MAX_WIRE_AMOUNT) {
            throw new InvalidValueException(TYPE, -1, "vnp_Amount: at most 12 digits after multiplying by 100");
        }
        String orderInfo = AsciiText.foldToPrintableAscii(TYPE, "vnp_OrderInfo", order.orderInfo());
        if (orderInfo.isBlank() || orderInfo.length() > 255) {
            throw new InvalidValueException(TYPE, -1, "vnp_OrderInfo: must be 1 to 255 characters");
        }
        URI returnUrl = order.returnUrl();
        if (returnUrl == null) {
            throw new InvalidValueException(TYPE, -1, "vnp_ReturnUrl: VNPay needs a return URL");
        }
        String clientIp = order.clientIp();
        if (clientIp == null
                || clientIp.length() < 3
                || clientIp.length() > 45
                || !clientIp.matches("[0-9A-Fa-f.:]+")) {
            throw new InvalidValueException(TYPE, -1, "vnp_IpAddr: VNPay needs the payer's IPv4 or IPv6 address");
        }
        for (String name : order.extras().keySet()) {
            if (!EXTRAS.contains(name)) {
                throw new InvalidValueException(
                        TYPE, -1, "extra field " + name + " is not one VNPay takes here; allowed: " + ALLOWED_EXTRAS);
            }
        }
        Instant expires = order.expiresAt() != null
                ? order.expiresAt()
                : order.createdAt().plus(DEFAULT_EXPIRY);

        Map<String, String> fields = new TreeMap<>();
        fields.put("vnp_Version", "2.1.0");
        fields.put("vnp_Command", "pay");
        fields.put("vnp_TmnCode", tmnCode);
        fields.put("vnp_Amount", Long.toString(wireAmount));
        fields.put("vnp_CurrCode", "VND");
        fields.put("vnp_TxnRef", txnRef);
        fields.put("vnp_OrderInfo", orderInfo);
        fields.put("vnp_OrderType", extra(order, "vnp_OrderType", "other"));
        fields.put("vnp_Locale", extra(order, "vnp_Locale", "vn"));
        fields.put("vnp_ReturnUrl", returnUrl.toString());
        fields.put("vnp_IpAddr", clientIp);
        fields.put("vnp_CreateDate", PaymentTimes.format(order.createdAt()));
        fields.put("vnp_ExpireDate", PaymentTimes.format(expires));
        String bankCode = order.extra("vnp_BankCode");
        if (bankCode != null && !bankCode.isEmpty()) {
            fields.put("vnp_BankCode", bankCode);
        }
        String hash = VnPaySigner.sign(hashSecret, fields);
        URI url = URI.create(endpoint() + "?" + VnPaySigner.query(fields, hash));
        Map<String, String> sent = new LinkedHashMap<>(fields);
        sent.put(VnPaySigner.SECURE_HASH, hash);
        return new PaymentRequest(ID, txnRef, PaymentRequest.Kind.REDIRECT, url, "", sent);
    }

    private static String extra(PaymentOrder order, String name, String fallback) {
        String value = order.extra(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    @Override
    String signature(Map<String, String> fields) {
        return VnPaySigner.sign(hashSecret, fields);
    }

    @Override
    PaymentVerification verifySigned(Map<String, String> f, OrderLookup orders, @Nullable ReplayGuard guard) {
        String orderId = f.get("vnp_TxnRef");
        String transactionNo = f.get("vnp_TransactionNo");
        GatewayCode code = VnPayCodes.of(f.get("vnp_ResponseCode"), f.getOrDefault("vnp_TransactionStatus", ""));
        if (!tmnCode.equals(f.get("vnp_TmnCode"))) {
            return Verdicts.reject(
                    ID, RejectReason.UNKNOWN_ORDER, "vnp_TmnCode is another merchant's", orderId, transactionNo, code);
        }
        long wire = Verdicts.parseDigits(f.get("vnp_Amount"));
        if (wire < 0 || wire % 100 != 0) {
            return Verdicts.reject(
                    ID,
                    RejectReason.MALFORMED,
                    "vnp_Amount is not a whole number of đồng times 100",
                    orderId,
                    transactionNo,
                    code);
        }
        return Verdicts.check(
                new Verdicts.Signed(
                        ID,
                        tmnCode,
                        orderId,
                        VndAmount.of(wire / 100),
                        transactionNo,
                        PaymentTimes.parse(f.getOrDefault("vnp_PayDate", "")),
                        code),
                orders,
                guard);
    }

    /**
     * The IPN answers of VNPay's payment documentation: {@code 00} Confirm Success (also for a
     * genuine failure notification, which the merchant records as failed), {@code 01} order not
     * found, {@code 02} already confirmed, {@code 04} invalid amount, {@code 97} invalid signature,
     * {@code 99} unknown error.
     */
    @Override
    public CallbackReply reply(PaymentVerification verification, CallbackFields callback) {
        String code;
        String message;
        if (verification.isVerified()) {
            code = "00";
            message = "Confirm Success";
        } else {
            switch (((PaymentVerification.Rejected) verification).reason()) {
                case GATEWAY_FAILURE:
                    code = "00";
                    message = "Confirm Success";
                    break;
                case UNKNOWN_ORDER:
                    code = "01";
                    message = "Order not found";
                    break;
                case REPLAY:
                    code = "02";
                    message = "Order already confirmed";
                    break;
                case AMOUNT_MISMATCH:
                    code = "04";
                    message = "Invalid amount";
                    break;
                case BAD_SIGNATURE:
                    code = "97";
                    message = "Invalid signature";
                    break;
                default:
                    code = "99";
                    message = "Unknown error";
                    break;
            }
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put("RspCode", code);
        body.put("Message", message);
        return new CallbackReply(code, "application/json", FlatJson.write(body));
    }

    @Override
    public String toString() {
        return "VnPayAccount[" + tmnCode + " at " + endpoint().getHost() + "]";
    }
}
