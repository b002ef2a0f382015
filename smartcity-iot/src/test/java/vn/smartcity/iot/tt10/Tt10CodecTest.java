package vn.smartcity.iot.tt10;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ParameterCatalogue;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;

/**
 * The layout of Circular 10/2021/TT-BTNMT, Article 39 and Appendix 15 (symbols of Table 34), as the
 * open-source data loggers that implement it write their files:
 *
 * <ul>
 *   <li>ducthe/new_data_logger {@code firmware/src/monre.cpp}: {@code name TAB value TAB unit TAB
 *       yyyyMMddhhmmss TAB status CR LF} per parameter, the file named {@code
 *       <STATION>_<timestamp>.txt};
 *   <li>quytttb/data-logger {@code core/txt_generator.py}: the same five fields, lines joined by LF
 *       with no final line end, values {@code %.4f}, an empty value with status {@code 02};
 *   <li>quytttb/data-logger {@code src/core/tt10/Tt10ReportWriter.cpp}: every parameter's five
 *       fields on one line, {@code ---} for a missing value;
 *   <li>quytttb/data-logger {@code docs/tt10-data-format.md}: the name {@code
 *       TenTinh_TenCoSo_TenTram_} + {@code yyyyMMddHHmmss} + {@code .txt}, example prefix {@code
 *       HN_ABCD_NUO001_}; status {@code 00} measuring, {@code 01} calibrating, {@code 02} error.
 * </ul>
 */
class Tt10CodecTest {

    private static final Tt10Codec CODEC = new Tt10Codec();

