package vn.smartcity.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;

/** Layout of QCVN 102:2016/BTTTT as used by the provinces' published agency-code decisions. */
class AgencyCodeTest {

    @Test
    void huesPeoplesCommittee() {
        // Thừa Thiên Huế Decision 2240/QĐ-UBND (2017); hue.gov.vn publishes under 000.00.00.H57.
        AgencyCode hue = AgencyCode.parse("000.00.00.H57");
        assertEquals("H57", hue.level1());
        assertEquals(1, hue.level());
        assertEquals(AgencyCode.BodyType.PROVINCIAL_PEOPLES_COMMITTEE, hue.bodyType());
        assertEquals("46", hue.province().orElseThrow().code(), "H57 is GSO 46, not 57");
        assertTrue(hue.provinceMappingPublished());
        assertTrue(hue.parent().isEmpty());
    }

    @Test
    void quangNinhIsH49ButGso22() {
        // Quảng Ninh Decision 3739/QĐ-UBND (2016): "000.00.00.H49 là mã của UBND Tỉnh".
        AgencyCode qn = AgencyCode.parse("000.00.00.H49");
        assertEquals("22", qn.province().orElseThrow().code());
        assertEquals("Quảng Ninh", qn.province().orElseThrow().name());
    }

    @Test
    void lowerLevelsAndParents() {
        // Examples of the project's specification (issue 2).
        AgencyCode district = AgencyCode.parse("001.00.10.H47");
        assertEquals(4, district.level());
        assertEquals("001", district.level4());
        assertEquals("00", district.level3());
        assertEquals("10", district.level2());
        assertEquals("000.00.10.H47", district.parent().orElseThrow().value());
        assertEquals(
                "000.00.00.H47",
                district.parent().orElseThrow().parent().orElseThrow().value());
        assertEquals("Quảng Nam", district.province().orElseThrow().name());

        AgencyCode department = AgencyCode.parse("000.00.53.H48");
        assertEquals(2, department.level());
        assertEquals("000.00.00.H48", department.parent().orElseThrow().value());
        assertFalse(department.provinceMappingPublished(), "H48 follows from the alphabetical order only");

        assertEquals(3, AgencyCode.parse("000.05.14.H20").level());
    }

    @Test
    void peoplesCouncilSharesTheDigits() {
        // Thái Bình Decision 3982/QĐ-UBND (2016): H54 People's Committee, K54 People's Council.
        AgencyCode council = AgencyCode.parse("000.00.00.K54");
        assertEquals(AgencyCode.BodyType.PROVINCIAL_PEOPLES_COUNCIL, council.bodyType());
        assertEquals("Thái Bình", council.province().orElseThrow().name());
    }

    @Test
    void centralBodiesHaveNoProvince() {
        AgencyCode office = AgencyCode.parse("000.00.00.G22");
        assertEquals(AgencyCode.BodyType.CENTRAL, office.bodyType());
        assertTrue(office.province().isEmpty());
    }

    @Test
    void unknownBlocksAreNotGuessed() {
        // The inner order of H02-H11 is not published; no province is made up.
        assertTrue(AgencyCode.parse("000.00.00.H05").province().isEmpty());
    }

    @Test
    void rejectsWithPosition() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> AgencyCode.parse("000.00.00-H57"));
        assertEquals(9, e.position());
        assertEquals(
                "AgencyCode: expected a digit (layout DDD.DD.DD.LDD, e.g. 000.00.00.H57) (at position 2)",
                assertThrows(InvalidValueException.class, () -> AgencyCode.parse("00.00.00.H57"))
                        .getMessage());
        assertEquals(
                "AgencyCode: expected 13 characters (DDD.DD.DD.LDD, e.g. 000.00.00.H57), got 14",
                assertThrows(InvalidValueException.class, () -> AgencyCode.parse("000.00.00.H570"))
                        .getMessage());
        assertEquals("000.00.00.H57", AgencyCode.parse(" 000.00.00.h57 ").value());
    }
}
