package vn.smartcity.card.pcsc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.card.pcsc.Fakes.hex;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading extended-length support from an ATR: ISO/IEC 7816-3 section 8.2 (interface bytes,
 * historical bytes), ISO/IEC 7816-4 section 12.1.1.9 (card capabilities, third software function
 * table, bit 7 = extended Lc and Le fields). All ATRs here are synthetic.
 */
class AtrTest {

    @Test
    void findsTheHistoricalBytesAfterTheInterfaceBytes() {
        // TS 3B, T0 85 (TD1 follows, 5 historical bytes), TD1 80 (TD2 follows), TD2 01, then history.
        assertArrayEquals(hex("8073940" + "1C0"), Atr.historicalBytes(hex(PcscTransportTest.ATR_EXTENDED)));
        // TS 3B, T0 F3 (TA1 TB1 TC1 TD1, 3 historical bytes), TD1 = 81 (TD2), TD2 = 31 (TA3 TB3), TCK.
        assertArrayEquals(hex("807300"), Atr.historicalBytes(hex("3BF3 11 00 00 81 31 FE 45 807300 00")));
    }

    @Test
    void announcesExtendedLengthOnlyWhenTheCapabilitiesSaySo() {
        assertTrue(Atr.announcesExtendedLength(hex(PcscTransportTest.ATR_EXTENDED)));
        assertFalse(Atr.announcesExtendedLength(hex(PcscTransportTest.ATR_SHORT)));
        // Other COMPACT-TLV objects before the capabilities: country code (1x), issuer (2x).
        assertTrue(Atr.announcesExtendedLength(hex("3B 89 80 01 80 11 07 21 42 73 00 00 40 00")));
        // Category 00: the last three historical bytes are a status indicator, not COMPACT-TLV.
        assertTrue(Atr.announcesExtendedLength(hex("3B 88 80 01 00 73 00 00 C0 00 90 00 00")));
        // Category 10 (DIR data reference) carries no capabilities.
        assertFalse(Atr.announcesExtendedLength(hex("3B 83 80 01 10 73 00 00")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "", // nothing
                "3B", // TS only
                "3B8F", // announces 15 historical bytes, has none
                "3B80", // announces TD1, has none
                "3B 85 80 01 80 73 94", // capabilities cut short
                "3B 83 80 01 80 7F 00", // an object longer than the bytes
            })
    void malformedAtrsAreReadAsShortLengthOnly(String atr) {
        assertFalse(Atr.announcesExtendedLength(hex(atr)));
    }
}
