package vn.smartcity.iot.modbus;

import java.util.Arrays;
import java.util.Objects;

/**
 * The CRC of Modbus RTU frames, CRC-16/MODBUS: polynomial 0x8005 reflected (0xA001), initial value
 * 0xFFFF, no final XOR (MODBUS over Serial Line V1.02, section 6.2.2). The frame carries it low
 * byte first: the CRC of {@code 02 07} is 0x1241, sent as {@code 41 12}.
 */
public final class ModbusCrc {

    // T0[i]: the register after byte i is fed to a zero register (the classic one-byte table); Tk[i]:
    // the same followed by k zero bytes.
    private static final int[] T0 = new int[256];
    private static final int[] T1 = new int[256];
    private static final int[] T2 = new int[256];
    private static final int[] T3 = new int[256];
    private static final int[] T4 = new int[256];
    private static final int[] T5 = new int[256];
    private static final int[] T6 = new int[256];
    private static final int[] T7 = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
            T0[i] = crc;
        }
        int[][] tables = {T0, T1, T2, T3, T4, T5, T6, T7};
        for (int k = 1; k < tables.length; k++) {
            for (int i = 0; i < 256; i++) {
                int previous = tables[k - 1][i];
                tables[k][i] = (previous >>> 8) ^ T0[previous & 0xFF];
            }
        }
    }

    private ModbusCrc() {}

    /**
     * Computes the CRC of some bytes.
     *
     * @param data the buffer
     * @param offset where the bytes start
     * @param length how many
     * @return the CRC, 0 to 0xFFFF (its low byte goes first on the wire)
     * @throws IndexOutOfBoundsException if the range is outside the buffer
     */
    public static int compute(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        int crc = 0xFFFF;
        int i = offset;
        int end = offset + length;
        // Eight bytes at a time ("slicing by 8"): the 16-bit register meets only the first two, and
        // the effect of each of the eight bytes on the register after them is one table lookup, so
        // the lookups do not wait for one another as the byte-at-a-time chain does.
        for (; i <= end - 8; i += 8) {
            int first = crc ^ ((data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8);
            crc = T7[first & 0xFF]
                    ^ T6[first >>> 8]
                    ^ T5[data[i + 2] & 0xFF]
                    ^ T4[data[i + 3] & 0xFF]
                    ^ T3[data[i + 4] & 0xFF]
                    ^ T2[data[i + 5] & 0xFF]
                    ^ T1[data[i + 6] & 0xFF]
                    ^ T0[data[i + 7] & 0xFF];
        }
        for (; i < end; i++) {
            crc = (crc >>> 8) ^ T0[(crc ^ data[i]) & 0xFF];
        }
        return crc;
    }

    /**
     * Tells whether a frame ends with the right CRC.
     *
     * @param frame the buffer
     * @param offset where the frame starts (its address byte)
     * @param length the frame's length, CRC included
     * @return {@code true} if the last two bytes are the CRC of the others, low byte first
     */
    public static boolean check(byte[] frame, int offset, int length) {
        if (length < 3) {
            return false;
        }
        int crc = compute(frame, offset, length - 2);
        int end = offset + length;
        return (frame[end - 2] & 0xFF) == (crc & 0xFF) && (frame[end - 1] & 0xFF) == crc >>> 8;
    }

    /**
     * Appends the CRC to a frame.
     *
     * @param frame the address byte and the PDU
     * @return a new array: the frame followed by its CRC, low byte first
     */
    public static byte[] append(byte[] frame) {
        byte[] out = Arrays.copyOf(frame, frame.length + 2);
        int crc = compute(frame, 0, frame.length);
        out[frame.length] = (byte) crc;
        out[frame.length + 1] = (byte) (crc >>> 8);
        return out;
    }
}
