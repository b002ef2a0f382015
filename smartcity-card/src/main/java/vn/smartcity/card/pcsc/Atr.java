package vn.smartcity.card.pcsc;

import java.util.Arrays;

/**
 * What an answer-to-reset says about extended length. The historical bytes (ISO/IEC 7816-3 section
 * 8.2; for contactless cards PC/SC Part 3 section 3.1.3.2.3 builds the ATR from the ATS) start with
 * a category indicator; with {@code 80} (or {@code 00}) COMPACT-TLV objects follow, and the card
 * capabilities object (tag {@code 7}, ISO/IEC 7816-4 section 12.1.1.9) has a third software function
 * table whose bit 7 ({@code 40}) announces extended Lc and Le fields.
 *
 * <p>Malformed ATRs are read as "no extended length", never as an error: the transport still works
 * with short APDUs.
 */
final class Atr {

    private Atr() {}

    /**
     * Whether the card capabilities in the historical bytes announce extended Lc and Le fields.
     *
     * @param atr the ATR as the reader reports it
     * @return {@code true} only when the capabilities say so
     */
    static boolean announcesExtendedLength(byte[] atr) {
        byte[] historical = historicalBytes(atr);
        if (historical.length == 0) {
            return false;
        }
        int category = historical[0] & 0xFF;
        if (category != 0x80 && category != 0x00) {
            return false;
        }
        // Category 00 ends with a 3-byte status indicator that is not COMPACT-TLV.
        int end = category == 0x00 ? historical.length - 3 : historical.length;
        int i = 1;
        while (i < end) {
            int tag = (historical[i] & 0xF0) >> 4;
            int length = historical[i] & 0x0F;
            if (i + 1 + length > end) {
                return false;
            }
            if (tag == 0x7 && length >= 3) {
                return (historical[i + 3] & 0x40) != 0;
            }
            i += 1 + length;
        }
        return false;
    }

    /**
     * The historical bytes of an ATR (ISO/IEC 7816-3 section 8.2.2): after TS, T0 and the interface
     * bytes that the TD bytes announce, as many bytes as T0's low nibble says.
     *
     * @param atr the ATR
     * @return the historical bytes, empty if the ATR is too short to hold them
     */
    static byte[] historicalBytes(byte[] atr) {
        if (atr.length < 2) {
            return new byte[0];
        }
        int count = atr[1] & 0x0F;
        int indicator = atr[1] & 0xF0;
        int i = 2;
        while (true) {
            int present = Integer.bitCount(indicator);
            boolean next = (indicator & 0x80) != 0;
            i += present;
            if (!next) {
                break;
            }
            if (i - 1 >= atr.length) {
                return new byte[0];
            }
            indicator = atr[i - 1] & 0xF0;
        }
        if (i + count > atr.length) {
            return new byte[0];
        }
        return Arrays.copyOfRange(atr, i, i + count);
    }
}
