package vn.smartcity.egov.payment.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SHA-256 and HMAC-SHA512 in lower-case hex, and a constant-time comparison of hex strings. */
public final class Digests {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Digests() {}

    /**
     * SHA-256 of the UTF-8 bytes of {@code text}.
     *
     * @param text the text
     * @return 64 lower-case hex digits
     */
    public static String sha256Hex(String text) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * HMAC-SHA512 of the UTF-8 bytes of {@code data} under the UTF-8 bytes of {@code key}, as
     * VNPay's sample computes it.
     *
     * @param key the secret
     * @param data the data
     * @return 128 lower-case hex digits
     */
    public static String hmacSha512Hex(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return hex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is missing from this Java runtime", e);
        }
    }

    /**
     * Compares a computed lower-case hex digest with a received one, ignoring the case of the
     * received one, in time that does not depend on where they differ.
     *
     * @param computed the digest computed here, lower case
     * @param received the digest received
     * @return whether they are equal
     */
    public static boolean hexEquals(String computed, String received) {
        byte[] a = computed.getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[received.length()];
        for (int i = 0; i < b.length; i++) {
            char c = received.charAt(i);
            b[i] = (byte) (c >= 'A' && c <= 'F' ? c + ('a' - 'A') : c > 0x7f ? '?' : c);
        }
        return MessageDigest.isEqual(a, b);
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }
}
