package vn.smartcity.card.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.CardDataException;
import vn.smartcity.core.id.Gender;
import vn.smartcity.core.id.PersonalIdNumber;

/**
 * The CCCD's TD1. Layout of line 1 (positions 16–27 the 12-digit personal identification number,
 * 28–29 fillers, 30 a check digit over the 12 digits; 6–14 their last 9 digits) as read with the
 * search tools: hieumt211299/Read_Info_CIC lib/presentation/mrz_scanner/presen/mrz_scanner.dart reads
 * "ID", "VNM", a 9-digit short ID, skips one, then the 12-digit ID; its lib/src/proto/dba_keys.dart
 * keys BAC with the last 9 digits of the 12. A Python CCCD reader found with find_string "IDVNM"
 * takes digits 10..22 after "IDVNM" as the 12-digit number. A real CCCD MRZ seen in a public
 * repository (not reproduced here: personal data) satisfies both check digits of line 1 this way.
 *
 * <p>Every MRZ in this class is SYNTHETIC, built for the test; no real person.
 */
class MrzVietnamTest {

    private static final MrzParser PARSER = MrzParser.strict().withReferenceDate(LocalDate.of(2025, 6, 1));

    /**
     * SYNTHETIC CCCD: number 001195012345 (Hà Nội, female, 1995), born 4 March 1995, expires 4 March
     * 2035. Check digits by hand (weights 7 3 1): 195012345 -> 82 -> 2; 950304 -> 103 -> 3; 350304
     * -> 61 -> 1; 001195012345 -> 83 -> 3; composite -> 6.
     */
    static final String SYNTHETIC =
            "IDVNM1950123452001195012345<<3\n" + "9503043F3503041VNM<<<<<<<<<<<6\n" + "NGUYEN<<THI<MAU<<<<<<<<<<<<<<<";

    @Test
    void syntheticCccd() {
        Mrz mrz = PARSER.parse(SYNTHETIC);

        assertEquals("ID", mrz.documentType());
        assertEquals("VNM", mrz.issuingState());
        assertEquals("VNM", mrz.nationality());
        assertEquals("195012345", mrz.documentNumber());
        assertEquals("001195012345<<3", mrz.optionalData());
        assertEquals(LocalDate.of(1995, 3, 4), mrz.dateOfBirth());
        assertEquals(LocalDate.of(2035, 3, 4), mrz.dateOfExpiry());
        assertEquals(MrzSex.FEMALE, mrz.sex());
        assertEquals(Gender.FEMALE, mrz.sex().gender().orElseThrow());
        assertEquals("NGUYEN", mrz.primaryIdentifier());
        assertEquals("THI MAU", mrz.secondaryIdentifier());
        assertEquals(
                List.of(
                        MrzCheck.Field.DOCUMENT_NUMBER,
                        MrzCheck.Field.DATE_OF_BIRTH,
                        MrzCheck.Field.DATE_OF_EXPIRY,
                        MrzCheck.Field.VN_PERSONAL_ID_NUMBER,
                        MrzCheck.Field.COMPOSITE),
                mrz.checks().stream().map(MrzCheck::field).toList());
        assertEquals("23136", digits(mrz));
        MrzCheck vn = mrz.checks().get(3);
        assertEquals(1, vn.line());
        assertEquals(30, vn.column());
        assertTrue(mrz.isValid());

        VietnameseMrz vietnamese = mrz.vietnamese().orElseThrow();
        assertEquals("001195012345", vietnamese.personalNumber());
        assertTrue(vietnamese.documentNumberIsTail());
        PersonalIdNumber id = mrz.personalIdNumber().orElseThrow();
        assertEquals("001195012345", id.value());
        assertEquals(Gender.FEMALE, id.gender());
        assertEquals(1995, id.birthYear());

        // BAC uses the 9-digit document number of the MRZ, padded to nothing (it is 9 long).
        assertEquals(
                "195012345" + "2" + "950304" + "3" + "350304" + "1",
                mrz.bacKeySeed().value());

        assertEquals("Mrz[TD1 ID VNM, valid]", mrz.toString());
        assertEquals("VietnameseMrz[001*******45, document number is its tail]", vietnamese.toString());
        assertFalse(mrz.toString().contains("NGUYEN"));
    }

    @Test
    void wrongVietnameseCheckDigitIsReportedByName() {
        Mrz mrz = PARSER.parse(SYNTHETIC.replace("<<3\n", "<<4\n"));
        assertFalse(mrz.isValid());
        // The digit is inside the composite's span too (line 1 positions 6-30).
        assertEquals(
                List.of(MrzCheck.Field.VN_PERSONAL_ID_NUMBER, MrzCheck.Field.COMPOSITE),
                mrz.failedChecks().stream().map(MrzCheck::field).toList());
        assertEquals(
                "Vietnamese personal identification number",
                mrz.failedChecks().get(0).name());
    }

