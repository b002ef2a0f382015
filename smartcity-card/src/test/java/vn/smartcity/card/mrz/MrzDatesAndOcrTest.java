package vn.smartcity.card.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.CardDataException;

/** The century rules of {@link MrzParser} and its optional OCR correction. */
class MrzDatesAndOcrTest {

    private static final String TD1 = MrzSpecVectorsTest.TD1;

    private static Mrz withDates(String birth, String expiry, LocalDate reference) {
        String line2 = birth + MrzCheckDigit.of(birth) + "F" + expiry + MrzCheckDigit.of(expiry) + "UTO<<<<<<<<<<<0";
        return MrzParser.strict()
                .withReferenceDate(reference)
                .parse("I<UTOD231458907<<<<<<<<<<<<<<<\n" + line2 + "\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
    }

    @Test
    void birthTakesTheLatestCenturyNotInTheFuture() {
        LocalDate reference = LocalDate.of(2025, 6, 1);
        assertEquals(
                LocalDate.of(2025, 6, 1),
                withDates("250601", "300101", reference).dateOfBirth());
        assertEquals(
                LocalDate.of(1925, 6, 2),
                withDates("250602", "300101", reference).dateOfBirth());
        assertEquals(
                LocalDate.of(2000, 2, 29),
                withDates("000229", "300101", reference).dateOfBirth());
        assertEquals(
                LocalDate.of(1999, 12, 31),
                withDates("991231", "300101", reference).dateOfBirth());
        // 29 February: 2100 is not a leap year, so the latest date that exists is in 2000.
        assertEquals(
                LocalDate.of(2000, 2, 29),
                withDates("000229", "300101", LocalDate.of(2100, 3, 1)).dateOfBirth());
    }

    @Test
    void expiryLiesWithin50YearsBeforeOr49After() {
        LocalDate reference = LocalDate.of(2025, 6, 1);
        assertEquals(
                LocalDate.of(2074, 1, 1),
                withDates("800101", "740101", reference).dateOfExpiry());
        assertEquals(
                LocalDate.of(1975, 1, 1),
                withDates("800101", "750101", reference).dateOfExpiry());
        assertEquals(
                LocalDate.of(2012, 4, 15),
                withDates("800101", "120415", reference).dateOfExpiry());
        assertEquals(
                LocalDate.of(1994, 6, 23),
                withDates("800101", "940623", reference).dateOfExpiry());
    }

    @Test
    void defaultReferenceIsToday() {
        Mrz mrz = Mrz.parse(TD1);
        assertEquals(LocalDate.of(1974, 8, 12), mrz.dateOfBirth());
        assertTrue(MrzParser.strict().referenceDate().isEmpty());
        assertFalse(MrzParser.strict().ocrCorrection());
        assertTrue(MrzParser.strict().withOcrCorrection().ocrCorrection());
    }

    @Test
    void correctsConfusionsTowardsTheFieldType() {
        // Each confusion pair of the brief, in a field whose type is known: digits read as letters in
        // dates and check digits, letters read as digits in codes and names.
        String read = "I<UT0D231458907<<<<<<<<<<<<<<<\n" // 0 for O in the issuing state (column 5)
                + "74O8I2ZF12O4IS9UT0<<<<<<<<<<<G\n" // O I Z / O I S in dates and digits, 0 in UTO, G for 6
                + "ERIK55ON<<ANNA<MAR1A<<<<<<<<<<"; // 5 5 for S S, 1 for I
        assertThrows(CardDataException.class, () -> MrzParser.strict().parse(read));

        MrzParser tolerant = MrzParser.strict().withOcrCorrection().withReferenceDate(LocalDate.of(2025, 1, 1));
        Mrz mrz = tolerant.parse(read);
        assertEquals(List.of(TD1.split("\n")), mrz.lines());
        assertTrue(mrz.isValid());
        assertEquals("ERIKSSON", mrz.primaryIdentifier());
        assertEquals("ANNA MARIA", mrz.secondaryIdentifier());
        assertEquals(
                List.of(
                        "1:5 0->O",
                        "2:3 O->0",
                        "2:5 I->1",
                        "2:7 Z->2",
                        "2:11 O->0",
                        "2:13 I->1",
                        "2:14 S->5",
                        "2:18 0->O",
                        "2:30 G->6",
                        "3:5 5->S",
                        "3:6 5->S",
                        "3:19 1->I"),
                mrz.corrections().stream()
                        .map(c -> c.line() + ":" + c.column() + " " + c.read() + "->" + c.corrected())
                        .toList());
    }

    @Test
    void b8Pair() {
        MrzParser tolerant = MrzParser.strict().withOcrCorrection().withReferenceDate(LocalDate.of(2025, 1, 1));
        // B for 8 in the birth date; 8 for B in a name.
        Mrz mrz = tolerant.parse(TD1.replace("7408122F", "740B122F").replace("ANNA<MARIA", "ANNA<MAR8A"));
        assertEquals("740812", mrz.lines().get(1).substring(0, 6));
        assertEquals("ANNA MARBA", mrz.secondaryIdentifier());
        assertEquals(2, mrz.corrections().size());
        assertTrue(mrz.corrections().get(0).toDigit());
        assertFalse(mrz.corrections().get(1).toDigit());
        assertEquals(
                "line 3 column 19: digit to letter", mrz.corrections().get(1).toString());
    }

    @Test
    void leavesFieldsOfUnknownTypeAlone() {
        // An O in a foreign document number may be a real letter: no correction, and the check fails.
        MrzParser tolerant = MrzParser.strict().withOcrCorrection().withReferenceDate(LocalDate.of(2025, 1, 1));
        Mrz mrz = tolerant.parse(TD1.replace("D231458907", "D23145O907"));
        assertTrue(mrz.corrections().isEmpty());
        assertEquals("D23145O90", mrz.documentNumber());
        assertEquals(MrzCheck.Field.DOCUMENT_NUMBER, mrz.failedChecks().get(0).field());
        // Characters outside [A-Z0-9<] are not guessed at either.
        assertThrows(CardDataException.class, () -> tolerant.parse(TD1.replace("ERIKSSON", "eRIKSSON")));
    }
}
