package vn.example.quangninh.smartcity.qn1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.plugin.PluginIds;
import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ParameterCatalogue;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.aqi.AirQualityAggregator;
import vn.smartcity.iot.aqi.AqiResult;
import vn.smartcity.iot.aqi.VnAqi;

/**
 * The QN1 codec. QN1 is made up (see {@link Qn1Codec}), so every line here is synthetic; the CRCs
 * written as literals were computed with a separate bitwise CRC-16/CCITT-FALSE implementation, the
 * others with {@link Qn1Crc}, which {@link Qn1CrcTest} checks against the catalogue's check value.
 */
class Qn1CodecTest {

    private static final Qn1Codec CODEC = new Qn1Codec();

    /** The example line of the module's README. */
    private static final String EXAMPLE = "QN1;ST=QN-HL-01;T=20251120T0800;PM25=35.2;PM10=60.1;NO2=21;CRC=3F6D";

    /** 2025-11-20 08:00 in Việt Nam (UTC+7). */
    private static final Instant EIGHT_AM = Instant.parse("2025-11-20T01:00:00Z");

    /** Appends {@code CRC=hhhh} to a line written up to and including its last ';'. */
    static String withCrc(String body) {
        byte[] b = body.getBytes(StandardCharsets.US_ASCII);
        return body + String.format("CRC=%04X", Qn1Crc.crc16(b, 0, b.length));
    }

