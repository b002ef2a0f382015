package vn.smartcity.iot.senml;

import java.math.BigDecimal;
import java.math.BigInteger;
import vn.smartcity.iot.MutableObservation;

/**
 * Reads a SenML CBOR pack (RFC 8428 section 6) with a small strict CBOR decoder (RFC 8949) for
 * what SenML uses: definite-length arrays, maps, text and byte strings, integers, half, single and
 * double floats, {@code true} and {@code false}, and decimal fractions (tag 4), which section 6
 * allows for numbers. Indefinite lengths, other tags, reserved heads, invalid UTF-8 and trailing
 * bytes are rejected; every length is checked against the bytes left before it is used.
 */
final class CborPackReader extends SenmlPack {

    private static final int MAX_DEPTH = 16;

    /** Integer labels 0 to 8 (RFC 8428 Table 4). */
    private static final int[] POSITIVE = {N, U, V, VS, VB, S, T, UT, VD};

    /** Integer labels -1 to -6, by {@code -1 - label} (RFC 8428 Table 4). */
    private static final int[] NEGATIVE = {BVER, BN, BT, BU, BV, BS};

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    // The last head read: its additional information, argument and end.
    private int info;
    private long argument;
    private int headEnd;

    // The last number read.
    private double value;

    /**
     * Creates a reader.
     *
     * @param codec the codec's id
     */
    CborPackReader(String codec) {
        super(codec);
    }

    @Override
    void parse() {
        int pos = base;
        int major = head(pos);
        if (major != 4) {
            throw error(pos, "a CBOR array (the SenML pack)", describe(pos));
        }
        int n = count(pos, 1, "array", "(SensML streams in indefinite-length arrays are not supported)");
        if (n == 0) {
            throw error(pos, "at least one SenML record", "an empty array");
        }
        pos = headEnd;
        for (int i = 0; i < n; i++) {
            pos = record(pos);
        }
        if (pos != limit) {
            throw error(pos, "end of input after the SenML pack", (limit - pos) + " more bytes");
        }
    }

    private int record(int start) {
        int major = head(start);
        if (major != 5) {
            throw error(start, "a CBOR map (a SenML record)", describe(start));
        }
        int pairs = count(start, 2, "map", "");
        beginRecord();
        int pos = headEnd;
        for (int p = 0; p < pairs; p++) {
            int keyPos = pos;
            int keyMajor = head(pos);
            int label;
            if (keyMajor == 0) {
                label = argument >= 0 && argument < POSITIVE.length ? POSITIVE[(int) argument] : UNKNOWN;
                pos = headEnd;
            } else if (keyMajor == 1) {
                label = argument >= 0 && argument < NEGATIVE.length ? NEGATIVE[(int) argument] : UNKNOWN;
                pos = headEnd;
            } else if (keyMajor == 3) {
                int length = count(keyPos, 1, "text string", "");
                pos = headEnd;
                checkUtf8(pos, pos + length);
                if (length > 0 && data[pos + length - 1] == '_') {
                    throw error(
                            keyPos,
                            "a label this decoder understands (labels ending in '_' must be understood,"
                                    + " RFC 8428 section 4.4)",
                            describe(pos));
                }
                label = UNKNOWN;
                pos += length;
            } else {
                throw error(keyPos, "an integer or text label", describe(keyPos));
            }
            if (label == UNKNOWN) {
                pos = skip(pos, 0);
            } else {
                claim(label, keyPos);
                pos = field(label, pos);
            }
        }
        endRecord(start);
        return pos;
    }

    private int field(int label, int pos) {
        switch (label) {
            case BN, BU, N, U, VS -> {
                if (head(pos) != 3) {
                    throw error(pos, "a text string for " + LABELS[label], describe(pos));
                }
                int length = count(pos, 1, "text string", "");
                int start = headEnd;
                checkUtf8(start, start + length);
                text(label, start, length, pos);
                return start + length;
            }
            case VD -> {
                if (head(pos) != 2) {
                    throw error(pos, "a byte string for vd (RFC 8428 section 6)", describe(pos));
                }
                int length = count(pos, 1, "byte string", "");
                text(label, headEnd, length, pos);
                return headEnd + length;
            }
            case VB -> {
                if (head(pos) != 7 || (info != 20 && info != 21)) {
                    throw error(pos, "true or false for vb", describe(pos));
                }
                bool(info == 21);
                return headEnd;
            }
            case BVER -> {
                if (head(pos) != 0) {
                    throw error(pos, "an unsigned integer for bver (RFC 8428 section 6)", describe(pos));
                }
                version(argument < 0 ? Long.MAX_VALUE : argument, pos);
                return headEnd;
            }
            default -> {
                int end = number(pos, label);
                number(label, value, pos);
                return end;
            }
        }
    }

