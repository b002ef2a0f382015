package vn.smartcity.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reused record: names and units set by reference or by copy, and which one wins. */
class MutableObservationTest {

    @Test
    void nameRefAndUnitRefAreSeenByTheViewAndTheCopy() {
        MutableObservation r = new MutableObservation("test").source("dev");
        String name = "pm2.5";
        String unit = "ug/m3";

        r.clear().nameRef(name).unitRef(unit).number(12.5);

        assertSame(name, r.name());
        assertSame(unit, r.unit());
        Observation o = r.toObservation();
        assertEquals("pm2.5", o.name());
        assertEquals("ug/m3", o.unit());
        assertEquals("dev", o.source());
        assertEquals("MutableObservation[pm2.5=12.5]", r.toString());
    }

    @Test
    void copyingSettersAndClearReplaceAReference() {
        MutableObservation r = new MutableObservation("test");
        byte[] ascii = "co2ppm".getBytes(StandardCharsets.US_ASCII);

        r.nameRef("a").unitRef("Cel").name("b").unit("K");
        assertEquals("b", r.name().toString());
        assertEquals("K", String.valueOf(r.unit()));

        r.nameRef("a").unitRef("Cel").nameAscii(ascii, 0, 3).unitAscii(ascii, 3, 3);
        assertEquals("co2", r.name().toString());
        assertEquals("ppm", String.valueOf(r.unit()));

        r.nameRef("a").unitRef("Cel").clear().number(1);
        assertEquals("", r.name().toString());
        assertNull(r.unit());
        assertNull(r.toObservation().unit());
    }

    @Test
    void unitRefOfNullIsNoUnit() {
        MutableObservation r = new MutableObservation("test").unit("Cel").number(1);

        r.unitRef(null);

        assertNull(r.unit());
        assertNull(r.toObservation().unit());
    }

    @Test
    void nameBufferStartsFromANameSetByReference() {
        MutableObservation r = new MutableObservation("test");

        r.number(1).nameRef("a34004").nameBuffer().append("-Zs");

        assertEquals("a34004-Zs", r.name().toString());
        assertEquals("a34004-Zs", r.toObservation().name());
    }

    @Test
    void nameRefRefusesNull() {
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> new MutableObservation("test").nameRef(null));
        assertEquals("value", e.getMessage());
    }
}
