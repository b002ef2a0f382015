package vn.smartcity.testkit.chip.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/** Byte-array helpers: hexadecimal, concatenation, counters, fixed-length integers. */
public final class Bytes {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Bytes() {}

    /**
     * Reads hexadecimal, ignoring spaces.
     *
     * @param hex such as {@code "7C 00"}
     * @return the bytes
     * @throws IllegalArgumentException if a character is not a hex digit or the count is odd
     */
    public static byte[] hex(String hex) {
        String digits = hex.replace(" ", "");
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + digits.length());
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int high = Character.digit(digits.charAt(2 * i), 16);
            int low = Character.digit(digits.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("not a hex digit at " + (2 * i));
            }
            out[i] = (byte) ((high << 4) | low);
        }
        return out;
    }

    /**
     * Writes hexadecimal, upper case, without spaces.
     *
     * @param bytes the bytes
     * @return such as {@code 7C00}
     */
    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0x0F];
            out[2 * i + 1] = HEX[bytes[i] & 0x0F];
        }
        return new String(out);
    }

    /**
     * Joins arrays.
     *
     * @param parts the arrays
     * @return a new array holding them in order
     */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * XORs two arrays of the same length.
     *
     * @param a one array
     * @param b the other, as long
     * @return a new array
     */
    public static byte[] xor(byte[] a, byte[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("lengths differ: " + a.length + " and " + b.length);
        }
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }

    /**
     * Adds one to a big-endian unsigned counter in place, wrapping at the top.
     *
     * @param counter the counter
     */
    public static void increment(byte[] counter) {
        for (int i = counter.length - 1; i >= 0; i--) {
            if (++counter[i] != 0) {
                return;
            }
        }
    }

    /**
     * A non-negative integer as exactly {@code length} big-endian bytes (I2OS of BSI TR-03111).
     *
     * @param value the integer, less than 256<sup>length</sup>
     * @param length the number of bytes
     * @return the bytes
     */
    public static byte[] unsigned(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        if (raw.length == length) {
            return raw;
        }
        if (raw.length == length + 1 && raw[0] == 0) {
            return Arrays.copyOfRange(raw, 1, raw.length);
        }
        if (raw.length > length) {
            throw new IllegalArgumentException("integer of " + value.bitLength() + " bits does not fit " + length);
        }
        byte[] out = new byte[length];
        System.arraycopy(raw, 0, out, length - raw.length, raw.length);
        return out;
    }

    /**
     * A non-negative integer in as few bytes as it needs (at least one).
     *
     * @param value the integer
     * @return the bytes, without a sign byte
     */
    public static byte[] unsigned(BigInteger value) {
        return unsigned(value, Math.max(1, (value.bitLength() + 7) / 8));
    }
}