    /**
     * Reads a head: the major type, and the argument with its size.
     *
     * @param pos where the head starts
     * @return the major type; {@link #info}, {@link #argument} (unsigned; -1 for an indefinite
     *     length) and {@link #headEnd} are set
     */
    private int head(int pos) {
        if (pos >= limit) {
            throw error(pos, "a CBOR data item", "end of input");
        }
        int initial = data[pos] & 0xFF;
        int major = initial >>> 5;
        int ai = initial & 0x1F;
        info = ai;
        if (ai < 24) {
            argument = ai;
            headEnd = pos + 1;
        } else if (ai <= 27) {
            int size = 1 << (ai - 24);
            if (size > limit - pos - 1) {
                throw error(pos, "a CBOR head of " + (size + 1) + " bytes", (limit - pos) + " bytes left");
            }
            long a = 0;
            for (int i = 1; i <= size; i++) {
                a = (a << 8) | (data[pos + i] & 0xFF);
            }
            argument = a;
            headEnd = pos + 1 + size;
        } else if (ai == 31 && major >= 2 && major <= 5) {
            argument = -1;
            headEnd = pos + 1;
        } else {
            throw error(pos, "a well-formed CBOR head", String.format("0x%02X", initial));
        }
        return major;
    }

    /**
     * The length of the string, array or map whose head was just read, checked against the bytes
     * left.
     *
     * @param pos where the head is
     * @param bytesPerItem at least how many bytes each counted item takes (2 for a map's pairs)
     * @param what the kind of item, for messages
     * @param note a note for indefinite lengths
     * @return the length
     */
    private int count(int pos, int bytesPerItem, String what, String note) {
        if (argument == -1 && info == 31) {
            throw error(pos, "a definite-length " + what + " " + note, "an indefinite length");
        }
        long left = limit - headEnd;
        if (argument < 0 || argument > left / bytesPerItem) {
            throw error(
                    pos, "a " + what + " length within the " + left + " bytes left", Long.toUnsignedString(argument));
        }
        return (int) argument;
    }

    private void checkUtf8(int from, int to) {
        byte[] b = data;
        int i = from;
        while (i < to) {
            if (b[i] >= 0) {
                i++;
            } else {
                int n = utf8Length(b, i, to);
                if (n < 0) {
                    throw error(i, "valid UTF-8 in a text string", describe(i));
                }
                i += n;
            }
        }
    }

    /**
     * Reads a number into {@link #value}: an integer, a half, single or double float, or a
     * decimal fraction.
     *
     * @param pos where it starts
     * @param label the label, for messages
     * @return where it ends
     */
    private int number(int pos, int label) {
        int major = head(pos);
        switch (major) {
            case 0 -> value = unsigned(argument);
            case 1 -> value = -1 - unsigned(argument);
            case 6 -> {
                if (argument != 4) {
                    throw error(
                            pos,
                            "a supported CBOR tag (4, decimal fraction)",
                            "tag " + Long.toUnsignedString(argument));
                }
                return decimalFraction(headEnd);
            }
            case 7 -> {
                if (info == 25) {
                    value = halfToDouble((int) argument);
                } else if (info == 26) {
                    value = Float.intBitsToFloat((int) argument);
                } else if (info == 27) {
                    value = Double.longBitsToDouble(argument);
                } else {
                    throw error(pos, "a number for " + LABELS[label], describe(pos));
                }
            }
            default -> throw error(pos, "a number for " + LABELS[label], describe(pos));
        }
        return headEnd;
    }

    /**
     * Reads the content of tag 4, {@code [exponent, mantissa]} with integers (RFC 8949 section
     * 3.4.4), into {@link #value}.
     *
     * @param pos where the array starts
     * @return where it ends
     */
    private int decimalFraction(int pos) {
        if (head(pos) != 4 || argument != 2) {
            throw error(pos, "a decimal fraction [exponent, mantissa] (RFC 8949 section 3.4.4)", describe(pos));
        }
        int at = headEnd;
        int major = head(at);
        if (major > 1) {
            throw error(at, "an integer exponent", describe(at));
        }
        long exponent;
        if (argument < 0 || argument > 100_000) {
            exponent = major == 0 ? 100_000 : -100_000;
        } else {
            exponent = major == 0 ? argument : -1 - argument;
        }
        at = headEnd;
        major = head(at);
        if (major > 1) {
            throw error(at, "an integer mantissa (bignums are not supported)", describe(at));
        }
        value = decimal(major == 1, argument, (int) exponent);
        return headEnd;
    }

