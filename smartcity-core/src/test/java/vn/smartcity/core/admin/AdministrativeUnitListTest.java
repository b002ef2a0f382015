package vn.smartcity.core.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;

/**
 * The GSO export layout (code, name, level, parent code). The fixture is written for these tests:
 * its commune codes are made up, its shape is the export's.
 */
class AdministrativeUnitListTest {

    private static AdministrativeUnitList fixture() throws IOException {
        try (Reader in = new InputStreamReader(
                AdministrativeUnitListTest.class.getResourceAsStream("/fixtures/gso-units-hue.csv"),
                StandardCharsets.UTF_8)) {
            return AdministrativeUnitList.parseCsv(in);
        }
    }

    @Test
    void readsTheExport() throws IOException {
        AdministrativeUnitList list = fixture();

        assertEquals(7, list.size());
        AdministrativeUnit phuXuan = list.byCode("19999").orElseThrow();
        assertEquals("Phường Phú Xuân", phuXuan.name());
        assertEquals(UnitLevel.WARD, phuXuan.level());
        assertEquals("46", phuXuan.parent().orElseThrow());
        assertEquals(UnitLevel.CENTRAL_CITY, list.byCode("46").orElseThrow().level());
        assertTrue(list.byCode("46").orElseThrow().parent().isEmpty());
        assertEquals(UnitLevel.SPECIAL_ZONE, list.byCode("07998").orElseThrow().level());
        assertEquals("Xã Phú Vinh, mới", list.byCode("19997").orElseThrow().name(), "quoted field with a comma");
    }

    @Test
    void childrenAndNames() throws IOException {
        AdministrativeUnitList list = fixture();

        assertEquals(
                List.of("19999", "19998", "19997"),
                list.children("46").stream().map(AdministrativeUnit::code).collect(Collectors.toList()));
        assertEquals("19998", list.findByName("thuan hoa").get(0).code());
        assertEquals("19998", list.findByName("Phường Thuận Hoá").get(0).code());
        assertEquals("07998", list.findByName("co to").get(0).code());
        assertTrue(list.findByName("nowhere").isEmpty());
    }

    @Test
    void englishHeadersCommasAndByteOrderMark() throws IOException {
        String csv =
                "\uFEFFcode,name,level,parent\n46,Thành phố Huế,Thành phố Trung ương,\n19999,Phường Phú Xuân,Phường,46\n";
        AdministrativeUnitList list = AdministrativeUnitList.parseCsv(new StringReader(csv));
        assertEquals(2, list.size());
    }

    @Test
    void errorsNameTheLineAndColumn() {
        String badLevel = "Mã;Tên;Cấp;Mã cấp trên\n46;Huế;Thành phố Trung ương;\n19999;Phú Xuân;Làng;46\n";
        InvalidValueException level = assertThrows(
                InvalidValueException.class, () -> AdministrativeUnitList.parseCsv(new StringReader(badLevel)));
        assertEquals("AdministrativeUnitList: line 3, column Cấp: unknown level 'Làng'", level.getMessage());

        String duplicate = "Mã;Tên;Cấp\n19999;Phường A;Phường\n19999;Phường B;Phường\n";
        InvalidValueException dup = assertThrows(
                InvalidValueException.class, () -> AdministrativeUnitList.parseCsv(new StringReader(duplicate)));
        assertTrue(dup.getMessage().contains("line 3: code 19999 appears twice"), dup.getMessage());

        String shortCode = "Mã;Tên;Cấp\n1999;Phường A;Phường\n";
        InvalidValueException code = assertThrows(
                InvalidValueException.class, () -> AdministrativeUnitList.parseCsv(new StringReader(shortCode)));
        assertTrue(code.getMessage().contains("line 2, column Mã: a Phường code has 5 digits"), code.getMessage());

        InvalidValueException header = assertThrows(
                InvalidValueException.class, () -> AdministrativeUnitList.parseCsv(new StringReader("a;b\n1;2\n")));
        assertTrue(header.getMessage().startsWith("AdministrativeUnitList: line 1:"), header.getMessage());

        assertThrows(InvalidValueException.class, () -> AdministrativeUnitList.parseCsv(new StringReader("")));
        InvalidValueException quote = assertThrows(
                InvalidValueException.class,
                () -> AdministrativeUnitList.parseCsv(new StringReader("Mã;Tên;Cấp\n19999;\"Phường A;Phường\n")));
        assertTrue(quote.getMessage().contains("line 2: a quoted field is not closed"));
    }
}