    @Test
    void documentNumberThatIsNotTheTailIsReported() {
        // SYNTHETIC: document number 195012346 with its own check digit and composite recomputed.
        Mrz mrz = PARSER.parse(build("195012346", "001195012345", "950304", 'F', "350304"));
        assertTrue(mrz.checks().stream().allMatch(MrzCheck::passed));
        assertFalse(mrz.vietnamese().orElseThrow().documentNumberIsTail());
        assertFalse(mrz.isValid());
        assertEquals(
                "VietnameseMrz[001*******45, document number is NOT its tail]",
                mrz.vietnamese().orElseThrow().toString());
    }

    @Test
    void unknownPlaceCodeKeepsTheDigitsButNoPersonalIdNumber() {
        // SYNTHETIC: place code 990 is neither a province nor a country code.
        Mrz mrz = PARSER.parse(build("195012345", "990195012345", "950304", 'F', "350304"));
        assertTrue(mrz.isValid());
        assertEquals("990195012345", mrz.vietnamese().orElseThrow().personalNumber());
        assertTrue(mrz.personalIdNumber().isEmpty());
    }

    @Test
    void layoutViolationsAreMalformed() {
        CardDataException letter = assertThrows(
                CardDataException.class, () -> PARSER.parse(SYNTHETIC.replace("001195012345<<3", "0011950A2345<<3")));
        assertEquals("MRZ line 1", letter.what());
        assertEquals(23, letter.position());
        assertEquals(
                "MRZ line 1 at 23: expected a digit in the Vietnamese personal identification number",
                letter.getMessage());

        CardDataException filler = assertThrows(
                CardDataException.class, () -> PARSER.parse(SYNTHETIC.replace("001195012345<<3", "0011950123450<3")));
        assertEquals(28, filler.position());
        assertEquals(
                "MRZ line 1 at 28: a Vietnamese ID card has fillers after its 12-digit personal identification number",
                filler.getMessage());

        CardDataException number = assertThrows(
                CardDataException.class, () -> PARSER.parse(SYNTHETIC.replace("IDVNM195012345", "IDVNMA95012345")));
        assertEquals(6, number.position());
        assertEquals(
                "MRZ line 1 at 6: expected a digit in the document number of a Vietnamese ID card",
                number.getMessage());
    }

    @Test
    void ocrCorrectionFixesTheNumericFieldsOfACccd() {
        // SYNTHETIC with OCR confusions: O for 0 in the document number, S for 5 in the 12-digit number,
        // I for 1 in the check digit of the expiry date.
        String read = SYNTHETIC
                .replace("IDVNM195012345", "IDVNM195O12345")
                .replace("001195012345<<3", "00119S012345<<3")
                .replace("3503041VNM", "350304IVNM");
        CardDataException strict = assertThrows(CardDataException.class, () -> PARSER.parse(read));
        assertEquals(9, strict.position());

        Mrz mrz = PARSER.withOcrCorrection().parse(read);
        assertEquals(PARSER.parse(SYNTHETIC).lines(), mrz.lines());
        assertTrue(mrz.isValid());
        assertEquals(
                List.of(
                        "line 1 column 9: letter to digit",
                        "line 1 column 21: letter to digit",
                        "line 2 column 15: letter to digit"),
                mrz.corrections().stream().map(MrzCorrection::toString).toList());
        assertEquals('O', mrz.corrections().get(0).read());
        assertEquals('0', mrz.corrections().get(0).corrected());
    }

    /** Builds a SYNTHETIC CCCD TD1 with correct check digits. */
    static String build(String documentNumber, String personalNumber, String birth, char sex, String expiry) {
        String line1 = "IDVNM" + documentNumber + MrzCheckDigit.of(documentNumber) + personalNumber + "<<"
                + MrzCheckDigit.of(personalNumber);
        String line2 = birth + MrzCheckDigit.of(birth) + sex + expiry + MrzCheckDigit.of(expiry) + "VNM<<<<<<<<<<<";
        String composite =
                line1.substring(5) + line2.substring(0, 7) + line2.substring(8, 15) + line2.substring(18, 29);
        return line1 + "\n" + line2 + MrzCheckDigit.of(composite) + "\nNGUYEN<<VAN<MAU<<<<<<<<<<<<<<<";
    }

    private static String digits(Mrz mrz) {
        StringBuilder out = new StringBuilder();
        mrz.checks().forEach(check -> out.append(check.found()));
        return out.toString();
    }
}
