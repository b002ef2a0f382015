package vn.smartcity.card.apdu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.smartcity.card.CardDataException;

/**
 * Encoding and parsing of command APDUs by the rules of ISO/IEC 7816-4, section 5.1 (command-response
 * pairs): cases 1 to 4, short length fields (Lc and Le of one byte, {@code Le = 00} for 256) and
 * extended ones ({@code 00} then two bytes; a two-byte Le after data; {@code Le = 0000} for 65,536).
 * The APDUs are synthetic, built from those rules.
 */
class ApduEncodingTest {

    private static String hex(byte[] bytes) {
        return Hex.toHexString(bytes).toUpperCase(Locale.ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "case 1, 00A4040C, 0, 0",
        "case 2 short, 00B0000004, 0, 4",
        "case 2 short Le=00 is 256, 00B0000000, 0, 256",
        "case 2 extended, 00B00000000180, 0, 384",
        "case 2 extended Le=0000 is 65536, 00B00000000000, 0, 65536",
        "case 3 short, 00A4020C02011E, 2, 0",
        "case 4 short, 00A4040007A000000247100100, 7, 256",
        "case 3 extended, 00DA0000000100" + "0000000000000000000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000000000000000000"
                + "0000000000000000000000000000000000000000000000000000000000000000, 256, 0",
        "case 4 extended, 00B1000000000454028000" + "1004, 4, 4100",
    })
    void parsesAndEncodesBackTheSameBytes(String label, String apdu, int nc, int ne) {
        CommandApdu command = CommandApdu.parse(Hex.decode(apdu));

        assertEquals(nc, command.nc(), label);
        assertEquals(ne, command.ne(), label);
        assertEquals(apdu, hex(command.toBytes()), label);
    }

    @Test
    void headerAndDataOfCase4() {
        CommandApdu command = CommandApdu.parse(Hex.decode("00A4040007A000000247100100"));

        assertEquals(0x00, command.cla());
        assertEquals(0xA4, command.ins());
        assertEquals(0x04, command.p1());
        assertEquals(0x00, command.p2());
        assertArrayEquals(Hex.decode("A0000002471001"), command.data());
        assertFalse(command.isExtended());
    }

    @Test
    void lengthsChooseTheForm() {
        assertEquals(
                "00B0000000",
                hex(CommandApdu.of(0, 0xB0, 0, 0, new byte[0], 256).toBytes()));
        assertEquals(
                "00B00000000101",
                hex(CommandApdu.of(0, 0xB0, 0, 0, new byte[0], 257).toBytes()));
        CommandApdu extendedData = CommandApdu.of(0, 0xDA, 0, 0, new byte[256], 2);
        assertTrue(extendedData.isExtended());
        byte[] encoded = extendedData.toBytes();
        assertEquals("00DA0000000100", hex(java.util.Arrays.copyOf(encoded, 7)));
        assertEquals("0002", hex(java.util.Arrays.copyOfRange(encoded, encoded.length - 2, encoded.length)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "three bytes, 00A404, command APDU at 3: expected a 4-byte header found 3 bytes",
        "short Lc longer than the data, 00A4040C05A000, command APDU at 4: Lc 5 needs 10 or 11 bytes found 7",
        "short data followed by two bytes, 00A4020C02011E0000, command APDU at 4: Lc 2 needs 7 or 8 bytes found 9",
        "extended length cut short, 00B0000000, -",
        "extended Lc of zero, 00DA000000000001, command APDU at 5: extended Lc of 0",
        "extended Lc longer than the data, 00DA0000000005AABB, command APDU at 5: extended Lc 5 needs 12 or 14 bytes"
                + " found 9",
        "six bytes with extended marker, 00B000000001, command APDU at 6: extended length field cut short",
    })
    void malformedCommandsAreRefusedWithTheOffset(String label, String apdu, String message) {
        if ("-".equals(message)) {
            // 00B0000000 is a valid case 2 short APDU (Le = 256), not a truncated extended one.
            assertEquals(256, CommandApdu.parse(Hex.decode(apdu)).ne(), label);
            return;
        }
        CardDataException e = assertThrows(CardDataException.class, () -> CommandApdu.parse(Hex.decode(apdu)), label);
        assertEquals(message.replace(" found", ", found"), e.getMessage(), label);
    }

    @Test
    void responseParsing() {
        ResponseApdu response = ResponseApdu.parse(Hex.decode("60145F019000"));
        assertArrayEquals(Hex.decode("60145F01"), response.data());
        assertEquals(0x9000, response.sw());
        assertEquals(0x90, response.sw1());
        assertEquals(0x00, response.sw2());
        assertTrue(response.isSuccess());
        assertEquals("60145F019000", hex(response.toBytes()));
        assertEquals("ResponseApdu[SW=9000, 4 bytes]", response.toString());

        ResponseApdu status = ResponseApdu.parse(Hex.decode("6A82"));
        assertEquals(0, status.dataLength());
        assertFalse(status.isSuccess());

        CardDataException e = assertThrows(CardDataException.class, () -> ResponseApdu.parse(Hex.decode("90")));
        assertEquals("response APDU at 1: expected at least the 2-byte status word, found 1", e.getMessage());
    }

    @Test
    void toStringShowsNoData() {
        CommandApdu command = CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, Hex.decode("011E"));
        assertEquals("CommandApdu[00 A4 02 0C, Nc=2, Ne=0]", command.toString());
    }

    @Test
    void valuesOutOfRangeAreRefused() {
        IllegalArgumentException cla =
                assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(256, 0xA4, 0, 0));
        assertEquals("CLA 256 is not a byte (0..255)", cla.getMessage());
        IllegalArgumentException ne =
                assertThrows(IllegalArgumentException.class, () -> CommandApdu.of(0, 0xB0, 0, 0, new byte[0], 65537));
        assertEquals("Ne 65537 is outside 0..65536", ne.getMessage());
    }
}
