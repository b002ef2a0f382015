package vn.smartcity.card.tlv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.smartcity.card.CardDataException;

class TlvTest {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    @Test
    void readsConstructedElementAsViewsWithAbsoluteOffsets() {
        // EF.COM from ICAO Doc 9303 Part 10, as gmrtd/gmrtd document/com_test.go (TestNewCOM) uses it.
        byte[] data = hex("60145F0104303130365F36063034303030305C026175");
        Tlv com = Tlv.parse(data, "EF.COM");
        assertEquals(0x60, com.tag());
        assertEquals("60", com.tagHex());
        assertTrue(com.constructed());
        assertEquals(TagClass.APPLICATION, com.tagClass());
        assertEquals(0, com.offset());
        assertEquals(2, com.valueOffset());
        assertEquals(0x14, com.valueLength());
        assertEquals(22, com.encodedLength());
        assertArrayEquals(data, com.encoded());

        List<Tlv> children = com.children();
        assertEquals(3, children.size());
        Tlv version = children.get(0);
        assertEquals(0x5F01, version.tag());
        assertEquals("5F01", version.tagHex());
        assertEquals(2, version.tagLength());
        assertFalse(version.constructed());
        assertEquals(2, version.offset());
        assertEquals(5, version.valueOffset());
        assertEquals(1, version.depth());
        assertEquals("0106", version.valueAsString(StandardCharsets.US_ASCII));
        assertArrayEquals(hex("5F010430313036"), version.encoded());
        Tlv list = com.child(0x5C, "tag list");
        assertEquals(18, list.offset());
        assertArrayEquals(hex("6175"), list.value());
        assertEquals(0x6175, list.unsignedValue());
        assertTrue(list.valueEquals(hex("6175")));
        assertEquals(0x75, list.valueByte(1));
    }

    @Test
    void valueBufferDoesNotCopy() {
        byte[] data = hex("04 03 01 02 03");
        ByteBuffer buffer = Tlv.parse(data, "test").valueBuffer();
        assertTrue(buffer.isReadOnly());
        assertEquals(3, buffer.remaining());
        data[3] = 9;
        assertEquals(9, buffer.get(1));
    }

    @ParameterizedTest
    @CsvSource({
        "5F1F 00, 5F1F, 2",
        "7F61 00, 7F61, 2",
        "5F8101 00, 5F8101, 3",
        "BF818101 00, BF818101, 4",
        "1F1F 00, 1F1F, 2",
    })
    void readsMultiByteTags(String input, String tagHex, int tagLength) {
        Tlv tlv = Tlv.parse(hex(input), "test");
        assertEquals(tagHex, tlv.tagHex());
        assertEquals(tagLength, tlv.tagLength());
        assertEquals(tagHex, Tlv.tagHex(tlv.tag()));
    }

    @Test
    void fourByteTagWithHighBitIsNegativeButPrintsRight() {
        Tlv tlv = Tlv.parse(hex("DF818101 00"), "test");
        assertTrue(tlv.tag() < 0);
        assertEquals(TagClass.PRIVATE, tlv.tagClass());
        assertEquals("DF818101", tlv.tagHex());
    }

    @Test
    void readsShortAndLongFormLengths() {
        assertEquals(0x7F, Tlv.parse(concat(hex("04 7F"), new byte[0x7F]), "t").valueLength());
        assertEquals(
                0x80, Tlv.parse(concat(hex("04 81 80"), new byte[0x80]), "t").valueLength());
        assertEquals(
                0x100,
                Tlv.parse(concat(hex("04 82 0100"), new byte[0x100]), "t").valueLength());
        assertEquals(
                0x10000,
                Tlv.parse(concat(hex("04 83 010000"), new byte[0x10000]), "t").valueLength());
        Tlv four = Tlv.parse(concat(hex("04 84 00000005"), new byte[5]), "t");
        assertEquals(5, four.valueLength());
        assertEquals(6, four.headerLength());
        // Non-minimal long form is BER, accepted.
        assertEquals(1, Tlv.parse(hex("04 81 01 AA"), "t").valueLength());
    }

