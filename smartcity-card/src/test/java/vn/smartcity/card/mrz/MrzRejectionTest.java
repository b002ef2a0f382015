package vn.smartcity.card.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.smartcity.card.CardDataException;

/** Malformed zones: what, position (column from 1, or -1) and message of the exception. */
class MrzRejectionTest {

    private static final MrzParser PARSER = MrzParser.strict().withReferenceDate(LocalDate.of(2025, 1, 1));
    private static final String TD1 = MrzSpecVectorsTest.TD1;
    private static final String TD2 = MrzSpecVectorsTest.TD2;
    private static final String TD3 = MrzSpecVectorsTest.TD3;

    static List<Arguments> malformed() {
        return List.of(
                Arguments.of(
                        "",
                        "MRZ",
                        -1,
                        "expected 3 lines of 30, 2 of 36 or 2 of 44 characters (or 90, 72 or 88 joined), got one line of 0"),
                Arguments.of(TD1 + "\nX", "MRZ", -1, "expected 3 lines (TD1) or 2 lines (TD2, TD3), got 4"),
                Arguments.of(
                        "A\nB", "MRZ", -1, "a 2-line MRZ has lines of 36 (TD2) or 44 (TD3) characters, got 1 and 1"),
                Arguments.of(
                        TD1.replace("UTO<<<<<<<<<<<6", "UTO<<<<<<<<<<<<6"),
                        "MRZ line 2",
                        31,
                        "expected 30 characters, got 31"),
                Arguments.of(
                        TD1.replace("ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "ERIKSSON<<ANNA<MARIA"),
                        "MRZ line 3",
                        21,
                        "expected 30 characters, got 20"),
                Arguments.of(
                        TD1.replace("ERIKSSON", "Eriksson"),
                        "MRZ line 3",
                        2,
                        "expected [A-Z0-9<], found a lowercase letter"),
                Arguments.of(
                        TD1.replace("ANNA<MARIA", "ANNA MARIA"), "MRZ line 3", 15, "expected [A-Z0-9<], found a space"),
                Arguments.of(
                        TD3.replace("ERIKSSON", "ERIKSSÖN"),
                        "MRZ line 1",
                        12,
                        "expected [A-Z0-9<], found a non-ASCII character"),
                Arguments.of(
                        TD1.replace("7408122F", "7413122F"),
                        "MRZ line 2",
                        1,
                        "the date of birth is not a calendar date (YYMMDD)"),
                Arguments.of(
                        TD1.replace("F1204159", "F1202309"),
                        "MRZ line 2",
                        9,
                        "the date of expiry is not a calendar date (YYMMDD)"),
                Arguments.of(
                        TD2.replace("7408122F", "74O8122F"), "MRZ line 2", 16, "expected a digit in the date of birth"),
                Arguments.of(
                        TD3.replace("7408122F", "740812<F"),
                        "MRZ line 2",
                        20,
                        "expected a digit in the check digit of the date of birth"),
                Arguments.of(TD1.replace("7408122F", "7408122X"), "MRZ line 2", 8, "expected M, F or < for the sex"),
                Arguments.of(
                        TD3.replace("P<UTO", "V<UTO"),
                        "MRZ line 1",
                        1,
                        "the document code of this format starts with P (visas are not supported)"),
                Arguments.of(
                        TD1.replace("I<UTO", "P<UTO"),
                        "MRZ line 1",
                        1,
                        "the document code of this format starts with A or C or I"),
                Arguments.of(
                        TD2.replace("I<UTO", "I<U1O"), "MRZ line 1", 4, "expected a letter or < in the issuing state"),
                Arguments.of(
                        TD1.replace("UTO<<<<<<<<<<<6", "<<<<<<<<<<<<<<6"),
                        "MRZ line 2",
                        16,
                        "the nationality code is empty"),
                Arguments.of(
                        TD1.replace("ERIKSSON<<ANNA", "ERIK5SON<<ANNA"),
                        "MRZ line 3",
                        5,
                        "expected a letter or < in the name"),
                Arguments.of(
                        TD1.replace("ERIKSSON<<ANNA<MARIA<<<<<<<<<<", "<<ANNA<MARIA<<<<<<<<<<<<<<<<<<"),
                        "MRZ line 3",
                        1,
                        "the name must start with the primary identifier"),
                Arguments.of(TD3.replace("L898902C36", "<<<<<<<<<0"), "MRZ line 2", 1, "the document number is empty"),
                Arguments.of(
                        TD1.replace("D231458907<", "D23145890<<"),
                        "MRZ line 1",
                        15,
                        "the check digit of the document number is a filler, but the number does not continue in the"
                                + " optional data (9 characters, then the rest, its check digit and a filler)"),
                Arguments.of(
                        TD3.replace("L898902C36", "L898902C3<"),
                        "MRZ line 2",
                        10,
                        "expected a digit in the check digit of the document number"),
                Arguments.of(
                        TD3.replace("<<<<<10", "<<<<<1<"),
                        "MRZ line 2",
                        44,
                        "expected a digit in the check digit of the composite"),
                Arguments.of(
                        TD1.replace("7408122F", "0102292F"),
                        "MRZ line 2",
                        1,
                        "the date of birth is 29 February of a year that is not a leap year"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void rejectsWithPositionAndMessage(String text, String what, int position, String message) {
        CardDataException e = assertThrows(CardDataException.class, () -> PARSER.parse(text));
        assertEquals(what, e.what());
        assertEquals(position, e.position());
        assertEquals(what + (position >= 0 ? " at " + position : "") + ": " + message, e.getMessage());
        // Never the MRZ text itself.
        assertFalse(e.getMessage().contains("ERIKSSON"));
        assertFalse(e.getMessage().contains("D23145890"));
        assertFalse(e.getMessage().contains("740812"));
    }
}
