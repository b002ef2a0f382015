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

    @Test
    void rejectsCharactersOutsideTheMrzSet() {
        CardDataException e = assertThrows(CardDataException.class, () -> MrzCheckDigit.compute("AB1a"));
        assertEquals(3, e.position());
        assertEquals("MRZ check digit input at 3: expected a character from [A-Z0-9<]", e.getMessage());
    }
}