    @Test
    void readsAConcatenationOneElementAtATime() {
        byte[] data = hex("020101 020102 3000");
        TlvReader reader = TlvReader.of(data, "test");
        assertEquals(0, reader.position());
        assertEquals(1, reader.next().valueByte(0));
        assertEquals(3, reader.position());
        assertEquals(2, reader.next().valueByte(0));
        Tlv empty = reader.next();
        assertTrue(empty.children().isEmpty());
        assertFalse(reader.hasNext());
        assertEquals(0, reader.remaining());
        assertThrows(NoSuchElementException.class, reader::next);
    }

    @Test
    void readsARegionWithOffsetsFromTheArrayStart() {
        byte[] data = hex("FFFF 020107 FF");
        TlvReader reader = TlvReader.of(data, 2, 3, "test", TlvOptions.LDS);
        Tlv tlv = reader.next();
        assertEquals(2, tlv.offset());
        assertEquals(7, tlv.valueByte(0));
        assertFalse(reader.hasNext());
    }

    @Test
    void indefiniteLengthOnlyWhenAllowed() {
        byte[] data = hex("30 80 020105 3080 0400 0000 0000");
        CardDataException e = assertThrows(CardDataException.class, () -> Tlv.parse(data, "DG13"));
        assertEquals(1, e.position());
        assertEquals("DG13 at 1: indefinite length (80) is not allowed here", e.getMessage());

        Tlv tlv = Tlv.parse(data, "test", TlvOptions.LDS.withIndefiniteLength());
        assertTrue(tlv.indefiniteLength());
        assertEquals(9, tlv.valueLength());
        assertEquals(13, tlv.encodedLength());
        List<Tlv> children = tlv.children();
        assertEquals(2, children.size());
        assertTrue(children.get(1).indefiniteLength());
        assertEquals(2, children.get(1).valueLength());
    }

    @Test
    void maxDepthIsEnforcedWhenChildrenAreRead() {
        byte[] data = hex("30 06 30 04 30 02 30 00");
        TlvOptions shallow = TlvOptions.LDS.withMaxDepth(2);
        Tlv level2 =
                Tlv.parse(data, "test", shallow).children().get(0).children().get(0);
        assertEquals(2, level2.depth());
        CardDataException e = assertThrows(CardDataException.class, level2::children);
        assertEquals(6, e.position());
        assertEquals("test at 6: elements nest deeper than 2 levels", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TlvOptions(-1, false));
        assertThrows(IllegalArgumentException.class, () -> new TlvOptions(257, false));
    }

    @Test
    void indefiniteNestingIsDepthLimitedToo() {
        byte[] data = new byte[2 * 40 + 2 * 40];
        for (int i = 0; i < 40; i++) {
            data[2 * i] = 0x30;
            data[2 * i + 1] = (byte) 0x80;
        }
        CardDataException e = assertThrows(
                CardDataException.class, () -> Tlv.parse(data, "test", TlvOptions.LDS.withIndefiniteLength()));
        assertEquals(66, e.position());
    }

