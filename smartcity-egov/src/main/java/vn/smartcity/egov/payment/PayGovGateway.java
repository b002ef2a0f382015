package vn.smartcity.egov.payment;

import java.util.List;
import vn.smartcity.egov.payment.internal.PayGovAccount;
import vn.smartcity.egov.payment.internal.SettingValues;

/**
 * PayGov, the national online payment platform (Nền tảng thanh toán trực tuyến quốc gia), as
 * provinces reach it through their LGSP.
 *
 * <p><b>Sources.</b> PayGov's specification is not public. This class follows the integration in
 * VietOpenCPS/opencps-v2 (commit 8b04ee67f, June 2021): {@code PayGateTerm.genChecksum} and the
 * callback field names in {@code modules/pay-gate-integration/.../util/PayGateTerm.java}, the
 * request body in {@code PayGateIntegrationActionImpl.getUrlRedirectToPaygov}, the answer to the
 * callback in {@code PayGateUtil.createResponseToPaygov}, and the reply {@code {"data":{"url":...}}}
 * read in {@code ApiThirdPartyServiceImpl.getUrlRedirectToPaygov}. The connection data (partner
 * code, access key, secret key) match the HCM LGSP payment service page
 * (https://api.tphcm.gov.vn/ChiTietLgsp/id/53).
 *
 * <p><b>Request.</b> A JSON body POSTed (with the LGSP's bearer token, which the caller adds) to
 * the {@link #ENDPOINT}: {@code partnerCode, accessKey, serviceCode, returnUrl, orderId, amount,
 * orderInfo, requestCode, ipAddress, checksum}, every value a string as OpenCPS sends it. {@code
 * orderInfo} loses its diacritics (OpenCPS strips accents before sending). {@code requestCode} is
 * the order's extra of that name, or the creation time as {@code yyyyMMddHHmmssSSS} in UTC+7.
 * Extras accepted: {@code requestCode}, {@code serviceCode}.
 *
 * <p><b>Checksum.</b> {@code hex(SHA-256(secretKey + accessKey + partnerCode + orderId +
 * requestCode + amount))}, lower case. <em>Inferred:</em> OpenCPS never checks the callback's
 * checksum (the line is commented out); this class checks it with the same formula over the
 * callback's {@code orderId}, {@code requestCode} and {@code amount}.
 *
 * <p><b>Callback.</b> A JSON body with {@code orderId, amount, orderInfo, requestCode,
 * transactionNo, payDate ({@code yyyyMMddHHmmss}, UTC+7), errorCode, checksum}; {@code errorCode}
 * {@code 00} means paid. PayGov's table of other codes is not published: they are reported as
 * failures with the code as sent. The answer is {@code {"error_code":"SUCCESSFUL",
 * "error_message":"Confirm transaction"}} or {@code "FAILED"} with the reason.
 *
 * <p>Settings: {@link #PARTNER_CODE}, {@link #ACCESS_KEY} (secret), {@link #SECRET_KEY}
 * (secret), {@link #SERVICE_CODE} (optional) and {@link #ENDPOINT}.
 */
public final class PayGovGateway extends BuiltInGateway {

    /** The plugin id. */
    public static final String ID = "paygov";

    /** The merchant's partner code. */
    public static final String PARTNER_CODE = "partnerCode";

    /** The merchant's access key. */
    public static final String ACCESS_KEY = "accessKey";

    /** The merchant's secret key. */
    public static final String SECRET_KEY = "secretKey";

    /** The service code sent with every request (empty by default). */
    public static final String SERVICE_CODE = "serviceCode";

    /** The URL payment requests are POSTed to. */
    public static final String ENDPOINT = "endpoint";

    private static final List<GatewaySetting> SETTINGS = List.of(
            GatewaySetting.required(PARTNER_CODE, "PayGov partner code", false),
            GatewaySetting.required(ACCESS_KEY, "PayGov access key", true),
            GatewaySetting.required(SECRET_KEY, "PayGov secret key", true),
            GatewaySetting.optional(SERVICE_CODE, "PayGov service code", ""),
            GatewaySetting.required(ENDPOINT, "URL that creates payments (through the LGSP)", false));

    /** Creates the gateway (the plugin registry does this). */
    public PayGovGateway() {
        super(ID, "PayGov, national online payment platform (SHA-256 checksum)", SETTINGS);
    }

    @Override
    MerchantAccount open(SettingValues values, ReplayGuard replays) {
        return new PayGovAccount(
                values.code(PARTNER_CODE),
                values.get(ACCESS_KEY),
                values.get(SECRET_KEY),
                values.get(SERVICE_CODE),
                values.url(ENDPOINT),
                replays);
    }
}
