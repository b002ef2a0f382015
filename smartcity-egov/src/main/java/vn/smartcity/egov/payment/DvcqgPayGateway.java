package vn.smartcity.egov.payment;

import java.util.List;
import vn.smartcity.egov.payment.internal.DvcqgPayAccount;
import vn.smartcity.egov.payment.internal.SettingValues;

/**
 * The payment platform of the national public-service portal (Nền tảng thanh toán của Cổng Dịch
 * vụ công quốc gia), reached with {@code MaXacThuc}-signed JSON messages.
 *
 * <p><b>Sources.</b> The platform's specification is not public. This class follows the
 * integration in VietOpenCPS/opencps-v2 (commit 8b04ee67f, June 2021): {@code
 * PayGateIntegrationActionImpl.createPaymentPlatformInitTransactionPostParam} (the initiation
 * message), {@code ppConfirmTransaction} (the confirmation callback) and the {@code
 * generateChecksum} overloads and {@code createResponseMessage} in {@code
 * modules/pay-gate-integration/.../util/PayGateUtil.java}. (An earlier branch, {@code
 * paymentplatform}, 2020, used HMAC-SHA256 without the key in the string; the later code, used here,
 * hashes the key as the last field.)
 *
 * <p><b>Initiation.</b> A JSON body POSTed to the {@link #ENDPOINT}: {@code LoaiBanTin,
 * PhienBan, MaDoiTac, MaThamChieu} (the order id), {@code SoTien, LoaiHinhThanhToan,
 * MaKenhThanhToan, MaThietBi, NgonNgu} ({@code vi}), {@code MaTienTe} ({@code VND}), {@code
 * MaNganHang, ThongTinGiaoDich} (the order info), {@code ThoiGianGD} ({@code yyyyMMddHHmmss},
 * UTC+7), {@code Ip}, then {@code ThongTinBienLai} (the receipt object, when the order's extra gives
 * it as JSON) and {@code MaXacThuc}. Extras accepted: {@code LoaiHinhThanhToan, MaKenhThanhToan,
 * MaThietBi, NgonNgu, MaTienTe, MaNganHang, ThongTinBienLai}. The reply carries {@code MaLoi}
 * ({@code 00} = accepted) and the payment page's URL in a member whose name is <em>not in the
 * published code</em> ({@link #PAGE_URL_FIELD}).
 *
 * <p><b>MaXacThuc.</b> {@code hex(SHA-256(f1|f2|...|fn|hashKey))}, lower case. For initiation the
 * fields are {@code LoaiBanTin|PhienBan|MaDoiTac|MaThamChieu|SoTien|LoaiHinhThanhToan|
 * MaKenhThanhToan|MaThietBi|NgonNgu|MaTienTe|MaNganHang|ThongTinGiaoDich|ThoiGianGD|Ip}; for the
 * confirmation callback {@code LoaiBanTin|MaLoi|MaDoiTac|MaThamChieu|SoTien|MaTienTe|MaGiaoDich|
 * MaNganHang|ThoiGianGD|ThongTinGiaoDich} (note {@code ThoiGianGD} before {@code
 * ThongTinGiaoDich}, as OpenCPS concatenates them). A value holding {@code |} is refused, since it
 * would make the joined string ambiguous. <em>Inferred:</em> OpenCPS computes but does not enforce
 * the callback's {@code MaXacThuc}; this class enforces it.
 *
 * <p><b>Callback.</b> {@code MaLoi} {@code 00} means paid; other codes are reported as failures
 * with the code as sent (the platform's table is not published). {@code MaGiaoDich} is the
 * platform's transaction number. The answer is {@code {"MaLoi":"00","MoTaLoi":"Thành công",
 * "MaDoiTac":...,"MaThamChieu":...,"ThoiGianGD":...,"MaXacThuc":...}}, or {@code 99} "Các lỗi
 * khác", echoing the callback's fields as OpenCPS does.
 *
 * <p>Settings: {@link #PARTNER_CODE}, {@link #HASH_KEY} (secret), {@link #MESSAGE_TYPE}, {@link
 * #VERSION} and {@link #ENDPOINT}, which the platform assigns, and {@link #PAGE_URL_FIELD}.
 */
public final class DvcqgPayGateway extends BuiltInGateway {

    /** The plugin id. */
    public static final String ID = "dvcqg-pay";

    /** The merchant's partner code, {@code MaDoiTac}. */
    public static final String PARTNER_CODE = "partnerCode";

    /** The hash key ending every {@code MaXacThuc} string. */
    public static final String HASH_KEY = "hashKey";

    /** {@code LoaiBanTin} of the initiation message, as the platform assigns it. */
    public static final String MESSAGE_TYPE = "messageType";

    /** {@code PhienBan}, the message version, as the platform assigns it. */
    public static final String VERSION = "version";

    /** The URL initiation messages are POSTed to. */
    public static final String ENDPOINT = "endpoint";

    /**
     * The member of the initiation answer that holds the payment page's URL, {@code UrlThanhToan}
     * by default. <em>Not in the published code</em>: the default is the sandbox's name, and a
     * merchant sets the one its platform contract gives.
     */
    public static final String PAGE_URL_FIELD = "pageUrlField";

    private static final List<GatewaySetting> SETTINGS = List.of(
            GatewaySetting.required(PARTNER_CODE, "partner code, MaDoiTac", false),
            GatewaySetting.required(HASH_KEY, "hash key of MaXacThuc", true),
            GatewaySetting.required(MESSAGE_TYPE, "LoaiBanTin of the initiation message", false),
            GatewaySetting.required(VERSION, "PhienBan, message version", false),
            GatewaySetting.required(ENDPOINT, "URL that initiates transactions", false),
            GatewaySetting.optional(PAGE_URL_FIELD, "answer member holding the payment page URL", "UrlThanhToan"));

    /** Creates the gateway (the plugin registry does this). */
    public DvcqgPayGateway() {
        super(ID, "DVCQG payment platform (MaXacThuc, SHA-256)", SETTINGS);
    }

    @Override
    MerchantAccount open(SettingValues values, ReplayGuard replays) {
        return new DvcqgPayAccount(
                values.code(PARTNER_CODE),
                values.get(HASH_KEY),
                values.code(MESSAGE_TYPE),
                values.code(VERSION),
                values.url(ENDPOINT),
                values.code(PAGE_URL_FIELD),
                replays);
    }
}
