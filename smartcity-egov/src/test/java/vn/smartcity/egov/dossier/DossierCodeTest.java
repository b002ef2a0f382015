package vn.smartcity.egov.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.id.AgencyCode;

/**
 * Layout of Circular 01/2018/TT-VPCP Art. 19 cl. 1: {@code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX}
 * (agency code of QCVN 102, receipt date, four-digit daily number). Text of the article as quoted
 * at seongay.com/ma-tu-tang-cua-ho-so-la-gi (read through the search tools).
 */
class DossierCodeTest {

    /** Dossier codes found in public code; the source of each is named in the last column. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // An edXML inter-agency test (Đồng Tháp one-stop system, motcua.dongthap.gov.vn) in
                // public code: new Code("000.00.14.H20-200703-0002", "Hồ sơ liên thông"). Also the issue.
                "000.00.14.H20-200703-0002 | 000.00.14.H20 | 2020-07-03 | 2",
                // VNPT iGate Quảng Ngãi mobile client sample: "code": "000.00.53.H48-220921-0099" for
                // procedure 1.001612.000.00.00.H48 at UBND huyện Bình Sơn (000.00.53.H48). Also the issue.
                "000.00.53.H48-220921-0099 | 000.00.53.H48 | 2022-09-21 | 99",
                // HuanVu201/DichVuCong_KhoaLuan_PASETO (Thanh Hóa one-stop system),
                // smartkios_client/src/pages/dvc/MauPhieu/ExportPdf/PhieuTiepNhanHoSo.html: receipt
                // form "Mã hồ sơ: 000.00.06.H56-231027-0361", dated "Thanh Hóa, ngày 27 tháng 10 năm 2023".
                "000.00.06.H56-231027-0361 | 000.00.06.H56 | 2023-10-27 | 361",
                // Same repository, smartkios_client/src/pages/dvc/MauPhieu/ExportPdf/DanhSachHoSo67134.html.
                "000.17.22.H56-210531-0001 | 000.17.22.H56 | 2021-05-31 | 1",
            })
    void publishedCodes(String text, String agency, LocalDate date, int sequence) {
        DossierCode code = DossierCode.parse(text);
        assertEquals(AgencyCode.parse(agency), code.agency());
        assertEquals(date, code.receiptDate());
        assertEquals(sequence, code.sequence());
        assertEquals(text, code.toString(), "canonical form round-trips");
        assertEquals(code, DossierCode.of(AgencyCode.parse(agency), date, sequence));
    }

    @Test
    void thanhHoaReceiptFormDateMatchesTheCode() {
        // The printed receipt (PhieuTiepNhanHoSo.html above) is dated 27 October 2023.
        DossierCode code = DossierCode.parse("000.00.06.H56-231027-0361");
        assertEquals(LocalDate.of(2023, 10, 27), code.receiptDate());
        assertEquals("231027", code.receiptDatePart());
        assertEquals(2, code.agency().level());
    }

    @Test
    void formatsWithLeadingZeros() {
        // Synthetic.
        DossierCode code = DossierCode.of(AgencyCode.parse("000.00.00.H57"), LocalDate.of(2024, 2, 29), 7);
        assertEquals("000.00.00.H57-240229-0007", code.toString());
        assertEquals(
                "000.00.00.H57-991231-9999",
                DossierCode.of(AgencyCode.parse("000.00.00.H57"), LocalDate.of(2099, 12, 31), 9999)
                        .toString());
    }

    @Test
    void ordersByAgencyThenDateThenSequence() {
        List<DossierCode> codes = new ArrayList<>(List.of(
                DossierCode.parse("000.00.53.H48-220921-0099"),
                DossierCode.parse("000.00.14.H20-200703-0002"),
                DossierCode.parse("000.00.14.H20-200703-0001"),
                DossierCode.parse("000.00.14.H20-200702-0010")));
        Collections.sort(codes);
        assertEquals(
                List.of(
                        "000.00.14.H20-200702-0010",
                        "000.00.14.H20-200703-0001",
                        "000.00.14.H20-200703-0002",
                        "000.00.53.H48-220921-0099"),
                codes.stream().map(DossierCode::toString).toList());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // agency part, delegated to AgencyCode
                "00.00.14.H20-200703-0002 | 2 | DossierCode: agency part (QCVN 102 code): expected a digit (layout DDD.DD.DD.LDD, e.g. 000.00.00.H57) (at position 2)",
                "000.00.14.h20-200703-0002 | 10 | DossierCode: agency part (QCVN 102 code): expected an upper-case letter (layout DDD.DD.DD.LDD, e.g. 000.00.00.H57) (at position 10)",
                "000.00.14 | 9 | DossierCode: agency part (QCVN 102 code): expected 13 characters (DDD.DD.DD.LDD, e.g. 000.00.00.H57), got 9 (at position 9)",
                // separators
                "000.00.14.H20_200703-0002 | 13 | DossierCode: expected '-' after the agency code (DDD.DD.DD.LDD-YYMMDD-NNNN, e.g. 000.00.14.H20-200703-0002) (at position 13)",
                "000.00.14.H20-2007030002 | 20 | DossierCode: expected '-' after the receipt date (DDD.DD.DD.LDD-YYMMDD-NNNN, e.g. 000.00.14.H20-200703-0002) (at position 20)",
                "000.00.14.H20 | 13 | DossierCode: too short: expected '-' after the agency code (DDD.DD.DD.LDD-YYMMDD-NNNN, e.g. 000.00.14.H20-200703-0002), got 13 characters (at position 13)",
                // digits
                "000.00.14.H20-2O0703-0002 | 15 | DossierCode: receipt date (YYMMDD): expected a digit (DDD.DD.DD.LDD-YYMMDD-NNNN, e.g. 000.00.14.H20-200703-0002) (at position 15)",
                "000.00.14.H20-200703-00x2 | 23 | DossierCode: sequence (NNNN): expected a digit (DDD.DD.DD.LDD-YYMMDD-NNNN, e.g. 000.00.14.H20-200703-0002) (at position 23)",
                "000.00.14.H20-200703-002 | 24 | DossierCode: sequence (NNNN): too short, expected a digit (DDD.DD.DD.LDD-YYMMDD-NNNN, e.g. 000.00.14.H20-200703-0002), got 24 characters (at position 24)",
                "000.00.14.H20-200703-00021 | 25 | DossierCode: expected 25 characters (DDD.DD.DD.LDD-YYMMDD-NNNN, e.g. 000.00.14.H20-200703-0002), got 26 (at position 25)",
                // the date must exist
                "000.00.14.H20-201303-0002 | 16 | DossierCode: receipt date 201303 (YYMMDD): month 13 does not exist (at position 16)",
                "000.00.14.H20-200003-0002 | 16 | DossierCode: receipt date 200003 (YYMMDD): month 0 does not exist (at position 16)",
                "000.00.14.H20-230229-0002 | 18 | DossierCode: receipt date 230229 (YYMMDD): day 29 does not exist in 2023-02 (at position 18)",
                "000.00.14.H20-200431-0002 | 18 | DossierCode: receipt date 200431 (YYMMDD): day 31 does not exist in 2020-04 (at position 18)",
                "000.00.14.H20-200700-0002 | 18 | DossierCode: receipt date 200700 (YYMMDD): day 0 does not exist in 2020-07 (at position 18)",
                // the daily number starts at 0001
                "000.00.14.H20-200703-0000 | 21 | DossierCode: sequence 0000 is never issued: the daily number starts at 0001 (at position 21)",
            })
    void rejectsWithPartAndPosition(String text, int position, String message) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> DossierCode.parse(text));
        assertEquals(position, e.position());
        assertEquals(message, e.getMessage());
        assertEquals("DossierCode", e.valueType());
        assertFalse(DossierCode.isValid(text));
    }

    @Test
    void agencyErrorsKeepTheirCause() {
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> DossierCode.parse("000.00.14.H2X-200703-0002"));
        assertEquals(12, e.position());
        assertInstanceOf(InvalidValueException.class, e.getCause());
    }

    @Test
    void strictAboutSpacesAndEmptyText() {
        assertEquals(
                0,
                assertThrows(InvalidValueException.class, () -> DossierCode.parse(" 000.00.14.H20-200703-0002"))
                        .position());
        assertEquals(
                25,
                assertThrows(InvalidValueException.class, () -> DossierCode.parse("000.00.14.H20-200703-0002 "))
                        .position());
        assertEquals(
                0,
                assertThrows(InvalidValueException.class, () -> DossierCode.parse(""))
                        .position());
        assertTrue(DossierCode.isValid("000.00.14.H20-200703-0002"));
    }

    @Test
    void constructorChecksRanges() {
        AgencyCode agency = AgencyCode.parse("000.00.14.H20");
        LocalDate day = LocalDate.of(2020, 7, 3);
        assertEquals(
                "DossierCode: sequence must be 1 to 9999 (four digits, from 0001), got 10000",
                assertThrows(InvalidValueException.class, () -> DossierCode.of(agency, day, 10000))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> DossierCode.of(agency, day, 0));
        assertEquals(
                "DossierCode: receipt date must be in 2000-2099 (the code keeps two digits of the year)",
                assertThrows(InvalidValueException.class, () -> DossierCode.of(agency, LocalDate.of(1999, 12, 31), 1))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> DossierCode.of(agency, LocalDate.of(2100, 1, 1), 1));
    }

    @Test
    void fuzzNeverThrowsAnythingElse() {
        // Synthetic: every truncation and every single-character substitution of a valid code
        // either parses or fails with InvalidValueException.
        String valid = "000.00.53.H48-220921-0099";
        String alphabet = "0123456789.-HhZ /\u00e9";
        for (int len = 0; len <= valid.length(); len++) {
            String t = valid.substring(0, len);
            assertEquals(len == valid.length(), DossierCode.isValid(t), t);
        }
        for (int i = 0; i < valid.length(); i++) {
            for (int k = 0; k < alphabet.length(); k++) {
                String t = valid.substring(0, i) + alphabet.charAt(k) + valid.substring(i + 1);
                try {
                    assertEquals(t, DossierCode.parse(t).toString());
                } catch (InvalidValueException e) {
                    assertTrue(e.position() >= 0 && e.position() <= valid.length(), t);
                }
            }
        }
    }
}
