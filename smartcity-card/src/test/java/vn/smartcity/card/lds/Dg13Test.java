package vn.smartcity.card.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.card.lds.Vectors.concat;
import static vn.smartcity.card.lds.Vectors.tlv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DLSet;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.CardDataException;
import vn.smartcity.core.id.Gender;
import vn.smartcity.core.id.PersonalIdNumber;

/**
 * The Vietnamese DG13. All files here are synthetic, built with Bouncy Castle's encoders in the
 * layout open-source CCCD readers decode: tag 6D, SEQUENCE { INTEGER 1, OID 1.0.10646.1.0.8, SET OF
 * SEQUENCE { INTEGER fieldNumber, value } }, parents (13) as a nested SEQUENCE of father and mother,
 * spouse (14) as a nested SEQUENCE that may be empty. Sources read: NghiaLio/NFC_CCCD_Reader
 * lib/src/data/parser/nfc_dg13_parser.dart and test/data/dg13_fixture_builder.dart (layout, OID,
 * nesting of 13 and 14, UTF8String or PrintableString values, fields absent rather than empty);
 * nguyenddat/ript-virtual-recep server/app/services/ExtractCCCD.py (fields 1 to 13 as {@code 30 ..
 * 02 01 nn}, values decoded as UTF-8). Names, numbers and addresses are made up.
 */
class Dg13Test {

    static final String OID = "1.0.10646.1.0.8";

