package vn.smartcity.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.smartcity.core.InvalidValueException;

/**
 * Structure per Circular 07/2016/TT-BCA Article 7 (amended by 59/2021/TT-BCA): place code,
 * century/gender digit, two-digit birth year, six random digits.
 */
class PersonalIdNumberTest {

    @Test
    void decodesPlaceGenderAndBirthYear() {
        // The example of the project's specification (issue 2): Hà Nội, male, 1989.
        PersonalIdNumber id = PersonalIdNumber.parse("001089012345");

        assertEquals("001", id.placeCode());
        assertEquals("Hà Nội", id.province().orElseThrow().name());
        assertEquals(Gender.MALE, id.gender());
        assertEquals(1989, id.birthYear());
        assertFalse(id.registeredAbroad());
    }

    /** Century/gender table of Circular 07/2016/TT-BCA, Article 7(2). */
    @ParameterizedTest
    @CsvSource({
        "046095000001, MALE, 1995",
        "046195000001, FEMALE, 1995",
        "079205000001, MALE, 2005",
        "079305000001, FEMALE, 2005",
        "022401000001, MALE, 2101",
        "022501000001, FEMALE, 2101",
        "022699000001, MALE, 2299",
        "022799000001, FEMALE, 2299",
        "022800000001, MALE, 2300",
        "022900000001, FEMALE, 2300",
    })
    void centuryAndGenderDigit(String number, Gender gender, int year) {
        PersonalIdNumber id = PersonalIdNumber.parse(number);
        assertEquals(gender, id.gender());
        assertEquals(year, id.birthYear());
    }

    @Test
    void conformanceVectorOfVnToolkit() {
        // leeloc1809/vn-toolkit conformance/vn-ident-1.0.0.json: parse_cccd("001285123456").birth_year == 2085
        assertEquals(2085, PersonalIdNumber.parse("001285123456").birthYear());
    }

    @Test
    void placeCodeIsTheOldProvinceEvenAfterTheMerger() {
        // Quảng Nam (49) merged into Đà Nẵng on 1 July 2025; numbers were not reissued.
        PersonalIdNumber id = PersonalIdNumber.parse("049190000123");
        assertEquals("Quảng Nam", id.province().orElseThrow().name());
    }

    @Test
    void countryCodesOfBirthsRegisteredAbroadAreAccepted() {
        // Annex II of Circular 59/2021/TT-BCA: country codes in 101..295 (286 seen on a real card).
        PersonalIdNumber id = PersonalIdNumber.parse("286201000123");
        assertTrue(id.registeredAbroad());
        assertTrue(id.province().isEmpty());
    }

    @Test
    void acceptsGroupedDigits() {
        assertEquals("001089012345", PersonalIdNumber.parse(" 001 089 012 345 ").value());
        assertEquals("001089012345", PersonalIdNumber.parse("001-089-012-345").value());
    }

    @Test
    void rejectsWithPositionAndWithoutEchoingTheNumber() {
        InvalidValueException length =
                assertThrows(InvalidValueException.class, () -> PersonalIdNumber.parse("00108901234"));
        assertEquals("PersonalIdNumber: expected 12 digits, got 11", length.getMessage());

        InvalidValueException letter =
                assertThrows(InvalidValueException.class, () -> PersonalIdNumber.parse("0010890I2345"));
        assertEquals(7, letter.position());
        assertFalse(letter.getMessage().contains("0010890"), "the number is not repeated: " + letter.getMessage());

        InvalidValueException place =
                assertThrows(InvalidValueException.class, () -> PersonalIdNumber.parse("003089012345"));
        assertTrue(place.getMessage().contains("place code 003"), place.getMessage());
        assertFalse(PersonalIdNumber.isValid("097089012345"), "097 is no province code");
        assertFalse(PersonalIdNumber.isValid("300089012345"), "300 is beyond the country codes");
    }

    @Test
    void toStringMasks() {
        PersonalIdNumber id = PersonalIdNumber.parse("001089012345");
        assertEquals("001*******45", id.toString());
        assertFalse(String.valueOf(java.util.List.of(id)).contains("089012"));
    }
}
