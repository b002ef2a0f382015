package vn.smartcity.iot.senml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Value;

/**
 * Writes a SenML CBOR pack (RFC 8428 section 6): a definite-length array of maps with the integer
 * labels of Table 4, the same fields as {@link JsonPackWriter}. Heads use their shortest form;
 * numbers are written as an integer when they are whole, else as the shortest of half, single and
 * double float that holds the value exactly, so every double reads back unchanged (section 6 asks
 * for exactly that).
 */
final class CborPackWriter {

    private static final int NAME = 0;
    private static final int UNIT = 1;
    private static final int VALUE = 2;
    private static final int STRING_VALUE = 3;
    private static final int BOOLEAN_VALUE = 4;
    private static final int SUM = 5;
    private static final int TIME = 6;
    private static final int DATA_VALUE = 8;
    private static final int BASE_NAME = -2;

    private byte[] buffer = new byte[256];
    private int size;

    private CborPackWriter() {}

    /**
     * Encodes records.
     *
     * @param codec the codec's id, for exceptions
     * @param records the records
     * @return the bytes
     */
    static byte[] write(String codec, List<Observation> records) {
        EncodedRecord[] layout = EncodedRecord.of(codec, records);
        CborPackWriter w = new CborPackWriter();
        w.head(4, layout.length);
        String baseName = "";
        for (EncodedRecord r : layout) {
            Observation o = r.observation();
            boolean writeBaseName = !r.baseName().equals(baseName);
            int fields = 1
                    + (writeBaseName ? 1 : 0)
                    + (r.name().isEmpty() ? 0 : 1)
                    + (o.unit() != null ? 1 : 0)
                    + (o.value() != null ? 1 : 0)
                    + (o.sum() != null ? 1 : 0);
            w.head(5, fields);
            if (writeBaseName) {
                baseName = r.baseName();
                w.label(BASE_NAME);
                w.text(baseName);
            }
            if (!r.name().isEmpty()) {
                w.label(NAME);
                w.text(r.name());
            }
            if (o.unit() != null) {
                w.label(UNIT);
                w.text(o.unit());
            }
            Value value = o.value();
            if (value instanceof Value.Number n) {
                w.label(VALUE);
                w.number(n.value());
            } else if (value instanceof Value.Text text) {
                w.label(STRING_VALUE);
                w.text(text.value());
            } else if (value instanceof Value.Bool bool) {
                w.label(BOOLEAN_VALUE);
                w.ensure(1);
                w.buffer[w.size++] = (byte) (bool.value() ? 0xF5 : 0xF4);
            } else if (value instanceof Value.Data data) {
                w.label(DATA_VALUE);
                w.bytes(2, data.value());
            }
            if (o.sum() != null) {
                w.label(SUM);
                w.number(o.sum());
            }
            w.label(TIME);
            if (r.microsOfSecond() == 0) {
                w.head(0, r.seconds());
            } else {
                w.number(r.seconds() + r.microsOfSecond() / 1e6);
            }
        }
        return Arrays.copyOf(w.buffer, w.size);
    }

    private void ensure(int more) {
        if (buffer.length - size < more) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }

    private void label(int label) {
        if (label >= 0) {
            head(0, label);
        } else {
            head(1, -1 - label);
        }
    }

    /**
     * Writes a head in its shortest form.
     *
     * @param major the major type
     * @param argument the argument, unsigned
     */
    private void head(int major, long argument) {
        ensure(9);
        int type = major << 5;
        if (argument >= 0 && argument < 24) {
            buffer[size++] = (byte) (type | (int) argument);
        } else if (argument >= 0 && argument < 0x100) {
            buffer[size++] = (byte) (type | 24);
            buffer[size++] = (byte) argument;
        } else if (argument >= 0 && argument < 0x10000) {
            buffer[size++] = (byte) (type | 25);
            put(argument, 2);
        } else if (argument >= 0 && argument < 0x1_0000_0000L) {
            buffer[size++] = (byte) (type | 26);
            put(argument, 4);
        } else {
            buffer[size++] = (byte) (type | 27);
            put(argument, 8);
        }
    }

    private void put(long value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            buffer[size++] = (byte) (value >>> (8 * i));
        }
    }

    private void text(String text) {
        bytes(3, text.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(int major, byte[] content) {
        head(major, content.length);
        ensure(content.length);
        System.arraycopy(content, 0, buffer, size, content.length);
        size += content.length;
    }

    /**
     * Writes a number exactly, in its shortest form.
     *
     * @param value the number
     */
    private void number(double value) {
        ensure(9);
        boolean negativeZero = value == 0 && 1 / value < 0;
        if (value == Math.rint(value) && Math.abs(value) < 0x1p63 && !negativeZero) {
            long whole = (long) value;
            if (whole >= 0) {
                head(0, whole);
            } else {
                head(1, -1 - whole);
            }
            return;
        }
        int half = doubleToHalf(value);
        if (half >= 0) {
            buffer[size++] = (byte) 0xF9;
            put(half, 2);
        } else if ((double) (float) value == value || Double.isNaN(value)) {
            buffer[size++] = (byte) 0xFA;
            put(Float.floatToIntBits((float) value), 4);
        } else {
            buffer[size++] = (byte) 0xFB;
            put(Double.doubleToLongBits(value), 8);
        }
    }

    /**
     * The half-precision float (IEEE 754 binary16) equal to a double, if there is one.
     *
     * @param value the double
     * @return the 16 bits, or -1 if a half cannot hold the value exactly
     */
    static int doubleToHalf(double value) {
        if (Double.isNaN(value)) {
            return 0x7E00;
        }
        float f = (float) value;
        if (f != value) {
            return -1;
        }
        int bits = Float.floatToIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = (bits >>> 23) & 0xFF;
        int mantissa = bits & 0x7FFFFF;
        if (exponent == 0xFF) {
            return sign | 0x7C00;
        }
        if (exponent == 0 && mantissa == 0) {
            return sign;
        }
        int e = exponent - 127;
        if (exponent == 0 || e > 15 || e < -24) {
            return -1;
        }
        if (e >= -14) {
            return (mantissa & 0x1FFF) != 0 ? -1 : sign | ((e + 15) << 10) | (mantissa >>> 13);
        }
        int full = mantissa | 0x800000;
        int shift = -1 - e;
        return (full & ((1 << shift) - 1)) != 0 ? -1 : sign | (full >>> shift);
    }
}
