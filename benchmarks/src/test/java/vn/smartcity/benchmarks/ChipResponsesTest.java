package vn.smartcity.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.access.SecureMessaging;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;

/**
 * The chip's side that {@link SecureMessagingBenchmark} decodes: it must protect responses exactly
 * as a chip does, or the benchmark would time the unwrapping of something else.
 */
class ChipResponsesTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static byte[] hex(String s) {
        return HEX.parseHex(s);
    }

    /**
     * ICAO Doc 9303 Part 11, Appendix D.4 (3DES, BAC session keys of Appendix D.3): the chip's
     * answers to SELECT EF.COM (counter ...C228), to READ BINARY of 4 bytes (...C22A) and of the
     * remaining 18 bytes (...C22C). The same hex values are in smartcity-card's {@code
     * SecureMessagingTest} and in public eMRTD test suites found with find_string
     * "8709019FF0EC34F9922651" (the eid_icao Dart tests among them).
     */
    @Test
    void appendixD4Responses() {
        byte[] ksEnc = hex(SecureMessagingBenchmark.D4_KS_ENC);
        byte[] ksMac = hex(SecureMessagingBenchmark.D4_KS_MAC);

        assertEquals(
                "990290008E08FA855A5D4C50A8ED9000",
                HEX.formatHex(ChipResponses.tripleDes(ksEnc, ksMac, hex("887022120C06C227"))
                        .protect(new byte[0], 0x9000)));
        assertEquals(
                "8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000",
                HEX.formatHex(ChipResponses.tripleDes(ksEnc, ksMac, hex("887022120C06C229"))
                        .protect(hex("60145F01"), 0x9000)));
        assertEquals(
                "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000",
                HEX.formatHex(ChipResponses.tripleDes(ksEnc, ksMac, hex("887022120C06C22B"))
                        .protect(hex("04303130365F36063034303030305C026175"), 0x9000)));
    }

    /**
     * AES-128 with the PACE session keys of Appendix G.1 and a counter of zero: the chip's answer to
     * the first command, {@code 9000} only. Not a published ICAO vector (none was found): the
     * cross-check vector of velikodniy/jcexpress that smartcity-card's {@code SecureMessagingTest}
     * also uses.
     */
    @Test
    void aesCrossCheckResponse() {
        byte[] counter = new byte[16];
        counter[15] = 1;

        byte[] response = ChipResponses.aes(
                        hex(SecureMessagingBenchmark.G1_KS_ENC), hex(SecureMessagingBenchmark.G1_KS_MAC), counter)
                .protect(new byte[0], 0x9000);

        assertEquals("990290008E08BEA7B381C494A0799000", HEX.formatHex(response));
    }

    /** Synthetic: 223 bytes under AES, protected by the chip's side and opened by smartcity-card. */
    @Test
    void aesResponseWithDataOpensWithSmartcityCard() {
        byte[] ksEnc = hex(SecureMessagingBenchmark.G1_KS_ENC);
        byte[] ksMac = hex(SecureMessagingBenchmark.G1_KS_MAC);
        byte[] data = new byte[223];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        SecureMessaging terminal = SecureMessaging.aes(ksEnc, ksMac, new byte[16]);
        terminal.wrap(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 223));
        byte[] counter = new byte[16];
        counter[15] = 1;

        ResponseApdu plain = terminal.unwrap(
                ResponseApdu.parse(ChipResponses.aes(ksEnc, ksMac, counter).protect(data, 0x9000)));

        assertArrayEquals(data, plain.data());
        assertEquals(0x9000, plain.sw());
    }
}
