package vn.smartcity.egov.payment.internal;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * A merchant's account on the DVCQG payment platform; see {@link
 * vn.smartcity.egov.payment.DvcqgPayGateway} for the sources.
 */
public final class DvcqgPayAccount extends GatewayAccount {

    private static final String ID = "dvcqg-pay";
    private static final String TYPE = "PaymentOrder";

    /** The fields of the initiation message covered by {@code MaXacThuc}, in hash order. */
    public static final List<String> INIT_HASHED = List.of(
            "LoaiBanTin",
            "PhienBan",
            "MaDoiTac",
            "MaThamChieu",
            "SoTien",
            "LoaiHinhThanhToan",
            "MaKenhThanhToan",
            "MaThietBi",
            "NgonNgu",
            "MaTienTe",
            "MaNganHang",
            "ThongTinGiaoDich",
            "ThoiGianGD",
            "Ip");

    /** The fields of the confirmation (callback) message covered by {@code MaXacThuc}, in hash order. */
    public static final List<String> CONFIRM_HASHED = List.of(
            "LoaiBanTin",
            "MaLoi",
            "MaDoiTac",
            "MaThamChieu",
            "SoTien",
            "MaTienTe",
            "MaGiaoDich",
            "MaNganHang",
            "ThoiGianGD",
            "ThongTinGiaoDich");

    private static final Set<String> EXTRAS = Set.of(
            "LoaiHinhThanhToan",
            "MaKenhThanhToan",
            "MaThietBi",
            "NgonNgu",
            "MaTienTe",
            "MaNganHang",
            "ThongTinBienLai");

    private final String partnerCode;
    private final String hashKey;
    private final String messageType;
    private final String version;
    private final String pageUrlField;

    /**
     * Creates an account.
     *
     * @param partnerCode {@code MaDoiTac}
     * @param hashKey the hash key ending every hashed string
     * @param messageType {@code LoaiBanTin} of the initiation message
     * @param version {@code PhienBan}
     * @param endpoint where initiation messages are posted
     * @param pageUrlField the member of the answer holding the payment page
     * @param replays the replay guard
     */
    public DvcqgPayAccount(
            String partnerCode,
            String hashKey,
            String messageType,
            String version,
            URI endpoint,
            String pageUrlField,
            ReplayGuard replays) {
        super(
                ID,
                endpoint,
                replays,
                "MaThamChieu",
                "MaXacThuc",
                List.of("MaLoi", "MaDoiTac", "MaThamChieu", "SoTien", "MaGiaoDich", "MaXacThuc"));
        this.partnerCode = partnerCode;
        this.hashKey = hashKey;
        this.messageType = messageType;
        this.version = version;
        this.pageUrlField = pageUrlField;
    }

    /**
     * {@code MaXacThuc}: SHA-256 over the named fields joined with {@code |}, ending in the hash key.
     *
     * @param fields the message's fields (absent ones count as empty)
     * @param order the names of the hashed fields, in order
     * @param hashKey the hash key
     * @return 64 lower-case hex digits
     */
    public static String maXacThuc(Map<String, String> fields, List<String> order, String hashKey) {
        StringBuilder joined = new StringBuilder(256);
        for (String name : order) {
            joined.append(fields.getOrDefault(name, "")).append('|');
        }
        return Digests.sha256Hex(joined.append(hashKey).toString());
    }

    /**
     * Reads the platform's answer: {@code MaLoi} {@code 00} and the payment page in the member
     * named by the {@code pageUrlField} setting; another {@code MaLoi} is a {@link
     * ServiceException} with {@code MoTaLoi}.
     */
    @Override
    public URI paymentPage(PaymentRequest request, EgovResponse answer) {
        Answers.requirePost(request);
        JsonObject object = Answers.object(ID, answer);
        String maLoi = Answers.text(object, "MaLoi");
        if (!"00".equals(maLoi) || !answer.isSuccessful()) {
            throw new ServiceException(
                    ID,
                    answer.status(),
                    maLoi != null ? maLoi : Integer.toString(answer.status()),
                    Answers.text(object, "MoTaLoi"),
                    answer.requestId());
        }
        String url = Answers.text(object, pageUrlField);
        if (url == null || url.isEmpty()) {
            throw new InvalidResponseException(
                    ID,
                    answer.status(),
                    "the answer has no " + pageUrlField + " (the pageUrlField setting names the member)",
                    answer.requestId(),
                    null);
        }
        return Answers.pageUrl(ID, answer, pageUrlField, url);
    }