    static ASN1Encodable field(int number, ASN1Encodable... values) {
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(number));
        for (ASN1Encodable value : values) {
            v.add(value);
        }
        return new DERSequence(v);
    }

    static ASN1Encodable utf8(String s) {
        return new DERUTF8String(s);
    }

    /** DG13 with the given fields, in the given order (DLSet keeps it). */
    static byte[] dg13(ASN1Encodable... fields) {
        return dg13Set(new DLSet(fields));
    }

    static byte[] dg13Set(ASN1Encodable set) {
        DERSequence content =
                new DERSequence(new ASN1Encodable[] {new ASN1Integer(1), new ASN1ObjectIdentifier(OID), set});
        try {
            return new DERTaggedObject(true, BERTags.APPLICATION, 13, content).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Synthetic: every field 1 to 15, UTF8String, plus unknown fields 16 and 42. */
    static byte[] full() {
        return dg13Set(new DERSet(new ASN1Encodable[] {
            field(1, utf8("001089012345")),
            field(2, utf8("Nguyễn Văn An")),
            field(3, utf8("01/02/1989")),
            field(4, utf8("Nam")),
            field(5, utf8("Việt Nam")),
            field(6, utf8("Kinh")),
            field(7, utf8("Không")),
            field(8, utf8("Xã Phú Thượng, Huyện Phú Vang, Thừa Thiên Huế")),
            field(9, utf8("12 Phố Huế, Hai Bà Trưng, Hà Nội")),
            field(10, utf8("Nốt ruồi cách 2cm dưới mép trái")),
            field(11, utf8("15/04/2021")),
            field(12, utf8("01/02/2029")),
            field(13, new DERSequence(new ASN1Encodable[] {utf8("Nguyễn Văn Bình"), utf8("Trần Thị Cúc")})),
            field(14, new DERSequence(utf8("Lê Thị Dung"))),
            field(15, utf8("123456789")),
            field(16, new DERPrintableString("0123456789ABCDEF")),
            field(42, new DEROctetString(new byte[] {(byte) 0xFF, 0x00, (byte) 0xC3})),
        }));
    }

    @Test
    void readsEveryFieldByNumber() {
        Dg13 dg13 = (Dg13) Lds.parse(full());
        assertEquals(OptionalInt.of(1), dg13.version());
        assertEquals(Optional.of(OID), dg13.objectIdentifier());
        assertEquals(Optional.of("001089012345"), dg13.idNumberText());
        assertEquals(Optional.of(new PersonalIdNumber("001089012345")), dg13.idNumber());
        assertEquals(Optional.of("Nguyễn Văn An"), dg13.fullName());
        assertEquals(Optional.of("01/02/1989"), dg13.dateOfBirthText());
        assertEquals(Optional.of(LocalDate.of(1989, 2, 1)), dg13.dateOfBirth());
        assertEquals(Optional.of(Gender.MALE), dg13.gender());
        assertEquals(Optional.of("Việt Nam"), dg13.nationality());
        assertEquals(Optional.of("Kinh"), dg13.ethnicity());
        assertEquals(Optional.of("Không"), dg13.religion());
        assertEquals(Optional.of("Xã Phú Thượng, Huyện Phú Vang, Thừa Thiên Huế"), dg13.placeOfOrigin());
        assertEquals(Optional.of("12 Phố Huế, Hai Bà Trưng, Hà Nội"), dg13.placeOfResidence());
        assertEquals(Optional.of("Nốt ruồi cách 2cm dưới mép trái"), dg13.identifyingFeatures());
        assertEquals(Optional.of(LocalDate.of(2021, 4, 15)), dg13.dateOfIssue());
        assertEquals(Optional.of(LocalDate.of(2029, 2, 1)), dg13.dateOfExpiry());
        assertFalse(dg13.noExpiry());
        assertEquals(Optional.of("Nguyễn Văn Bình"), dg13.fatherName());
        assertEquals(Optional.of("Trần Thị Cúc"), dg13.motherName());
        assertEquals(Optional.of("Lê Thị Dung"), dg13.spouseName());
        assertEquals(Optional.of("123456789"), dg13.oldIdNumber());
        assertEquals(
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 42),
                List.copyOf(dg13.fields().keySet()));
        assertEquals(
                List.of("Nguyễn Văn Bình", "Trần Thị Cúc"),
                dg13.field(13).orElseThrow().texts());
        assertEquals(LdsFileId.DG13, dg13.id());
    }

    @Test
    void unknownFieldsAreKeptRawWithBestEffortText() {
        Dg13 dg13 = Dg13.parse(full());
        Dg13Field f16 = dg13.field(16).orElseThrow();
        assertEquals(Optional.of("0123456789ABCDEF"), f16.text());
        assertArrayEquals(
                concat(new byte[] {0x13, 16}, "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII)),
                f16.valueEncoded());
        Dg13Field f42 = dg13.field(42).orElseThrow();
        assertEquals(List.of(), f42.texts());
        assertEquals(Optional.empty(), f42.text());
        assertArrayEquals(Vectors.hex("0403FF00C3"), f42.valueEncoded());
        assertArrayEquals(Vectors.hex("300802012A0403FF00C3"), f42.encoded());
        assertEquals(Optional.empty(), dg13.field(99));
    }

    @Test
    void fieldsMayBeAbsentAndInAnyOrder() {
        byte[] file = dg13(
                field(12, utf8("Không thời hạn")),
                field(2, utf8("Phạm Thị Hoa")),
                field(4, utf8("Nữ")),
                field(1, utf8("079305001234")),
                field(13, new DERSequence(new ASN1Encodable[] {utf8("Phạm Văn Em"), utf8("Đỗ Thị Gấm")})),
                field(14, new DERSequence()));
        Dg13 dg13 = Dg13.parse(file);
        assertEquals(Set.of(1, 2, 4, 12, 13, 14), dg13.fields().keySet());
        assertEquals(List.of(1, 2, 4, 12, 13, 14), List.copyOf(dg13.fields().keySet()));
        assertEquals(Optional.of(Gender.FEMALE), dg13.gender());
        assertEquals(Optional.of("079305001234"), dg13.idNumber().map(PersonalIdNumber::value));
        assertEquals(Optional.empty(), dg13.dateOfBirth());
        assertEquals(Optional.empty(), dg13.dateOfBirthText());
        assertEquals(Optional.empty(), dg13.placeOfResidence());
        assertEquals(Optional.empty(), dg13.oldIdNumber());
        assertEquals(Optional.empty(), dg13.spouseName());
        assertTrue(dg13.field(14).orElseThrow().texts().isEmpty());
        assertTrue(dg13.noExpiry());
        assertEquals(Optional.empty(), dg13.dateOfExpiry());
        assertEquals(Optional.of("Không thời hạn"), dg13.dateOfExpiryText());
    }

    @Test
    void noExpiryIsRecognisedDecomposedAndWithoutDiacritics() {
        String decomposed = Normalizer.normalize("KHÔNG THỜI HẠN", Normalizer.Form.NFD);
        assertTrue(Dg13.parse(dg13(field(12, utf8(decomposed)))).noExpiry());
        assertTrue(Dg13.parse(dg13(field(12, new DERPrintableString("Khong thoi han"))))
                .noExpiry());
        assertFalse(Dg13.parse(dg13(field(12, utf8("Không rõ")))).noExpiry());
    }

    @Test
    void printableStringAndOtherStringTypes() {
        byte[] file = dg13(
                field(1, new DERPrintableString("001089012345")),
                field(2, new DERBMPString("Nguyễn Văn An")),
                field(3, new DERPrintableString("01/02/1989")),
                field(4, new DERPrintableString("NAM")),
                field(11, new DERPrintableString("15-04-2021")),
                field(15, new DEROctetString("123456789".getBytes(StandardCharsets.US_ASCII))));
        Dg13 dg13 = Dg13.parse(file);
        assertEquals(Optional.of("Nguyễn Văn An"), dg13.fullName());
        assertEquals(Optional.of(LocalDate.of(1989, 2, 1)), dg13.dateOfBirth());
        assertEquals(Optional.of(Gender.MALE), dg13.gender());
        assertEquals(Optional.of(LocalDate.of(2021, 4, 15)), dg13.dateOfIssue());
        assertEquals(Optional.of("123456789"), dg13.oldIdNumber());
        assertTrue(dg13.idNumber().isPresent());
    }

    @Test
    void printableStringHoldingUtf8IsReadAsUtf8() {
        // Synthetic: an encoder that labels Vietnamese UTF-8 as PrintableString (tag 13).
        byte[] gender = tlv(0x30, tlv(0x02, new byte[] {4}), tlv(0x13, "Nữ".getBytes(StandardCharsets.UTF_8)));
        byte[] name = tlv(0x30, tlv(0x02, new byte[] {2}), tlv(0x13, new byte[] {'A', (byte) 0xC0}));
        byte[] file = tlv(0x6D, tlv(0x30, tlv(0x02, new byte[] {1}), tlv(0x31, gender, name)));
        Dg13 dg13 = Dg13.parse(file);
        assertEquals(Optional.of(Gender.FEMALE), dg13.gender());
        // Neither ASCII nor UTF-8: read as ISO 8859-1.
        assertEquals(Optional.of("AÀ"), dg13.fullName());
        assertEquals(Optional.empty(), dg13.objectIdentifier());
    }

    @Test
    void parentsAsTwoValuesInTheFieldItself() {
        Dg13 dg13 = Dg13.parse(dg13(field(13, utf8("Phạm Văn Em"), utf8("Đỗ Thị Gấm"))));
        assertEquals(Optional.of("Phạm Văn Em"), dg13.fatherName());
        assertEquals(Optional.of("Đỗ Thị Gấm"), dg13.motherName());
    }

    @Test
    void missingParentStaysEmpty() {
        Dg13 dg13 = Dg13.parse(dg13(field(13, new DERSequence(new ASN1Encodable[] {utf8(""), utf8("Đỗ Thị Gấm")}))));
        assertEquals(Optional.empty(), dg13.fatherName());
        assertEquals(Optional.of("Đỗ Thị Gấm"), dg13.motherName());
    }

    @Test
    void textsThatAreNotDatesOrValidNumbersGiveEmptyTypedValues() {
        Dg13 dg13 = Dg13.parse(dg13(
                field(1, utf8("123")),
                field(3, utf8("1950")),
                field(4, utf8("Khác")),
                field(11, utf8("31/02/2021")),
                field(12, utf8(""))));
        assertEquals(Optional.of("123"), dg13.idNumberText());
        assertEquals(Optional.empty(), dg13.idNumber());
        assertEquals(Optional.of("1950"), dg13.dateOfBirthText());
        assertEquals(Optional.empty(), dg13.dateOfBirth());
        assertEquals(Optional.empty(), dg13.gender());
        assertEquals(Optional.empty(), dg13.dateOfIssue());
        assertEquals(Optional.empty(), dg13.dateOfExpiryText());
        assertFalse(dg13.noExpiry());
        assertEquals("Dg13[fields=[1, 3, 4, 11, 12], idNumber=***]", dg13.toString());
    }

    @Test
    void toStringMasksEverythingPersonal() {
        Dg13 dg13 = Dg13.parse(full());
        String s = dg13.toString();
        assertEquals(
                "Dg13[fields=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 42], idNumber=001*******45]", s);
        for (String personal : List.of("089012", "Nguyễn", "1989", "Huế", "123456789", "Dung")) {
            assertFalse(s.contains(personal), personal);
        }
        assertEquals("Dg13Field[number=2, texts=1]", dg13.field(2).orElseThrow().toString());
        assertEquals(
                "Dg13[fields=[], idNumber=none]",
                Dg13.parse(dg13Set(new DLSet())).toString());
    }

    @Test
    void keepsTheBytesAsRead() {
        byte[] file = full();
        Dg13 dg13 = Dg13.parse(file);
        assertArrayEquals(file, dg13.encoded());
        file[0] = 0;
        assertEquals(0x6D, dg13.encoded()[0] & 0xFF);
        assertEquals(dg13, Dg13.parse(full()));
        assertEquals(dg13.hashCode(), Dg13.parse(full()).hashCode());
    }

    @Test
    void repeatedFieldNumberIsRejectedAtTheSecondField() {
        byte[] file = dg13(field(2, utf8("A")), field(2, utf8("B")));
        CardDataException e = assertThrows(CardDataException.class, () -> Dg13.parse(file));
        assertEquals("DG13", e.what());
        // 6D 1C | 30 1A | 02 01 01 | 06 06 <oid> | 31 10 | 30 06 02 01 02 0C 01 41 | 30 06 <- at 25
        assertEquals(25, e.position());
        assertEquals("DG13 at 25: DG13 field 2 appears twice", e.getMessage());
    }

    @Test
    void malformedUtf8IsRejectedAtTheValue() {
        byte[] bad = tlv(0x30, tlv(0x02, new byte[] {2}), tlv(0x0C, new byte[] {'A', (byte) 0xC3, 0x28}));
        byte[] file = tlv(0x6D, tlv(0x30, tlv(0x31, bad)));
        CardDataException e = assertThrows(CardDataException.class, () -> Dg13.parse(file));
        assertEquals(13, e.position());
        assertEquals("DG13 at 13: value of tag 0C is not valid UTF-8", e.getMessage());
    }

    @Test
    void structuralRejections() {
        assertRejected(tlv(0x61, tlv(0x30)), 0, "expected tag 6D (DG13), found 61");
        assertRejected(tlv(0x6D), 0, "expected one SEQUENCE inside tag 6D, found 0 elements");
        assertRejected(tlv(0x6D, tlv(0x31)), 2, "expected DG13 content SEQUENCE (tag 30), found tag 31");
        assertRejected(
                tlv(0x6D, tlv(0x30, tlv(0x02, new byte[] {1}))),
                2,
                "expected the SET of fields (tag 31) inside the DG13 SEQUENCE");
        assertRejected(
                tlv(0x6D, tlv(0x30, tlv(0x31), tlv(0x31))),
                6,
                "unexpected tag 31 in the DG13 SEQUENCE, expected version, OID, then one SET of fields");
        assertRejected(
                tlv(0x6D, tlv(0x30, tlv(0x31, tlv(0x0C, new byte[] {'A'})))),
                6,
                "expected DG13 field SEQUENCE (tag 30), found tag 0C");
        assertRejected(
                tlv(0x6D, tlv(0x30, tlv(0x31, tlv(0x30)))),
                6,
                "DG13 field is empty, expected a field number (INTEGER)");
        assertRejected(
                tlv(0x6D, tlv(0x30, tlv(0x31, tlv(0x30, tlv(0x0C, new byte[] {'A'}))))),
                8,
                "expected DG13 field number (tag 02), found tag 0C");
        assertRejected(
                tlv(0x6D, tlv(0x30, tlv(0x31, tlv(0x30, tlv(0x02, new byte[] {(byte) 0xFF}))))),
                8,
                "DG13 field number must be 0 to 2147483647");
        assertRejected(
                tlv(0x6D, tlv(0x30, tlv(0x31, tlv(0x30, tlv(0x02, new byte[] {0, 1}))))),
                8,
                "malformed DG13 field number");
    }

    private static void assertRejected(byte[] file, int position, String message) {
        CardDataException e = assertThrows(CardDataException.class, () -> Dg13.parse(file));
        assertEquals(position, e.position(), e.getMessage());
        assertEquals("DG13 at " + position + ": " + message, e.getMessage());
    }
}
