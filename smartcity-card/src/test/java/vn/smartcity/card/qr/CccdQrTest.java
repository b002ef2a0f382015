package vn.smartcity.card.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.smartcity.card.CardDataException;
import vn.smartcity.core.id.Gender;

/**
 * The CCCD QR. Field order (number | old CMND number | full name | date of birth ddMMyyyy | gender |
 * address | issue date ddMMyyyy) as listed by: baobariavungtau.com.vn (2022-12, "Các thông tin mà
 * thiết bị đọc mã QR có thể đọc được bao gồm: Số CCCD, số CMND 9 số; họ và tên; ngày sinh; giới
 * tính; nơi thường trú; ngày cấp CCCD"), luatvietnam.vn "giay-to-co-in-ma-qrcode" (QR of the CCCD
 * under Circular 06/2021/TT-BCA), and the README of dangbaokhoa/identity-card (same seven fields, in
 * this order). Cards from 1 July 2024 (Circular 16/2024/TT-BCA, reported by afamily.vn 2024-06) carry
 * more in the QR: cancelled personal number, parents' names.
 *
 * <p>Every QR text in this class is SYNTHETIC, made up for the test: no real person.
 */
class CccdQrTest {

    /** SYNTHETIC: Hà Nội, female, born 4 March 1995, no old number. */
    static final String SYNTHETIC =
            "001195012345||Nguyễn Thị Mẫu|04031995|Nữ|Số 1 Phố Mẫu, Phường Thử, Quận Giả Định, Hà Nội|15062021";

    @Test
    void syntheticQrWithoutOldNumber() {
        CccdQr qr = CccdQr.parse(SYNTHETIC);

        assertEquals("001195012345", qr.idNumber().value());
        assertEquals(Optional.empty(), qr.oldIdNumber());
        assertEquals("Nguyễn Thị Mẫu", qr.fullName());
        assertEquals(LocalDate.of(1995, 3, 4), qr.dateOfBirth());
        assertEquals(Gender.FEMALE, qr.gender());
        assertEquals("Số 1 Phố Mẫu, Phường Thử, Quận Giả Định, Hà Nội", qr.address());
        assertEquals(LocalDate.of(2021, 6, 15), qr.issueDate());
        assertEquals(List.of(), qr.extraFields());
        assertEquals(List.of(), qr.mismatches());
        assertFalse(qr.authenticated());

        assertEquals("CccdQr[001*******45, N. T. M., 7 fields, unauthenticated]", qr.toString());
        assertFalse(qr.toString().contains("Nguyễn"));
        assertFalse(qr.toString().contains("001195012345"));
    }

    @Test
    void syntheticQrWithOldNumber() {
        CccdQr qr = CccdQr.parse("001195012345|012345678|Nguyễn Thị Mẫu|04031995|Nữ|Hà Nội|15062021");
        assertEquals(Optional.of("012345678"), qr.oldIdNumber());
    }

    @Test
    void cardsFrom2024AppendFieldsThatAreKept() {
        // SYNTHETIC: the trailing fields of a 2024 card kept as read, empty ones included; their
        // meaning is not interpreted.
        CccdQr qr = CccdQr.parse(SYNTHETIC + "||Nguyễn Văn Cha|Trần Thị Mẹ|");
        assertEquals(List.of("", "Nguyễn Văn Cha", "Trần Thị Mẹ", ""), qr.extraFields());
        assertEquals(CccdQr.parse(SYNTHETIC).idNumber(), qr.idNumber());
        assertEquals("CccdQr[001*******45, N. T. M., 11 fields, unauthenticated]", qr.toString());
    }

    @Test
    void bomWhitespaceAndLineBreaksAroundTheText() {
        CccdQr plain = CccdQr.parse(SYNTHETIC);
        assertEquals(plain, CccdQr.parse("\uFEFF" + SYNTHETIC));
        assertEquals(plain, CccdQr.parse("  \t" + SYNTHETIC + "\r\n"));
        assertEquals(plain, CccdQr.parse(SYNTHETIC.replace("|Nữ|", "| Nữ |")));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = SYNTHETIC.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals(plain, CccdQr.parse(bytes));
        assertEquals(plain.hashCode(), CccdQr.parse(bytes).hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nữ", "NỮ", "nữ", "Nu\u031B\u0303", "N\u01B0\u0303", "Nu", "NU", "nu"})
    void femaleSpellings(String gender) {
        assertEquals(
                Gender.FEMALE,
                CccdQr.parse(SYNTHETIC.replace("|Nữ|", "|" + gender + "|")).gender());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nam", "NAM", "nam"})
    void maleSpellings(String gender) {
        CccdQr qr = CccdQr.parse(SYNTHETIC.replace("|Nữ|", "|" + gender + "|"));
        assertEquals(Gender.MALE, qr.gender());
        assertEquals(List.of(CccdQrMismatch.GENDER), qr.mismatches());
    }

    @Test
    void nfdTextIsNormalisedToNfc() {
        String nfd = Normalizer.normalize(SYNTHETIC, Normalizer.Form.NFD);
        assertEquals(CccdQr.parse(SYNTHETIC), CccdQr.parse(nfd));
    }

    @Test
    void mismatchesAreReportedNotThrown() {
        CccdQr year = CccdQr.parse(SYNTHETIC.replace("|04031995|", "|04031996|"));
        assertEquals(List.of(CccdQrMismatch.BIRTH_YEAR), year.mismatches());
        assertEquals(
                "the birth year encoded in the personal identification number differs from the date of birth",
                year.mismatches().get(0).description());

        CccdQr issued = CccdQr.parse(SYNTHETIC.replace("|15062021", "|15061994"));
        assertEquals(List.of(CccdQrMismatch.ISSUED_BEFORE_BIRTH), issued.mismatches());

        CccdQr both = CccdQr.parse(SYNTHETIC.replace("|04031995|Nữ|", "|04032001|Nam|"));
        assertEquals(List.of(CccdQrMismatch.GENDER, CccdQrMismatch.BIRTH_YEAR), both.mismatches());
        assertTrue(both.toString().endsWith(", 2 mismatch(es)]"));
    }

    @Test
    void invalidUtf8() {
        CardDataException e =
                assertThrows(CardDataException.class, () -> CccdQr.parse(new byte[] {'0', (byte) 0xC3, '|'}));
        assertEquals("CCCD QR: the payload is not UTF-8", e.getMessage());
    }
}
