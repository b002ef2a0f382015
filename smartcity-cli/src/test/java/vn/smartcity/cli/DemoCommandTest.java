package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.smartcity.cli.SmartCityTest.Result;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.aqi.AirQualityAggregator;
import vn.smartcity.iot.aqi.AqiResult;
import vn.smartcity.iot.aqi.Pollutant;
import vn.smartcity.iot.aqi.VnAqi;
import vn.smartcity.testkit.SampleCitizen;
import vn.smartcity.testkit.SampleFeeds;

/**
 * {@code smartcity demo} run in-process, as a user types it: every step's computed facts, the JSON
 * form, masking, and that it leaves no thread behind.
 */
class DemoCommandTest {

    @TempDir
    static Path dir;

    private static Path photo;
    private static Result json;
    private static JsonObject o;
    private static List<Thread> leftBehind;

    @BeforeAll
    static void runTheDemoOnce() {
        photo = dir.resolve("face.jpg");
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        json = SmartCityTest.run("demo", "--json", "--photo", photo.toString());
        leftBehind = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t)
                    && t.isAlive()
                    && (!t.isDaemon() || t.getName().startsWith("smartcity-sandbox"))) {
                leftBehind.add(t);
            }
        }
        assertEquals(0, json.status(), json.err());
        o = json.json();
    }

    @Test
    void exitsZeroWithNothingOnStandardErrorAndNoThreadLeft() {
        assertEquals("", json.err());
        assertEquals(List.of(), leftBehind.stream().map(Thread::getName).toList(), "threads still running");
    }

    @Test
    void readsTheChipOverPaceAndPassesPassiveAuthentication() throws IOException {
        JsonObject card = o.getJsonObject("card");
        assertEquals("PACE", card.getString("protocol"));
        assertTrue(card.getString("access").startsWith("PACE id-PACE-"), card.toString());
        JsonObject pa = card.getJsonObject("passiveAuthentication");
        assertTrue(pa.getBoolean("passed"));
        assertEquals("PASSED", pa.getString("result"));
        assertEquals(
                pa.getInt("checks") - pa.getJsonArray("notPassed").size(), pa.getInt("checksPassed"), pa.toString());
        JsonObject citizen = card.getJsonObject("citizen");
        assertEquals(PersonalIdNumber.parse(SampleCitizen.ID_NUMBER).masked(), citizen.getString("idNumber"));
        assertEquals("N***** T** M**", citizen.getString("fullName"));
        assertEquals(1995, citizen.getInt("birthYear"));

        JsonObject p = card.getJsonObject("photo");
        assertEquals(photo.toString(), p.getString("path"));
        byte[] saved = Files.readAllBytes(photo);
        assertEquals(p.getInt("bytes"), saved.length);
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, Arrays.copyOf(saved, 2), "a JPEG was saved");
    }

    @Test
    void submitsPaysAndFollowsTheDossierToResultReturnedOnDvcqg() {
        JsonObject d = o.getJsonObject("dossier");
        // Circular 01/2018/TT-VPCP art. 19: agency code, receipt date yyMMdd, daily number.
        DossierCode code = DossierCode.parse(d.getString("code"));
        assertEquals(DemoDay.DAY, code.receiptDate());
        assertEquals(d.getString("agency"), code.agency().value());
        assertTrue(d.getString("procedure").startsWith(DemoDay.PROCEDURE + "."), d.getString("procedure"));
        assertEquals(
                d.getString("owner"),
                o.getJsonObject("card").getJsonObject("citizen").getString("idNumber"));

        JsonObject pay = d.getJsonObject("payment");
        assertEquals("paygov", pay.getString("gateway"));
        assertEquals(code.toString(), pay.getString("orderId"));
        assertTrue(pay.getBoolean("callbackVerified"));
        assertTrue(pay.getBoolean("returnVerified"));
        assertEquals(DemoDay.FEE.dong(), pay.getJsonNumber("fee").longValue());
        assertEquals(
                pay.getJsonNumber("fee").longValue(), pay.getJsonNumber("paid").longValue());
        assertTrue(pay.getString("reply").contains("\"SUCCESSFUL\""), pay.getString("reply"));

        JsonArray timeline = d.getJsonArray("timeline");
        List<String> states = new ArrayList<>();
        timeline.forEach(
                e -> states.add(e.asJsonObject().getJsonObject("status").getString("name")));
        assertEquals(List.of("RECEIVED", "FEES_DUE", "PROCESSING", "RESULT_READY", "RESULT_RETURNED"), states);
        assertEquals("PayGov", timeline.getJsonObject(2).getString("by"), "the verified callback resumed it");
        assertEquals(pay.getString("resumedAt"), timeline.getJsonObject(2).getString("at"));

        // Looked up again with TraCuuHoSo: the state and every step that was sent.
        JsonObject dvcqg = d.getJsonObject("dvcqg");
        assertEquals(10, dvcqg.getJsonObject("status").getInt("code"));
        assertEquals("Đã trả kết quả", dvcqg.getJsonObject("status").getString("label"));
        assertEquals(timeline.size(), dvcqg.getInt("stepsSent"));
        assertEquals(dvcqg.getInt("stepsSent"), dvcqg.getInt("stepsFound"));
        List<String> synced = new ArrayList<>();
        dvcqg.getJsonArray("steps")
                .forEach(
                        s -> synced.add(s.asJsonObject().getJsonObject("status").getString("name")));
        assertEquals(states, synced);
        assertEquals(timeline.getJsonObject(4).getString("at"), dvcqg.getString("returnedAt"));
        assertTrue(d.getString("dueAt").compareTo(dvcqg.getString("returnedAt")) > 0, "returned before the due date");
    }

    @Test
    void computesHourlyAndDailyAqiAndRaisesTheAlertAtTheHourItCrosses150() {
        // The same day computed here without the demo: decode every frame, aggregate, find the
        // first hour whose index goes above 150.
        byte[] stream = SampleFeeds.hj212Day(DemoDay.DAY, DemoDay.AIR_STATION);
        SensorCodec hj212 = Codecs.registry().get("hj212");
        List<Observation> records = new ArrayList<>();
        int frames = 0;
        for (String frame : new String(stream, StandardCharsets.US_ASCII).split("\r\n")) {
            records.addAll(
                    hj212.decode((frame + "\r\n").getBytes(StandardCharsets.US_ASCII), DecodeContext.defaults()));
            frames++;
        }
        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(5).build();
        station.addAll(records);
        String firstAbove = null;
        int peak = 0;
        boolean above = false;
        for (Map.Entry<Instant, AqiResult> e :
                station.vnHourlySeries(DemoDay.DAY).entrySet()) {
            int aqi = e.getValue() instanceof AqiResult.Index i ? i.aqi() : -1;
            peak = Math.max(peak, aqi);
            if (aqi > DemoDay.ALERT_ABOVE && !above && firstAbove == null) {
                firstAbove = LocalTime.ofInstant(e.getKey(), DemoDay.ZONE).toString();
            }
            above = aqi > DemoDay.ALERT_ABOVE;
        }
        assertNotNull(firstAbove, "the sample day must cross 150 for the alert to be real");

        JsonObject air = o.getJsonObject("air");
        assertEquals(frames, air.getInt("frames"));
        assertEquals(records.size(), air.getInt("readings"));
        assertEquals(24, air.getJsonArray("hourly").size());
        JsonObject alert = air.getJsonObject("alert");
        assertEquals(firstAbove, alert.getString("raisedAt"));
        assertTrue(alert.getInt("aqi") > DemoDay.ALERT_ABOVE);
        assertEquals(VnAqi.category(alert.getInt("aqi")).name(), alert.getString("category"));
        assertEquals(peak, alert.getInt("peakAqi"));
        assertEquals(peak, air.getJsonObject("peak").getInt("aqi"));
        AqiResult daily = station.vnDaily(DemoDay.DAY);
        assertEquals(((AqiResult.Index) daily).aqi(), air.getJsonObject("daily").getInt("aqi"));

        // The hour before the alert is at or below the threshold; the alert's hours above it.
        JsonArray hourly = air.getJsonArray("hourly");
        int raised = LocalTime.parse(firstAbove).getHour();
        if (raised > 0 && !hourly.getJsonObject(raised - 1).isNull("aqi")) {
            assertTrue(hourly.getJsonObject(raised - 1).getInt("aqi") <= DemoDay.ALERT_ABOVE);
        }
        for (int h = raised; h < raised + alert.getInt("hoursAbove"); h++) {
            assertTrue(hourly.getJsonObject(h).getInt("aqi") > DemoDay.ALERT_ABOVE, "hour " + h);
        }

        JsonObject water = air.getJsonObject("water");
        assertTrue(water.getString("file").endsWith("_20251103090000.txt"), water.getString("file"));
        assertEquals(water.getJsonArray("records").size(), water.getInt("readings"));
        assertEquals(water.getInt("readings") - 1, water.getInt("valid"), "NH4's analyser is calibrating");
    }

    @Test
    void filesTheFieldReportAtTheStationAndFollowsItToClosedWithARating() {
        JsonObject r = o.getJsonObject("fieldReport");
        assertEquals(DemoDay.AIR_POLLUTION_SERVICE, r.getString("serviceCode"));
        assertEquals(DemoDay.AIR_STATION_AT.latitude(), r.getJsonNumber("lat").doubleValue());
        assertEquals(DemoDay.AIR_STATION_AT.longitude(), r.getJsonNumber("long").doubleValue());
        JsonObject alert = o.getJsonObject("air").getJsonObject("alert");
        assertTrue(r.getString("description").contains("VN_AQI " + alert.getInt("aqi")), r.getString("description"));
        JsonArray history = r.getJsonArray("history");
        assertEquals("open", history.getJsonObject(0).getString("status"));
        assertEquals("closed", history.getJsonObject(history.size() - 1).getString("status"));
        assertTrue(r.getBoolean("closed"));
        assertTrue(r.getBoolean("ratingRecorded"));
        assertEquals(5, r.getInt("rating"));
    }

    @Test
    void theSummaryIsConsistentWithItsParts() {
        JsonObject s = o.getJsonObject("summary");
        JsonObject d = s.getJsonObject("dossiers");
        assertEquals(d.getInt("resolved"), d.getInt("onTime") + d.getInt("late"));
        assertTrue(d.getInt("total") >= d.getInt("resolved") + d.getInt("inProgress") + d.getInt("overdue"));
        assertTrue(d.getInt("resolved") > 0);
        assertEquals(Math.round(100.0 * d.getInt("onTime") / d.getInt("resolved")), d.getInt("onTimePercent"));
        // The citizen's dossier is among those on time.
        assertTrue(d.getInt("onTime") >= 1);

        JsonObject reports = s.getJsonObject("fieldReports");
        assertEquals(reports.getInt("total"), reports.getInt("open") + reports.getInt("closed"));
        assertTrue(reports.getInt("closed") >= 1, "the demo's report is closed");

        JsonArray byHour = s.getJsonArray("aqiByHour");
        JsonArray hourly = o.getJsonObject("air").getJsonArray("hourly");
        for (int h = 0; h < hourly.size(); h++) {
            assertEquals(
                    hourly.getJsonObject(h).get("aqi"), byHour.getJsonObject(h).get("aqi"), "hour " + h);
        }
    }

    @Test
    void personalDataIsMaskedEverywhere() {
        assertFalse(json.out().contains(SampleCitizen.ID_NUMBER));
        assertFalse(json.out().contains("Nguyễn Thị Mậu"));
        assertFalse(json.out().contains("Nguy\\u1ec5n"));
    }

    @Test
    void theTextTellsTheDayInAFewDozenLines() {
        Result r = SmartCityTest.run("demo", "--photo", dir.resolve("text.jpg").toString());
        assertEquals(0, r.status(), r.err());
        String out = r.out().replace("\r", "");
        List<String> lines = out.lines().toList();
        assertTrue(lines.size() >= 12 && lines.size() <= 45, lines.size() + " lines:\n" + out);
        for (String section : List.of("1. ", "2. ", "3. ", "4. ", "5. ", "6. ")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(section)), "section " + section + "\n" + out);
        }
        assertFalse(out.contains(SampleCitizen.ID_NUMBER));
        assertTrue(out.contains("001*******45  N***** T** M**  female, born 1995"), out);
        assertTrue(out.contains("passive authentication PASSED"), out);
        assertTrue(
                Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.H\\d{2}-251103-\\d{4}")
                        .matcher(out)
                        .find(),
                out);
        assertTrue(out.contains("Đã trả kết quả"), out);
        assertTrue(out.contains("callback verified"), out);
        assertTrue(
                Pattern.compile("ALERT \\d\\d:00: VN_AQI 1[5-9]\\d")
                        .matcher(out)
                        .find(),
                out);
        assertTrue(out.contains("> closed"), out);
        assertTrue(out.contains("% on time"), out);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("    150 |") && l.contains("##")), out);
    }

    @Test
    void aPhotoPathThatCannotBeWrittenIsOneLineAndExitOne() {
        Path missing = dir.resolve("no-such-directory").resolve("face.jpg");
        Result r = SmartCityTest.run("demo", "--photo", missing.toString());
        assertEquals(1, r.status());
        assertEquals(
                "smartcity: cannot save the photo to " + missing + ": no such directory",
                r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void theChartDrawsOneColumnPairPerHourAndTheAlertLine() {
        List<DemoAir.Hour> hours = new ArrayList<>();
        int[] values = {-1, 40, 160, 90};
        for (int h = 0; h < values.length; h++) {
            hours.add(new DemoAir.Hour(
                    LocalTime.of(h, 0),
                    values[h] < 0
                            ? new AqiResult.NotEnoughData("VN_AQI", "synthetic")
                            : new AqiResult.Index(
                                    "VN_AQI", values[h], VnAqi.category(values[h]), Pollutant.PM2_5, List.of())));
        }
        assertEquals(
                List.of(
                        " 150 |----##--",
                        " 125 |    ##",
                        " 100 |    ##",
                        "  75 |    ####",
                        "  50 |    ####",
                        "  25 |  ######",
                        "     +--------",
                        "      00    03"),
                DemoPrinter.chart(hours, 150));
    }

    @Test
    void anAlertIsRaisedOnlyWhenTheIndexCrossesTheThreshold() {
        assertNull(DemoAir.alert(series(100, 150, 120), 150), "150 is not above 150");
        DemoAir.Alert a = DemoAir.alert(series(100, 151, 180, 160, 140, 170), 150);
        assertNotNull(a);
        assertEquals(LocalTime.of(1, 0), a.raisedAt());
        assertEquals(151, a.raisedAqi());
        assertEquals(LocalTime.of(2, 0), a.peakAt());
        assertEquals(180, a.peakAqi());
        assertEquals(3, a.hoursAbove());
        assertEquals(LocalTime.of(4, 0), a.clearedAt());
        DemoAir.Alert fromMidnight = DemoAir.alert(series(155, 160), 150);
        assertNotNull(fromMidnight);
        assertEquals(LocalTime.MIDNIGHT, fromMidnight.raisedAt());
        assertNull(fromMidnight.clearedAt(), "the day ended above the threshold");
    }

    private static List<DemoAir.Hour> series(int... values) {
        List<DemoAir.Hour> hours = new ArrayList<>();
        for (int h = 0; h < values.length; h++) {
            hours.add(new DemoAir.Hour(
                    LocalTime.of(h, 0),
                    new AqiResult.Index("VN_AQI", values[h], VnAqi.category(values[h]), Pollutant.PM2_5, List.of())));
        }
        return hours;
    }

    @Test
    void theDayIsAWorkingMonday() {
        // The counter is open and the appointment dates count from a working day.
        assertEquals(java.time.DayOfWeek.MONDAY, DemoDay.DAY.getDayOfWeek());
    }
}
