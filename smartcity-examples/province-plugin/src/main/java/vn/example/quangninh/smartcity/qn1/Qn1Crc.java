package vn.example.quangninh.smartcity.qn1;

import java.util.Objects;

/**
 * The checksum of QN1 lines: CRC-16/CCITT-FALSE, named CRC-16/IBM-3740 in Greg Cook's CRC RevEng
 * catalogue (width 16, polynomial {@code 0x1021}, initial value {@code 0xFFFF}, no reflection, no
 * final XOR; check value {@code 0x29B1} for the ASCII bytes {@code 123456789}).
 */
public final class Qn1Crc {

    private static final int[] TABLE = table();

    private Qn1Crc() {}

    private static int[] table() {
        int[] t = new int[256];
        for (int b = 0; b < 256; b++) {
            int crc = b << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            t[b] = crc & 0xFFFF;
        }
        return t;
    }

    /**
     * Computes the checksum of a range of bytes.
     *
     * @param data the buffer
     * @param offset where the range starts
     * @param length its length
     * @return the CRC, 0 to 0xFFFF
     * @throws IndexOutOfBoundsException if the range is not inside {@code data}
     */
    public static int crc16(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        int crc = 0xFFFF;
        for (int i = offset, end = offset + length; i < end; i++) {
            crc = ((crc << 8) ^ TABLE[((crc >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }
}
