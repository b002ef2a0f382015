package vn.smartcity.egov.payment.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
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

/** A merchant's PayGov account; see {@link vn.smartcity.egov.payment.PayGovGateway} for the sources. */
public final class PayGovAccount extends GatewayAccount {

    private static final String ID = "paygov";
    private static final String TYPE = "PaymentOrder";

    private final String partnerCode;
    private final String accessKey;
    private final String secretKey;
    private final String serviceCode;

    /**
     * Creates an account.
     *
     * @param partnerCode the partner code
     * @param accessKey the access key
     * @param secretKey the secret key
     * @param serviceCode the service code, possibly empty
     * @param endpoint where payment requests are posted
     * @param replays the replay guard
     */
    public PayGovAccount(
            String partnerCode,
            String accessKey,
            String secretKey,
            String serviceCode,
            URI endpoint,
            ReplayGuard replays) {
        super(
                ID,
                endpoint,
                replays,
                "orderId",
                "checksum",
                List.of("orderId", "amount", "requestCode", "transactionNo", "errorCode", "checksum"));
        this.partnerCode = partnerCode;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.serviceCode = serviceCode;
    }

    /**
     * PayGov's checksum: {@code hex(SHA-256(secretKey + accessKey + partnerCode + orderId +
     * requestCode + amount))}.
     *
     * @param secretKey the secret key
     * @param accessKey the access key
     * @param partnerCode the partner code
     * @param orderId the order id
     * @param requestCode the request code
     * @param amount the amount in đồng, as sent
     * @return 64 lower-case hex digits
     */
    public static String checksum(
            String secretKey, String accessKey, String partnerCode, String orderId, String requestCode, String amount) {
        return Digests.sha256Hex(secretKey + accessKey + partnerCode + orderId + requestCode + amount);
    }

    /**
     * Reads {@code {"data":{"url":...}}}, as OpenCPS's {@code getUrlRedirectToPaygov} does. PayGov's
     * error format is not published: a non-2xx answer, or one without {@code data.url} that
     * carries {@code errorCode}, {@code error_code} or {@code code} and a {@code message} or
     * {@code error_message}, is a {@link ServiceException} with them.
     */
    @Override
    public URI paymentPage(PaymentRequest request, EgovResponse answer) {
        Answers.requirePost(request);
        JsonObject object = Answers.object(ID, answer);
        JsonValue data = object.get("data");
        String url = data instanceof JsonObject ? Answers.text((JsonObject) data, "url") : null;
        if (url == null || url.isEmpty() || !answer.isSuccessful()) {
            String code = firstText(object, "errorCode", "error_code", "code");
            String message = firstText(object, "message", "error_message", "errorMessage");
            if (code != null || message != null || !answer.isSuccessful()) {
                throw new ServiceException(
                        ID,
                        answer.status(),
                        code != null ? code : Integer.toString(answer.status()),
                        message,
                        answer.requestId());
            }
            throw new InvalidResponseException(
                    ID, answer.status(), "the answer has no data.url", answer.requestId(), null);
        }
        return Answers.pageUrl(ID, answer, "data.url", url);
    }

    private static @Nullable String firstText(JsonObject object, String... names) {
        for (String name : names) {
            String text = Answers.text(object, name);
            if (text != null && !text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    @Override
    public PaymentRequest createPayment(PaymentOrder order) {
        String orderId = order.orderId();
        if (orderId.length() > 100 || !orderId.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidValueException(TYPE, -1, "orderId: must be 1 to 100 letters, digits, '.', '_' or '-'");
        }
        for (String name : order.extras().keySet()) {
            if (!name.equals("serviceCode") && !name.equals("requestCode")) {
                throw new InvalidValueException(
                        TYPE,
                        -1,
                        "extra field " + name + " is not one PayGov takes; allowed: requestCode, serviceCode");
            }
        }
        URI returnUrl = order.returnUrl();
        if (returnUrl == null) {
            throw new InvalidValueException(TYPE, -1, "returnUrl: PayGov needs a return URL");
        }
        String requestCode = order.extra("requestCode");
        if (requestCode == null) {
            requestCode = defaultRequestCode(order.createdAt());
        } else if (requestCode.isEmpty() || requestCode.length() > 64 || !requestCode.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidValueException(TYPE, -1, "requestCode: must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        String service = order.extra("serviceCode");
        String amount = Long.toString(order.amount().dong());
        String ip = order.clientIp();

        Map<String, String> body = new LinkedHashMap<>();
        body.put("partnerCode", partnerCode);
        body.put("accessKey", accessKey);
        body.put("serviceCode", service != null ? service : serviceCode);
        body.put("returnUrl", returnUrl.toString());
        body.put("orderId", orderId);
        body.put("amount", amount);
        body.put("orderInfo", AsciiText.foldToPrintableAscii(TYPE, "orderInfo", order.orderInfo()));
        body.put("requestCode", requestCode);
        body.put("ipAddress", ip != null ? ip : "");
        body.put("checksum", checksum(secretKey, accessKey, partnerCode, orderId, requestCode, amount));
        Map<String, String> fields = new LinkedHashMap<>(body);
        fields.remove("accessKey");
        return new PaymentRequest(ID, orderId, PaymentRequest.Kind.POST_JSON, endpoint(), FlatJson.write(body), fields);
    }

    /** The creation time as {@code yyyyMMddHHmmssSSS} in UTC+7: unique per millisecond. */
    private static String defaultRequestCode(Instant createdAt) {
        return PaymentTimes.format(createdAt) + String.format("%03d", createdAt.getNano() / 1_000_000);
    }

    @Override
    String signature(Map<String, String> f) {
        return checksum(secretKey, accessKey, partnerCode, f.get("orderId"), f.get("requestCode"), f.get("amount"));
    }

    @Override
    PaymentVerification verifySigned(Map<String, String> f, OrderLookup orders, @Nullable ReplayGuard guard) {
        String orderId = f.get("orderId");
        String transactionNo = f.get("transactionNo");
        String errorCode = f.get("errorCode");
        GatewayCode code = new GatewayCode(
                "errorCode",
                errorCode,
                errorCode.equals("00")
                        ? "Giao dịch thành công"
                        : "PayGov báo giao dịch không thành công (bảng mã lỗi của PayGov chưa được công bố)",
                errorCode.equals("00"));
        long amount = Verdicts.parseDigits(f.get("amount"));
        if (amount < 0) {
            return Verdicts.reject(
                    ID, RejectReason.MALFORMED, "amount is not a whole number of đồng", orderId, transactionNo, code);
        }
        return Verdicts.check(
                new Verdicts.Signed(
                        ID,
                        partnerCode,
                        orderId,
                        VndAmount.of(amount),
                        transactionNo,
                        PaymentTimes.parse(f.getOrDefault("payDate", "")),
                        code),
                orders,
                guard);
    }

    /**
     * The answer OpenCPS sends PayGov ({@code PayGateUtil.createResponseToPaygov}): {@code
     * {"error_code":"SUCCESSFUL","error_message":...}} or {@code FAILED}.
     */
    @Override
    public CallbackReply reply(PaymentVerification verification, CallbackFields callback) {
        String code = verification.isVerified() ? "SUCCESSFUL" : "FAILED";
        String message = verification.isVerified()
                ? "Confirm transaction"
                : ((PaymentVerification.Rejected) verification).reason().name();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error_code", code);
        body.put("error_message", message);
        return new CallbackReply(code, "application/json", FlatJson.write(body));
    }

    @Override
    public String toString() {
        return "PayGovAccount[" + partnerCode + " at " + endpoint().getHost() + "]";
    }
}
