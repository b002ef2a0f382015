package vn.smartcity.iot.hj212;

/**
 * The checksum of HJ 212-2017 (section 6.3.2): a CRC over the data segment only, written as four
 * hex digits after it. It is not CRC-16/MODBUS: each byte is XORed into the register after the
 * register is shifted right by 8.
 *
 * <pre>
 * crc = 0xFFFF
 * for each byte b: crc = (crc &gt;&gt; 8) ^ b
 *                  8 times: lsb = crc &amp; 1; crc &gt;&gt;= 1; if lsb: crc ^= 0xA001
 * </pre>
 */
public final class Hj212Crc {

    /**
     * The eight bit-steps applied to each possible low byte of the register: for this reflected
     * algorithm, eight steps on register r equal {@code (r >>> 8) ^ TABLE[r & 0xFF]}.
     */
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int r = i;
            for (int bit = 0; bit < 8; bit++) {
                r = (r & 1) != 0 ? (r >>> 1) ^ 0xA001 : r >>> 1;
            }
            TABLE[i] = r;
        }
    }

    private Hj212Crc() {}

    /**
     * Computes the checksum.
     *
     * @param data the buffer
     * @param offset where the data segment starts
     * @param length its length
     * @return the 16-bit checksum
     */
    public static int compute(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset, end = offset + length; i < end; i++) {
            // (crc >>> 8) ^ b is below 256, so the table step's own shift is always 0: one lookup.
            crc = TABLE[(crc >>> 8) ^ (data[i] & 0xFF)];
        }
        return crc;
    }
}
