package vn.smartcity.iot.modbus;

import java.util.Arrays;
import java.util.Objects;

/**
 * The CRC of Modbus RTU frames, CRC-16/MODBUS: polynomial 0x8005 reflected (0xA001), initial value
 * 0xFFFF, no final XOR (MODBUS over Serial Line V1.02, section 6.2.2). The frame carries it low
 * byte first: the CRC of {@code 02 07} is 0x1241, sent as {@code 41 12}.
 */
public final class ModbusCrc {

    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
            TABLE[i] = crc;
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
        for (int i = offset, end = offset + length; i < end; i++) {
            crc = (crc >>> 8) ^ TABLE[(crc ^ data[i]) & 0xFF];
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
