package vn.smartcity.iot.modbus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word orders. The float 123.456f is 0x42F6E979 (IEEE 754); meters document the four orders with
 * such a value: ABCD 42 F6 E9 79, CDAB E9 79 42 F6, BADC F6 42 79 E9, DCBA 79 E9 F6 42.
 */
class RegistersTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @ParameterizedTest
    @CsvSource({"ABCD, 42 F6 E9 79", "CDAB, E9 79 42 F6", "BADC, F6 42 79 E9", "DCBA, 79 E9 F6 42"})
    void float32InEveryOrder(WordOrder order, String wire) {
        byte[] bytes = hex(wire);
        assertEquals(123.456f, Registers.float32(bytes, 0, order));
        assertEquals(0x42F6E979, Registers.int32(bytes, 0, order));
        assertEquals(0x42F6E979L, Registers.uint32(bytes, 0, order));
        assertEquals((double) 123.456f, Registers.read(RegisterType.FLOAT32, order, bytes, 0));
        byte[] out = new byte[4];
        Registers.write(RegisterType.FLOAT32, order, 123.456f, out, 0);
        assertArrayEquals(bytes, out);
    }

    @ParameterizedTest
    @CsvSource({"ABCD, FF FF FF 85", "CDAB, FF 85 FF FF", "BADC, FF FF 85 FF", "DCBA, 85 FF FF FF"})
    void int32InEveryOrder(WordOrder order, String wire) {
        byte[] bytes = hex(wire);
        assertEquals(-123, Registers.int32(bytes, 0, order));
        assertEquals(4294967173L, Registers.uint32(bytes, 0, order));
        byte[] out = new byte[4];
        Registers.write(RegisterType.INT32, order, -123, out, 0);
        assertArrayEquals(bytes, out);
        Registers.write(RegisterType.UINT32, order, 4294967173.0, out, 0);
        assertArrayEquals(bytes, out);
    }

    @Test
    void sixteenBitValues() {
        byte[] bytes = hex("FF 83 83 FF");
        assertEquals(-125, Registers.int16(bytes, 0, WordOrder.ABCD));
        assertEquals(-125, Registers.int16(bytes, 0, WordOrder.CDAB));
        assertEquals(0xFF83, Registers.uint16(bytes, 0, WordOrder.ABCD));
        assertEquals(-125, Registers.int16(bytes, 2, WordOrder.BADC));
        assertEquals(0xFF83, Registers.uint16(bytes, 2, WordOrder.DCBA));
        assertEquals(65411.0, Registers.read(RegisterType.UINT16, WordOrder.ABCD, bytes, 0));
        byte[] out = new byte[2];
        Registers.write(RegisterType.INT16, WordOrder.BADC, -125, out, 0);
        assertArrayEquals(hex("83 FF"), out);
        Registers.write(RegisterType.UINT16, WordOrder.ABCD, 65535.4, out, 0);
        assertArrayEquals(hex("FF FF"), out);
        assertThrows(
                IllegalArgumentException.class,
                () -> Registers.write(RegisterType.UINT16, WordOrder.ABCD, 65535.5, out, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> Registers.write(RegisterType.INT16, WordOrder.ABCD, -32769, out, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> Registers.write(RegisterType.INT16, WordOrder.ABCD, Double.NaN, out, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> Registers.int32(bytes, 2, WordOrder.ABCD));
    }

    @Test
    void mapEntriesScaleAndOrder() {
        RegisterMap.Entry t = RegisterMap.Entry.of("temperature", "Cel", 2, RegisterType.INT16)
                .withScale(0.1, 0);
        assertEquals(23.5, t.value(235));
        assertEquals(-12.5, t.value(-125));
        assertEquals(235, t.raw(23.5), 1e-9);
        RegisterMap.Entry f =
                RegisterMap.Entry.of("flow", "m3/h", 10, RegisterType.UINT16).withScale(2, -10);
        assertEquals(90, f.value(50));
        assertEquals(50, f.raw(90));
        RegisterMap map = RegisterMap.of(
                t,
                RegisterMap.Entry.of("pm2.5", "ug/m3", 0, RegisterType.FLOAT32).withOrder(WordOrder.CDAB));
        assertEquals(
                List.of("pm2.5", "temperature"),
                map.entries().stream().map(RegisterMap.Entry::name).toList());
        assertEquals(Optional.of(t), map.entry("temperature"));
        assertTrue(RegisterMap.empty().isEmpty());
        assertTrue(map.toString().contains("pm2.5"));
    }

    @Test
    void mapRejectsOverlapsAndDuplicates() {
        RegisterMap.Entry a = RegisterMap.Entry.of("a", null, 0, RegisterType.FLOAT32);
        IllegalArgumentException overlap = assertThrows(
                IllegalArgumentException.class,
                () -> RegisterMap.of(a, RegisterMap.Entry.of("b", null, 1, RegisterType.INT16)));
        assertEquals("a (register 0, FLOAT32) overlaps b (register 1)", overlap.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> RegisterMap.of(a, RegisterMap.Entry.of("a", null, 5, RegisterType.INT16)));
        assertThrows(IllegalArgumentException.class, () -> RegisterMap.Entry.of("x", null, 65535, RegisterType.INT32));
        assertThrows(IllegalArgumentException.class, () -> RegisterMap.Entry.of("", null, 0, RegisterType.INT16));
        assertThrows(IllegalArgumentException.class, () -> a.withScale(0, 0));
    }
}
