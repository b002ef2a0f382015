package vn.smartcity.core.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.smartcity.core.InvalidValueException;

/**
 * 63 units of Decision 124/2004/QĐ-TTg (as of 2008–2025) and 34 units of Resolution
 * 202/2025/QH15.
 */
class AdministrativeUnitsTest {

    private final AdministrativeUnits units = AdministrativeUnits.standard();

    @Test
    void sixtyThreeThenThirtyFour() {
        assertEquals(63, units.provinces(Era.PRE_2025).size());
        assertEquals(34, units.provinces(Era.FROM_2025).size());
        long cities = units.provinces(Era.PRE_2025).stream()
                .filter(p -> p.kind() == ProvinceKind.CITY)
                .count();
        assertEquals(5, cities, "Hà Nội, Hải Phòng, Đà Nẵng, Hồ Chí Minh, Cần Thơ");
        assertEquals(
                6,
                units.provinces(Era.FROM_2025).stream()
                        .filter(p -> p.kind() == ProvinceKind.CITY)
                        .count(),
                "the five and Huế");
    }

    /** Resolution 202/2025/QH15, Article 1: which units merged into which. */
    @ParameterizedTest
    @CsvSource({
        "49, 48, Đà Nẵng",
        "62, 51, Quảng Ngãi",
        "46, 46, Huế",
        "22, 22, Quảng Ninh",
        "15, 15, Lào Cai",
        "10, 15, Lào Cai",
        "26, 25, Phú Thọ",
        "17, 25, Phú Thọ",
        "74, 79, Hồ Chí Minh",
        "77, 79, Hồ Chí Minh",
        "80, 80, Tây Ninh",
        "72, 80, Tây Ninh",
        "91, 91, An Giang",
        "89, 91, An Giang",
    })
    void successors(String oldCode, String newCode, String newName) {
        Province old = units.byCode(Era.PRE_2025, oldCode).orElseThrow();
        Province successor = units.successor(old).orElseThrow();
        assertEquals(newCode, successor.code());
        assertEquals(newName, successor.name());
        assertTrue(units.predecessors(successor).contains(old));
    }

    @Test
    void predecessorsOfTheNewHoChiMinhCity() {
        Province hcm = units.byCode(Era.FROM_2025, "79").orElseThrow();
        List<String> names =
                units.predecessors(hcm).stream().map(Province::name).collect(Collectors.toList());
        assertEquals(
                List.of("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"), names, "the one keeping its code first");
        assertEquals(
                List.of(), units.predecessors(units.byCode(Era.PRE_2025, "79").orElseThrow()));
    }

    @Test
    void everyOldUnitHasASuccessorAndEveryNewOneAPredecessor() {
        for (Province old : units.provinces(Era.PRE_2025)) {
            assertTrue(units.successor(old).isPresent(), old.toString());
        }
        int total = 0;
        for (Province p : units.provinces(Era.FROM_2025)) {
            List<Province> before = units.predecessors(p);
            assertTrue(!before.isEmpty(), p.toString());
            total += before.size();
        }
        assertEquals(63, total);
    }

    @ParameterizedTest
    @CsvSource({
        "thua thien hue, PRE_2025, 46",
        "TP. Huế, PRE_2025, 46",
        "Thành phố Huế, FROM_2025, 46",
        "Tỉnh Quảng Ninh, FROM_2025, 22",
        "QUẢNG NINH, PRE_2025, 22",
        "quang nam, PRE_2025, 49",
        "Bà Rịa–Vũng Tàu, PRE_2025, 77",
        "ba ria vung tau, PRE_2025, 77",
        "TP.HCM, FROM_2025, 79",
        "Thành phố Hồ Chí Minh, FROM_2025, 79",
        "dak lak, FROM_2025, 66",
        "Hoà Bình, PRE_2025, 17",
        "046, PRE_2025, 46",
        "1, FROM_2025, 01",
    })
    void findsByCodeOrNameIgnoringCaseDiacriticsAndPrefixes(String query, Era era, String code) {
        assertEquals(
                code,
                units.find(era, query)
                        .orElseThrow(() -> new AssertionError(query))
                        .code());
    }

    @Test
    void findWithoutEraPrefersTheCurrentDivisionThenTheOld() {
        assertEquals(Era.FROM_2025, units.find("quang ninh").orElseThrow().era());
        Province quangNam = units.find("quang nam").orElseThrow();
        assertEquals(Era.PRE_2025, quangNam.era());
        assertTrue(units.find("atlantis").isEmpty());
        assertTrue(units.find(Era.FROM_2025, "quang nam").isEmpty(), "no Quảng Nam after 1 July 2025");
    }

    @Test
    void byDate() {
        assertEquals(
                "Quảng Nam",
                units.byCode(LocalDate.of(2025, 6, 30), "49").orElseThrow().name());
        assertTrue(units.byCode(LocalDate.of(2025, 7, 1), "49").isEmpty());
        assertEquals(
                "Đà Nẵng",
                units.byCode(LocalDate.of(2025, 7, 1), "48").orElseThrow().name());
        assertThrows(InvalidValueException.class, () -> Era.on(LocalDate.of(2008, 7, 31)));
    }

    @Test
    void fullNames() {
        assertEquals(
                "Tỉnh Quảng Ninh",
                units.byCode(Era.FROM_2025, "22").orElseThrow().fullName());
        assertEquals(
                "Thành phố Huế", units.byCode(Era.FROM_2025, "46").orElseThrow().fullName());
    }

    @Test
    void eraParsing() {
        assertEquals(Era.PRE_2025, Era.parse("pre-2025"));
        assertEquals(Era.FROM_2025, Era.parse("2025"));
        assertEquals(Era.FROM_2025, Era.parse("FROM_2025"));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Era.parse("1999"));
        assertEquals("Era: '1999' is not an era; use pre-2025 or 2025", e.getMessage());
    }
}
