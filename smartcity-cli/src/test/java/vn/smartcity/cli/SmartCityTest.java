package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import vn.smartcity.cli.fixtures.TestExtension;

/** The commands run in-process, as a user types them. */
class SmartCityTest {

    record Result(int status, String out, String err) {
        JsonObject json() {
            return Json.createReader(new StringReader(out)).readObject();
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SmartCity.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void idJson() {
        Result r = run("id", "001089012345", "--json");

        assertEquals(0, r.status(), r.err());
        JsonObject o = r.json();
        assertTrue(o.getBoolean("valid"));
        assertEquals("001", o.getString("placeCode"));
        assertEquals("Hà Nội", o.getString("placeName"));
        assertEquals("MALE", o.getString("gender"));
        assertEquals(1989, o.getInt("birthYear"));
        assertFalse(r.out().contains("001089012345"), "the full number is never printed");
    }

    @Test
    void idText() {
        Result r = run("id", "049 190 000 123");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("049 Tỉnh Quảng Nam (since 1 July 2025: Thành phố Đà Nẵng)"), r.out());
        assertTrue(r.out().contains("female"), r.out());
    }

    @Test
    void badNumberExitsOneWithOneLineAndNoStackTrace() {
        Result r = run("id", "00108901234");
        assertEquals(1, r.status());
        assertEquals(
                "smartcity: PersonalIdNumber: expected 12 digits, got 11\n",
                r.err().replace("\r", ""));
        assertEquals("", r.out());

        Result json = run("id", "003089012345", "--json");
        assertEquals(1, json.status());
        assertFalse(json.json().getBoolean("valid"));
        assertTrue(json.json().getString("error").contains("place code 003"));
        assertEquals(1, json.err().lines().count());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("id").status());
        assertEquals(2, run("unit", "46", "--era").status());
        assertEquals(2, run("no-such-command").status());
        assertEquals(2, run("id", "001089012345", "--nope").status());
    }

    @Test
    void unitBeforeAndAfterTheMerger() {
        Result r = run("unit", "quang nam", "--era", "pre-2025");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("49 Tỉnh Quảng Nam"), r.out());
        assertTrue(r.out().contains("Became part of: 48 Thành phố Đà Nẵng"), r.out());

        JsonObject o = run("unit", "quang nam", "--era", "pre-2025", "--json").json();
        assertEquals("49", o.getString("code"));
        assertEquals("48", o.getJsonObject("successor").getString("code"));

        JsonObject daNang = run("unit", "TP. Đà Nẵng", "--json").json();
        assertEquals("2025", daNang.getString("era"));
        assertEquals(2, daNang.getJsonArray("predecessors").size());

        JsonObject hue = run("unit", "thua thien hue", "--json").json();
        assertEquals("Huế", hue.getString("name"), "Huế is found under its old name in the current era");
    }

    @Test
    void unknownUnitAndEraExitOne() {
        Result missing = run("unit", "quang nam", "--era", "2025");
        assertEquals(1, missing.status());
        assertEquals(
                "smartcity: no province or centrally-run city matches 'quang nam' in era 2025\n",
                missing.err().replace("\r", ""));
        assertEquals(1, run("unit", "46", "--era", "1999").status());

        Result json = run("unit", "atlantis", "--json");
        assertEquals(1, json.status());
        assertFalse(json.json().getBoolean("valid"));
        assertEquals(
                "no province or centrally-run city matches 'atlantis'",
                json.json().getString("error"));
    }

    @Test
    void agencyJson() {
        Result r = run("agency", "000.00.00.H57", "--json");
        assertEquals(0, r.status(), r.err());
        JsonObject o = r.json();
        assertTrue(o.getBoolean("valid"));
        assertEquals("H57", o.getString("level1"));
        assertEquals(1, o.getInt("level"));
        assertEquals("46", o.getJsonObject("province").getString("code"));
        assertEquals("published", o.getString("provinceMapping"));
        assertEquals("Huế", o.getJsonObject("currentProvince").getString("name"));

        Result bad = run("agency", "000.00.00-H57");
        assertEquals(1, bad.status());
        assertTrue(bad.err().contains("(at position 9)"), bad.err());
    }

    @Test
    void pluginsListsTypesNamedByProperty() {
        System.setProperty(ExtensionTypes.PROPERTY, TestExtension.class.getName() + ",no.such.Type");
        try {
            Result r = run("plugins", "--json");
            assertEquals(0, r.status(), r.err());
            JsonObject type = r.json().getJsonArray("types").getJsonObject(0);
            assertEquals("test-extension", type.getString("key"));
            assertEquals("hello", type.getJsonArray("plugins").getJsonObject(0).getString("id"));
            assertTrue(type.getJsonArray("plugins")
                    .getJsonObject(0)
                    .getString("origin")
                    .contains("test-classes"));
            assertEquals(
                    "BROKEN", type.getJsonArray("diagnostics").getJsonObject(0).getString("kind"));
            assertEquals(
                    "no.such.Type",
                    r.json().getJsonArray("typeProblems").getJsonObject(0).getString("name"));

            Result text = run("plugins");
            assertTrue(
                    text.out().contains("test-extension (" + TestExtension.class.getName() + "): 1 plugin"),
                    text.out());
            assertTrue(text.out().contains("  hello - says hello"), text.out());
            assertTrue(text.out().contains("! BROKEN"), text.out());
            assertTrue(text.err().contains("no.such.Type: class not found"), text.err());
        } finally {
            System.clearProperty(ExtensionTypes.PROPERTY);
        }
    }

    @Test
    void demoComputesItsStory() {
        Result r = run("demo");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("ID 046*******17: female, born 1992"), r.out());
        assertTrue(r.out().contains("2 copies x 50.000 ₫ = 100.000 ₫"), r.out());
        assertTrue(r.out().contains("63 provinces became 34"), r.out());

        JsonObject o = run("demo", "--json").json();
        assertEquals(100_000, o.getJsonObject("fee").getInt("total"));
        assertEquals(
                "Đà Nẵng",
                o.getJsonObject("agency").getJsonObject("currentProvince").getString("name"));
    }

    @Test
    void version() {
        Result r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("smartcity 0.1.0-SNAPSHOT"), r.out());
    }
}
