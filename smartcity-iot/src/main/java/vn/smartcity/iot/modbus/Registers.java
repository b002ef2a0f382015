package vn.smartcity.iot.modbus;

import java.util.Objects;

/**
 * Reads and writes values held in Modbus registers, as a data logger lays them out: 16- and
 * 32-bit integers and 32-bit floats in any {@link WordOrder}. The bytes are the register data of
 * a frame (two bytes per register, as they come on the wire). Nothing here allocates.
 *
 * <pre>{@code
 * // 0x41 0x20 0x00 0x00 is 10.0f big-endian; a word-swapped meter sends 0x00 0x00 0x41 0x20.
 * float f = Registers.float32(new byte[] {0, 0, 0x41, 0x20}, 0, WordOrder.CDAB);   // 10.0
 * }</pre>
 */
public final class Registers {

    private Registers() {}

    /**
     * An unsigned 16-bit value.
     *
     * @param data the register bytes
     * @param offset where the register starts
     * @param order the byte order (only byte swapping counts)
     * @return 0 to 65535
     * @throws IndexOutOfBoundsException if the register is outside the array
     */
    public static int uint16(byte[] data, int offset, WordOrder order) {
        Objects.checkFromIndexSize(offset, 2, data.length);
        int first = data[offset] & 0xFF;
        int second = data[offset + 1] & 0xFF;
        return order.swapsBytes() ? (second << 8) | first : (first << 8) | second;
    }

    /**
     * A signed 16-bit value.
     *
     * @param data the register bytes
     * @param offset where the register starts
     * @param order the byte order (only byte swapping counts)
     * @return -32768 to 32767
     * @throws IndexOutOfBoundsException if the register is outside the array
     */
    public static int int16(byte[] data, int offset, WordOrder order) {
        return (short) uint16(data, offset, order);
    }

    /**
     * A signed 32-bit value from two registers.
     *
     * @param data the register bytes
     * @param offset where the first register starts
     * @param order the word and byte order
     * @return the value
     * @throws IndexOutOfBoundsException if the registers are outside the array
     */
    public static int int32(byte[] data, int offset, WordOrder order) {
        Objects.checkFromIndexSize(offset, 4, data.length);
        int first = uint16(data, offset, order);
        int second = uint16(data, offset + 2, order);
        return order.swapsWords() ? (second << 16) | first : (first << 16) | second;
    }

    /**
     * An unsigned 32-bit value from two registers.
     *
     * @param data the register bytes
     * @param offset where the first register starts
     * @param order the word and byte order
     * @return 0 to 4294967295
     * @throws IndexOutOfBoundsException if the registers are outside the array
     */
    public static long uint32(byte[] data, int offset, WordOrder order) {
        return int32(data, offset, order) & 0xFFFF_FFFFL;
    }

    /**
     * A 32-bit float from two registers.
     *
     * @param data the register bytes
     * @param offset where the first register starts
     * @param order the word and byte order
     * @return the value (NaN and infinities included)
     * @throws IndexOutOfBoundsException if the registers are outside the array
     */
    public static float float32(byte[] data, int offset, WordOrder order) {
        return Float.intBitsToFloat(int32(data, offset, order));
    }

    /**
     * Any of the types, as a double.
     *
     * @param type the type
     * @param order the word and byte order
     * @param data the register bytes
     * @param offset where the first register starts
     * @return the value
     * @throws IndexOutOfBoundsException if the registers are outside the array
     */
    public static double read(RegisterType type, WordOrder order, byte[] data, int offset) {
        switch (type) {
            case INT16:
                return int16(data, offset, order);
            case UINT16:
                return uint16(data, offset, order);
            case INT32:
                return int32(data, offset, order);
            case UINT32:
                return uint32(data, offset, order);
            default:
                return float32(data, offset, order);
        }
    }

    /**
     * Writes a value: integers rounded to the nearest, floats to the nearest float.
     *
     * @param type the type
     * @param order the word and byte order
     * @param value the value, within {@link RegisterType#min()} and {@link RegisterType#max()}
     *     (any float, NaN included, for {@link RegisterType#FLOAT32})
     * @param out the register bytes
     * @param offset where the first register starts
     * @throws IllegalArgumentException if the value does not fit the type
     * @throws IndexOutOfBoundsException if the registers are outside the array
     */
    public static void write(RegisterType type, WordOrder order, double value, byte[] out, int offset) {
        Objects.checkFromIndexSize(offset, 2 * type.words(), out.length);
        int bits;
        if (type == RegisterType.FLOAT32) {
            if (Double.isFinite(value) && Math.abs(value) > Float.MAX_VALUE) {
                throw new IllegalArgumentException(value + " does not fit FLOAT32");
            }
            bits = Float.floatToRawIntBits((float) value);
        } else {
            if (!(value >= type.min() - 0.5 && value < type.max() + 0.5)) {
                throw new IllegalArgumentException(
                        value + " does not fit " + type + " (" + type.min() + " to " + type.max() + ")");
            }
            bits = (int) Math.round(value);
        }
        if (type.words() == 1) {
            word(bits, order, out, offset);
        } else if (order.swapsWords()) {
            word(bits, order, out, offset);
            word(bits >>> 16, order, out, offset + 2);
        } else {
            word(bits >>> 16, order, out, offset);
            word(bits, order, out, offset + 2);
        }
    }

    private static void word(int word, WordOrder order, byte[] out, int offset) {
        byte high = (byte) (word >>> 8);
        byte low = (byte) word;
        out[offset] = order.swapsBytes() ? low : high;
        out[offset + 1] = order.swapsBytes() ? high : low;
    }
}
