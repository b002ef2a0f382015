package vn.smartcity.egov.payment.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * VNPay 2.1.0's checksum: the {@code vnp_*} fields sorted by name, empty ones and {@code
 * vnp_SecureHash}/{@code vnp_SecureHashType} left out, each written {@code name=URL-encoded(value)}
 * and joined with {@code &}, then HMAC-SHA512 under the merchant's hash secret in lower-case hex.
 *
 * <p>The URL encoding is {@code URLEncoder.encode(value, US_ASCII)}, as in VNPay's Java sample
 * ({@code ajaxServlet.java} / {@code Config.hashAllFields} of the "vnpay_jsp" demo linked from
 * https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html): spaces become {@code +}, and
 * every character outside ASCII becomes {@code ?} and then {@code %3F}, which is why Vietnamese text
 * must lose its diacritics before it is sent.
 */
public final class VnPaySigner {

    /** The field carrying the checksum. */
    public static final String SECURE_HASH = "vnp_SecureHash";

    /** The field naming the checksum's algorithm (2.0.x only; left out of the hash). */
    public static final String SECURE_HASH_TYPE = "vnp_SecureHashType";

    private VnPaySigner() {}

    /**
     * VNPay's encoding of one value.
     *
     * @param value the value
     * @return {@code URLEncoder.encode(value, US_ASCII)}
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.US_ASCII);
    }

    /**
     * The string that is signed.
     *
     * @param fields the fields received or to send (others than {@code vnp_*} are ignored)
     * @return {@code vnp_A=a&vnp_B=b...}
     */
    public static String hashData(Map<String, String> fields) {
        StringBuilder out = new StringBuilder(512);
        for (Map.Entry<String, String> e : new TreeMap<>(fields).entrySet()) {
            String name = e.getKey();
            String value = e.getValue();
            if (!name.startsWith("vnp_")
                    || value.isEmpty()
                    || name.equals(SECURE_HASH)
                    || name.equals(SECURE_HASH_TYPE)) {
                continue;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(name).append('=').append(encode(value));
        }
        return out.toString();
    }

    /**
     * The checksum of the fields.
     *
     * @param hashSecret the merchant's secret
     * @param fields the fields
     * @return 128 lower-case hex digits
     */
    public static String sign(String hashSecret, Map<String, String> fields) {
        return Digests.hmacSha512Hex(hashSecret, hashData(fields));
    }

    /**
     * The query string of a payment URL: the signed fields as in {@link #hashData(Map)}, then
     * {@code vnp_SecureHash}.
     *
     * @param fields the fields
     * @param secureHash their checksum
     * @return the query, without {@code ?}
     */
    public static String query(Map<String, String> fields, String secureHash) {
        return hashData(fields) + "&" + SECURE_HASH + "=" + secureHash;
    }
}