    /** Rejections: input, offset, message. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''| 0| expected a TLV element, found no bytes",
                "00 00| 0| tag byte 00 is not a tag (ISO/IEC 7816-4 uses it as padding)",
                "FF 00| 0| tag byte FF is not a tag (ISO/IEC 7816-4 uses it as padding)",
                "5F| 1| tag continues past the end of the data",
                "5F81| 2| tag continues past the end of the data",
                "5F 80 01 00| 1| tag number starts with a zero byte (80)",
                "5F 81 81 81 01 00| 0| tag longer than 4 bytes",
                "04| 1| expected a length byte after tag 04, found the end of the data",
                "04 FF| 1| length byte FF is reserved",
                "04 85 0000000001 00| 1| length uses 5 bytes, at most 4 are allowed",
                "04 82 01| 1| length needs 2 bytes, only 1 left",
                "30 05 0201| 1| length 5 of tag 30 exceeds the 2 bytes left",
                "04 84 FFFFFFFF| 1| length 4294967295 of tag 04 exceeds the 0 bytes left",
                "04 80 0000| 1| indefinite length (80) is not allowed here",
                "020105 00| 3| 1 bytes follow the element with tag 02",
            })
    void rejectsMalformedInputWithOffset(String input, int position, String message) {
        CardDataException e = assertThrows(CardDataException.class, () -> Tlv.parse(hex(input), "test"));
        assertEquals(position, e.position());
        assertEquals("test", e.what());
        assertEquals("test at " + position + ": " + message, e.getMessage());
    }

    @Test
    void childErrorsCarryAbsoluteOffsets() {
        // The child 04 at offset 2 claims 5 bytes where its parent has 1 left.
        Tlv outer = Tlv.parse(hex("30 03 04 05 00"), "DG2");
        CardDataException e = assertThrows(CardDataException.class, outer::children);
        assertEquals(3, e.position());
        assertEquals("DG2 at 3: length 5 of tag 04 exceeds the 1 bytes left", e.getMessage());
    }

    @Test
    void indefiniteRejections() {
        TlvOptions ber = TlvOptions.LDS.withIndefiniteLength();
        CardDataException primitive =
                assertThrows(CardDataException.class, () -> Tlv.parse(hex("04 80 0000"), "t", ber));
        assertEquals("t at 1: indefinite length (80) on primitive tag 04", primitive.getMessage());
        CardDataException open = assertThrows(CardDataException.class, () -> Tlv.parse(hex("30 80 020105"), "t", ber));
        assertEquals(
                "t at 0: indefinite-length tag 30 has no end-of-contents (00 00) before the end of the data",
                open.getMessage());
    }

    @Test
    void navigationErrorsNameTheTags() {
        Tlv tlv = Tlv.parse(hex("61 03 020101"), "DG1");
        CardDataException missing = assertThrows(CardDataException.class, () -> tlv.child(0x5F1F, "MRZ"));
        assertEquals("DG1 at 0: expected tag 5F1F (MRZ) inside tag 61", missing.getMessage());
        CardDataException wrong = assertThrows(CardDataException.class, () -> tlv.expectTag(0x6D, "DG13"));
        assertEquals("DG1 at 0: expected tag 6D (DG13), found 61", wrong.getMessage());
        Tlv primitive = tlv.children().get(0);
        CardDataException notConstructed = assertThrows(CardDataException.class, primitive::children);
        assertEquals("DG1 at 2: tag 02 is primitive, expected a constructed element", notConstructed.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> primitive.valueByte(1));
    }

    @Test
    void valueConversionsFailAsCardDataExceptions() {
        CardDataException utf8 = assertThrows(
                CardDataException.class,
                () -> Tlv.parse(hex("0C 02 C328"), "DG13").valueAsString(StandardCharsets.UTF_8));
        assertEquals("DG13 at 2: value of tag 0C is not valid UTF-8", utf8.getMessage());
        assertThrows(CardDataException.class, () -> Tlv.parse(hex("02 00"), "t").unsignedValue());
        assertThrows(
                CardDataException.class,
                () -> Tlv.parse(hex("02 05 0000000001"), "t").unsignedValue());
        assertThrows(
                CardDataException.class,
                () -> Tlv.parse(hex("02 04 80000000"), "t").unsignedValue());
        assertEquals(Integer.MAX_VALUE, Tlv.parse(hex("02 04 7FFFFFFF"), "t").unsignedValue());
    }

    @Test
    void toStringShowsNoValue() {
        assertEquals(
                "Tlv[tag=5F1F, offset=0, length=3]",
                Tlv.parse(hex("5F1F 03 414243"), "t").toString());
    }

    /** Deterministic fuzz: random bytes, walked completely, fail only with CardDataException. */
    @Test
    void randomBytesFailOnlyWithCardDataException() {
        Random random = new Random(0x7E57_71L);
        byte[] starts = hex("30 31 60 61 6D 6E 75 7F 5F 04 02 A1 80 FF 00");
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[random.nextInt(48)];
            random.nextBytes(data);
            if (data.length > 0 && random.nextBoolean()) {
                data[0] = starts[random.nextInt(starts.length)];
            }
            for (TlvOptions options : new TlvOptions[] {TlvOptions.LDS, TlvOptions.LDS.withIndefiniteLength()}) {
                try {
                    TlvReader reader = TlvReader.of(data, "fuzz", options);
                    while (reader.hasNext()) {
                        walk(reader.next());
                    }
                } catch (CardDataException e) {
                    assertTrue(e.position() >= 0 && e.position() <= data.length, e.getMessage());
                } catch (RuntimeException e) {
                    fail("unexpected " + e + " for " + HexFormat.of().formatHex(data), e);
                }
            }
        }
    }

    private static void walk(Tlv tlv) {
        tlv.encoded();
        tlv.value();
        if (tlv.constructed()) {
            for (Tlv child : tlv.children()) {
                walk(child);
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
