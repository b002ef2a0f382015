package vn.smartcity.iot.modbus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.smartcity.iot.CodecException;

/**
 * Frames from the MODBUS Application Protocol Specification V1.1b3 (the PDU examples of section 6
 * and 7, sent by server 1 with the CRC of this implementation), CRCs from MODBUS over Serial Line
 * V1.02 and from published RTU frames: the brief's two read requests, jfraire/Device-Modbus-RTU
 * {@code t/client_rtu.t} (commit 458b28b), the Hamilton Sundstrand EXVG fuel metering valve manual
 * (table 6) and the RKC MA900 instruction manual IMR01H02-E3 (section 6.6.1).
 */
class ModbusFrameTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static String hex(byte[] b) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(b);
    }

    // ---------------------------------------------------------------- CRC

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // The brief's read-holding-registers requests.
        "01 03 00 00 00 01 84 0A",
        "01 03 00 00 00 0A C5 CD",
        // Serial Line V1.02 section 6.2.2: the CRC of 02 07 is 0x1241, sent 41 12; checked by
        // jfraire/Device-Modbus-RTU t/client_rtu.t ("CRC is according to the example in Modbus
        // specification"), with its read-coils ADU and the Wikipedia example of the same file.
        "02 07 41 12",
        "03 01 00 13 00 13 8D E0",
        "01 04 02 FF FF B8 80",
        // Hamilton Sundstrand EXVG manual, table 6 (the spec's section 6.3 example from server 1).
        "01 03 00 6B 00 03 74 17",
        "01 03 06 02 2B 00 00 00 64 05 7A",
        // RKC MA900 manual IMR01H02-E3, section 6.6.1: query, normal and error response.
        "02 03 00 00 00 03 05 F8",
        "02 03 06 00 00 00 01 00 02 E5 84",
        "02 83 03 F1 31",
    })
    void publishedCrcs(String frame) {
        byte[] bytes = hex(frame);
        assertTrue(ModbusCrc.check(bytes, 0, bytes.length));
        assertArrayEquals(bytes, ModbusCrc.append(Arrays.copyOf(bytes, bytes.length - 2)));
        bytes[bytes.length - 1] ^= 1;
        assertFalse(ModbusCrc.check(bytes, 0, bytes.length));
    }

    @Test
    void crcValue() {
        // Serial Line V1.02 section 6.2.2: 0x1241 for 02 07; CRC-16/MODBUS check value 0x4B37 for
        // "123456789" (the catalogue value of the CRC algorithm).
        assertEquals(0x1241, ModbusCrc.compute(hex("02 07"), 0, 2));
        assertEquals(0x4B37, ModbusCrc.compute("123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 9));
        assertEquals(0xFFFF, ModbusCrc.compute(new byte[0], 0, 0));
        assertFalse(ModbusCrc.check(hex("01 02"), 0, 2));
    }

    /**
     * The table-driven CRC, eight bytes at a time, against the bit-by-bit algorithm of MODBUS over
     * Serial Line V1.02, section 6.2.2 (written out here), for every length from 0 to 300 at
     * several offsets (so every remainder of eight bytes); synthetic data.
     */
    @Test
    void crcEqualsTheSpecificationsBitByBitAlgorithm() {
        java.util.Random random = new java.util.Random(2026);
        byte[] data = new byte[320];
        for (int round = 0; round < 4; round++) {
            random.nextBytes(data);
            for (int offset = 0; offset < 9; offset++) {
                for (int length = 0; length <= 300; length++) {
                    assertEquals(bitByBit(data, offset, length), ModbusCrc.compute(data, offset, length));
                }
            }
        }
        assertThrows(IndexOutOfBoundsException.class, () -> ModbusCrc.compute(data, 300, 21));
    }

    private static int bitByBit(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                boolean lsb = (crc & 1) != 0;
                crc >>>= 1;
                if (lsb) {
                    crc ^= 0xA001;
                }
            }
        }
        return crc;
    }

    // ---------------------------------------------------------------- the specification's examples

    @Test
    void readCoils() {
        // Application Protocol V1.1b3 section 6.1: read coils 20-38 (address 0x13, 19 coils);
        // response CD 6B 05: coils 27-20 = 1100 1101, 35-28 = 0110 1011, 38-36 = 101.
        ModbusFrame request = ModbusFrame.parseRequest(hex("01 01 00 13 00 13 8C 02"));
        assertEquals(new ModbusFrame.ReadRequest(1, ModbusFunction.READ_COILS, 0x13, 0x13), request);
        ModbusFrame.ReadBitsResponse response =
                (ModbusFrame.ReadBitsResponse) ModbusFrame.parseResponse(hex("01 01 03 CD 6B 05 42 82"));
        assertArrayEquals(hex("CD 6B 05"), response.bits());
        boolean[] expected = {
            true, false, true, true, false, false, true, true, // coils 20-27
            true, true, false, true, false, true, true, false, // coils 28-35
            true, false, true // coils 36-38
        };
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], response.bit(i), "coil " + (20 + i));
        }
        assertEquals("01 01 03 CD 6B 05 42 82", hex(response.encode()));
        assertEquals("01 01 00 13 00 13 8C 02", hex(request.encode()));
    }

    @Test
    void readDiscreteInputs() {
        // Section 6.2: inputs 197-218 (address 0xC4, 22 inputs); response AC DB 35.
        assertEquals(
                new ModbusFrame.ReadRequest(1, ModbusFunction.READ_DISCRETE_INPUTS, 0xC4, 0x16),
                ModbusFrame.parseRequest(hex("01 02 00 C4 00 16 B8 39")));
        assertEquals(
                new ModbusFrame.ReadBitsResponse(1, ModbusFunction.READ_DISCRETE_INPUTS, hex("AC DB 35")),
                ModbusFrame.parseResponse(hex("01 02 03 AC DB 35 22 88")));
    }

    @Test
    void readHoldingRegisters() {
        // Section 6.3: registers 108-110 (address 0x6B, 3 registers); 108 = 0x022B (555),
        // 109 = 0, 110 = 0x64 (100). RTU bytes as the Hamilton Sundstrand manual prints them.
        assertEquals(
                new ModbusFrame.ReadRequest(1, ModbusFunction.READ_HOLDING_REGISTERS, 0x6B, 3),
                ModbusFrame.parseRequest(hex("01 03 00 6B 00 03 74 17")));
        ModbusFrame.ReadRegistersResponse r =
                (ModbusFrame.ReadRegistersResponse) ModbusFrame.parseResponse(hex("01 03 06 02 2B 00 00 00 64 05 7A"));
        assertEquals(3, r.count());
        assertEquals(555, r.register(0));
        assertEquals(0, r.register(1));
        assertEquals(100, r.register(2));
        assertEquals("01 03 06 02 2B 00 00 00 64 05 7A", hex(r.encode()));
    }

    @Test
    void readInputRegisters() {
        // Section 6.4: register 9 (address 0x08); value 0x000A.
        assertEquals(
                new ModbusFrame.ReadRequest(1, ModbusFunction.READ_INPUT_REGISTERS, 8, 1),
                ModbusFrame.parseRequest(hex("01 04 00 08 00 01 B0 08")));
        ModbusFrame.ReadRegistersResponse r =
                (ModbusFrame.ReadRegistersResponse) ModbusFrame.parseResponse(hex("01 04 02 00 0A 39 37"));
        assertEquals(10, r.register(0));
    }

    @Test
    void writeSingleCoilAndRegister() {
        // Section 6.5: coil 173 (address 0xAC) ON = FF00; section 6.6: register 2 (address 1) = 3.
        // The normal responses echo the requests.
        ModbusFrame coil = new ModbusFrame.WriteSingle(1, ModbusFunction.WRITE_SINGLE_COIL, 0xAC, 0xFF00);
        assertEquals("01 05 00 AC FF 00 4C 1B", hex(coil.encode()));
        assertEquals(coil, ModbusFrame.parseRequest(coil.encode()));
        assertEquals(coil, ModbusFrame.parseResponse(coil.encode()));
        ModbusFrame register = new ModbusFrame.WriteSingle(1, ModbusFunction.WRITE_SINGLE_REGISTER, 1, 3);
        assertEquals("01 06 00 01 00 03 98 0B", hex(register.encode()));
        assertEquals(register, ModbusFrame.parseResponse(hex("01 06 00 01 00 03 98 0B")));
    }

    @Test
    void writeMultipleCoils() {
        // Section 6.11: coils 20-29 (address 0x13, 10 coils), CD 01; response 0F 00 13 00 0A.
        ModbusFrame.WriteMultipleCoilsRequest request = (ModbusFrame.WriteMultipleCoilsRequest)
                ModbusFrame.parseRequest(hex("01 0F 00 13 00 0A 02 CD 01 72 CB"));
        assertEquals(0x13, request.address());
        assertEquals(10, request.quantity());
        assertTrue(request.bit(0));
        assertFalse(request.bit(1));
        assertTrue(request.bit(8));
        assertFalse(request.bit(9));
        assertEquals("01 0F 00 13 00 0A 02 CD 01 72 CB", hex(request.encode()));
        assertEquals(
                new ModbusFrame.WriteMultipleResponse(1, ModbusFunction.WRITE_MULTIPLE_COILS, 0x13, 10),
                ModbusFrame.parseResponse(hex("01 0F 00 13 00 0A 24 09")));
    }

    @Test
    void writeMultipleRegisters() {
        // Section 6.12: registers 2-3 (address 1) = 000A, 0102; response 10 00 01 00 02.
        ModbusFrame.WriteMultipleRegistersRequest request =
                new ModbusFrame.WriteMultipleRegistersRequest(1, 1, hex("00 0A 01 02"));
        assertEquals("01 10 00 01 00 02 04 00 0A 01 02 92 30", hex(request.encode()));
        assertEquals(request, ModbusFrame.parseRequest(request.encode()));
        assertEquals(2, request.quantity());
        assertEquals(0x0102, request.register(1));
        ModbusFrame response = new ModbusFrame.WriteMultipleResponse(1, ModbusFunction.WRITE_MULTIPLE_REGISTERS, 1, 2);
        assertEquals("01 10 00 01 00 02 10 08", hex(response.encode()));
        assertEquals(response, ModbusFrame.parseResponse(response.encode()));
    }

    @Test
    void exceptionResponse() {
        // Section 7: a read of coil 0x04A1 answered 81 02 (ILLEGAL DATA ADDRESS).
        assertEquals(
                new ModbusFrame.ReadRequest(1, ModbusFunction.READ_COILS, 0x04A1, 1),
                ModbusFrame.parseRequest(hex("01 01 04 A1 00 01 AD 18")));
        ModbusFrame.ExceptionResponse e =
                (ModbusFrame.ExceptionResponse) ModbusFrame.parseResponse(hex("01 81 02 C1 91"));
        assertEquals(1, e.function());
        assertEquals(0x81, e.functionCode());
        assertEquals(Optional.of(ModbusExceptionCode.ILLEGAL_DATA_ADDRESS), e.exception());
        assertEquals("ILLEGAL DATA ADDRESS", e.exception().orElseThrow().specName());
        // RKC MA900 manual: 02 83 03 (ILLEGAL DATA VALUE) from server 2.
        ModbusFrame.ExceptionResponse rkc =
                (ModbusFrame.ExceptionResponse) ModbusFrame.parseResponse(hex("02 83 03 F1 31"));
        assertEquals(Optional.of(ModbusExceptionCode.ILLEGAL_DATA_VALUE), rkc.exception());
        assertEquals(Optional.empty(), new ModbusFrame.ExceptionResponse(1, 3, 0x0C).exception());
        assertEquals("01 81 02 C1 91", hex(e.encode()));
    }

    @Test
    void exceptionCodesOfSection7() {
        int[] codes = {1, 2, 3, 4, 5, 6, 8, 0x0A, 0x0B};
        assertEquals(codes.length, ModbusExceptionCode.values().length);
        for (int i = 0; i < codes.length; i++) {
            assertEquals(codes[i], ModbusExceptionCode.values()[i].code());
            assertEquals(Optional.of(ModbusExceptionCode.values()[i]), ModbusExceptionCode.of(codes[i]));
        }
        assertEquals(Optional.empty(), ModbusExceptionCode.of(7));
        assertEquals(
                "GATEWAY TARGET DEVICE FAILED TO RESPOND",
                ModbusExceptionCode.of(0x0B).orElseThrow().specName());
    }

    // ---------------------------------------------------------------- rejection

    @Test
    void badFramesAreReportedAtTheirByte() {
        assertError(
                () -> ModbusFrame.parseRequest(hex("01 03 00 00 00 01 84 0B")),
                6,
                "expected CRC bytes 84 0A, found 84 0B");
        assertError(
                () -> ModbusFrame.parseRequest(hex("01 07 00 00 00 01 84 0A")),
                1,
                "expected a function code 1 to 6, 15 or 16, found 0x07");
        assertError(
                () -> ModbusFrame.parseRequest(hex("F8 03 00 00 00 01 84 0A")),
                0,
                "a server address of 0 to 247, found 248");
        assertError(
                () -> ModbusFrame.parseResponse(hex("00 03 02 00 01 84 0A")),
                0,
                "a server address of 1 to 247, found 0");
        assertError(
                () -> ModbusFrame.parseRequest(crc("01 03 00 00 00 7E")),
                4,
                "a quantity of 1 to 125 for function 3, found 126");
        assertError(() -> ModbusFrame.parseRequest(crc("01 03 00 00 00 00")), 4, "a quantity of 1 to 125");
        assertError(() -> ModbusFrame.parseRequest(crc("01 03 FF FF 00 02")), 2, "an address range within 0 to 65535");
        assertError(
                () -> ModbusFrame.parseRequest(crc("01 05 00 AC 12 34")),
                4,
                "a coil value of 0x0000 or 0xFF00, found 0x1234");
        assertError(
                () -> ModbusFrame.parseRequest(crc("01 10 00 01 00 02 03 00 0A 01")),
                6,
                "a byte count of 4 for 2 registers, found 3");
        assertError(
                () -> ModbusFrame.parseRequest(crc("01 0F 00 13 00 0A 01 CD")), 6, "a byte count of 2 for 10 coils");
        assertError(
                () -> ModbusFrame.parseResponse(crc("01 03 03 00 01 02")),
                2,
                "an even byte count of 2 to 250, found 3");
        assertError(() -> ModbusFrame.parseResponse(crc("01 01 00")), 2, "a byte count of 1 to 250, found 0");
        assertError(
                () -> ModbusFrame.parseResponse(hex("01 03 FF 00 00 00")),
                6,
                "a 260-byte function 3 response, found end of input");
        assertError(
                () -> ModbusFrame.parseRequest(hex("01 03 00 00 00 01 84 0A 00")),
                8,
                "the end of the 8-byte frame, found '\\x00'");
    }

    private static byte[] crc(String hex) {
        return ModbusCrc.append(hex(hex));
    }

    private static void assertError(org.junit.jupiter.api.function.Executable parse, int offset, String fragment) {
        CodecException e = assertThrows(CodecException.class, parse);
        assertEquals(offset, e.offset(), e.getMessage());
        assertEquals("modbus-rtu", e.codec());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void everyPrefixIsTruncated() {
        for (String frame :
                new String[] {"01 10 00 01 00 02 04 00 0A 01 02 92 30", "01 03 06 02 2B 00 00 00 64 05 7A"}) {
            byte[] bytes = hex(frame);
            boolean request = bytes[1] == 0x10;
            for (int n = 0; n < bytes.length; n++) {
                byte[] prefix = Arrays.copyOf(bytes, n);
                CodecException e = assertThrows(CodecException.class, () -> {
                    if (request) {
                        ModbusFrame.parseRequest(prefix);
                    } else {
                        ModbusFrame.parseResponse(prefix);
                    }
                });
                assertEquals(n, e.offset(), frame + " cut at " + n);
                assertEquals("end of input", e.found());
            }
        }
    }

    @Test
    void constructorsCheckTheSpecificationsLimits() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new ModbusFrame.ReadRequest(248, ModbusFunction.READ_COILS, 0, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ModbusFrame.ReadRequest(1, ModbusFunction.READ_COILS, 0, 2001));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ModbusFrame.ReadRequest(1, ModbusFunction.WRITE_SINGLE_COIL, 0, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ModbusFrame.ReadRegistersResponse(1, ModbusFunction.READ_HOLDING_REGISTERS, new byte[3]));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ModbusFrame.WriteSingle(1, ModbusFunction.WRITE_SINGLE_COIL, 0, 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ModbusFrame.WriteMultipleRegistersRequest(1, 0, new byte[248]));
        assertThrows(
                IllegalArgumentException.class, () -> new ModbusFrame.WriteMultipleCoilsRequest(1, 0, 9, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> new ModbusFrame.ExceptionResponse(0, 3, 2));
        // Arrays are copied in and out.
        byte[] data = hex("00 01");
        ModbusFrame.ReadRegistersResponse r =
                new ModbusFrame.ReadRegistersResponse(1, ModbusFunction.READ_HOLDING_REGISTERS, data);
        data[1] = 9;
        r.data()[1] = 9;
        assertEquals(1, r.register(0));
        assertEquals(
                r.hashCode(),
                new ModbusFrame.ReadRegistersResponse(1, ModbusFunction.READ_HOLDING_REGISTERS, hex("00 01"))
                        .hashCode());
        assertTrue(r.toString().contains("0001"));
    }
}
