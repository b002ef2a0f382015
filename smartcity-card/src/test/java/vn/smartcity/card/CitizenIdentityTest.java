package vn.smartcity.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DLSet;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.lds.Dg13;
import vn.smartcity.card.mrz.Mrz;
import vn.smartcity.card.mrz.MrzParser;
import vn.smartcity.card.qr.CccdQr;
import vn.smartcity.core.id.Gender;

/**
 * One SYNTHETIC citizen (no real person) in three sources: number 001195012345 (Hà Nội, female,
 * 1995), Nguyễn Thị Mậu, born 4 March 1995; the MRZ is the synthetic CCCD zone of MrzVietnamTest.
 */
class CitizenIdentityTest {

    static final String MRZ =
            "IDVNM1950123452001195012345<<3\n" + "9503043F3503041VNM<<<<<<<<<<<6\n" + "NGUYEN<<THI<MAU<<<<<<<<<<<<<<<";

    static final String QR = "001195012345||Nguyễn Thị Mậu|04031995|Nữ|5 Tràng Tiền, Hoàn Kiếm, Hà Nội|01072021";

    private static Mrz mrz() {
        return MrzParser.strict().withReferenceDate(LocalDate.of(2025, 6, 1)).parse(MRZ);
    }

    static Dg13 dg13(String number, String name, String birth, String gender) throws IOException {
        ASN1EncodableVector set = new ASN1EncodableVector();
        String[][] fields = {{"1", number}, {"2", name}, {"3", birth}, {"4", gender}, {"12", "04/03/2035"}};
        for (String[] f : fields) {
            set.add(new DERSequence(
                    new ASN1Encodable[] {new ASN1Integer(Integer.parseInt(f[0])), new DERUTF8String(f[1])}));
        }
        DERSequence content = new DERSequence(
                new ASN1Encodable[] {new ASN1Integer(1), new ASN1ObjectIdentifier("1.0.10646.1.0.8"), new DLSet(set)});
        return Dg13.parse(new DERTaggedObject(true, BERTags.APPLICATION, 13, content).getEncoded(ASN1Encoding.DER));
    }

    @Test
    void allSourcesAgree() throws IOException {
        CitizenIdentity who = CitizenIdentity.builder()
                .dg13(dg13("001195012345", "Nguyễn Thị Mậu", "04/03/1995", "Nữ"))
                .mrz(mrz())
                .qr(CccdQr.parse(QR))
                .chipAuthenticated(true)
                .build();
        assertEquals(List.of(), who.mismatches());
        assertEquals("001195012345", who.idNumber().orElseThrow().value());
        assertEquals("Nguyễn Thị Mậu", who.fullName().orElseThrow());
        assertEquals(LocalDate.of(1995, 3, 4), who.dateOfBirth().orElseThrow());
        assertEquals(Gender.FEMALE, who.gender().orElseThrow());
        assertEquals(
                List.of(
                        CitizenIdentity.Source.CHIP,
                        CitizenIdentity.Source.MRZ,
                        CitizenIdentity.Source.QR,
                        CitizenIdentity.Source.NUMBER),
                who.sources());
        assertTrue(who.chipAuthenticated());
    }

    @Test
    void reportsEachDisagreementWithoutTheValues() throws IOException {
        // The QR names someone else and says male; the chip's number differs in its last digit.
        String otherQr = QR.replace("Nguyễn Thị Mậu", "Trần Văn Bình").replace("|Nữ|", "|Nam|");
        CitizenIdentity who = CitizenIdentity.builder()
                .dg13(dg13("001195012346", "Nguyễn Thị Mậu", "04/03/1995", "Nữ"))
                .mrz(mrz())
                .qr(CccdQr.parse(otherQr))
                .build();
        List<String> found = who.mismatches().stream()
                .map(CitizenIdentity.Mismatch::toString)
                .toList();
        assertTrue(found.contains("NUMBER: CHIP and MRZ differ"), found.toString());
        assertTrue(found.contains("NUMBER: CHIP and QR differ"), found.toString());
        assertTrue(found.contains("NAME: CHIP and QR differ"), found.toString());
        assertTrue(found.contains("GENDER: CHIP and QR differ"), found.toString());
        assertTrue(found.contains("GENDER: MRZ and QR differ"), found.toString());
        assertFalse(found.toString().contains("Bình"), "no personal values in mismatches");
        assertFalse(who.chipAuthenticated());
    }

    @Test
    void theNumberItselfIsASource() {
        // QR alone, but the date of birth says 1996 while the number encodes 1995.
        CitizenIdentity who = CitizenIdentity.builder()
                .qr(CccdQr.parse(QR.replace("04031995", "04031996")))
                .build();
        assertEquals(
                List.of(new CitizenIdentity.Mismatch(
                        CitizenIdentity.Field.DATE_OF_BIRTH, CitizenIdentity.Source.QR, CitizenIdentity.Source.NUMBER)),
                who.mismatches());
    }

    @Test
    void mrzNamesAreComparedWithoutDiacritics() throws IOException {
        CitizenIdentity who = CitizenIdentity.builder()
                .dg13(dg13("001195012345", "Nguyễn Thị Mậu", "04/03/1995", "Nữ"))
                .mrz(mrz())
                .build();
        assertEquals(List.of(), who.mismatches(), "NGUYEN<<THI<MAU is Nguyễn Thị Mậu");
        assertEquals("NGUYEN THI MAU", CitizenIdentity.fold("Nguyễn  Thị Mậu"));
        assertEquals("DANG VAN DUC", CitizenIdentity.fold("Đặng Văn Đức"));
    }

    @Test
    void toStringMasks() throws IOException {
        CitizenIdentity who = CitizenIdentity.builder()
                .dg13(dg13("001195012345", "Nguyễn Thị Mậu", "04/03/1995", "Nữ"))
                .build();
        String text = who.toString();
        assertTrue(text.contains("001*******45"), text);
        assertFalse(text.contains("Mậu"), text);
        assertFalse(text.contains("1995"), text);
        assertThrows(
                IllegalStateException.class, () -> CitizenIdentity.builder().build());
    }
}