    private static List<Observation> decode(String text) {
        return CODEC.decode(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static CodecException rejects(String text) {
        return assertThrows(CodecException.class, () -> decode(text));
    }

    private static void assertRecord(Observation o, String name, String unit, double value) {
        assertEquals(name, o.name(), o::toString);
        assertEquals(unit, o.unit(), o::toString);
        assertEquals(value, o.number(), o::toString);
    }

    // ---- decoding -----------------------------------------------------------------------------

    @Test
    void exampleLineGivesCanonicalRecords() {
        List<Observation> r = decode(EXAMPLE);
        assertEquals(3, r.size());
        assertRecord(r.get(0), "pm2.5", "ug/m3", 35.2);
        assertRecord(r.get(1), "pm10", "ug/m3", 60.1);
        assertRecord(r.get(2), "no2", "ug/m3", 21);
        for (Observation o : r) {
            assertEquals("QN-HL-01", o.source());
            assertEquals("qn1", o.codec());
            assertEquals(EIGHT_AM, o.time());
            assertEquals(Statistic.SAMPLE, o.statistic());
            assertEquals(Status.NORMAL, o.status());
            assertNull(o.rawStatus());
            assertNull(o.sum());
        }
    }

    @Test
    void recordsNeedNoAliasInTheCatalogue() {
        ParameterCatalogue catalogue = ParameterCatalogue.standard();
        for (Observation o : decode(EXAMPLE)) {
            assertEquals(o, catalogue.canonical(o).orElseThrow());
        }
    }

    @Test
    void unitsMoveTheDecimalPointExactly() {
        List<Observation> r = decode(
                withCrc(
                        "QN1;ST=QN-HL-01;T=20251120T080530;CO=1.2;P=1013.2;TEMP=-1.5;RH=78;WS=0.5;WD=270;TSP=0;SO2=9.25;O3=-0;"));
        assertRecord(r.get(0), "co", "ug/m3", 1200);
        assertRecord(r.get(1), "pressure", "kPa", 101.32);
        assertRecord(r.get(2), "temperature", "Cel", -1.5);
        assertRecord(r.get(3), "humidity", "%", 78);
        assertRecord(r.get(4), "wind-speed", "m/s", 0.5);
        assertRecord(r.get(5), "wind-direction", "deg", 270);
        assertRecord(r.get(6), "tsp", "ug/m3", 0);
        assertRecord(r.get(7), "so2", "ug/m3", 9.25);
        assertRecord(r.get(8), "o3", "ug/m3", 0);
        assertEquals(0, Double.compare(0.0, r.get(8).number()), "no negative zero");
        assertEquals(Instant.parse("2025-11-20T01:05:30Z"), r.get(0).time());
    }

    @Test
    void fifteenDigitsParseToTheNearestDouble() {
        List<Observation> r = decode(withCrc("QN1;ST=A;T=20251120T0800;PM25=123456789.012345;CO=0.00000000000001;"));
        assertEquals(Double.parseDouble("123456789.012345"), r.get(0).number());
        assertEquals(Double.parseDouble("1e-11"), r.get(1).number());
    }

    @Test
    void hourlyMeansAreAverages() {
        List<Observation> r = decode(withCrc("QN1;ST=QN-HL-01;T=20251120T0700;K=H;PM25=38.4;"));
        assertEquals(Statistic.AVERAGE, r.get(0).statistic());
        assertEquals(Instant.parse("2025-11-20T00:00:00Z"), r.get(0).time());
        assertEquals(
                Statistic.SAMPLE,
                decode(withCrc("QN1;ST=A;T=20251120T0701;K=R;PM25=1;")).get(0).statistic());
    }

    @Test
    void statusLettersAreMappedAndKept() {
        List<Observation> r = decode(withCrc(
                "QN1;ST=A;T=20251120T0800;PM25=1!C;PM10=2!M;NO2=3!F;SO2=4!O;CO=5!X;O3=6!S;TEMP=7!H;RH=8!Q;P=1000;"));
        Status[] expected = {
            Status.CALIBRATING,
            Status.MAINTENANCE,
            Status.FAULT,
            Status.OUT_OF_RANGE,
            Status.COMMUNICATION_ERROR,
            Status.STOPPED,
            Status.MANUAL,
            Status.UNKNOWN,
            Status.NORMAL
        };
        String[] raw = {"C", "M", "F", "O", "X", "S", "H", "Q", null};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], r.get(i).status(), r.get(i)::toString);
            assertEquals(raw[i], r.get(i).rawStatus(), r.get(i)::toString);
        }
    }

    @Test
    void sampleFileOfSeveralLines() throws IOException {
        byte[] file;
        try (InputStream in = Qn1CodecTest.class.getResourceAsStream("/samples/QN-HL-01-20251120.qn1")) {
            file = Objects.requireNonNull(in, "sample").readAllBytes();
        }
        List<Observation> r = CODEC.decode(file);
        assertEquals(4 + 3 + 7, r.size());
        assertEquals(Statistic.AVERAGE, r.get(0).statistic());
        assertRecord(r.get(3), "co", "ug/m3", 1100);
        assertRecord(r.get(4), "pm2.5", "ug/m3", 35.2);
        assertEquals(Instant.parse("2025-11-20T01:05:00Z"), r.get(7).time());
        assertEquals(Status.CALIBRATING, r.get(10).status());
    }

    @Test
    void lineEndsBlankLinesAndAnUnterminatedLastLine() {
        String two = withCrc("QN1;ST=B;T=20251120T0900;PM10=5;");
        List<Observation> r = decode("\r\n" + EXAMPLE + "\r\n\n" + two);
        assertEquals(4, r.size());
        assertEquals("B", r.get(3).source());
        assertEquals(3, decode(EXAMPLE + "\n").size());
        assertEquals(0, decode("").size());
        assertEquals(0, decode("\r\n\n").size());
    }

    @Test
    void decodesAtAnOffsetAndReportsOffsetsFromThere() {
        byte[] line = EXAMPLE.getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[line.length + 10];
        System.arraycopy(line, 0, buffer, 5, line.length);
        List<Observation> out = new ArrayList<>();
        int n = CODEC.decode(buffer, 5, line.length, DecodeContext.defaults(), v -> out.add(v.toObservation()));
        assertEquals(3, n);
        assertEquals(decode(EXAMPLE), out);

        byte[] bad = (EXAMPLE.replace("60.1", "60.x")).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bad, 0, buffer, 5, bad.length);
        CodecException e = assertThrows(
                CodecException.class, () -> CODEC.decode(buffer, 5, bad.length, DecodeContext.defaults(), v -> {}));
        assertEquals(EXAMPLE.indexOf("CRC=") + 4, e.offset());
    }

    @Test
    void hotPathHandsOutTheValuesWithoutCopying() {
        byte[] line = EXAMPLE.getBytes(StandardCharsets.US_ASCII);
        double[] pm25 = {Double.NaN};
        StringBuilder sources = new StringBuilder();
        CODEC.decode(line, 0, line.length, DecodeContext.defaults(), v -> {
            if (CharSequence.compare(v.name(), "pm2.5") == 0) {
                pm25[0] = v.number();
            }
            sources.append(v.source()).append(',');
        });
        assertEquals(35.2, pm25[0]);
        assertEquals("QN-HL-01,QN-HL-01,QN-HL-01,", sources.toString());
    }

    @Test
    void aqiOfADayOfHourlyMeans() {
        // Synthetic: 24 hourly means of 2025-11-20 (Việt Nam time); the 03:00 hour is flagged
        // calibrating and must be left out. The SDK's aggregator needs no alias for QN1 records.
        StringBuilder day = new StringBuilder();
        double pm25Sum = 0;
        double pm10Sum = 0;
        double no2Max = 0;
        int valid = 0;
        for (int h = 0; h < 24; h++) {
            double pm25 = 20 + h;
            double pm10 = 40 + 2 * h;
            double no2 = 10 + (h % 7) * 5;
            String flag = h == 3 ? "!C" : "";
            day.append(withCrc(String.format(
                            "QN1;ST=QN-HL-01;T=20251120T%02d00;K=H;PM25=%s%s;PM10=%s%s;NO2=%s%s;",
                            h, plain(pm25), flag, plain(pm10), flag, plain(no2), flag)))
                    .append("\r\n");
            if (h != 3) {
                pm25Sum += pm25;
                pm10Sum += pm10;
                no2Max = Math.max(no2Max, no2);
                valid++;
            }
        }
        AirQualityAggregator station = AirQualityAggregator.builder().build();
        station.addAll(decode(day.toString()));
        assertEquals(3, station.excluded());
        AqiResult result = station.vnDaily(LocalDate.of(2025, 11, 20));
        AqiResult expected = VnAqi.daily(new VnAqi.DailyValues(
                pm25Sum / valid, pm10Sum / valid, Double.NaN, Double.NaN, Double.NaN, Double.NaN, no2Max));
        AqiResult.Index index = assertInstanceOf(AqiResult.Index.class, result);
        AqiResult.Index want = assertInstanceOf(AqiResult.Index.class, expected);
        assertEquals(want.aqi(), index.aqi());
        assertEquals(want.dominant(), index.dominant());
        assertEquals(want.category(), index.category());
        assertEquals(3, index.subIndices().size());
    }

    @Test
    void hourlySampleFileOfADay() throws IOException {
        byte[] file;
        try (InputStream in = Qn1CodecTest.class.getResourceAsStream("/samples/QN-HL-01-20251120-hourly.qn1")) {
            file = Objects.requireNonNull(in, "sample").readAllBytes();
        }
        List<Observation> r = CODEC.decode(file);
        assertEquals(24 * 5, r.size());
        assertTrue(r.stream().allMatch(o -> o.statistic() == Statistic.AVERAGE));
        assertEquals(1, r.stream().filter(o -> o.status() != Status.NORMAL).count());
        AirQualityAggregator station = AirQualityAggregator.builder().build();
        station.addAll(r);
        AqiResult.Index index = assertInstanceOf(AqiResult.Index.class, station.vnDaily(LocalDate.of(2025, 11, 20)));
        assertEquals(5, index.subIndices().size(), index::toString);
        assertArrayEquals(file, CODEC.encode(r));
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    // ---- rejections -----------------------------------------------------------------------------

    @Test
    void wrongTag() {
        assertEquals(
                "qn1: at byte 0: expected 'QN1;' starting the line, found 'QN2;ST=QN-HL-01;...'",
                rejects(EXAMPLE.replace("QN1", "QN2")).getMessage());
        assertEquals(
                "qn1: at byte 0: expected 'QN1;' starting the line, found 'QN1'",
                rejects("QN1").getMessage());
    }

    @Test
    void wrongCrcNamesTheRightOne() {
        CodecException e = rejects(EXAMPLE.replace("CRC=3F6D", "CRC=3F6E"));
        assertEquals(
                "qn1: at byte 63: expected CRC 3F6D (CRC-16/CCITT-FALSE of the line up to 'CRC='), found '3F6E'",
                e.getMessage());
        assertEquals(63, e.offset());
        assertEquals("qn1", e.codec());
        assertEquals(3, decode(EXAMPLE.replace("CRC=3F6D", "CRC=3f6d")).size(), "lower-case hex is accepted");
    }

    @Test
    void aChangedByteFailsTheCrc() {
        CodecException e = rejects(EXAMPLE.replace("35.2", "35.3"));
        assertEquals(EXAMPLE.indexOf("CRC=") + 4, e.offset());
    }

    @Test
    void missingOrMalformedCrcField() {
        assertEquals(
                "qn1: at byte 59: expected 'CRC=' and 4 hex digits as the last field, found end of line",
                rejects("QN1;ST=QN-HL-01;T=20251120T0800;PM25=35.2;PM10=60.1;NO2=21;")
                        .getMessage());
        assertEquals(
                "qn1: at byte 52: expected 'CRC=' and 4 hex digits as the last field, found 'NO2=21'",
                rejects("QN1;ST=QN-HL-01;T=20251120T0800;PM25=35.2;PM10=60.1;NO2=21")
                        .getMessage());
        assertEquals(
                "qn1: at byte 63: expected 4 hex digits of CRC ending the line, found '3F6'",
                rejects(EXAMPLE.substring(0, EXAMPLE.length() - 1)).getMessage());
        assertEquals(
                "qn1: at byte 63: expected 4 hex digits of CRC ending the line, found '3F6G'",
                rejects(EXAMPLE.replace("3F6D", "3F6G")).getMessage());
        assertEquals(
                "qn1: at byte 63: expected 4 hex digits of CRC ending the line, found '3F6D0'",
                rejects(EXAMPLE + "0").getMessage());
    }

    @Test
    void controlCharactersAndNonAscii() {
        assertEquals(
                "qn1: at byte 10: expected a printable ASCII character, found '\\x09L-01;T=20251120...'",
                rejects(EXAMPLE.replace("QN-HL-01", "QN-\tL-01")).getMessage());
        byte[] utf8 = EXAMPLE.replace("QN-HL-01", "QN-HẠ-01").getBytes(StandardCharsets.UTF_8);
        CodecException e = assertThrows(CodecException.class, () -> CODEC.decode(utf8));
        assertEquals(11, e.offset());
        assertEquals("a printable ASCII character", e.expected());
    }

    @Test
    void stationField() {
        assertEquals(
                "qn1: at byte 4: expected 'ST=' and the station id, found 'T=20251120T0800;...'",
                rejects(withCrc("QN1;T=20251120T0800;PM25=1;")).getMessage());
        assertEquals(
                "qn1: at byte 7: expected a station id of 1 to 32 characters, found ';T=20251120T0800...'",
                rejects(withCrc("QN1;ST=;T=20251120T0800;PM25=1;")).getMessage());
        assertEquals(
                "qn1: at byte 7: expected a station id of 1 to 32 characters, found" + " 'AAAAAAAAAAAAAAAA...'",
                rejects(withCrc("QN1;ST=" + "A".repeat(33) + ";T=20251120T0800;PM25=1;"))
                        .getMessage());
        assertEquals(
                "qn1: at byte 9: expected a station id character (A-Z, a-z, 0-9, '-', '_', '.'), found"
                        + " '/HL;T=20251120T0...'",
                rejects(withCrc("QN1;ST=QN/HL;T=20251120T0800;PM25=1;")).getMessage());
        assertEquals(
                "A".repeat(32),
                decode(withCrc("QN1;ST=" + "A".repeat(32) + ";T=20251120T0800;PM25=1;"))
                        .get(0)
                        .source());
    }

    @Test
    void timeField() {
        assertEquals(
                "qn1: at byte 13: expected 'T=' and the time as yyyyMMddTHHmm or yyyyMMddTHHmmss, found"
                        + " 'PM25=1;CRC=6A3F'",
                rejects(withCrc("QN1;ST=QN-HL;PM25=1;")).getMessage());
        assertEquals(
                "qn1: at byte 15: expected the time as yyyyMMddTHHmm or yyyyMMddTHHmmss (Việt Nam time), found"
                        + " '2025-11-20T08:00'",
                rejects(withCrc("QN1;ST=QN-HL;T=2025-11-20T08:00;PM25=1;")).getMessage());
        assertEquals(
                "qn1: at byte 15: expected the time as yyyyMMddTHHmm or yyyyMMddTHHmmss (Việt Nam time), found"
                        + " '20251120T080'",
                rejects(withCrc("QN1;ST=QN-HL;T=20251120T080;PM25=1;")).getMessage());
        assertEquals(
                "qn1: at byte 15: expected a real date and time, found '20250230T0800'",
                rejects(withCrc("QN1;ST=QN-HL;T=20250230T0800;PM25=1;")).getMessage());
        assertEquals(
                "qn1: at byte 15: expected a real date and time, found '20251120T2400'",
                rejects(withCrc("QN1;ST=QN-HL;T=20251120T2400;PM25=1;")).getMessage());
        assertEquals(
                Instant.parse("2024-02-29T16:59:59Z"),
                decode(withCrc("QN1;ST=QN-HL;T=20240229T235959;PM25=1;")).get(0).time());
    }

    @Test
    void kindField() {
        assertEquals(
                "qn1: at byte 27: expected K=R (samples) or K=H (hourly means), found 'D;PM25=1;CRC=1DF...'",
                rejects(withCrc("QN1;ST=A;T=20251120T0800;K=D;PM25=1;")).getMessage());
        assertEquals(
                "qn1: at byte 27: expected K=R (samples) or K=H (hourly means), found 'HH;PM25=1;CRC=A8...'",
                rejects(withCrc("QN1;ST=A;T=20251120T0800;K=HH;PM25=1;")).getMessage());
        assertEquals(
                "qn1: at byte 22: expected the time on the hour (minutes and seconds 00) for hourly means,"
                        + " found '30;K=H;PM25=1;CR...'",
                rejects(withCrc("QN1;ST=A;T=20251120T0830;K=H;PM25=1;")).getMessage());
        assertEquals(
                "qn1: at byte 22: expected the time on the hour (minutes and seconds 00) for hourly means,"
                        + " found '0001;K=H;PM25=1;...'",
                rejects(withCrc("QN1;ST=A;T=20251120T080001;K=H;PM25=1;")).getMessage());
    }

    @Test
    void measurementFields() {
        assertEquals(
                "qn1: at byte 42: expected a measurement CODE=value with a QN1 code (PM25, PM10, TSP, SO2,"
                        + " NO2, O3, CO, TEMP, RH, P, WS, WD), found 'PM1=3;CRC=0B73'",
                rejects(withCrc("QN1;ST=QN-HL-01;T=20251120T0800;PM25=35.2;PM1=3;"))
                        .getMessage());
        assertEquals(
                "qn1: at byte 42: expected a measurement CODE=value with a QN1 code (PM25, PM10, TSP, SO2,"
                        + " NO2, O3, CO, TEMP, RH, P, WS, WD), found 'PM10;CRC=DE6D'",
                rejects(withCrc("QN1;ST=QN-HL-01;T=20251120T0800;PM25=35.2;PM10;"))
                        .getMessage());
        assertEquals(
                "qn1: at byte 42: expected each parameter at most once in a line, found 'PM25=36;CRC=7D33'",
                rejects(withCrc("QN1;ST=QN-HL-01;T=20251120T0800;PM25=35.2;PM25=36;"))
                        .getMessage());
        assertEquals(
                "qn1: at byte 47: expected a decimal number of at most 15 digits, such as 35.2 or -1.5, found"
                        + " '60,1;CRC=...'",
                rejects(withCrc("QN1;ST=QN-HL-01;T=20251120T0800;PM25=35.2;PM10=60,1;"))
                        .getMessage()
                        .replaceAll("CRC=[0-9A-F]{4}", "CRC=..."));
        for (String bad : List.of("", "-", ".5", "5.", "1.2.3", "+1", "1e3", "1234567890123456", "0x1F", " 1")) {
            CodecException e = rejects(withCrc("QN1;ST=A;T=20251120T0800;PM25=" + bad + ";"));
            assertEquals(30, e.offset(), bad);
            assertEquals("a decimal number of at most 15 digits, such as 35.2 or -1.5", e.expected(), bad);
        }
        assertEquals(
                "qn1: at byte 34: expected one status letter after '!' (C, M, F, O, X, S, H), found" + " 'c;CRC=...'",
                rejects(withCrc("QN1;ST=A;T=20251120T0800;PM25=1.2!c;"))
                        .getMessage()
                        .replaceAll("CRC=[0-9A-F]{4}", "CRC=..."));
        assertEquals(
                34, rejects(withCrc("QN1;ST=A;T=20251120T0800;PM25=1.2!CC;")).offset());
        assertEquals(34, rejects(withCrc("QN1;ST=A;T=20251120T0800;PM25=1.2!;")).offset());
        assertEquals(
                "qn1: at byte 25: expected at least one measurement CODE=value before CRC, found 'CRC=0C9F'",
                rejects(withCrc("QN1;ST=A;T=20251120T0800;")).getMessage());
    }

    @Test
    void theSecondLineIsReportedAtItsOwnOffset() {
        String bad = EXAMPLE.replace("NO2=21", "NO2=2x");
        CodecException e = rejects(EXAMPLE + "\r\n" + bad);
        assertEquals(EXAMPLE.length() + 2 + bad.indexOf("CRC=") + 4, e.offset());
    }

    @Test
    void noRecordOfABadLineReachesTheSink() {
        String bad = withCrc("QN1;ST=A;T=20251120T0800;PM25=1;PM10=x;");
        byte[] b = bad.getBytes(StandardCharsets.US_ASCII);
        List<String> seen = new ArrayList<>();
        assertThrows(
                CodecException.class,
                () -> CODEC.decode(
                        b,
                        0,
                        b.length,
                        DecodeContext.defaults(),
                        v -> seen.add(v.name().toString())));
        assertEquals(List.of(), seen);
    }

    @Test
    void everyPrefixDecodesOrFailsCleanly() {
        String text = EXAMPLE + "\r\n" + withCrc("QN1;ST=B;T=20251120T0805;K=R;CO=1.2!C;P=1013.2;");
        byte[] all = text.getBytes(StandardCharsets.US_ASCII);
        for (int n = 0; n <= all.length; n++) {
            byte[] prefix = java.util.Arrays.copyOf(all, n);
            try {
                CODEC.decode(prefix);
            } catch (CodecException expected) {
                assertTrue(expected.offset() >= 0 && expected.offset() <= n, expected::getMessage);
            }
        }
    }

    @Test
    void mutatedInputOnlyEverThrowsCodecException() {
        byte[] base = (EXAMPLE + "\n" + withCrc("QN1;ST=B;T=20251120T0805;K=H;CO=1.2!C;P=1013.2;"))
                .getBytes(StandardCharsets.US_ASCII);
        Random random = new Random(20251120);
        int failures = 0;
        for (int round = 0; round < 5000; round++) {
            byte[] m = base.clone();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                m[random.nextInt(m.length)] = (byte) random.nextInt(256);
            }
            try {
                CODEC.decode(m);
            } catch (CodecException expected) {
                failures++;
            } catch (RuntimeException e) {
                fail("unexpected " + e + " for " + new String(m, StandardCharsets.ISO_8859_1), e);
            }
        }
        assertTrue(failures > 4000, "the CRC catches almost every mutation: " + failures);
    }

    // ---- encoding -----------------------------------------------------------------------------

    @Test
    void encodingTheDecodedRecordsGivesTheSameBytes() throws IOException {
        byte[] file;
        try (InputStream in = Qn1CodecTest.class.getResourceAsStream("/samples/QN-HL-01-20251120.qn1")) {
            file = Objects.requireNonNull(in, "sample").readAllBytes();
        }
        assertArrayEquals(file, CODEC.encode(CODEC.decode(file)));
        assertEquals(EXAMPLE + "\r\n", new String(CODEC.encode(decode(EXAMPLE)), StandardCharsets.US_ASCII));
    }

    @Test
    void encodesOtherProtocolsNamesAndUnits() {
        // An HJ 212 code and a SenML name: the standard catalogue maps both onto QN1 parameters.
        Instant t = Instant.parse("2025-11-20T01:00:30Z");
        List<Observation> records = List.of(
                Observation.of("QN-HL-01", "a34004", "ug/m3", 35.2, t),
                Observation.of("QN-HL-01", "urn:dev:mac:0024befffe804ff1:temp", "K", 297.65, t),
                Observation.of("QN-HL-01", "co", "mg/m3", 1.25, t),
                Observation.of("QN-HL-01", "pressure", "hPa", 1013.25, t),
                Observation.of("QN-HL-01", "pm10", null, 1e-7, t));
        assertEquals(
                withCrc("QN1;ST=QN-HL-01;T=20251120T080030;PM25=35.2;TEMP=24.5;CO=1.25;P=1013.25;PM10=0.0000001;")
                        + "\r\n",
                new String(CODEC.encode(records), StandardCharsets.US_ASCII));
    }

    @Test
    void encodesStatusesStatisticsAndSeveralLines() {
        Instant hour = Instant.parse("2025-11-20T00:00:00Z");
        List<Observation> records = List.of(
                new Observation(
                        "A", "", "pm2.5", "ug/m3", Value.of(38.4), null, hour, Statistic.AVERAGE, Status.NORMAL, null),
                Observation.of("B", "pm2.5", "ug/m3", 1, hour),
                new Observation("A", "", "no2", "ug/m3", Value.of(3), null, hour, Statistic.AVERAGE, Status.FAULT, "D"),
                new Observation(
                        "A", "", "co", "ug/m3", Value.of(1500), null, hour, Statistic.SAMPLE, Status.UNKNOWN, "Q"));
        String expected = withCrc("QN1;ST=A;T=20251120T0700;K=H;PM25=38.4;NO2=3!F;") + "\r\n"
                + withCrc("QN1;ST=B;T=20251120T0700;PM25=1;") + "\r\n"
                + withCrc("QN1;ST=A;T=20251120T0700;CO=1.5!Q;") + "\r\n";
        assertEquals(expected, new String(CODEC.encode(records), StandardCharsets.US_ASCII));
    }

    @Test
    void valuesAreCutToFifteenSignificantDigits() {
        Instant t = Instant.parse("2025-11-20T01:00:00Z");
        String line =
                new String(CODEC.encode(List.of(Observation.of("A", "no2", "ppb", 21, t))), StandardCharsets.US_ASCII);
        // 21 ppb of NO2 at 25 °C: 21 × 46.0055 / 24.45 µg/m³ (QCVN 05:2023 reference state).
        assertTrue(line.startsWith("QN1;ST=A;T=20251120T0800;NO2=39.5139263803681;"), line);
        assertEquals(21 * 46.0055 / 24.45, decode(line).get(0).number(), 1e-12);
    }

    @Test
    void encodingRejectsWhatQn1CannotCarry() {
        Instant t = Instant.parse("2025-11-20T01:00:00Z");
        assertEncodeError(
                List.of(Observation.of("A", "pm10", "ug/m3", 1, t), Observation.of("A", "latitude", "deg", 21, t)),
                "record 1: name 'latitude' is not a QN1 parameter (pm2.5, pm10, tsp, so2, no2, o3, co,"
                        + " temperature, humidity, pressure, wind-speed, wind-direction)");
        assertEncodeError(
                List.of(Observation.of("A", "pm10", "Cel", 1, t)), "record 0: pm10 in 'Cel' does not convert to ug/m3");
        assertEncodeError(List.of(Observation.of("A", "pm10", "ug/m3", Double.NaN, t)), "record 0: pm10 is NaN");
        assertEncodeError(
                List.of(Observation.of("A", "pm10", "ug/m3", 1e15, t)),
                "record 0: pm10 1.0E15 has more than 15 integer digits in QN1 units");
        assertEncodeError(
                List.of(new Observation(
                        "A", "", "pm10", "ug/m3", Value.of("high"), null, t, Statistic.SAMPLE, Status.NORMAL, null)),
                "record 0: pm10 needs a numeric value");
        assertEncodeError(
                List.of(new Observation(
                        "A", "", "pm10", "ug/m3", Value.of(1), 2.0, t, Statistic.SAMPLE, Status.NORMAL, null)),
                "record 0: QN1 carries no sums");
        assertEncodeError(
                List.of(new Observation(
                        "A", "", "pm10", "ug/m3", Value.of(1), null, t, Statistic.MAXIMUM, Status.NORMAL, null)),
                "record 0: QN1 carries samples and hourly means, not MAXIMUM");
        assertEncodeError(
                List.of(new Observation(
                        "A",
                        "",
                        "pm10",
                        "ug/m3",
                        Value.of(1),
                        null,
                        t.plusSeconds(60),
                        Statistic.AVERAGE,
                        Status.NORMAL,
                        null)),
                "record 0: an hourly mean must start on the hour, not at 2025-11-20T01:01:00Z");
        assertEncodeError(
                List.of(new Observation(
                        "A", "", "pm10", "ug/m3", Value.of(1), null, t, Statistic.SAMPLE, Status.UNKNOWN, "QQ")),
                "record 0: status UNKNOWN without a one-letter raw status has no QN1 flag");
        assertEncodeError(
                List.of(Observation.of("", "pm10", "ug/m3", 1, t)),
                "record 0: source '' is not a station id (1 to 32 of A-Z a-z 0-9 - _ .)");
        assertEncodeError(
                List.of(Observation.of("Hạ Long", "pm10", "ug/m3", 1, t)),
                "record 0: source 'Hạ Long' is not a station id (1 to 32 of A-Z a-z 0-9 - _ .)");
        assertEncodeError(
                List.of(Observation.of("A", "pm10", "ug/m3", 1, t.plusMillis(1))),
                "record 0: QN1 times are whole seconds, not 2025-11-20T01:00:00.001Z");
        assertEncodeError(
                List.of(Observation.of("A", "pm10", "ug/m3", 1, Instant.parse("+10000-01-01T00:00:00Z"))),
                "record 0: the time +10000-01-01T00:00:00Z is outside the years 0000 to 9999 of yyyyMMdd");
        assertEncodeError(
                List.of(Observation.of("A", "pm10", "ug/m3", 1, t), Observation.of("A", "a34002", "ug/m3", 2, t)),
                "record 1: a second pm10 record for A at 2025-11-20T01:00:00Z");
    }

    private static void assertEncodeError(List<Observation> records, String found) {
        CodecException e = assertThrows(CodecException.class, () -> CODEC.encode(records));
        assertEquals(-1, e.offset());
        assertEquals("records a QN1 line can carry", e.expected());
        assertEquals(found, e.found());
    }

    // ---- plugin -----------------------------------------------------------------------------------

    @Test
    void isAPluginWithAValidIdThatEncodes() {
        assertTrue(PluginIds.isValid(CODEC.id()));
        assertEquals("qn1", CODEC.id());
        assertTrue(CODEC.canEncode());
        SensorCodec viaRegistry =
                PluginRegistry.of(SensorCodec.class, List.of(CODEC)).get("QN1");
        assertEquals(CODEC, viaRegistry);
    }

    @Test
    void looksLike() {
        byte[] line = EXAMPLE.getBytes(StandardCharsets.US_ASCII);
        assertTrue(CODEC.looksLike(line, 0, line.length));
        assertTrue(CODEC.looksLike(line, 0, 4));
        assertFalse(CODEC.looksLike(line, 0, 3));
        assertFalse(CODEC.looksLike(line, 1, line.length - 1));
        assertFalse(CODEC.looksLike(line, -1, 4));
        assertFalse(CODEC.looksLike(line, 0, line.length + 1));
        assertFalse(CODEC.looksLike("##CP=QN=2019".getBytes(StandardCharsets.US_ASCII), 0, 12));
        assertFalse(CODEC.looksLike(new byte[] {0x03, 0x67, 0x01, 0x10}, 0, 4));
    }
}
