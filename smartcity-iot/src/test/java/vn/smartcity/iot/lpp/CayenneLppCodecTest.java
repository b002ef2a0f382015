package vn.smartcity.iot.lpp;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ParameterCatalogue;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.ValueType;

/**
 * Vectors from the myDevices Cayenne LPP documentation (its examples are reproduced in the
 * myDevicesIoT/CayenneLPP README), from the ElectronicCats/CayenneLPP library's unit tests
 * ({@code test/aunit/main.cpp} at commit {@code e3defd7}), from aabadie/cayenne-lpp's tests
 * ({@code tests/check_cayenne_lpp.c} at commit {@code 13b458a}) and from The Things Industries'
 * CayenneLPP payload-formatter page.
 */
class CayenneLppCodecTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:03:04Z");
    private static final DecodeContext CONTEXT =
            DecodeContext.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)).withSourceName("a84041000181c061");

    private final CayenneLppCodec codec = new CayenneLppCodec();

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private List<Observation> decode(String hex) {
        return codec.decode(hex(hex), CONTEXT);
    }

    private static void assertRecord(Observation o, String name, String unit, double value) {
        assertEquals(name, o.name());
        assertEquals(unit, o.unit(), name);
        assertEquals(value, o.number(), 0, name);
        assertEquals(CayenneLppCodec.ID, o.codec());
        assertEquals("a84041000181c061", o.source());
        assertEquals(NOW, o.time());
        assertEquals(Status.NORMAL, o.status());
        assertEquals(Statistic.SAMPLE, o.statistic());
        assertNull(o.rawStatus());
    }

    @Test
    void twoTemperatureSensors() {
        // myDevices documentation, "Device with 2 temperature sensors": 0110 = 272 => 27.2 °C,
        // 00FF = 255 => 25.5 °C.
        List<Observation> r = decode("03 67 01 10 05 67 00 FF");
        assertEquals(2, r.size());
        assertRecord(r.get(0), "3/temperature", "Cel", 27.2);
        assertRecord(r.get(1), "5/temperature", "Cel", 25.5);
    }

    @Test
    void negativeTemperature() {
        // myDevices documentation, "Device with temperature and acceleration sensors", frame N:
        // FFD7 = -41 => -4.1 °C.
        List<Observation> r = decode("01 67 FF D7");
        assertEquals(1, r.size());
        assertRecord(r.get(0), "1/temperature", "Cel", -4.1);
    }

    @Test
    void accelerometer() {
        // myDevices documentation, same example, frame N+1: X 04D2 = +1.234 G, Y FB2E = -1.234 G,
        // Z 0000 = 0 G.
        List<Observation> r = decode("06 71 04 D2 FB 2E 00 00");
        assertEquals(3, r.size());
        assertRecord(r.get(0), "6/accelerometer/x", "[g]", 1.234);
        assertRecord(r.get(1), "6/accelerometer/y", "[g]", -1.234);
        assertRecord(r.get(2), "6/accelerometer/z", "[g]", 0);
    }

    @Test
    void gps() {
        // The GPS example of the Cayenne LPP documentation (addGPS(1, 42.3519, -87.9094, 10)), as
        // smlng/pycayennelpp cayennelpp/tests/test_lpp_frame.py (commit 12f3cb0) and
        // KiwiBryn/dotNetCayenneLppEncoderDecoder test it: lat 06765F, lon F2960A, alt 0003E8.
        List<Observation> r = decode("01 88 06 76 5F F2 96 0A 00 03 E8");
        assertEquals(3, r.size());
        assertRecord(r.get(0), "1/gps/latitude", "deg", 42.3519);
        assertRecord(r.get(1), "1/gps/longitude", "deg", -87.9094);
        assertRecord(r.get(2), "1/gps/altitude", "m", 10);
    }

    @Test
    void gpsAsTheLibrariesEncodeIt() {
        // aabadie/cayenne-lpp tests/check_cayenne_lpp.c (commit 13b458a) and ElectronicCats
        // test/aunit/main.cpp encode 42.3519 by truncating the float: 06765E = 42.3518.
        List<Observation> r = decode("01 88 06 76 5E F2 96 0A 00 03 E8");
        assertRecord(r.get(0), "1/gps/latitude", "deg", 42.3518);
    }

    @Test
    void theThingsStackExample() {
        // The Things Industries docs, integrations/payload-formatters/cayenne: frm_payload
        // "AHMnvwBnAN4=" => barometric_pressure_0 1017.5, temperature_0 22.2.
        List<Observation> r = codec.decode(java.util.Base64.getDecoder().decode("AHMnvwBnAN4="), CONTEXT);
        assertEquals(2, r.size());
        assertRecord(r.get(0), "0/pressure", "hPa", 1017.5);
        assertRecord(r.get(1), "0/temperature", "Cel", 22.2);
    }

    /**
     * One field per type. Sources: EC = ElectronicCats/CayenneLPP test/aunit/main.cpp at e3defd7
     * (EncoderTest/DecoderTest), AA = aabadie/cayenne-lpp tests/check_cayenne_lpp.c at 13b458a.
     */
    @ParameterizedTest(name = "{0} -> {1} = {3}")
    @CsvSource({
        "00 00 0A,            0/digital_in,   ,       10", // AA digital_input
        "01 01 19,            1/digital_out,  ,       25", // AA digital_output
        "00 02 02 08,         0/analog_in,    ,       5.2", // AA analog_input
        "01 03 09 CE,         1/analog_out,   ,       25.1", // AA analog_output
        "0A 65 00 7B,         10/luminosity,  lx,     123", // AA luminosity
        "05 66 01,            5/presence,     ,       1", // AA presence
        "05 67 FF D1,         5/temperature,  Cel,    -4.7", // EC Negative_Temperature
        "02 68 6C,            2/humidity,     %,      54", // EC Humidity
        "03 68 61,            3/humidity,     %,      48.5", // AA relative_humidity
        "01 64 00 00 03 E6,   1/generic,      ,       998", // EC Generic_Sensor
        "03 74 57 B8,         3/voltage,      V,      224.56", // EC Voltage
        "01 75 00 ED,         1/current,      A,      0.237", // EC Current
        "01 76 33 BE 27 A0,   1/frequency,    Hz,     868100000", // EC Frequency
        "05 79 FF EF,         5/altitude,     m,      -17", // EC Altitude
        "05 7D 0F EF,         5/concentration, [ppm], 4079", // EC Concentration (its data bytes)
        "05 80 0D 7A,         5/power,        W,      3450", // EC Power
        "01 80 FF FF,         1/power,        W,      65535", // EC Limit
        "01 82 00 00 00 22,   1/distance,     m,      0.034", // EC Distance
        "01 83 00 79 5B 30,   1/energy,       kW.h,   7953.2", // EC Energy
        "01 84 01 00,         1/direction,    deg,    256", // EC Direction
        "05 8E 01,            5/switch,       ,       1", // EC Switch
    })
    void publishedSingleValueFields(String hex, String name, String unit, double value) {
        List<Observation> r = decode(hex);
        assertEquals(1, r.size());
        assertRecord(r.get(0), name, unit, value);
    }

    @Test
    void gyrometer() {
        // aabadie/cayenne-lpp tests/check_cayenne_lpp.c: add_gyrometer(2, 5.3, 4.2, -2.3) gives
        // 02 86 02 12 01 A3 FF 1A (4.2 truncated to 419).
        List<Observation> r = decode("02 86 02 12 01 A3 FF 1A");
        assertRecord(r.get(0), "2/gyrometer/x", "deg/s", 5.3);
        assertRecord(r.get(1), "2/gyrometer/y", "deg/s", 4.19);
        assertRecord(r.get(2), "2/gyrometer/z", "deg/s", -2.3);
    }

    @Test
    void colourGivesThreeDimensionlessRecords() {
        List<Observation> r = decode("07 87 18 EF 0F");
        assertRecord(r.get(0), "7/colour/r", null, 24);
        assertRecord(r.get(1), "7/colour/g", null, 239);
        assertRecord(r.get(2), "7/colour/b", null, 15);
    }

    @Test
    void unixTimeStampsItsOwnRecord() {
        // 0x6A000000 = 1778384896 s = 2026-05-10T03:48:16Z.
        List<Observation> r = decode("09 85 6A 00 00 00 03 67 01 10");
        assertEquals("9/time", r.get(0).name());
        assertEquals("s", r.get(0).unit());
        assertEquals(1778384896, r.get(0).number(), 0);
        assertEquals(Instant.ofEpochSecond(1778384896L), r.get(0).time());
        assertEquals(NOW, r.get(1).time());
    }

    @Test
    void voltageAndCurrentSignedByDefaultUnsignedOnRequest() {
        // ElectronicCats commit 1a08320 made voltage and current signed: 9C40 = -25536 => -255.36 V.
        assertEquals(-255.36, decode("01 74 9C 40").get(0).number(), 0);
        assertEquals(-0.001, decode("01 75 FF FF").get(0).number(), 0);
        CayenneLppCodec legacy =
                CayenneLppCodec.builder().unsignedVoltageAndCurrent(true).build();
        assertEquals(400.0, legacy.decode(hex("01 74 9C 40"), CONTEXT).get(0).number(), 0);
        assertEquals(65.535, legacy.decode(hex("01 75 FF FF"), CONTEXT).get(0).number(), 0);
        assertArrayEquals(hex("01 74 9C 40"), legacy.encode(List.of(obs("1/voltage", "V", 400))));
        CodecException e = assertThrows(CodecException.class, () -> codec.encode(List.of(obs("1/voltage", "V", 400))));
        assertTrue(e.getMessage().contains("-327.68 to 327.67 V"), e.getMessage());
    }

    @Test
    void noSourceNameGivesAnEmptySource() {
        List<Observation> r =
                codec.decode(hex("03 67 01 10"), DecodeContext.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));
        assertEquals("", r.get(0).source());
    }

    @Test
    void namesMapOntoTheCatalogue() {
        ParameterCatalogue catalogue = ParameterCatalogue.standard();
        List<Observation> r = decode("03 67 01 10 04 68 61");
        assertEquals(
                "temperature", catalogue.find(r.get(0).name()).orElseThrow().id());
        assertEquals("humidity", catalogue.find(r.get(1).name()).orElseThrow().id());
    }

    @Test
    void typeTable() {
        assertEquals(Optional.of(LppType.GPS), LppType.forCode(0x88));
        assertEquals(Optional.empty(), LppType.forCode(0x24));
        assertEquals(Optional.empty(), LppType.forCode(300));
        assertEquals(Optional.of(LppType.TEMPERATURE), LppType.forName("Temperature"));
        assertEquals(9, LppType.GPS.size());
        assertEquals(List.of("latitude", "longitude", "altitude"), LppType.GPS.axes());
        assertEquals(0.0001, LppType.GPS.resolution(0), 0);
        assertEquals("m", LppType.GPS.unit(2));
        assertEquals(3, LppType.COLOUR.valueCount());
        assertTrue(LppType.ALTITUDE.isSigned());
        assertFalse(LppType.PRESSURE.isSigned());
        // Sizes from ElectronicCats src/CayenneLPP.h at e3defd7 (LPP_*_SIZE).
        int[][] sizes = {
            {0, 1}, {1, 1}, {2, 2}, {3, 2}, {100, 4}, {101, 2}, {102, 1}, {103, 2}, {104, 1}, {113, 6}, {115, 2},
            {116, 2}, {117, 2}, {118, 4}, {120, 1}, {121, 2}, {125, 2}, {128, 2}, {130, 4}, {131, 4}, {132, 2},
            {133, 4}, {134, 6}, {135, 3}, {136, 9}, {142, 1}
        };
        assertEquals(sizes.length, LppType.values().length);
        for (int[] s : sizes) {
            assertEquals(s[1], LppType.forCode(s[0]).orElseThrow().size(), "type " + s[0]);
        }
    }

    // ---------------------------------------------------------------- encoding

    private static Observation obs(String name, String unit, double value) {
        return Observation.of("a84041000181c061", name, unit, value, NOW);
    }

    @Test
    void encodesThePublishedFrames() {
        // Canonical format: encode(decode(bytes)) == bytes for the documentation's frames.
        for (String frame : List.of(
                "03 67 01 10 05 67 00 FF",
                "01 67 FF D7",
                "06 71 04 D2 FB 2E 00 00",
                "01 88 06 76 5F F2 96 0A 00 03 E8",
                "00 73 27 BF 00 67 00 DE",
                "02 86 02 12 01 A3 FF 1A")) {
            assertArrayEquals(hex(frame), codec.encode(decode(frame)), frame);
        }
    }

    @Test
    void encodesAsTheLibraryDoes() {
        // ElectronicCats test/aunit/main.cpp EncoderTest Multichannel: addTemperature(3, 27.2),
        // addRelativeHumidity(2, 54) => 03 67 01 10 02 68 6C.
        assertArrayEquals(
                hex("03 67 01 10 02 68 6C"),
                codec.encode(List.of(obs("3/temperature", "Cel", 27.2), obs("2/humidity", "%", 54))));
        // EncoderTest Accelerometer and GPS (the docs' rounding of 42.3519, where the library truncates).
        assertArrayEquals(
                hex("06 71 04 D2 FB 2E 00 00"),
                codec.encode(List.of(
                        obs("6/accelerometer/x", "[g]", 1.234),
                        obs("6/accelerometer/y", "[g]", -1.234),
                        obs("6/accelerometer/z", "[g]", 0))));
    }

    @Test
    void roundTripEveryType() {
        List<Observation> records = new ArrayList<>();
        int channel = 0;
        for (LppType type : LppType.values()) {
            channel++;
            for (int axis = 0; axis < type.valueCount(); axis++) {
                String name = channel + "/" + type.typeName()
                        + (type.axes().isEmpty() ? "" : "/" + type.axes().get(axis));
                double step = type.resolution(axis);
                double value = type.isSigned() ? -3 * step : 7 * step;
                if (type == LppType.UNIX_TIME) {
                    records.add(Observation.of(
                            "a84041000181c061", name, "s", 1.7e9, Instant.ofEpochSecond(1_700_000_000L)));
                } else {
                    records.add(obs(name, type.unit(axis), Math.round(value / step) / (1 / step)));
                }
            }
        }
        byte[] bytes = codec.encode(records);
        List<Observation> decoded = codec.decode(bytes, CONTEXT);
        assertEquals(records.size(), decoded.size());
        for (int i = 0; i < records.size(); i++) {
            assertEquals(
                    records.get(i).withCodec(CayenneLppCodec.ID),
                    decoded.get(i),
                    records.get(i).name());
        }
        assertArrayEquals(bytes, codec.encode(decoded));
    }

    @Test
    void encodesBooleansAndConvertsUnits() {
        Observation on = new Observation(
                "", "", "5/switch", null, Value.of(true), null, NOW, Statistic.SAMPLE, Status.NORMAL, null);
        assertArrayEquals(hex("05 8E 01"), codec.encode(List.of(on)));
        // 300.15 K = 27.0 Cel; 101.75 kPa = 1017.5 hPa.
        assertArrayEquals(hex("03 67 01 0E"), codec.encode(List.of(obs("3/temperature", "K", 300.15))));
        assertArrayEquals(hex("00 73 27 BF"), codec.encode(List.of(obs("0/PRESSURE", "kPa", 101.75))));
    }

    @Test
    void encodingRejectsWhatLppCannotCarry() {
        assertEncodeError(
                List.of(obs("3/temperature", "Cel", 3276.8)),
                "record 0 (3/temperature): a value from -3276.8 to 3276.7 Cel");
        assertEncodeError(List.of(obs("3/humidity", "%", -1)), "a value from 0.0 to 127.5 %");
        assertEncodeError(List.of(obs("3/temperature", "Cel", Double.NaN)), "a value from");
        assertEncodeError(List.of(obs("256/temperature", "Cel", 1)), "a channel of 0 to 255");
        assertEncodeError(List.of(obs("temperature", "Cel", 1)), "record 0: a name <channel>/<type>[/<axis>]");
        assertEncodeError(List.of(obs("3/temp", "Cel", 1)), "a Cayenne LPP type name");
        assertEncodeError(List.of(obs("3/temperature/x", "Cel", 1)), "no axis after temperature");
        assertEncodeError(List.of(obs("3/temperature", "m", 1)), "a unit convertible to Cel");
        assertEncodeError(List.of(obs("3/presence", "lx", 1)), "no unit, presence is dimensionless");
        assertEncodeError(List.of(obs("6/accelerometer/w", "[g]", 1)), "an axis of accelerometer (x, y, z)");
        assertEncodeError(List.of(obs("6/accelerometer/y", "[g]", 1)), "record 0: 6/accelerometer/x");
        assertEncodeError(
                List.of(obs("6/accelerometer/x", "[g]", 1), obs("6/accelerometer/z", "[g]", 1)),
                "record 1 to be 6/accelerometer/y");
        assertEncodeError(List.of(obs("6/accelerometer/x", "[g]", 1)), "found end of records");
        assertEncodeError(List.of(), "at least one record");
        Observation text = new Observation(
                "", "", "3/temperature", "Cel", Value.of("warm"), null, NOW, Statistic.SAMPLE, Status.NORMAL, null);
        assertEncodeError(List.of(text), "a numeric or boolean value");
    }

    private void assertEncodeError(List<Observation> records, String fragment) {
        CodecException e = assertThrows(CodecException.class, () -> codec.encode(records));
        assertEquals(-1, e.offset());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    // ---------------------------------------------------------------- rejection

    @Test
    void unknownTypeIsReportedAtItsByte() {
        // ElectronicCats DecoderTest UnknownType: 03 24 01 10 (0x24 is no type).
        CodecException e = assertThrows(CodecException.class, () -> decode("03 67 01 10 03 24 01 10"));
        assertEquals(5, e.offset());
        assertEquals("36 (0x24)", e.found());
        assertTrue(e.getMessage().startsWith("cayenne-lpp: at byte 5: expected a Cayenne LPP data type"));
    }

    @Test
    void truncatedFieldIsReportedAtTheEndOfInput() {
        // ElectronicCats DecoderTest Overflow: 05 67 FF (temperature needs 2 bytes).
        CodecException e = assertThrows(CodecException.class, () -> decode("05 67 FF"));
        assertEquals(3, e.offset());
        assertEquals(
                "cayenne-lpp: at byte 3: expected 2 data bytes of temperature (type 103) on channel 5, found 1 bytes",
                e.getMessage());
        CodecException empty = assertThrows(CodecException.class, () -> decode(""));
        assertEquals(0, empty.offset());
        CodecException noType = assertThrows(CodecException.class, () -> decode("03 67 01 10 05"));
        assertEquals(5, noType.offset());
        assertEquals("end of input", noType.found());
    }

    @Test
    void everyPrefixCuttingAFieldIsRejected() {
        byte[] frame = hex("03 67 01 10 06 71 04 D2 FB 2E 00 00 01 88 06 76 5F F2 96 0A 00 03 E8");
        List<Integer> boundaries = List.of(0, 4, 12, 23);
        for (int n = 0; n < frame.length; n++) {
            byte[] prefix = java.util.Arrays.copyOf(frame, n);
            if (boundaries.contains(n) && n > 0) {
                codec.decode(prefix, CONTEXT);
                assertTrue(codec.looksLike(prefix, 0, n));
            } else {
                CodecException e =
                        assertThrows(CodecException.class, () -> codec.decode(prefix, CONTEXT), "prefix " + n);
                assertEquals(n, e.offset(), "prefix " + n);
                assertFalse(codec.looksLike(prefix, 0, n));
            }
        }
    }

    @Test
    void mutatedInputOnlyEverThrowsCodecException() {
        List<byte[]> seeds = List.of(
                hex("03 67 01 10 05 67 00 FF"),
                hex("01 88 06 76 5F F2 96 0A 00 03 E8 06 71 04 D2 FB 2E 00 00"),
                hex("09 85 6A 00 00 00 07 87 18 EF 0F 01 83 00 79 5B 30"));
        Random random = new Random(20260301L);
        int accepted = 0;
        for (int i = 0; i < 5000; i++) {
            byte[] seed = seeds.get(i % seeds.size());
            byte[] input = java.util.Arrays.copyOf(seed, random.nextInt(seed.length + 4));
            for (int m = random.nextInt(4); m >= 0; m--) {
                if (input.length > 0) {
                    input[random.nextInt(input.length)] = (byte) random.nextInt(256);
                }
            }
            boolean looks = codec.looksLike(input, 0, input.length);
            try {
                int n = codec.decode(input, 0, input.length, CONTEXT, r -> {});
                assertTrue(n > 0);
                assertTrue(looks, "looksLike must accept what decodes");
                accepted++;
            } catch (CodecException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= input.length);
            }
        }
        assertTrue(accepted > 0);
    }

    // ---------------------------------------------------------------- hot path and plugin

    @Test
    void hotPathHandsOutTheValues() {
        byte[] frame = hex("AA 03 67 01 10 05 67 00 FF 06 71 04 D2 FB 2E 00 00 BB");
        double[] sum = {0};
        List<String> names = new ArrayList<>();
        int n = codec.decode(frame, 1, frame.length - 2, CONTEXT, r -> {
            assertEquals(ValueType.NUMBER, r.valueType());
            assertEquals(NOW.getEpochSecond(), r.epochSecond());
            assertEquals("a84041000181c061", r.source().toString());
            sum[0] += r.number();
            names.add(r.name().toString());
        });
        assertEquals(5, n);
        assertEquals(27.2 + 25.5 + 1.234 - 1.234, sum[0], 1e-9);
        assertEquals(
                List.of(
                        "3/temperature",
                        "5/temperature",
                        "6/accelerometer/x",
                        "6/accelerometer/y",
                        "6/accelerometer/z"),
                names);
    }

    @Test
    void looksLike() {
        assertTrue(codec.looksLike(hex("03 67 01 10 05 67 00 FF"), 0, 8));
        assertFalse(codec.looksLike(hex("03 67 01"), 0, 3));
        assertFalse(codec.looksLike(hex("01 03 00 00 00 01 84 0A"), 0, 8));
        assertFalse(codec.looksLike("##0101QN=2026".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 13));
        assertFalse(codec.looksLike(new byte[4], 2, 5));
    }

    @Test
    void isAPlugin() {
        SensorCodec c = codec;
        assertEquals("cayenne-lpp", c.id());
        assertTrue(c.canEncode());
        assertFalse(c.description().isBlank());
    }
}