    private static List<Observation> decode(String text) {
        return CODEC.decode(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Observation> decode(String text, String fileName) {
        return CODEC.decode(
                text.getBytes(StandardCharsets.UTF_8), DecodeContext.defaults().withSourceName(fileName));
    }

    private static CodecException rejects(String text) {
        return assertThrows(CodecException.class, () -> decode(text));
    }

    /** The time 08:30:00 on 2025-01-01 in Hà Nội, written in a file as 20250101083000. */
    private static final Instant HALF_PAST_EIGHT = Instant.parse("2025-01-01T01:30:00Z");

    @Test
    void wastewaterFileAsTheFirmwareWritesIt() {
        String file = "Temp\t28.5\tC\t20250101083000\t00\r\n"
                + "pH\t7.21\t-\t20250101083000\t00\r\n"
                + "COD\t45.3\tmg/L\t20250101083000\t01\r\n"
                + "TSS\t12.0\tmg/L\t20250101083000\t02\r\n"
                + "Flow\t120.75\tm3/h\t20250101083000\t00\r\n";
        List<Observation> r = decode(file, "HN_ABCD_NUO001_20250101083000.txt");
        assertEquals(5, r.size());
        Observation cod = r.get(2);
        assertEquals("COD", cod.name());
        assertEquals(45.3, cod.number());
        assertEquals("mg/L", cod.unit());
        assertEquals(Status.CALIBRATING, cod.status());
        assertEquals("01", cod.rawStatus());
        assertEquals(Status.FAULT, r.get(3).status());
        assertEquals("02", r.get(3).rawStatus());
        assertEquals(Status.NORMAL, r.get(0).status());
        assertEquals("-", r.get(1).unit());
        for (Observation o : r) {
            assertEquals("NUO001", o.source(), "the station part of the file name");
            assertEquals("vn-tt10", o.codec());
            assertEquals(HALF_PAST_EIGHT, o.time(), "local time UTC+7");
            assertEquals(Statistic.SAMPLE, o.statistic());
        }
    }

    @Test
    void pythonGeneratorStyle() {
        // "\n".join(lines), f"{val:.4f}", "" and status 02 for a missing value, no final line end.
        List<Observation> r = decode("pH\t7.1000\t\t20240101083000\t00\nCOD\t\tmg/L\t20240101083000\t02");
        assertEquals(2, r.size());
        assertEquals(7.1, r.get(0).number());
        assertNull(r.get(0).unit(), "an empty unit is no unit");
        assertTrue(Double.isNaN(r.get(1).number()));
        assertEquals(Status.FAULT, r.get(1).status());
        assertEquals("", r.get(0).source(), "no file name, no station");
    }

    @Test
    void allParametersOnOneLine() {
        List<Observation> r = decode("pH\t7.12\t-\t20240101083000\t00\tCOD\t---\tmg/L\t20240101083000\t02\n");
        assertEquals(2, r.size());
        assertEquals("pH", r.get(0).name());
        assertEquals("COD", r.get(1).name());
        assertTrue(Double.isNaN(r.get(1).number()), "--- is no value");
        CodecException e = rejects("pH\t7.12\t-\t20240101083000\t00\t\n");
        assertEquals(28, e.offset());
    }

    @Test
    void airStationSymbolsMapToCanonicalParameters() {
        String file = "PM2,5\t25.4\tug/m3\t20240101083000\t00\n"
                + "PM10\t48.1\tug/m3\t20240101083000\t00\n"
                + "SO2\t12.5\tug/m3\t20240101083000\t00\n"
                + "NO2\t30.2\tug/m3\t20240101083000\t00\n"
                + "CO\t1.2\tmg/m3\t20240101083000\t00\n"
                + "O3\t60.0\tug/m3\t20240101083000\t00\n"
                + "NH4\t0.8\tmg/L\t20240101083000\t00\n"
                + "Temp\t31.5\toC\t20240101083000\t00\n";
        ParameterCatalogue catalogue = ParameterCatalogue.standard();
        List<Observation> canonical = decode(file).stream()
                .map(o -> catalogue.canonical(o).orElseThrow(() -> new AssertionError(o.name())))
                .collect(Collectors.toList());
        assertEquals(
                List.of("pm2.5", "pm10", "so2", "no2", "co", "o3", "nh4", "temperature"),
                canonical.stream().map(Observation::name).collect(Collectors.toList()));
        assertEquals(1200.0, canonical.get(4).number(), 1e-9, "CO from mg/m3 to ug/m3");
    }

    @Test
    void utf8SymbolsAndUnits() {
        List<Observation> r =
                decode("\uFEFFNhiệt độ\t30.1\t°C\t20240101083000\t00\r\nBụi tổng\t85\tµg/m³\t20240101083000\t00");
        assertEquals("Nhiệt độ", r.get(0).name(), "the byte order mark is skipped");
        assertEquals("°C", r.get(0).unit());
        assertEquals("µg/m³", r.get(1).unit());
        ParameterCatalogue catalogue = ParameterCatalogue.standard();
        assertEquals("temperature", catalogue.canonical(r.get(0)).orElseThrow().name());
        assertEquals("tsp", catalogue.canonical(r.get(1)).orElseThrow().name());
    }

    @Test
    void lineEndsAndTrailingBlankLines() {
        String lines = "pH\t7\t-\t20240101083000\t00\nCOD\t45\tmg/L\t20240101083000\t00\r\n";
        assertEquals(2, decode(lines + "\r\n\n\r\n").size());
        assertEquals(0, decode("").size());
        assertEquals(0, decode("\uFEFF").size());
        assertEquals(0, decode("\r\n\n").size(), "only blank lines: no records");
        CodecException e = rejects("pH\t7\t-\t20240101083000\t00\n\nCOD\t45\tmg/L\t20240101083000\t00\n");
        assertEquals(25, e.offset());
        assertEquals(
                "vn-tt10: at byte 25: expected line 2: a parameter line (blank lines only at the end), found a blank line",
                e.getMessage());
    }

    @Test
    void statusCodes() {
        List<Observation> r = decode("COD\t45\tmg/L\t20240101083000\t03\n");
        assertEquals(Status.UNKNOWN, r.get(0).status());
        assertEquals("03", r.get(0).rawStatus());
        assertEquals(27, rejects("COD\t45\tmg/L\t20240101083000\t0A\n").offset());
        assertEquals(27, rejects("COD\t45\tmg/L\t20240101083000\t000\n").offset());
        CodecException one = rejects("COD\t45\tmg/L\t20240101083000\t2\n");
        assertEquals(27, one.offset());
        assertEquals(
                "vn-tt10: at byte 27: expected line 1: a status of two digits: 00 measuring, 01 calibrating,"
                        + " 02 error, found '2'",
                one.getMessage());
    }

    @Test
    void fieldErrorsGiveLineAndOffset() {
        String good = "pH\t7\t-\t20240101083000\t00\n";
        CodecException fields = rejects(good + "COD\t45\tmg/L\t20240101083000\n");
        assertEquals(good.length() + 26, fields.offset());
        assertTrue(fields.getMessage().contains("line 2: symbol, value, unit, time and status"), fields.getMessage());
        CodecException time = rejects(good + "COD\t45\tmg/L\t20240230083000\t00\n");
        assertEquals(good.length() + 12, time.offset());
        assertTrue(
                time.getMessage().contains("line 2: a time yyyyMMddHHmmss, found '20240230083000'"), time.getMessage());
        assertEquals(
                good.length() + 12,
                rejects(good + "COD\t45\tmg/L\t2024010108300\t00\n").offset());
        assertEquals(
                good.length() + 4,
                rejects(good + "COD\t 45\tmg/L\t20240101083000\t00\n").offset());
        assertEquals(
                good.length() + 4,
                rejects(good + "COD\t4x5\tmg/L\t20240101083000\t00\n").offset());
        assertEquals(
                good.length(),
                rejects(good + "\t45\tmg/L\t20240101083000\t00\n").offset());
        assertEquals(
                good.length() + 1,
                rejects(good + "C\u0001D\t45\tmg/L\t20240101083000\t00\n").offset());
        assertEquals(
                good.length() + 27,
                rejects(good + "COD\t45\tmg/L\t20240101083000\t00\r\r\n").offset());
        byte[] badUtf8 = (good + "CO?\t45\tmg/L\t20240101083000\t00\n").getBytes(StandardCharsets.UTF_8);
        badUtf8[good.length() + 2] = (byte) 0xC3;
        CodecException utf8 = assertThrows(CodecException.class, () -> CODEC.decode(badUtf8));
        assertEquals(good.length() + 2, utf8.offset());
        assertTrue(utf8.getMessage().contains("a symbol in UTF-8"), utf8.getMessage());
    }

    @Test
    void decimalCommaOnlyWhenAsked() {
        String file = "COD\t12,5\tmg/L\t20240101083000\t00\n";
        CodecException e = rejects(file);
        assertEquals(4, e.offset());
        assertTrue(e.getMessage().contains("a decimal number with a point, found '12,5'"), e.getMessage());
        Tt10Codec lenient = Tt10Codec.builder().acceptDecimalComma(true).build();
        assertEquals(
                12.5,
                lenient.decode(file.getBytes(StandardCharsets.UTF_8)).get(0).number());
        assertEquals(
                4,
                assertThrows(
                                CodecException.class,
                                () -> lenient.decode(
                                        "COD\t1,2,5\tmg/L\t20240101083000\t00\n".getBytes(StandardCharsets.UTF_8)))
                        .offset());
    }

    // ---- file names --------------------------------------------------------------------------------

    @Test
    void fileNames() {
        Tt10FileName n = Tt10FileName.parse("HN_ABCD_NUO001_20210817090000.txt");
        assertEquals("HN", n.province());
        assertEquals("ABCD", n.facility());
        assertEquals("NUO001", n.station());
        assertEquals(java.time.LocalDateTime.of(2021, 8, 17, 9, 0, 0), n.time());
        assertEquals(Instant.parse("2021-08-17T02:00:00Z"), n.instant());
        assertEquals("HN_ABCD_NUO001_20210817090000.txt", n.fileName());
        assertEquals(n, Tt10FileName.parse("/srv/ftp/HN/NUO001/2021/08/17/HN_ABCD_NUO001_20210817090000.TXT"));
        assertEquals(n, Tt10FileName.parse("C:\\ftp\\HN_ABCD_NUO001_20210817090000.txt"));
        // quytttb/data-logger's example prefix "TH_BSON_KHILO2__" keeps its underscore in the station.
        Tt10FileName odd = Tt10FileName.parse("TH_BSON_KHILO2__20240101083000.txt");
        assertEquals("KHILO2_", odd.station());
        assertEquals("TH_BSON_KHILO2__20240101083000.txt", odd.fileName());
        assertEquals(
                "TRAM_01",
                Tt10FileName.parse("HN_KCN_TRAM_01_20240101083000.txt").station());
        assertEquals(n, Tt10FileName.of("HN", "ABCD", "NUO001", java.time.LocalDateTime.of(2021, 8, 17, 9, 0)));
        assertEquals("HN_ABCD_NUO001_20210817090000.txt", n.toString());

        assertInvalid("HN_ABCD_NUO001_20210817090000.csv", "does not end in .txt");
        assertInvalid("HN_NUO001_20210817090000.txt", "fewer than four parts");
        assertInvalid("HN_ABCD_NUO001_20211317090000.txt", "not a time yyyyMMddHHmmss");
        assertInvalid("HN_ABCD_NUO001_2021081709000.txt", "not a time yyyyMMddHHmmss");
        assertInvalid("_ABCD_NUO001_20210817090000.txt", "province is empty");
        assertInvalid("HN__NUO001_20210817090000.txt", "facility is empty");
        assertTrue(Tt10FileName.tryParse("readme.txt").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Tt10FileName.of("H_N", "A", "B", n.time()));
        assertThrows(IllegalArgumentException.class, () -> Tt10FileName.of("HN", "A", "B\n", n.time()));
        assertThrows(
                IllegalArgumentException.class,
                () -> Tt10FileName.of("HN", "A", "B", n.time().withNano(5)));
    }

    private static void assertInvalid(String name, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tt10FileName.parse(name));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void sourceNames() {
        String line = "pH\t7\t-\t20240101083000\t00\n";
        assertEquals("", decode(line, "stdin").get(0).source(), "a label, not a file name");
        assertEquals(
                "NUO001",
                decode(line, "in/HN_ABCD_NUO001_20240101083000.txt").get(0).source());
        CodecException e = assertThrows(CodecException.class, () -> decode(line, "HN_NUO001_20240101083000.txt"));
        assertEquals(-1, e.offset());
        assertTrue(
                e.getMessage().contains("a file name <TinhCode>_<CoSo>_<Tram>_<yyyyMMddHHmmss>.txt"), e.getMessage());
        // The same thread decodes another file after the bad name.
        assertEquals(
                "NUO002",
                decode(line, "HN_ABCD_NUO002_20240101083000.txt").get(0).source());
    }

    @Test
    void nameTimeLagWhenAsked() {
        Tt10Codec checked =
                Tt10Codec.builder().maxNameTimeLag(Duration.ofMinutes(5)).build();
        byte[] file = ("pH\t7\t-\t20240101082500\t00\n" + "COD\t45\tmg/L\t20240101082400\t00\n")
                .getBytes(StandardCharsets.UTF_8);
        DecodeContext named = DecodeContext.defaults().withSourceName("HN_ABCD_NUO001_20240101083000.txt");
        CodecException e = assertThrows(CodecException.class, () -> checked.decode(file, named));
        assertEquals(37, e.offset());
        assertTrue(e.getMessage().contains("line 2: a time at most PT5M before the file name's time"), e.getMessage());
        assertEquals(2, CODEC.decode(file, named).size(), "not compared by default");
        byte[] later = "pH\t7\t-\t20240101083001\t00\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(CodecException.class, () -> checked.decode(later, named));
        assertEquals(1, checked.decode(later).size(), "no file name, nothing to compare");
        assertThrows(IllegalArgumentException.class, () -> Tt10Codec.builder().maxNameTimeLag(Duration.ofSeconds(-1)));
    }

    // ---- robustness -----------------------------------------------------------------------------

    @Test
    void everyTruncationIsRejectedOrEndsOnALine() {
        byte[] bytes = Tt10Samples.stationFile(25).getBytes(StandardCharsets.UTF_8);
        int whole = 0;
        for (int n = 0; n <= bytes.length; n++) {
            int cut = n;
            try {
                int records = CODEC.decode(bytes, 0, n, DecodeContext.defaults(), r -> {});
                whole++;
                boolean atLineEnd = n == 0
                        || bytes[n - 1] == '\n'
                        || bytes[n - 1] == '\r'
                        || (n < bytes.length && bytes[n] == '\r');
                assertTrue(atLineEnd, () -> "prefix " + cut + " decoded");
                assertTrue(records <= 25);
            } catch (CodecException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= n, () -> "offset " + e.offset() + " for " + cut);
            }
        }
        assertEquals(1 + 25 * 3, whole, "empty, and after each status, CR and LF");
    }

    /** Fixed seed: a few thousand mutated copies of valid files raise only CodecException. */
    @Test
    void mutationsRaiseOnlyCodecException() {
        byte[] valid = ("\uFEFF" + Tt10Samples.stationFile(25) + "Nhiệt độ\t30.1\t°C\t20240101083000\t00\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = "\t\r\n0123456789.,-+eE ".getBytes(StandardCharsets.US_ASCII);
        Random random = new Random(0x54543130L);
        int decoded = 0;
        for (int round = 0; round < 5000; round++) {
            byte[] m = valid.clone();
            int edits = 1 + random.nextInt(4);
            for (int k = 0; k < edits; k++) {
                int at = random.nextInt(m.length);
                m[at] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            int length = random.nextInt(8) == 0 ? random.nextInt(m.length + 1) : m.length;
            try {
                CODEC.decode(m, 0, length, DecodeContext.defaults(), r -> {});
                decoded++;
            } catch (CodecException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= length, e.getMessage());
            } catch (RuntimeException e) {
                fail("round " + round + ": " + new String(m, StandardCharsets.ISO_8859_1), e);
            }
        }
        assertTrue(decoded > 0);
    }

    // ---- hot path -------------------------------------------------------------------------------

    @Test
    void sinkPathReadsEveryValue() {
        byte[] file = Tt10Samples.stationFile(25).getBytes(StandardCharsets.UTF_8);
        DecodeContext named = DecodeContext.defaults().withSourceName("HN_KCN_AIR01_20240101083000.txt");
        double[] sum = {0};
        int[] pm25 = {0};
        int n = CODEC.decode(file, 0, file.length, named, r -> {
            sum[0] += r.number();
            if (CharSequence.compare(r.name(), "PM2,5") == 0) {
                pm25[0]++;
            }
            assertEquals("AIR01", r.source().toString());
            assertEquals(Instant.parse("2024-01-01T01:30:00Z").getEpochSecond(), r.epochSecond());
            assertEquals(0, r.nano());
        });
        assertEquals(25, n);
        assertEquals(1, pm25[0]);
        assertEquals(Tt10Samples.sum(25), sum[0], 1e-9);
    }

    @Test
    void looksLike() {
        byte[] file = Tt10Samples.stationFile(3).getBytes(StandardCharsets.UTF_8);
        assertTrue(CODEC.looksLike(file, 0, file.length));
        byte[] bom = ("\uFEFF" + Tt10Samples.stationFile(1)).getBytes(StandardCharsets.UTF_8);
        assertTrue(CODEC.looksLike(bom, 0, bom.length));
        byte[] nmea = "$GPGSA,A,3,04,05,,09,12,,,24,,,,,2.5,1.3,2.1*39".getBytes(StandardCharsets.US_ASCII);
        assertFalse(CODEC.looksLike(nmea, 0, nmea.length));
        byte[] badTime = "pH\t7\t-\t2024010108300x\t00\n".getBytes(StandardCharsets.US_ASCII);
        assertFalse(CODEC.looksLike(badTime, 0, badTime.length));
        assertFalse(CODEC.looksLike(new byte[0], 0, 0));
        byte[] oneLine = "pH\t7.12\t-\t20240101083000\t00\tCOD\t---\tmg/L\t20240101083000\t02\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertTrue(CODEC.looksLike(oneLine, 0, oneLine.length));
        byte[] noEnd = "pH\t7\t-\t20240101083000\t00".getBytes(StandardCharsets.US_ASCII);
        assertTrue(CODEC.looksLike(noEnd, 0, noEnd.length));
        assertFalse(CODEC.looksLike(noEnd, 0, noEnd.length - 1));
    }

    @Test
    void plugin() {
        assertEquals("vn-tt10", CODEC.id());
        assertTrue(CODEC.canEncode());
        assertFalse(CODEC.description().isBlank());
    }

    // ---- encoding -------------------------------------------------------------------------------

    @Test
    void roundTrip() {
        Instant t = HALF_PAST_EIGHT;
        List<Observation> records = List.of(
                record("NUO001", "pH", "-", 7.21, t, Status.NORMAL, "00"),
                record("NUO001", "COD", "mg/L", 45.3, t, Status.CALIBRATING, "01"),
                record("NUO001", "TSS", "mg/L", Double.NaN, t, Status.FAULT, "02"),
                record("NUO001", "Nhiệt độ", "°C", -0.0, t, Status.UNKNOWN, "03"),
                record("NUO001", "Flow", null, 1.0e-7, t.minusSeconds(60), Status.NORMAL, "00"),
                record("NUO001", "NH4", "mg/L", 123456789.125, t, Status.NORMAL, "00"));
        byte[] bytes = CODEC.encode(records);
        assertEquals(
                "pH\t7.21\t-\t20250101083000\t00\r\n"
                        + "COD\t45.3\tmg/L\t20250101083000\t01\r\n"
                        + "TSS\t\tmg/L\t20250101083000\t02\r\n"
                        + "Nhiệt độ\t-0\t°C\t20250101083000\t03\r\n"
                        + "Flow\t0.0000001\t\t20250101082900\t00\r\n"
                        + "NH4\t123456789.125\tmg/L\t20250101083000\t00\r\n",
                new String(bytes, StandardCharsets.UTF_8));
        Tt10FileName name = CODEC.fileNameFor("HN", "ABCD", records);
        assertEquals("HN_ABCD_NUO001_20250101083000.txt", name.fileName());
        List<Observation> back = CODEC.decode(bytes, DecodeContext.defaults().withSourceName(name.fileName()));
        assertEquals(records, back);
        assertArrayEquals(bytes, CODEC.encode(back), "the encoder's form is canonical");
        // Records built without a status flag get the code of their status.
        byte[] plain = CODEC.encode(List.of(Observation.of("", "pH", null, 7, t)));
        assertEquals("pH\t7\t\t20250101083000\t00\r\n", new String(plain, StandardCharsets.UTF_8));
    }

    @Test
    void canonicalFileRoundTripsByteForByte() {
        byte[] file = Tt10Samples.stationFile(25).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(file, CODEC.encode(CODEC.decode(file)));
    }

    private static Observation record(
            String source, String name, String unit, double v, Instant t, Status s, String raw) {
        return new Observation(source, "vn-tt10", name, unit, Value.of(v), null, t, Statistic.SAMPLE, s, raw);
    }

    @Test
    void encodeRefusesWhatAFileCannotSay() {
        Instant t = HALF_PAST_EIGHT;
        Observation ph = Observation.of("S1", "pH", null, 7, t);
        assertRefused(List.of(ph, Observation.of("S2", "pH", null, 7, t)), "record 1: source 'S2' differs");
        assertRefused(List.of(Observation.of("S1", "p\tH", null, 7, t)), "record 0: name 'p\tH' holds a control");
        assertRefused(List.of(Observation.of("S1", "", null, 7, t)), "record 0: name is empty");
        assertRefused(List.of(Observation.of("S1", "pH", "mg\nL", 7, t)), "record 0: unit");
        assertRefused(
                List.of(Observation.of("S1", "pH", null, Double.POSITIVE_INFINITY, t)), "record 0: value is infinite");
        assertRefused(List.of(Observation.of("S1", "pH", null, 7, t.plusMillis(500))), "fractions of a second");
        assertRefused(
                List.of(new Observation(
                        "S1", "", "pH", null, Value.of("seven"), null, t, Statistic.SAMPLE, Status.NORMAL, null)),
                "record 0: value seven is not a number");
        assertRefused(
                List.of(new Observation(
                        "S1", "", "COD", "mg/L", Value.of(40), null, t, Statistic.AVERAGE, Status.NORMAL, null)),
                "not sums or AVERAGE");
        assertRefused(
                List.of(new Observation(
                        "S1", "", "COD", "mg/L", Value.of(40), null, t, Statistic.SAMPLE, Status.MAINTENANCE, "M")),
                "status MAINTENANCE has no TT 10/2021 code");
        assertThrows(IllegalArgumentException.class, () -> CODEC.fileNameFor("HN", "X", List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> CODEC.fileNameFor("HN", "X", List.of(Observation.of("", "pH", null, 7, t))));
        assertEquals(0, CODEC.encode(List.of()).length);
    }

    private static void assertRefused(List<Observation> records, String reason) {
        CodecException e = assertThrows(CodecException.class, () -> CODEC.encode(new ArrayList<>(records)));
        assertEquals(-1, e.offset());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
