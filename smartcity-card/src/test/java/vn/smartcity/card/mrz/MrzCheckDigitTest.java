package vn.smartcity.card.mrz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.smartcity.card.CardDataException;

/** ICAO Doc 9303 Part 3 section 4.9 and Appendix A: weights 7, 3, 1; {@code <} = 0; A = 10 ... Z = 35. */
class MrzCheckDigitTest {

    @Test
    void part3AppendixAExamples() {
        // Doc 9303 Part 3 Appendix A, Examples 1 to 3, as quoted (with the Part and example named) in
        // public MRZ test suites found with find_string "AB2134<<<", e.g. the Kotlin test
        // "computes_part_3_appendix_a_example_2_document_number_specimen".
        assertEquals(3, MrzCheckDigit.compute("520727")); // Example 1: 27 July 1952
        assertEquals(5, MrzCheckDigit.compute("AB2134<<<")); // Example 2: document number padded to 9
        // Example 3: composite input of the TD3 lower line HA672242<6YTO5802254M9601086<<<<<<<<<<<<<<0
        assertEquals(8, MrzCheckDigit.compute("HA672242<658022549601086<<<<<<<<<<<<<<0"));
    }

    @Test
    void characterValues() {
        assertEquals(0, MrzCheckDigit.compute("<<<<<<"));
        assertEquals(0, MrzCheckDigit.compute(""));
        assertEquals(7 * 10 % 10, MrzCheckDigit.compute("A"));
        assertEquals(7 * 35 % 10, MrzCheckDigit.compute("Z"));
        assertEquals((7 * 1 + 3 * 2 + 1 * 3 + 7 * 4) % 10, MrzCheckDigit.compute("1234"));
        assertEquals('5', MrzCheckDigit.of("AB2134<<<"));
    }

    /**
     * The parser computes the composite check digit over the fields in place; it must equal the
     * check digit of the fields joined (Doc 9303 Part 5 section 4.2.4 for TD1, Part 6 for TD2, Part
     * 4 section 4.2.2 for TD3), here with the specimens of {@link MrzSpecVectorsTest} whose optional
     * data were changed (synthetic) so that the composite digit printed no longer matches.
     */
    @Test
    void compositeCheckDigitEqualsTheCheckDigitOfTheJoinedFields() {
        MrzParser parser = MrzParser.strict().withReferenceDate(java.time.LocalDate.of(2025, 1, 1));
        String td1 = "I<UTOD231458907ABC<<<<<<<<<<<<\n7408122F1204159UTO9Z<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
        String td2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\nD231458907UTO7408122F1204159XY1<<<<6";
        String td3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
        String[] l1 = td1.split("\n");
        String[] l2 = td2.split("\n");
        String[] l3 = td3.split("\n");
        assertComposite(
                parser.parse(td1),
                l1[0].substring(5, 30) + l1[1].substring(0, 7) + l1[1].substring(8, 15) + l1[1].substring(18, 29));
        assertComposite(parser.parse(td2), l2[1].substring(0, 10) + l2[1].substring(13, 20) + l2[1].substring(21, 35));
        assertComposite(parser.parse(td3), l3[1].substring(0, 10) + l3[1].substring(13, 20) + l3[1].substring(21, 43));
    }

    private static void assertComposite(Mrz mrz, String joined) {
        MrzCheck composite = mrz.checks().get(mrz.checks().size() - 1);
        assertEquals(MrzCheck.Field.COMPOSITE, composite.field());
        assertEquals(MrzCheckDigit.of(joined), composite.expected(), joined);
    }

    @Test
    void rejectsCharactersOutsideTheMrzSet() {
        CardDataException e = assertThrows(CardDataException.class, () -> MrzCheckDigit.compute("AB1a"));
        assertEquals(3, e.position());
        assertEquals("MRZ check digit input at 3: expected a character from [A-Z0-9<]", e.getMessage());
    }
}