    @Override
    public PaymentRequest createPayment(PaymentOrder order) {
        String reference = order.orderId();
        if (reference.length() > 50 || !reference.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidValueException(
                    TYPE, -1, "MaThamChieu: order id must be 1 to 50 letters, digits, '.', '_' or '-'");
        }
        for (String name : order.extras().keySet()) {
            if (!EXTRAS.contains(name)) {
                throw new InvalidValueException(
                        TYPE,
                        -1,
                        "extra field " + name + " is not one the DVCQG platform takes here; allowed: LoaiHinhThanhToan,"
                                + " MaKenhThanhToan, MaThietBi, NgonNgu, MaTienTe, MaNganHang, ThongTinBienLai");
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("LoaiBanTin", messageType);
        fields.put("PhienBan", version);
        fields.put("MaDoiTac", partnerCode);
        fields.put("MaThamChieu", reference);
        fields.put("SoTien", Long.toString(order.amount().dong()));
        fields.put("LoaiHinhThanhToan", extra(order, "LoaiHinhThanhToan", ""));
        fields.put("MaKenhThanhToan", extra(order, "MaKenhThanhToan", ""));
        fields.put("MaThietBi", extra(order, "MaThietBi", ""));
        fields.put("NgonNgu", extra(order, "NgonNgu", "vi"));
        fields.put("MaTienTe", extra(order, "MaTienTe", "VND"));
        fields.put("MaNganHang", extra(order, "MaNganHang", ""));
        fields.put("ThongTinGiaoDich", order.orderInfo());
        fields.put("ThoiGianGD", PaymentTimes.format(order.createdAt()));
        String ip = order.clientIp();
        fields.put("Ip", ip != null ? ip : "");
        for (Map.Entry<String, String> e : fields.entrySet()) {
            int bar = e.getValue().indexOf('|');
            if (bar >= 0) {
                throw new InvalidValueException(
                        TYPE, bar, e.getKey() + ": '|' separates the fields of MaXacThuc and cannot appear in one");
            }
        }
        String mac = maXacThuc(fields, INIT_HASHED, hashKey);
        Map<String, Object> body = new LinkedHashMap<>(fields);
        String receipt = order.extra("ThongTinBienLai");
        if (receipt != null) {
            JsonObject object = FlatJson.parseNested(receipt);
            if (object == null) {
                throw new InvalidValueException(TYPE, -1, "ThongTinBienLai: must be a JSON object");
            }
            body.put("ThongTinBienLai", object);
        }
        body.put("MaXacThuc", mac);
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("MaXacThuc", mac);
        return new PaymentRequest(
                ID, reference, PaymentRequest.Kind.POST_JSON, endpoint(), FlatJson.write(body), signed);
    }

    private static String extra(PaymentOrder order, String name, String fallback) {
        String value = order.extra(name);
        return value != null ? value : fallback;
    }

    @Override
    String signature(Map<String, String> fields) {
        return maXacThuc(fields, CONFIRM_HASHED, hashKey);
    }

    @Override
    PaymentVerification verifySigned(Map<String, String> f, OrderLookup orders, @Nullable ReplayGuard guard) {
        String reference = f.get("MaThamChieu");
        String transaction = f.get("MaGiaoDich");
        String maLoi = f.get("MaLoi");
        GatewayCode code = new GatewayCode(
                "MaLoi",
                maLoi,
                maLoi.equals("00")
                        ? "Thành công"
                        : "nền tảng thanh toán báo giao dịch không thành công (bảng mã lỗi chưa được công bố)",
                maLoi.equals("00"));
        if (!partnerCode.equals(f.get("MaDoiTac"))) {
            return Verdicts.reject(
                    ID, RejectReason.UNKNOWN_ORDER, "MaDoiTac is another partner's", reference, transaction, code);
        }
        long amount = Verdicts.parseDigits(f.get("SoTien"));
        if (amount < 0) {
            return Verdicts.reject(
                    ID, RejectReason.MALFORMED, "SoTien is not a whole number of đồng", reference, transaction, code);
        }
        return Verdicts.check(
                new Verdicts.Signed(
                        ID,
                        partnerCode,
                        reference,
                        VndAmount.of(amount),
                        transaction,
                        PaymentTimes.parse(f.getOrDefault("ThoiGianGD", "")),
                        code),
                orders,
                guard);
    }

    /**
     * The answer OpenCPS sends the platform ({@code PayGateUtil.createResponseMessage}): {@code
     * MaLoi} {@code 00} "Thành công" for a verified payment, {@code 99} "Các lỗi khác" otherwise,
     * with {@code MaDoiTac}, {@code MaThamChieu}, {@code ThoiGianGD} and {@code MaXacThuc} echoed
     * from the callback.
     */
    @Override
    public CallbackReply reply(PaymentVerification verification, CallbackFields callback) {
        String code = verification.isVerified() ? "00" : "99";
        Map<String, String> body = new LinkedHashMap<>();
        body.put("MaLoi", code);
        body.put("MoTaLoi", verification.isVerified() ? "Thành công" : "Các lỗi khác");
        body.put("MaDoiTac", callback.get("MaDoiTac").orElse(partnerCode));
        body.put("MaThamChieu", callback.get("MaThamChieu").orElse(""));
        body.put("ThoiGianGD", callback.get("ThoiGianGD").orElse(""));
        body.put("MaXacThuc", callback.get("MaXacThuc").orElse(""));
        return new CallbackReply(code, "application/json", FlatJson.write(body));
    }

    @Override
    public String toString() {
        return "DvcqgPayAccount[" + partnerCode + " at " + endpoint().getHost() + "]";
    }
}
