package vn.smartcity.iot.modbus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.ValueType;

/**
 * The codec on the Application Protocol V1.1b3 examples (section 6, server 1, CRCs cross-checked
 * in {@link ModbusFrameTest}) and on a logger layout with every register type and word order.
 */
class ModbusRtuCodecTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:03:04Z");
    private static final DecodeContext CONTEXT = DecodeContext.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    /**
     * A logger's holding registers 0-5: PM2.5 float32 word-swapped, temperature int16 in tenths,
     * an uint32 counter, and a byte-swapped uint16 status.
     */
    static final RegisterMap LOGGER = RegisterMap.of(
            RegisterMap.Entry.of("pm2.5", "ug/m3", 0, RegisterType.FLOAT32).withOrder(WordOrder.CDAB),
            RegisterMap.Entry.of("temperature", "Cel", 2, RegisterType.INT16).withScale(0.1, 0),
            RegisterMap.Entry.of("pulses", null, 3, RegisterType.UINT32),
            RegisterMap.Entry.of("status", null, 5, RegisterType.UINT16).withOrder(WordOrder.BADC));

    /** The request for registers 0-5 and the logger's answer: 23.5, -12.5 Cel, 123456, 65. */
    static final String REQUEST = "01 03 00 00 00 06 C5 C8";

    static final String RESPONSE = "01 03 0C 00 00 41 BC FF 83 00 01 E2 40 41 00 67 56";

    private final ModbusRtuCodec plain = new ModbusRtuCodec();
    private final ModbusRtuCodec logger =
            ModbusRtuCodec.builder().registerMap(LOGGER).build();

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static void assertRecord(Observation o, String name, String unit, double value) {
        assertEquals(name, o.name());
        assertEquals(unit, o.unit(), name);
        assertEquals(value, o.number(), 0, name);
        assertEquals("modbus-rtu", o.codec());
        assertEquals("1", o.source());
        assertEquals(NOW, o.time());
        assertEquals(Status.NORMAL, o.status());
        assertNull(o.rawStatus());
    }

    private static void assertBool(Observation o, String name, boolean value) {
        assertEquals(name, o.name());
        assertEquals(Value.of(value), o.value());
        assertNull(o.unit());
    }

    @Test
    void loggerExchangeThroughTheMap() {
        List<Observation> r = logger.decode(hex(REQUEST + RESPONSE), CONTEXT);
        assertEquals(4, r.size());
        assertRecord(r.get(0), "pm2.5", "ug/m3", 23.5);
        assertRecord(r.get(1), "temperature", "Cel", -12.5);
        assertRecord(r.get(2), "pulses", null, 123456);
        assertRecord(r.get(3), "status", null, 65);
    }

    @Test
    void theSpecificationsReadHoldingRegistersExample() {
        // Section 6.3 (RTU bytes as in the Hamilton Sundstrand manual): registers 108-110 = 555, 0, 100.
        List<Observation> r =
                plain.decode(hex("01 03 00 6B 00 03 74 17" + "01 03 06 02 2B 00 00 00 64 05 7A"), CONTEXT);
        assertEquals(3, r.size());
        assertRecord(r.get(0), "holding/107", null, 555);
        assertRecord(r.get(1), "holding/108", null, 0);
        assertRecord(r.get(2), "holding/109", null, 100);
    }

    @Test
    void theSpecificationsReadInputRegistersExample() {
        // Section 6.4: register 9 (address 8) = 10.
        List<Observation> r = plain.decode(hex("01 04 00 08 00 01 B0 08" + "01 04 02 00 0A 39 37"), CONTEXT);
        assertEquals(1, r.size());
        assertRecord(r.get(0), "input/8", null, 10);
    }

    @Test
    void theSpecificationsReadCoilsAndInputsExamples() {
        // Section 6.1: coils 20-38 = CD 6B 05; section 6.2: inputs 197-218 = AC DB 35.
        List<Observation> coils = plain.decode(hex("01 01 00 13 00 13 8C 02" + "01 01 03 CD 6B 05 42 82"), CONTEXT);
        assertEquals(19, coils.size());
        assertBool(coils.get(0), "coil/19", true);
        assertBool(coils.get(1), "coil/20", false);
        assertBool(coils.get(18), "coil/37", true);
        assertEquals(ValueType.BOOL, ValueType.valueOf("BOOL"));
        List<Observation> inputs = plain.decode(hex("01 02 00 C4 00 16 B8 39" + "01 02 03 AC DB 35 22 88"), CONTEXT);
        assertEquals(22, inputs.size());
        // AC = 1010 1100: inputs 197-204 = 0, 0, 1, 1, 0, 1, 0, 1.
        assertBool(inputs.get(0), "discrete/196", false);
        assertBool(inputs.get(2), "discrete/198", true);
        assertBool(inputs.get(7), "discrete/203", true);
        // 35 = 0011 0101, 6 inputs used: 213-218 = 1, 0, 1, 0, 1, 1.
        assertBool(inputs.get(21), "discrete/217", true);
    }

    @Test
    void theSpecificationsWriteExamples() {
        // Sections 6.5, 6.6, 6.11, 6.12, each request with its normal response.
        List<Observation> coil = plain.decode(hex("01 05 00 AC FF 00 4C 1B" + "01 05 00 AC FF 00 4C 1B"), CONTEXT);
        assertEquals(1, coil.size());
        assertBool(coil.get(0), "coil/172", true);
        List<Observation> register = plain.decode(hex("01 06 00 01 00 03 98 0B" + "01 06 00 01 00 03 98 0B"), CONTEXT);
        assertRecord(register.get(0), "holding/1", null, 3);
        List<Observation> coils =
                plain.decode(hex("01 0F 00 13 00 0A 02 CD 01 72 CB" + "01 0F 00 13 00 0A 24 09"), CONTEXT);
        assertEquals(10, coils.size());
        assertBool(coils.get(0), "coil/19", true);
        assertBool(coils.get(8), "coil/27", true);
        assertBool(coils.get(9), "coil/28", false);
        List<Observation> registers =
                plain.decode(hex("01 10 00 01 00 02 04 00 0A 01 02 92 30" + "01 10 00 01 00 02 10 08"), CONTEXT);
        assertRecord(registers.get(0), "holding/1", null, 10);
        assertRecord(registers.get(1), "holding/2", null, 258);
        // A write request alone carries its values.
        assertEquals(registers, plain.decode(hex("01 10 00 01 00 02 04 00 0A 01 02 92 30"), CONTEXT));
        assertEquals(coil, plain.decode(hex("01 05 00 AC FF 00 4C 1B"), CONTEXT));
    }

    @Test
    void exceptionsBecomeFaultRecords() {
        // Section 7: read coil 0x04A1 answered ILLEGAL DATA ADDRESS.
        List<Observation> r = plain.decode(hex("01 01 04 A1 00 01 AD 18" + "01 81 02 C1 91"), CONTEXT);
        assertEquals(1, r.size());
        assertEquals("coil/1185", r.get(0).name());
        assertTrue(Double.isNaN(r.get(0).number()));
        assertEquals(Status.FAULT, r.get(0).status());
        assertEquals("ILLEGAL DATA ADDRESS", r.get(0).rawStatus());
        // Through the map: every entry the request covered, gateway codes as communication errors.
        List<Observation> mapped = logger.decode(hex(REQUEST + crcHex("01 83 0B")), CONTEXT);
        assertEquals(4, mapped.size());
        for (Observation o : mapped) {
            assertEquals(Status.COMMUNICATION_ERROR, o.status());
            assertEquals("GATEWAY TARGET DEVICE FAILED TO RESPOND", o.rawStatus());
            assertEquals(Statistic.SAMPLE, o.statistic());
        }
        assertEquals("ug/m3", mapped.get(0).unit());
        // An undefined code keeps its value as the raw status.
        List<Observation> unknown = plain.decode(hex("01 03 00 00 00 01 84 0A" + crcHex("01 83 0C")), CONTEXT);
        assertEquals(Status.UNKNOWN, unknown.get(0).status());
        assertEquals("0x0C", unknown.get(0).rawStatus());
    }

    private static String crcHex(String hex) {
        return HexFormat.of().formatHex(ModbusCrc.append(hex(hex)));
    }

    @Test
    void responseModeReadsAResponseAlone() {
        ModbusRtuCodec responses =
                ModbusRtuCodec.builder().registerMap(LOGGER).startAddress(0).build();
        assertEquals(logger.decode(hex(REQUEST + RESPONSE), CONTEXT), responses.decode(hex(RESPONSE), CONTEXT));
        // Starting at 2, the same bytes would be registers 2-7: only entries wholly inside count.
        ModbusRtuCodec shifted = ModbusRtuCodec.builder().startAddress(2).build();
        List<Observation> r = shifted.decode(hex(RESPONSE), CONTEXT);
        assertEquals(6, r.size());
        assertEquals("holding/2", r.get(0).name());
        List<Observation> fault = responses.decode(hex("01 83 02 C0 F1"), CONTEXT);
        assertEquals(4, fault.size());
        assertEquals(Status.FAULT, fault.get(0).status());
        // An exchange read as a response: byte count 0 makes a 5-byte frame whose CRC fails.
        CodecException e = assertThrows(CodecException.class, () -> responses.decode(hex(REQUEST + RESPONSE), CONTEXT));
        assertEquals(3, e.offset());
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());
        CodecException bits =
                assertThrows(CodecException.class, () -> responses.decode(hex("01 01 03 CD 6B 05 42 82"), CONTEXT));
        assertEquals(1, bits.offset());
    }

    @Test
    void sourceNameWinsOverTheServerAddress() {
        List<Observation> r = plain.decode(
                hex("01 04 00 08 00 01 B0 08" + "01 04 02 00 0A 39 37"), CONTEXT.withSourceName("tram-01"));
        assertEquals("tram-01", r.get(0).source());
    }

    // ---------------------------------------------------------------- encoding

    private static Observation obs(String name, String unit, double value) {
        return Observation.of("1", name, unit, value, NOW);
    }

    private static List<Observation> loggerRecords() {
        return List.of(
                obs("pm2.5", "ug/m3", 23.5),
                obs("temperature", "Cel", -12.5),
                obs("pulses", null, 123456),
                obs("status", null, 65));
    }

    @Test
    void encodesAWriteMultipleRegistersRequest() {
        byte[] frame = logger.encode(loggerRecords());
        assertArrayEquals(hex("01 10 00 00 00 06 0C 00 00 41 BC FF 83 00 01 E2 40 41 00 FE F1"), frame);
        List<Observation> back = logger.decode(frame, CONTEXT);
        assertEquals(
                loggerRecords().stream()
                        .map(o -> o.withCodec(ModbusRtuCodec.ID))
                        .toList(),
                back);
        assertArrayEquals(frame, logger.encode(back));
        // The spec's section 6.12 request, from plain names.
        assertArrayEquals(
                hex("01 10 00 01 00 02 04 00 0A 01 02 92 30"),
                plain.encode(List.of(obs("holding/1", null, 10), obs("holding/2", null, 258))));
    }

    @Test
    void encodesAReadResponseInResponseMode() {
        ModbusRtuCodec responses =
                ModbusRtuCodec.builder().registerMap(LOGGER).startAddress(0).build();
        byte[] frame = responses.encode(loggerRecords());
        assertArrayEquals(hex(RESPONSE), frame);
        assertEquals(
                loggerRecords().stream()
                        .map(o -> o.withCodec(ModbusRtuCodec.ID))
                        .toList(),
                responses.decode(frame, CONTEXT));
        // Registers no record names go out as 0; another server address.
        ModbusRtuCodec server2 =
                ModbusRtuCodec.builder().startAddress(0).unit(2).build();
        assertArrayEquals(
                hex("02 03 06 00 00 00 01 00 02 E5 84"),
                server2.encode(List.of(obs("holding/1", null, 1), obs("holding/2", null, 2))));
    }

    @Test
    void encodingConvertsUnits() {
        // 300.15 K is 27.0 Cel, 270 tenths.
        List<Observation> records = new ArrayList<>(loggerRecords());
        records.set(1, obs("temperature", "K", 300.15));
        List<Observation> back = logger.decode(logger.encode(records), CONTEXT);
        assertEquals(27.0, back.get(1).number(), 0);
    }

    @Test
    void encodingRejectsWhatTheFrameCannotCarry() {
        assertEncodeError(logger, List.of(obs("wind", null, 1)), "record 0: the name of an entry of the register map");
        assertEncodeError(plain, List.of(obs("input/1", null, 1)), "record 0: a name holding/<address>");
        assertEncodeError(plain, List.of(obs("holding/65536", null, 1)), "a name holding/<address> (0 to 65535)");
        assertEncodeError(
                logger,
                List.of(obs("temperature", "Cel", 3276.8)),
                "record 0 (temperature): a value whose raw register value fits INT16");
        assertEncodeError(logger, List.of(obs("status", null, -1)), "fits UINT16");
        assertEncodeError(logger, List.of(obs("status", null, Double.NaN)), "fits UINT16");
        assertEncodeError(logger, List.of(obs("pm2.5", "ug/m3", 1e39)), "fits FLOAT32");
        assertEncodeError(logger, List.of(obs("temperature", "m", 1)), "a unit convertible to Cel");
        assertEncodeError(logger, List.of(obs("status", "%", 1)), "no unit");
        assertEncodeError(logger, List.of(obs("pm2.5", "ug/m3", 1), obs("status", null, 1)), "without a gap");
        assertEncodeError(
                plain,
                List.of(obs("holding/1", null, 1), obs("holding/1", null, 2)),
                "record 1 (holding/1): a register no earlier record writes");
        assertEncodeError(
                plain, List.of(obs("holding/0", null, 1), obs("holding/123", null, 2)), "records within 123 registers");
        assertEncodeError(
                ModbusRtuCodec.builder().startAddress(10).build(),
                List.of(obs("holding/9", null, 1)),
                "records at or after start address 10");
        assertEncodeError(plain, List.of(), "at least one record");
        Observation text = new Observation(
                "1", "", "holding/1", null, Value.of("x"), null, NOW, Statistic.SAMPLE, Status.NORMAL, null);
        assertEncodeError(plain, List.of(text), "a numeric or boolean value");
    }

    private static void assertEncodeError(ModbusRtuCodec codec, List<Observation> records, String fragment) {
        CodecException e = assertThrows(CodecException.class, () -> codec.encode(records));
        assertEquals(-1, e.offset());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    // ---------------------------------------------------------------- rejection

    @Test
    void mismatchedExchangesAreRejectedAtTheirByte() {
        assertDecodeError(
                plain,
                REQUEST + crcHex("02 03 0C 00 00 41 BC FF 83 00 01 E2 40 41 00"),
                8,
                "the response of server 1, found server 2");
        assertDecodeError(
                plain,
                REQUEST + crcHex("01 04 0C 00 00 41 BC FF 83 00 01 E2 40 41 00"),
                9,
                "function 0x03 or its exception 0x83, found 0x04");
        assertDecodeError(
                plain,
                REQUEST + crcHex("01 03 0A 00 00 41 BC FF 83 00 01 E2 40"),
                10,
                "a byte count of 12 for the quantity requested, found 10");
        assertDecodeError(
                plain,
                "01 06 00 01 00 03 98 0B" + crcHex("01 06 00 01 00 04"),
                13,
                "the echo of the request's address and value, found 04");
        assertDecodeError(
                plain,
                "01 10 00 01 00 02 04 00 0A 01 02 92 30" + crcHex("01 10 00 02 00 02"),
                16,
                "the request's address and quantity");
        assertDecodeError(plain, REQUEST, 8, "the response frame after the function 3 request, found end of input");
        assertDecodeError(plain, REQUEST + RESPONSE + "00", 25, "the end of input after the frame");
        assertDecodeError(
                plain, crcHex("00 06 00 01 00 03") + "01 06 00 01 00 03 98 0B", 8, "servers do not answer address 0");
        assertDecodeError(
                plain, REQUEST + RESPONSE.replace("67 56", "67 57"), 23, "expected CRC bytes 67 56, found 67 57");
        assertDecodeError(plain, "", 0, "a request's server address and function code");
    }

    private static void assertDecodeError(ModbusRtuCodec codec, String hex, int offset, String fragment) {
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(hex(hex), CONTEXT));
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void everyPrefixOfAnExchangeIsRejectedAtItsEnd() {
        byte[] exchange = hex(REQUEST + RESPONSE);
        for (int n = 0; n < exchange.length; n++) {
            byte[] prefix = Arrays.copyOf(exchange, n);
            CodecException e = assertThrows(CodecException.class, () -> logger.decode(prefix, CONTEXT), "prefix " + n);
            assertEquals(n, e.offset(), "prefix " + n + ": " + e.getMessage());
        }
    }

    @Test
    void mutatedInputOnlyEverThrowsCodecException() {
        List<byte[]> seeds = List.of(
                hex(REQUEST + RESPONSE),
                hex("01 01 00 13 00 13 8C 02" + "01 01 03 CD 6B 05 42 82"),
                hex("01 10 00 01 00 02 04 00 0A 01 02 92 30" + "01 10 00 01 00 02 10 08"),
                hex("01 0F 00 13 00 0A 02 CD 01 72 CB"),
                hex("01 03 00 00 00 01 84 0A" + "01 83 02 C0 F1"));
        ModbusRtuCodec responses =
                ModbusRtuCodec.builder().registerMap(LOGGER).startAddress(0).build();
        Random random = new Random(20260301L);
        int accepted = 0;
        for (int i = 0; i < 6000; i++) {
            byte[] seed = seeds.get(i % seeds.size());
            byte[] input = Arrays.copyOf(seed, random.nextInt(seed.length + 4));
            for (int m = random.nextInt(3); m >= 0; m--) {
                if (input.length > 0) {
                    input[random.nextInt(input.length)] = (byte) random.nextInt(256);
                }
            }
            if (i % 7 == 0 && input.length > 4) {
                // Keep some mutants' CRCs valid so that the field checks run too.
                byte[] body = Arrays.copyOf(input, input.length - 2);
                input = ModbusCrc.append(body);
            }
            for (ModbusRtuCodec codec : List.of(plain, logger, responses)) {
                codec.looksLike(input, 0, input.length);
                try {
                    codec.decode(input, 0, input.length, CONTEXT, r -> {});
                    accepted++;
                } catch (CodecException e) {
                    assertTrue(e.offset() >= 0 && e.offset() <= input.length, e.getMessage());
                }
            }
            try {
                ModbusFrame.parseRequest(input);
            } catch (CodecException e) {
                assertTrue(e.offset() >= 0);
            }
            try {
                ModbusFrame.parseResponse(input);
            } catch (CodecException e) {
                assertTrue(e.offset() >= 0);
            }
        }
        assertTrue(accepted > 0);
    }

    // ---------------------------------------------------------------- hot path and plugin

    @Test
    void hotPathHandsOutTheValues() {
        byte[] buffer = hex("FF FF" + REQUEST + RESPONSE + "EE");
        double[] values = new double[4];
        int[] i = {0};
        int n = logger.decode(buffer, 2, buffer.length - 3, CONTEXT, r -> {
            assertEquals(ValueType.NUMBER, r.valueType());
            assertEquals("1", r.source().toString());
            assertEquals(NOW.getEpochSecond(), r.epochSecond());
            values[i[0]++] = r.number();
        });
        assertEquals(4, n);
        assertArrayEquals(new double[] {23.5, -12.5, 123456, 65}, values);
    }

    /**
     * The codec works out each entry's scaling once; its values must be bit for bit those of
     * {@link RegisterMap.Entry#value(double)} and of the formula the codec used before (written out
     * here), for scales whose inverse is whole, scales whose inverse is not, and offsets. Synthetic
     * registers.
     */
    @Test
    void precomputedScalingGivesTheSameBitsAsTheEntry() {
        double[] scales = {1, 0.1, 0.01, 0.001, 0.5, 0.25, 0.2, 2, 3, 0.3, 1.0 / 7, 1e-5, -0.1, 1e-300};
        double[] offsets = {0, -40, 0.1, 273.15};
        List<RegisterMap.Entry> list = new ArrayList<>();
        for (int i = 0; i < scales.length * offsets.length; i++) {
            list.add(RegisterMap.Entry.of("v" + i, i % 3 == 0 ? null : "Cel", i, RegisterType.INT16)
                    .withScale(scales[i / offsets.length], offsets[i % offsets.length]));
        }
        ModbusRtuCodec codec = ModbusRtuCodec.builder()
                .registerMap(RegisterMap.of(list))
                .startAddress(0)
                .build();
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            byte[] registers = new byte[2 * list.size()];
            random.nextBytes(registers);
            registers[0] = (byte) 0x80; // -32768 and 32767 among the raw values
            registers[1] = 0;
            registers[2] = 0x7F;
            registers[3] = (byte) 0xFF;
            byte[] frame =
                    new ModbusFrame.ReadRegistersResponse(1, ModbusFunction.READ_HOLDING_REGISTERS, registers).encode();
            List<Observation> records = codec.decode(frame, CONTEXT);
            assertEquals(list.size(), records.size());
            for (int k = 0; k < list.size(); k++) {
                RegisterMap.Entry e = list.get(k);
                double raw = (short) (((registers[2 * k] & 0xFF) << 8) | (registers[2 * k + 1] & 0xFF));
                double inverse = 1 / e.scale();
                double before = (inverse == Math.rint(inverse) ? raw / inverse : raw * e.scale()) + e.offset();
                double decoded = records.get(k).number();
                assertEquals(Double.doubleToRawLongBits(before), Double.doubleToRawLongBits(decoded), e.toString());
                assertEquals(Double.doubleToRawLongBits(e.value(raw)), Double.doubleToRawLongBits(decoded));
                assertEquals(e.unit(), records.get(k).unit(), e.name());
            }
        }
    }

    /**
     * The codec reads each entry with its byte positions worked out once; the values must be those
     * of {@link Registers#read} for every type and word order. Synthetic registers, with the extreme
     * values of each type among them.
     */
    @Test
    void everyTypeAndWordOrderReadsAsRegistersReadsIt() {
        List<RegisterMap.Entry> list = new ArrayList<>();
        int address = 0;
        for (RegisterType type : RegisterType.values()) {
            for (WordOrder order : WordOrder.values()) {
                list.add(RegisterMap.Entry.of(type + "-" + order, null, address, type)
                        .withOrder(order));
                address += type.words();
            }
        }
        ModbusRtuCodec codec = ModbusRtuCodec.builder()
                .registerMap(RegisterMap.of(list))
                .startAddress(0)
                .build();
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            byte[] registers = new byte[2 * address];
            if (round == 0) {
                Arrays.fill(registers, (byte) 0xFF);
            } else if (round == 1) {
                Arrays.fill(registers, (byte) 0x80);
            } else if (round > 2) {
                random.nextBytes(registers);
            }
            byte[] frame =
                    new ModbusFrame.ReadRegistersResponse(1, ModbusFunction.READ_HOLDING_REGISTERS, registers).encode();
            List<Observation> records = codec.decode(frame, CONTEXT);
            assertEquals(list.size(), records.size());
            for (int k = 0; k < list.size(); k++) {
                RegisterMap.Entry e = list.get(k);
                double expected = Registers.read(e.type(), e.order(), registers, 2 * e.address());
                assertEquals(
                        Double.doubleToRawLongBits(expected),
                        Double.doubleToRawLongBits(records.get(k).number()),
                        e.name() + " of " + HexFormat.of().formatHex(registers));
            }
        }
    }

    /** Units that are equal texts in distinct instances, and no unit between them, are each right. */
    @Test
    void unitsChangeFromRecordToRecordEvenAsDistinctEqualStrings() {
        String[] units = {new String("Cel"), null, new String("Cel"), "ug/m3", null, null, new String("ug/m3")};
        List<RegisterMap.Entry> list = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            list.add(RegisterMap.Entry.of("v" + i, units[i], i, RegisterType.UINT16));
        }
        ModbusRtuCodec codec = ModbusRtuCodec.builder()
                .registerMap(RegisterMap.of(list))
                .startAddress(0)
                .build();
        byte[] frame = new ModbusFrame.ReadRegistersResponse(
                        1, ModbusFunction.READ_HOLDING_REGISTERS, new byte[2 * units.length])
                .encode();
        List<String> seen = new ArrayList<>();
        codec.decode(frame, 0, frame.length, CONTEXT, r -> {
            seen.add(r.name() + "=" + r.unit() + "," + r.statistic() + "," + r.status() + "," + r.rawStatus() + ","
                    + r.hasSum() + "," + r.epochSecond());
        });
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            expected.add("v" + i + "=" + units[i] + ",SAMPLE,NORMAL,null,false," + NOW.getEpochSecond());
        }
        assertEquals(expected, seen);
    }

    @Test
    void looksLike() {
        assertTrue(plain.looksLike(hex(REQUEST + RESPONSE), 0, 25));
        assertTrue(plain.looksLike(hex(RESPONSE), 0, 17));
        assertTrue(plain.looksLike(hex("01 03 00 00 00 01 84 0A"), 0, 8));
        assertFalse(plain.looksLike(hex("01 03 00 00 00 01 84 0B"), 0, 8));
        assertFalse(plain.looksLike(hex("03 67 01 10 05 67 00 FF"), 0, 8));
        assertFalse(plain.looksLike(new byte[3], 0, 3));
    }

    @Test
    void isAPlugin() {
        assertEquals("modbus-rtu", plain.id());
        assertTrue(plain.canEncode());
        assertFalse(plain.description().isBlank());
        assertTrue(plain.registerMap().isEmpty());
        assertThrows(
                IllegalArgumentException.class, () -> ModbusRtuCodec.builder().unit(0));
        assertThrows(
                IllegalArgumentException.class, () -> ModbusRtuCodec.builder().startAddress(65536));
    }
}
