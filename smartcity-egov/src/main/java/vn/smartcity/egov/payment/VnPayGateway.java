package vn.smartcity.egov.payment;

import java.util.List;
import vn.smartcity.egov.payment.internal.SettingValues;
import vn.smartcity.egov.payment.internal.VnPayAccount;

/**
 * VNPay's payment gateway, API version 2.1.0 (https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html).
 *
 * <p><b>Request.</b> A redirect URL to {@code vpcpay.html} carrying {@code vnp_Version=2.1.0},
 * {@code vnp_Command=pay}, {@code vnp_TmnCode}, {@code vnp_Amount} (đồng × 100), {@code
 * vnp_CurrCode=VND}, {@code vnp_TxnRef} (the order id), {@code vnp_OrderInfo}, {@code
 * vnp_OrderType} ({@code other} unless the order's extra says otherwise), {@code vnp_Locale}
 * ({@code vn}), {@code vnp_ReturnUrl}, {@code vnp_IpAddr}, {@code vnp_CreateDate} and {@code
 * vnp_ExpireDate} ({@code yyyyMMddHHmmss} in UTC+7; 15 minutes after creation by default) and,
 * if given, {@code vnp_BankCode}. Extras accepted: {@code vnp_BankCode}, {@code vnp_Locale},
 * {@code vnp_OrderType}.
 *
 * <p><b>Signature.</b> The {@code vnp_*} fields sorted by name, empty ones and {@code
 * vnp_SecureHash}/{@code vnp_SecureHashType} left out, written {@code name=value} with the value
 * URL-encoded the way VNPay's Java sample does ({@code URLEncoder.encode(value, US_ASCII)}: spaces
 * as {@code +}), joined with {@code &}, then HMAC-SHA512 under the hash secret, in lower-case hex.
 * A received hash is compared ignoring case, in constant time.
 *
 * <p><b>Vietnamese text.</b> With {@code US_ASCII} encoding every accented letter would reach VNPay
 * as {@code ?}; VNPay asks for Vietnamese without diacritics, so {@code vnp_OrderInfo} is folded
 * ({@code Lệ phí đường bộ} is sent as {@code Le phi duong bo}) and a character that has no ASCII
 * form is refused with its position.
 *
 * <p><b>Verification.</b> {@code vnp_ResponseCode} and, when present, {@code
 * vnp_TransactionStatus} must both be {@code 00}; other codes are reported with the meaning VNPay's
 * tables give them. The IPN answer is {@code {"RspCode":"00","Message":"Confirm Success"}}, or
 * {@code 01} order not found, {@code 02} order already confirmed, {@code 04} invalid amount, {@code
 * 97} invalid signature, {@code 99} unknown error.
 *
 * <p>Settings: {@link #TMN_CODE}, {@link #HASH_SECRET} (secret) and {@link #PAY_URL} (VNPay's
 * sandbox by default).
 */
public final class VnPayGateway extends BuiltInGateway {

    /** The plugin id. */
    public static final String ID = "vnpay";

    /** The merchant's terminal code ({@code vnp_TmnCode}). */
    public static final String TMN_CODE = "tmnCode";

    /** The merchant's HMAC-SHA512 secret ({@code vnp_HashSecret}). */
    public static final String HASH_SECRET = "hashSecret";

    /** The payment page, {@code https://sandbox.vnpayment.vn/paymentv2/vpcpay.html} by default. */
    public static final String PAY_URL = "payUrl";

    private static final List<GatewaySetting> SETTINGS = List.of(
            GatewaySetting.required(TMN_CODE, "merchant terminal code, vnp_TmnCode", false),
            GatewaySetting.required(HASH_SECRET, "HMAC-SHA512 hash secret, vnp_HashSecret", true),
            GatewaySetting.optional(PAY_URL, "payment page URL", "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html"));

    /** Creates the gateway (the plugin registry does this). */
    public VnPayGateway() {
        super(ID, "VNPay payment gateway, API 2.1.0 (HMAC-SHA512 redirect and IPN)", SETTINGS);
    }

    @Override
    MerchantAccount open(SettingValues values, ReplayGuard replays) {
        return new VnPayAccount(values.code(TMN_CODE), values.get(HASH_SECRET), values.url(PAY_URL), replays);
    }
}
