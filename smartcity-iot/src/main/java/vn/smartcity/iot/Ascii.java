package vn.smartcity.iot;

import java.nio.charset.StandardCharsets;

/**
 * Allocation-free parsing of numbers written in ASCII inside byte buffers, for codecs' hot paths
 * (HJ 212, TT 10/2021, NMEA, SenML JSON). Malformed input is reported by a sentinel result, never
 * by an exception, so the codec can raise its own {@link CodecException} with the offset.
 */
public final class Ascii {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private Ascii() {}

    /**
     * Parses a decimal number: optional sign, digits, optional fraction, optional exponent ({@code
     * -12.5}, {@code 3}, {@code .5}, {@code 1.2E-3}). Numbers of up to 15 significant digits and
     * small exponents are computed exactly without allocating (the result is the correctly rounded
     * double, as {@link Double#parseDouble(String)} gives); longer ones fall back to {@code
     * Double.parseDouble}.
     *
     * @param b the buffer
     * @param offset where the number starts
     * @param length its length
     * @return the number, or NaN if the bytes are not a decimal number
     */
    public static double parseDouble(byte[] b, int offset, int length) {
        int i = offset;
        int end = offset + length;
        if (length <= 0 || offset < 0 || end > b.length) {
            return Double.NaN;
        }
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean any = false;
        boolean exact = true;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            any = true;
            if (digits < 18) {
                mantissa = mantissa * 10 + (b[i] - '0');
                if (mantissa != 0) {
                    digits++;
                }
            } else {
                exact = false;
                scale++;
            }
            i++;
        }
        if (i < end && b[i] == '.') {
            i++;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                any = true;
                if (digits < 18) {
                    mantissa = mantissa * 10 + (b[i] - '0');
                    if (mantissa != 0) {
                        digits++;
                    }
                    scale--;
                } else {
                    exact = false;
                }
                i++;
            }
        }
        if (!any) {
            return Double.NaN;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                expNegative = b[i] == '-';
                i++;
            }
            int exp = 0;
            boolean expDigits = false;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                expDigits = true;
                if (exp < 10_000) {
                    exp = exp * 10 + (b[i] - '0');
                }
                i++;
            }
            if (!expDigits) {
                return Double.NaN;
            }
            scale += expNegative ? -exp : exp;
        }
        if (i != end) {
            return Double.NaN;
        }
        if (exact && digits <= 15 && scale >= -22 && scale <= 22) {
            double value = mantissa;
            value = scale < 0 ? value / POWERS_OF_TEN[-scale] : value * POWERS_OF_TEN[scale];
            return negative ? -value : value;
        }
        return Double.parseDouble(new String(b, offset, length, StandardCharsets.US_ASCII));
    }

    /**
     * Parses unsigned decimal digits.
     *
     * @param b the buffer
     * @param offset where the digits start
     * @param length how many (1 to 18)
     * @return the value, or {@code -1} if a byte is not a digit or the length is out of range
     */
    public static long parseDigits(byte[] b, int offset, int length) {
        if (length <= 0 || length > 18 || offset < 0 || offset + length > b.length) {
            return -1;
        }
        long value = 0;
        for (int i = offset; i < offset + length; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /**
     * Parses hexadecimal digits, either case.
     *
     * @param b the buffer
     * @param offset where the digits start
     * @param length how many (1 to 15)
     * @return the value, or {@code -1} if a byte is not a hex digit
     */
    public static long parseHex(byte[] b, int offset, int length) {
        if (length <= 0 || length > 15 || offset < 0 || offset + length > b.length) {
            return -1;
        }
        long value = 0;
        for (int i = offset; i < offset + length; i++) {
            int c = b[i];
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                d = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'F') {
                d = c - 'A' + 10;
            } else {
                return -1;
            }
            value = (value << 4) | d;
        }
        return value;
    }

    /**
     * Whether a region of bytes equals an ASCII string.
     *
     * @param b the buffer
     * @param offset where the region starts
     * @param length its length
     * @param text the ASCII text
     * @return {@code true} if equal
     */
    public static boolean equals(byte[] b, int offset, int length, String text) {
        if (length != text.length() || offset < 0 || offset + length > b.length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (b[offset + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Finds a byte.
     *
     * @param b the buffer
     * @param from where to start
     * @param to where to stop (exclusive)
     * @param value the byte to find
     * @return its index, or {@code -1}
     */
    public static int indexOf(byte[] b, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (b[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
