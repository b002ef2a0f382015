package vn.smartcity.iot.nmea;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;

class NmeaCodecTest {

    private static final NmeaCodec CODEC = new NmeaCodec();
    /** A fixed clock for inputs without an RMC date: 2024-05-01T10:00:00Z. */
    private static final DecodeContext CONTEXT =
            DecodeContext.defaults().withClock(Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC));

    // Dale DePriest, "NMEA data", https://www.gpsinformation.org/dale/nmea.htm, sections GGA, GSA,
    // RMC and VTG (checksums recomputed: 47, 39, 6A, 48). The same four sentences are the test
    // input of many parsers, e.g. ktuukkan/marine-api's GGA/RMC tests.
    private static final String DEPRIEST_GGA = "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47";
    private static final String DEPRIEST_GSA = "$GPGSA,A,3,04,05,,09,12,,,24,,,,,2.5,1.3,2.1*39";
    private static final String DEPRIEST_RMC = "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A";
    private static final String DEPRIEST_VTG = "$GPVTG,054.7,T,034.4,M,005.5,N,010.2,K*48";

    private static final double KNOT = 1852.0 / 3600.0;

    private static List<Observation> decode(String text) {
        return CODEC.decode(text.getBytes(StandardCharsets.US_ASCII), CONTEXT);
    }

    private static List<Observation> named(List<Observation> records, String name) {
        return records.stream().filter(o -> o.name().equals(name)).collect(Collectors.toList());
    }

    private static Observation one(List<Observation> records, String name) {
        List<Observation> found = named(records, name);
        assertEquals(1, found.size(), () -> name + " in " + records);
        return found.get(0);
    }

    private static double value(List<Observation> records, String name) {
        return one(records, name).number();
    }

    private static CodecException rejects(String text) {
        return assertThrows(CodecException.class, () -> decode(text));
    }

    /** Appends {@code *HH} to a sentence written without its checksum. */
    static String withChecksum(String body) {
        int sum = 0;
        for (int i = 1; i < body.length(); i++) {
            sum ^= body.charAt(i);
        }
        return body + String.format("*%02X", sum);
    }

    // ---- published vectors ------------------------------------------------------------------------

    @Test
    void depriestGga() {
        List<Observation> r = decode(DEPRIEST_GGA);
        assertEquals(7, r.size());
        assertEquals(48 + 7.038 / 60, value(r, "latitude"), 1e-12);
        assertEquals(48.1173, value(r, "latitude"), 1e-9);
        assertEquals(11 + 31.0 / 60, value(r, "longitude"), 1e-12);
        assertEquals(11.5167, value(r, "longitude"), 1e-4);
        assertEquals(1, value(r, "fix-quality"));
        assertEquals(8, value(r, "satellites"));
        assertEquals(0.9, value(r, "hdop"));
        assertEquals(545.4, value(r, "altitude"));
        assertEquals(46.9, value(r, "geoid-separation"));
        for (Observation o : r) {
            assertEquals("GP", o.source());
            assertEquals("nmea", o.codec());
            assertEquals(Status.NORMAL, o.status());
            assertEquals("1", o.rawStatus());
            assertEquals(Statistic.SAMPLE, o.statistic());
            // No RMC in the input: the clock's UTC date (2024-05-01) with GGA's time of day.
            assertEquals(Instant.parse("2024-05-01T12:35:19Z"), o.time());
        }
        assertEquals("deg", one(r, "latitude").unit());
        assertEquals("m", one(r, "altitude").unit());
        assertNull(one(r, "satellites").unit());
    }

    @Test
    void depriestRmc() {
        List<Observation> r = decode(DEPRIEST_RMC);
        assertEquals(5, r.size());
        assertEquals(48.1173, value(r, "latitude"), 1e-9);
        assertEquals(11.516666666666667, value(r, "longitude"), 1e-12);
        assertEquals(22.4 * KNOT, value(r, "speed"), 1e-12);
        assertEquals(11.5236, value(r, "speed"), 1e-4);
        assertEquals("m/s", one(r, "speed").unit());
        assertEquals(84.4, value(r, "course"));
        assertEquals(-3.1, value(r, "magnetic-variation"));
        for (Observation o : r) {
            assertEquals(Instant.parse("1994-03-23T12:35:19Z"), o.time());
            assertEquals(Status.NORMAL, o.status());
            assertEquals("A", o.rawStatus());
        }
    }

    @Test
    void depriestGsa() {
        List<Observation> r = decode(DEPRIEST_GSA);
        assertEquals(4, r.size());
        assertEquals(3, value(r, "fix-mode"));
        assertEquals(2.5, value(r, "pdop"));
        assertEquals(1.3, value(r, "hdop"));
        assertEquals(2.1, value(r, "vdop"));
        assertEquals("3", one(r, "pdop").rawStatus());
        // No time anywhere in the input: the clock's time.
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), one(r, "pdop").time());
    }

    @Test
    void depriestVtg() {
        List<Observation> r = decode(DEPRIEST_VTG);
        assertEquals(3, r.size());
        assertEquals(54.7, value(r, "course"));
        assertEquals(34.4, value(r, "course-magnetic"));
        assertEquals(5.5 * KNOT, value(r, "speed"), 1e-12);
        assertNull(one(r, "speed").rawStatus(), "no FAA mode field before NMEA 2.3");
    }

    @Test
    void depriestSentencesTogetherShareTheRmcDate() {
        List<Observation> r =
                decode(String.join("\r\n", DEPRIEST_GGA, DEPRIEST_GSA, DEPRIEST_RMC, DEPRIEST_VTG) + "\r\n");
        // GGA 7; GSA 4 less the HDOP... which differs (0.9 vs 1.3), so 4; RMC 5 less the repeated
        // position; VTG 3.
        assertEquals(7 + 4 + 3 + 3, r.size());
        assertEquals(1, named(r, "latitude").size(), "GGA and RMC give one position");
        Instant t = Instant.parse("1994-03-23T12:35:19Z");
        for (Observation o : r) {
            assertEquals(t, o.time(), o.name());
        }
        assertEquals(
                List.of(22.4 * KNOT, 5.5 * KNOT),
                named(r, "speed").stream().map(Observation::number).collect(Collectors.toList()));
    }

    /**
     * gpsd's regression test {@code test/daemon/mt3339.log} and its expected output {@code
     * mt3339.log.chk} (ntpsec/gpsd, revision 46977faa): an Adafruit MT3339 receiver, 2015-04-13,
     * decoded by gpsd to lat 44.068843333, lon -121.314191667, altMSL 1127.7, geoidSep -19.6,
     * status 2 (DGPS), mode 3, hdop 0.98, pdop 1.64, vdop 1.31, uSat 10, time
     * 2015-04-13T20:26:40.000Z, track 225.97, speed 0.015 m/s.
     */
    @Test
    void gpsdMt3339Log() {
        String log = String.join(
                "\n",
                "$GPGGA,202640.000,4404.1306,N,12118.8515,W,2,10,0.98,1127.7,M,-19.6,M,0000,0000*6C",
                "$GPGSA,A,3,20,16,09,03,07,10,23,19,27,30,,,1.64,0.98,1.31*05",
                "$GPRMC,202640.000,A,4404.1306,N,12118.8515,W,0.03,225.97,130415,,,D*73",
                "$GPZDA,202640.000,13,04,2015,,*54",
                "");
        List<Observation> r = decode(log);
        assertEquals(44.068843333, value(r, "latitude"), 5e-10);
        assertEquals(-121.314191667, value(r, "longitude"), 5e-10);
        assertEquals(1127.7, value(r, "altitude"));
        assertEquals(-19.6, value(r, "geoid-separation"));
        assertEquals(2, value(r, "fix-quality"));
        assertEquals(3, value(r, "fix-mode"));
        assertEquals(0.98, value(r, "hdop"), 0, "GGA and GSA agree: one record");
        assertEquals(1.64, value(r, "pdop"));
        assertEquals(1.31, value(r, "vdop"));
        assertEquals(10, value(r, "satellites"));
        assertEquals(225.97, value(r, "course"));
        assertEquals(0.015, value(r, "speed"), 0.0005);
        for (Observation o : r) {
            assertEquals(Instant.parse("2015-04-13T20:26:40Z"), o.time(), o.name());
            assertEquals(Status.NORMAL, o.status());
        }
        assertEquals(12, r.size(), "ZDA skipped; position and HDOP reported once");
    }

    /** Examples of NMEA Revealed (gpsd {@code www/NMEA.adoc}, sections GGA, RMC, VTG, GSA). */
    @Test
    void nmeaRevealedExamples() {
        // GGA with 12 fields (no DGPS age and station), GN talker.
        List<Observation> gga = decode("$GNGGA,001043.00,4404.14036,N,12118.85961,W,1,12,0.98,1113.0,M,-21.3,M*47");
        assertEquals("GN", one(gga, "latitude").source());
        assertEquals(44 + 4.14036 / 60, value(gga, "latitude"), 1e-12);
        assertEquals(-(121 + 18.85961 / 60), value(gga, "longitude"), 1e-12);
        assertEquals(12, value(gga, "satellites"));
        assertEquals(1113.0, value(gga, "altitude"));
        assertEquals(Instant.parse("2024-05-01T00:10:43Z"), one(gga, "altitude").time());
        // RMC with an empty course and the FAA mode field.
        List<Observation> rmc = decode("$GNRMC,001031.00,A,4404.13993,N,12118.86023,W,0.146,,100117,,,A*7B");
        assertEquals(0.146 * KNOT, value(rmc, "speed"), 1e-12);
        assertTrue(named(rmc, "course").isEmpty());
        assertEquals(Instant.parse("2017-01-10T00:10:31Z"), one(rmc, "speed").time());
        // VTG with an empty magnetic course and mode A.
        List<Observation> vtg = decode("$GPVTG,220.86,T,,M,2.550,N,4.724,K,A*34");
        assertEquals(220.86, value(vtg, "course"));
        assertEquals(2.55 * KNOT, value(vtg, "speed"), 1e-12);
        assertEquals("A", one(vtg, "speed").rawStatus());
        assertEquals(2, vtg.size());
        // GSA of a multi-constellation receiver.
        List<Observation> gsa = decode("$GNGSA,A,3,80,71,73,79,69,,,,,,,,1.83,1.09,1.47*17");
        assertEquals(1.83, value(gsa, "pdop"));
        assertEquals(1.09, value(gsa, "hdop"));
        assertEquals(1.47, value(gsa, "vdop"));
    }

    /**
     * ktuukkan/marine-api {@code src/test/java/net/sf/marineapi/nmea/parser/VTGTest.java} and {@code
     * GSATest.java}: their EXAMPLE sentences (the VTG one has no checksum there; it is computed here).
     */
    @Test
    void marineApiExamples() {
        List<Observation> vtg = decode(withChecksum("$GPVTG,360.0,T,348.7,M,16.89,N,31.28,K,A"));
        assertEquals(360.0, value(vtg, "course"));
        assertEquals(348.7, value(vtg, "course-magnetic"));
        assertEquals(16.89 * KNOT, value(vtg, "speed"), 1e-12);
        List<Observation> gsa = decode("$GPGSA,A,3,02,,,07,,09,24,26,,,,,1.6,1.6,1.0*3D");
        assertEquals(3, value(gsa, "fix-mode"));
        assertEquals(1.6, value(gsa, "pdop"));
        assertEquals(1.6, value(gsa, "hdop"));
        assertEquals(1.0, value(gsa, "vdop"));
    }

    @Test
    void vtgForms() {
        // The form before NMEA 3.01 (NMEA Revealed, VTG): course, magnetic course, knots, km/h.
        List<Observation> old = decode(withChecksum("$GPVTG,054.7,034.4,005.5,010.2"));
        assertEquals(54.7, value(old, "course"));
        assertEquals(34.4, value(old, "course-magnetic"));
        assertEquals(5.5 * KNOT, value(old, "speed"), 1e-12);
        // Without knots, the speed comes from km/h.
        List<Observation> kmh = decode(withChecksum("$GPVTG,054.7,T,,M,,N,36.0,K,A"));
        assertEquals(10.0, value(kmh, "speed"), 1e-12);
        assertEquals(
                13,
                rejects(withChecksum("$GPVTG,054.7,X,034.4,M,005.5,N,010.2,K")).offset());
    }

    @Test
    void halfAPositionIsAnError() {
        CodecException e = rejects(withChecksum("$GPGGA,123519,4807.038,N,,,1,08,0.9,545.4,M,46.9,M,,"));
        assertEquals(25, e.offset(), "at the missing longitude");
        assertTrue(e.getMessage().contains("both latitude and longitude, or neither"), e.getMessage());
        assertEquals(
                15,
                rejects(withChecksum("$GPGGA,123519,,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"))
                        .offset());
    }

    // ---- status, time, framing ---------------------------------------------------------------------

    @Test
    void noFixIsAFault() {
        List<Observation> gga = decode(withChecksum("$GPGGA,,,,,,0,00,99.99,,,,,,"));
        assertEquals(3, gga.size(), "quality, satellites and HDOP; no position");
        for (Observation o : gga) {
            assertEquals(Status.FAULT, o.status());
            assertEquals("0", o.rawStatus());
        }
        List<Observation> rmc = decode(withChecksum("$GPRMC,041215,V,2101.7107,N,10548.2890,E,0.0,,150926,,,N"));
        assertEquals(Status.FAULT, one(rmc, "latitude").status());
        assertEquals("V", one(rmc, "latitude").rawStatus());
        assertEquals(Instant.parse("2026-09-15T04:12:15Z"), one(rmc, "speed").time());
        List<Observation> gsa = decode(withChecksum("$GPGSA,A,1,,,,,,,,,,,,,99.99,99.99,99.99"));
        assertEquals(Status.FAULT, one(gsa, "fix-mode").status());
        List<Observation> vtg = decode(withChecksum("$GPVTG,,T,,M,0.0,N,0.0,K,N"));
        assertEquals(Status.FAULT, one(vtg, "speed").status());
        List<Observation> manual = decode(withChecksum("$GPGGA,101500,2101.7107,N,10548.2890,E,7,00,,,,,,,"));
        assertEquals(Status.MANUAL, one(manual, "latitude").status());
    }

    @Test
    void hanoiBusPosition() {
        // A bus near Hồ Hoàn Kiếm: 21°01.7107' N 105°51.2890' E, 18 km/h (9.719 kn) heading east.
        String input = withChecksum("$GNRMC,023000.00,A,2101.7107,N,10551.2890,E,9.719,90.0,150924,,,A") + "\n";
        List<Observation> r = decode(input);
        assertEquals(21.028511666666667, value(r, "latitude"), 1e-12);
        assertEquals(105.85481666666667, value(r, "longitude"), 1e-12);
        assertEquals(5.0, value(r, "speed"), 1e-3);
        assertEquals(Instant.parse("2024-09-15T02:30:00Z"), one(r, "speed").time(), "09:30 in Hà Nội");
    }

    @Test
    void ggaTakesTheDateOfTheNearestDayAcrossMidnight() {
        String input = String.join(
                "\n",
                withChecksum("$GPGGA,235959,2101.7107,N,10548.2890,E,1,09,1.0,12.0,M,-20.0,M,,"),
                withChecksum("$GPRMC,000001,A,2101.7108,N,10548.2891,E,10.0,90.0,010124,,"),
                withChecksum("$GPGGA,000002,2101.7109,N,10548.2892,E,1,09,1.0,12.0,M,-20.0,M,,"));
        List<Observation> r = decode(input);
        List<Observation> altitudes = named(r, "altitude");
        assertEquals(Instant.parse("2023-12-31T23:59:59Z"), altitudes.get(0).time());
        assertEquals(Instant.parse("2024-01-01T00:00:02Z"), altitudes.get(1).time());
    }

    @Test
    void ggaAloneTakesTheClocksDateNearestItsTime() {
        DecodeContext justAfterMidnight =
                CONTEXT.withClock(Clock.fixed(Instant.parse("2024-05-01T00:00:05Z"), ZoneOffset.UTC));
        List<Observation> r = CODEC.decode(
                withChecksum("$GPGGA,235958.5,2101.7107,N,10548.2890,E,1,09,1.0,12.0,M,-20.0,M,,")
                        .getBytes(StandardCharsets.US_ASCII),
                justAfterMidnight);
        assertEquals(Instant.parse("2024-04-30T23:59:58.5Z"), one(r, "altitude").time());
    }

    @Test
    void untimedSentencesTakeTheLastTime() {
        String input = String.join("\n", DEPRIEST_VTG, DEPRIEST_RMC, DEPRIEST_GSA);
        List<Observation> r = decode(input);
        Instant t = Instant.parse("1994-03-23T12:35:19Z");
        assertEquals(t, one(r, "course-magnetic").time(), "VTG before any timed sentence: the first after it");
        assertEquals(t, one(r, "pdop").time(), "GSA after RMC: RMC's time");
    }

    @Test
    void lineEndsBlankLinesAndLowerCaseChecksums() {
        String lower = DEPRIEST_RMC.replace("*6A", "*6a");
        assertEquals(5, decode(lower).size());
        assertEquals(
                5 + 7 - 2,
                decode("\r\n\n" + DEPRIEST_RMC + "\n\r\n" + DEPRIEST_GGA).size());
        assertEquals(0, decode("").size());
        assertEquals(0, decode("\n\r\n").size());
    }

    @Test
    void unknownSentencesAreSkippedOrRejected() {
        String input = String.join(
                "\n",
                "$GPGSV,2,1,08,01,40,083,46,02,17,308,41,12,07,344,39,14,22,228,45*75",
                withChecksum("$PGRME,15.0,M,45.0,M,25.0,M"),
                "$GPZDA,201530.00,04,07,2002,00,00*60",
                DEPRIEST_GSA);
        assertEquals(4, decode(input).size());
        NmeaCodec strict = NmeaCodec.builder().rejectUnknownSentences(true).build();
        CodecException e = assertThrows(
                CodecException.class, () -> strict.decode(input.getBytes(StandardCharsets.US_ASCII), CONTEXT));
        assertEquals(1, e.offset());
        assertTrue(e.getMessage().contains("a GGA, RMC, VTG or GSA sentence"), e.getMessage());
        // An unknown sentence is still checked.
        CodecException bad = rejects("$GPGSV,2,1,08,01,40,083,46,02,17,308,41,12,07,344,39,14,22,228,45*76");
        assertEquals(66, bad.offset());
    }

    // ---- rejection -------------------------------------------------------------------------------

    @Test
    void checksumMismatchIsRejectedAtItsDigits() {
        CodecException e = rejects(DEPRIEST_GGA.replace("*47", "*48"));
        assertEquals(DEPRIEST_GGA.indexOf('*') + 1, e.offset());
        assertEquals(
                "nmea: at byte 63: expected checksum 47 (XOR of the bytes between '$' and '*'), found 48",
                e.getMessage());
        // A changed field breaks the checksum.
        CodecException field = rejects(DEPRIEST_GGA.replace("545.4", "545.5"));
        assertEquals(63, field.offset());
        // On the second line, the offset counts from the start of the input.
        CodecException second = rejects(DEPRIEST_GSA + "\r\n" + DEPRIEST_RMC.replace("*6A", "*6B"));
        assertEquals(DEPRIEST_GSA.length() + 2 + DEPRIEST_RMC.indexOf('*') + 1, second.offset());
    }

    @Test
    void framingErrors() {
        assertEquals(0, rejects("GPGGA,123519*00").offset());
        CodecException noStar = rejects("$GPGGA,123519,4807.038");
        assertEquals(22, noStar.offset());
        assertTrue(noStar.getMessage().contains("'*' and two hex digits"), noStar.getMessage());
        assertEquals(9, rejects("$GPGSA,A*4").offset());
        assertEquals(9, rejects("$GPGSA,A*ZZ").offset());
        assertEquals(11, rejects("$GPGSA,A*39 ").offset());
        assertEquals(1, rejects(withChecksum("$gpgga,1")).offset());
        assertEquals(1, rejects(withChecksum("$,1")).offset());
        assertEquals(3, rejects("$GP\u0001GA*00").offset());
        // Two sentences run together on one line.
        assertEquals(DEPRIEST_GSA.length(), rejects(DEPRIEST_GSA + DEPRIEST_GSA).offset());
    }

    @Test
    void fieldErrors() {
        CodecException lat = rejects(withChecksum("$GPGGA,123519,48O7.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"));
        assertEquals(14, lat.offset());
        assertTrue(lat.getMessage().contains("a latitude ddmm.mmm"), lat.getMessage());
        assertEquals(
                14,
                rejects(withChecksum("$GPGGA,123519,9107.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"))
                        .offset());
        assertEquals(
                14,
                rejects(withChecksum("$GPGGA,123519,4867.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"))
                        .offset());
        assertEquals(
                23,
                rejects(withChecksum("$GPGGA,123519,4807.038,X,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"))
                        .offset());
        assertEquals(
                7,
                rejects(withChecksum("$GPGGA,126019,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,"))
                        .offset());
        assertEquals(
                37,
                rejects(withChecksum("$GPGGA,123519,4807.038,N,01131.000,E,9,08,0.9,545.4,M,46.9,M,,"))
                        .offset());
        assertEquals(
                52,
                rejects(withChecksum("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,F,46.9,M,,"))
                        .offset());
        CodecException date =
                rejects(withChecksum("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,300294,003.1,W"));
        assertEquals(51, date.offset());
        assertTrue(date.getMessage().contains("a date ddmmyy"), date.getMessage());
        assertEquals(
                14,
                rejects(withChecksum("$GPRMC,123519,X,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W"))
                        .offset());
        CodecException fields = rejects(withChecksum("$GPRMC,123519,A,4807.038,N"));
        assertEquals(26, fields.offset());
        assertTrue(fields.getMessage().contains("at least 9 fields in a RMC sentence"), fields.getMessage());
        assertEquals(20, rejects(withChecksum("$GPVTG,054.7,T,034.4")).offset());
        assertEquals(
                33,
                rejects(withChecksum("$GPGSA,A,3,04,05,,09,12,,,24,,,,,-2.5,1.3,2.1"))
                        .offset());
        CodecException many = rejects(withChecksum("$GPGGA" + ",1".repeat(40)));
        assertTrue(many.getMessage().contains("at most 31 fields"), many.getMessage());
    }

    @Test
    void everyTruncationIsRejectedOrDecodesWholeLines() {
        String input = String.join("\r\n", DEPRIEST_GGA, DEPRIEST_GSA, DEPRIEST_RMC, DEPRIEST_VTG) + "\r\n";
        byte[] bytes = input.getBytes(StandardCharsets.US_ASCII);
        for (int n = 0; n <= bytes.length; n++) {
            int cut = n;
            boolean lineBoundary = n == 0 || bytes[n - 1] == '\n' || bytes[n - 1] == '\r' && n < bytes.length;
            try {
                CODEC.decode(bytes, 0, n, CONTEXT, r -> {});
                assertTrue(lineBoundary || isAfterChecksum(bytes, n), () -> "prefix " + cut + " decoded");
            } catch (CodecException e) {
                assertFalse(lineBoundary, () -> "prefix " + cut + ": " + e.getMessage());
                assertTrue(e.offset() >= 0 && e.offset() <= n, () -> "offset " + e.offset() + " for prefix " + cut);
            }
        }
    }

    private static boolean isAfterChecksum(byte[] b, int n) {
        return n >= 3 && b[n - 3] == '*';
    }

    /** Fixed seed: a few thousand mutated copies of valid input raise only CodecException. */
    @Test
    void mutationsRaiseOnlyCodecException() {
        byte[] valid = (String.join("\r\n", DEPRIEST_GGA, DEPRIEST_GSA, DEPRIEST_RMC, DEPRIEST_VTG)
                        + "\r\n$GNGGA,001043.00,4404.14036,N,12118.85961,W,1,12,0.98,1113.0,M,-21.3,M*47\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] alphabet = "$*,.-0123456789ABCDEFGNMPRSTVWX\r\n\t \u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        Random random = new Random(0x4E4D4541L);
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
                CODEC.decode(m, 0, length, CONTEXT, r -> {});
                decoded++;
            } catch (CodecException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= length, e.getMessage());
            } catch (RuntimeException e) {
                fail("round " + round + ": " + new String(m, StandardCharsets.ISO_8859_1), e);
            }
        }
        assertTrue(decoded > 0, "some mutations keep the input valid (unknown sentences, lines cut)");
    }

    // ---- hot path -------------------------------------------------------------------------------

    @Test
    void sinkPathReadsEveryValueWithoutCopying() {
        byte[] input = (DEPRIEST_GGA + "\r\n" + DEPRIEST_RMC + "\r\n").getBytes(StandardCharsets.US_ASCII);
        double[] sum = {0};
        int[] seen = {0};
        long[] seconds = {0};
        StringBuilder names = new StringBuilder();
        int n = CODEC.decode(input, 0, input.length, CONTEXT, r -> {
            sum[0] += r.number();
            seen[0]++;
            seconds[0] = r.epochSecond();
            names.append(r.name()).append(' ');
            assertEquals("GP", r.source().toString());
            assertEquals(Status.NORMAL, r.status());
        });
        assertEquals(10, n);
        assertEquals(10, seen[0]);
        assertEquals(
                "latitude longitude fix-quality satellites hdop altitude geoid-separation speed course"
                        + " magnetic-variation ",
                names.toString());
        assertEquals(Instant.parse("1994-03-23T12:35:19Z").getEpochSecond(), seconds[0]);
        double expected = 48.1173 + 11 + 31.0 / 60 + 1 + 8 + 0.9 + 545.4 + 46.9 + 22.4 * KNOT + 84.4 - 3.1;
        assertEquals(expected, sum[0], 1e-9);
        // The view of a region inside a larger buffer: offsets are relative to the region.
        byte[] padded = ("xx" + DEPRIEST_GGA.replace("*47", "*46") + "yy").getBytes(StandardCharsets.US_ASCII);
        CodecException e = assertThrows(
                CodecException.class, () -> CODEC.decode(padded, 2, DEPRIEST_GGA.length(), CONTEXT, r -> {}));
        assertEquals(DEPRIEST_GGA.indexOf('*') + 1, e.offset());
    }

    @Test
    void looksLike() {
        byte[] gga = DEPRIEST_GGA.getBytes(StandardCharsets.US_ASCII);
        assertTrue(CODEC.looksLike(gga, 0, gga.length));
        assertFalse(CODEC.looksLike(gga, 1, gga.length - 1));
        byte[] tt10 = "pH\t7.1\t-\t20240101083000\t00\r\n".getBytes(StandardCharsets.US_ASCII);
        assertFalse(CODEC.looksLike(tt10, 0, tt10.length));
        assertFalse(CODEC.looksLike(new byte[0], 0, 0));
        assertFalse(CODEC.looksLike(gga, 0, 9));
    }

    @Test
    void plugin() {
        assertEquals("nmea", CODEC.id());
        assertTrue(CODEC.canEncode());
        assertFalse(CODEC.description().isBlank());
    }

    // ---- encoding -------------------------------------------------------------------------------

    @Test
    void roundTripOfDecodedGgaAndRmc() {
        List<Observation> records = decode(DEPRIEST_GGA + "\n" + DEPRIEST_RMC);
        byte[] encoded = CODEC.encode(records);
        String text = new String(encoded, StandardCharsets.US_ASCII);
        assertEquals(
                "$GPGGA,123519,4807.038,N,01131.0,E,1,08,0.9,545.4,M,46.9,M,,*47\r\n"
                        + "$GPRMC,123519,A,4807.038,N,01131.0,E,22.4,84.4,230394,3.1,W*6A\r\n",
                text);
        assertEquals(records, CODEC.decode(encoded, CONTEXT));
        // The encoder's form is canonical: encoding what it wrote gives the same bytes.
        assertArrayEquals(encoded, CODEC.encode(CODEC.decode(encoded, CONTEXT)));
    }

    @Test
    void roundTripOfGpsdLogAndOfAFault() {
        List<Observation> gpsd = decode(String.join(
                "\n",
                "$GPGGA,202640.000,4404.1306,N,12118.8515,W,2,10,0.98,1127.7,M,-19.6,M,0000,0000*6C",
                "$GPRMC,202640.000,A,4404.1306,N,12118.8515,W,0.03,225.97,130415,,,D*73"));
        assertEquals(gpsd, CODEC.decode(CODEC.encode(gpsd), CONTEXT));
        List<Observation> fault = decode(String.join(
                "\n",
                withChecksum("$GNGGA,041215.25,1045.1234,S,10641.5678,E,0,03,9.5,10.0,M,,,"),
                withChecksum("$GNRMC,041215.25,V,1045.1234,S,10641.5678,E,,,150926,,")));
        assertEquals(
                Instant.parse("2026-09-15T04:12:15.25Z"), one(fault, "altitude").time());
        assertEquals(Status.FAULT, one(fault, "latitude").status());
        assertEquals(fault, CODEC.decode(CODEC.encode(fault), CONTEXT));
    }

    @Test
    void roundTripOfBuiltRecordsWithinPrecision() {
        Instant t = Instant.parse("2024-09-15T02:30:00.125Z");
        List<Observation> records = List.of(
                record("GN", NmeaCodec.LATITUDE, "deg", 21.0285111, t, "1"),
                record("GN", NmeaCodec.LONGITUDE, "deg", 105.8048169, t, "1"),
                record("GN", NmeaCodec.FIX_QUALITY, null, 1, t, "1"),
                record("GN", NmeaCodec.ALTITUDE, "m", 12.3, t, "1"),
                record("GN", NmeaCodec.SPEED, "m/s", 8.33, t, "A"),
                record("GN", NmeaCodec.COURSE, "deg", 271.5, t, "A"));
        List<Observation> back = CODEC.decode(CODEC.encode(records), CONTEXT);
        assertEquals(records.size(), back.size());
        for (int i = 0; i < records.size(); i++) {
            Observation a = records.get(i);
            Observation b = back.get(i);
            assertEquals(a.name(), b.name());
            assertEquals(a.number(), b.number(), 1e-6, a.name());
            assertEquals(t, b.time());
            assertEquals(a.rawStatus(), b.rawStatus(), a.name());
        }
    }

    private static Observation record(String source, String name, String unit, double v, Instant t, String raw) {
        return new Observation(source, "nmea", name, unit, Value.of(v), null, t, Statistic.SAMPLE, Status.NORMAL, raw);
    }

    @Test
    void encodeRefusesWhatGgaAndRmcCannotSay() {
        Instant t = Instant.parse("2024-09-15T02:30:00Z");
        Observation lat = Observation.of("GP", NmeaCodec.LATITUDE, "deg", 21.0, t);
        Observation lon = Observation.of("GP", NmeaCodec.LONGITUDE, "deg", 105.8, t);
        assertRefused(
                List.of(lat, lon, Observation.of("GP", "temperature", "Cel", 30, t)), "record 2: name 'temperature'");
        assertRefused(
                List.of(lat, lon, Observation.of("GP", NmeaCodec.PDOP, null, 1.2, t)), "record 2: pdop needs a GSA");
        assertRefused(List.of(lat), "record 0: the fix at its time has no latitude and longitude");
        assertRefused(List.of(lat, lat, lon), "record 1: a second latitude");
        assertRefused(
                List.of(Observation.of("bus-42", NmeaCodec.LATITUDE, "deg", 21.0, t)), "record 0: source 'bus-42'");
        assertRefused(List.of(Observation.of("GP", NmeaCodec.LATITUDE, "deg", 91, t), lon), "record 0: latitude 91.0");
        assertRefused(
                List.of(lat, lon, Observation.of("GP", NmeaCodec.SPEED, "km/h", 30, t)), "record 2: speed in 'km/h'");
        Instant old = Instant.parse("1975-01-01T00:00:00Z");
        assertRefused(
                List.of(
                        Observation.of("GP", NmeaCodec.LATITUDE, "deg", 1, old),
                        Observation.of("GP", NmeaCodec.LONGITUDE, "deg", 1, old)),
                "the year 1975");
        // An empty source is written as GP.
        String text = new String(
                CODEC.encode(List.of(
                        Observation.of("", NmeaCodec.LATITUDE, null, -0.5, t),
                        Observation.of("", NmeaCodec.LONGITUDE, null, -179.99999999, t))),
                StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("$GPGGA,023000,0030.0,S,17959.9999994,W,1,"), text);
    }

    private static void assertRefused(List<Observation> records, String reason) {
        CodecException e = assertThrows(CodecException.class, () -> CODEC.encode(new ArrayList<>(records)));
        assertEquals(-1, e.offset());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