    /**
     * The double nearest {@code mantissa * 10^exponent}.
     *
     * @param negative whether the mantissa is {@code -1 - magnitude}
     * @param magnitude the CBOR argument, unsigned
     * @param exponent the power of ten
     * @return the value, correctly rounded
     */
    static double decimal(boolean negative, long magnitude, int exponent) {
        if (magnitude >= 0 && magnitude < (1L << 53) - 1 && Math.abs(exponent) <= 22) {
            double m = negative ? -1 - (double) magnitude : magnitude;
            return exponent < 0 ? m / POWERS_OF_TEN[-exponent] : m * POWERS_OF_TEN[exponent];
        }
        BigInteger m = BigInteger.valueOf(magnitude & Long.MAX_VALUE);
        if (magnitude < 0) {
            m = m.setBit(63);
        }
        if (negative) {
            m = m.add(BigInteger.ONE).negate();
        }
        if (m.signum() == 0 || exponent < -400) {
            return m.signum() < 0 ? -0.0 : 0.0;
        }
        if (exponent > 400) {
            return m.signum() < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return new BigDecimal(m).scaleByPowerOfTen(exponent).doubleValue();
    }

    private static double unsigned(long argument) {
        return argument >= 0 ? argument : (argument >>> 1) * 2.0 + (argument & 1);
    }

    /**
     * A half-precision float (IEEE 754 binary16), exactly.
     *
     * @param bits the 16 bits
     * @return the value
     */
    static double halfToDouble(int bits) {
        int exponent = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        double magnitude;
        if (exponent == 0) {
            magnitude = Math.scalb((double) mantissa, -24);
        } else if (exponent == 31) {
            magnitude = mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            magnitude = Math.scalb((double) (mantissa | 0x400), exponent - 25);
        }
        return (bits & 0x8000) != 0 ? -magnitude : magnitude;
    }

    /**
     * Skips the value of an unknown label, checking it is well-formed and uses only what this
     * decoder supports.
     *
     * @param pos where it starts
     * @param depth how deep in arrays and maps
     * @return where it ends
     */
    private int skip(int pos, int depth) {
        if (depth > MAX_DEPTH) {
            throw error(pos, "CBOR nested at most " + MAX_DEPTH + " deep", describe(pos));
        }
        int major = head(pos);
        switch (major) {
            case 0, 1 -> {
                return headEnd;
            }
            case 2 -> {
                return headEnd + count(pos, 1, "byte string", "");
            }
            case 3 -> {
                int start = headEnd;
                int end = start + count(pos, 1, "text string", "");
                checkUtf8(start, end);
                return end;
            }
            case 4, 5 -> {
                int items = count(pos, major == 4 ? 1 : 2, major == 4 ? "array" : "map", "");
                if (major == 5) {
                    items *= 2;
                }
                int at = headEnd;
                for (int i = 0; i < items; i++) {
                    at = skip(at, depth + 1);
                }
                return at;
            }
            case 6 -> {
                if (argument != 4) {
                    throw error(
                            pos,
                            "a supported CBOR tag (4, decimal fraction)",
                            "tag " + Long.toUnsignedString(argument));
                }
                return decimalFraction(headEnd);
            }
            default -> {
                if (info == 24 && argument < 32) {
                    throw error(pos, "a well-formed simple value (32 or more in two bytes)", describe(pos));
                }
                return headEnd;
            }
        }
    }

    @Override
    void appendText(int start, int length, StringBuilder target) {
        byte[] b = data;
        int i = start;
        int end = start + length;
        while (i < end) {
            int run = i;
            while (run < end && b[run] >= 0) {
                run++;
            }
            if (run > i) {
                appendAscii(b, i, run, target);
                i = run;
            } else {
                i = appendUtf8(b, i, target);
            }
        }
    }

    @Override
    void setData(int start, int length, MutableObservation target) {
        target.data(data, start, length);
    }
}
