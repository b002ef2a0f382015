package vn.example.quangninh.smartcity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.example.quangninh.smartcity.qn1.Qn1Codec;
import vn.smartcity.iot.aqi.AirQualityAggregator;
import vn.smartcity.iot.aqi.AqiResult;

/**
 * The shaded {@code smartcity} command with the plugin jar beside it on the class path, as a
 * province runs it: {@code java -cp smartcity.jar:province-plugin.jar vn.smartcity.cli.SmartCity}.
 *
 * <p>{@code smartcity plugins} reports bus connectors when {@code
 * vn.smartcity.egov.bus.BusConnector} is one of its extension types; the property {@value
 * #TYPES} names it, which is harmless once the command lists bus connectors by itself.
 */
class SmartCityCommandIT {

    private static final String TYPES = "-Dsmartcity.plugins.types=vn.smartcity.egov.bus.BusConnector";

    @TempDir
    static Path work;

    private static Path sample;

    @BeforeAll
    static void copySample() throws IOException {
        sample = work.resolve("QN-HL-01-20251120.qn1");
        try (InputStream in = SmartCityCommandIT.class.getResourceAsStream("/samples/QN-HL-01-20251120.qn1")) {
            Files.write(sample, Objects.requireNonNull(in, "sample").readAllBytes());
        }
    }

    /** {@code java [options] -cp CLASSPATH vn.smartcity.cli.SmartCity ARGS}. */
    private static Forks.Run smartcity(boolean withPlugin, List<String> options, String... args)
            throws IOException, InterruptedException {
        List<Path> classPath = new ArrayList<>(List.of(Forks.cliJar()));
        if (withPlugin) {
            classPath.add(Forks.pluginJar());
        }
        List<String> command = new ArrayList<>(List.of(Forks.java()));
        command.addAll(options);
        command.addAll(List.of("-cp", Forks.path(classPath), "vn.smartcity.cli.SmartCity"));
        command.addAll(List.of(args));
        return Forks.run(command);
    }

    @Test
    void pluginsListsBothFromThePluginJar() throws Exception {
        Forks.Run run = smartcity(true, List.of(TYPES), "plugins");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().collect(java.util.stream.Collectors.toList());
        String jar = Forks.pluginJar().toString();
        int codec = lines.indexOf(
                "  qn1 - QN1 station lines of Vinh Xanh data loggers (made-up example of a province plugin)");
        assertTrue(codec >= 0, run.out());
        assertEquals("      vn.example.quangninh.smartcity.qn1.Qn1Codec from " + jar, lines.get(codec + 1));
        int bus = lines.indexOf("  qn-lgsp - Quang Ninh LGSP, made-up example: OAuth 2 token at /token, API key"
                + " header, X-QN-* headers");
        assertTrue(bus >= 0, run.out());
        assertEquals("      vn.example.quangninh.smartcity.bus.QnLgspConnector from " + jar, lines.get(bus + 1));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("  ! ")), "no diagnostics: " + run.out());
    }

    @Test
    void pluginsJsonNamesThePluginJar() throws Exception {
        Forks.Run run = smartcity(true, List.of(TYPES), "plugins", "--json");
        assertEquals(0, run.status(), run.err());
        assertTrue(
                run.out()
                        .contains("{\"id\":\"qn1\",\"description\":\"QN1 station lines of Vinh Xanh data loggers"
                                + " (made-up example of a province plugin)\",\"provider\":\""
                                + Qn1Codec.class.getName() + "\",\"origin\":\"" + Forks.pluginJar() + "\"}"),
                run.out());
        assertTrue(run.out().contains("{\"id\":\"qn-lgsp\","), run.out());
    }

    @Test
    void withoutThePluginJarNeitherIsThere() throws Exception {
        Forks.Run run = smartcity(false, List.of(TYPES), "plugins");
        assertEquals(0, run.status(), run.err());
        assertFalse(run.out().contains("qn1"), run.out());
        assertFalse(run.out().contains("qn-lgsp"), run.out());
        assertTrue(run.out().contains("  lgsp - "), "the SDK's own connectors are listed: " + run.out());

        Forks.Run decode = smartcity(false, List.of(), "decode", "--codec", "qn1", "--file", sample.toString());
        assertEquals(1, decode.status(), decode.out());
        assertTrue(
                decode.err().startsWith("smartcity: No sensor-codec plugin has id 'qn1'. Known ids: "), decode.err());
    }

    @Test
    void decodeWithTheCodecId() throws Exception {
        Forks.Run run = smartcity(true, List.of(), "decode", "--codec", "qn1", "--file", sample.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().collect(java.util.stream.Collectors.toList());
        assertEquals("qn1: 14 records", lines.get(0));
        assertEquals("  2025-11-20T00:00:00Z  QN-HL-01  pm2.5 = 38.4 ug/m3  average  NORMAL", lines.get(1));
        assertEquals("  2025-11-20T00:00:00Z  QN-HL-01  co = 1100.0 ug/m3  average  NORMAL", lines.get(4));
        assertEquals("  2025-11-20T01:00:00Z  QN-HL-01  pm2.5 = 35.2 ug/m3  sample  NORMAL", lines.get(5));
        assertEquals("  2025-11-20T01:05:00Z  QN-HL-01  co = 1200.0 ug/m3  sample  CALIBRATING (C)", lines.get(11));
        assertEquals("  2025-11-20T01:05:00Z  QN-HL-01  pressure = 101.32 kPa  sample  NORMAL", lines.get(14));
    }

    @Test
    void decodeRecognisesTheFormatByItself() throws Exception {
        Forks.Run run = smartcity(true, List.of(), "decode", "--file", sample.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("{\"codec\":\"qn1\""), run.out());
        assertTrue(run.out().contains("{\"name\":\"pm2.5\",\"unit\":\"ug/m3\",\"value\":35.2,"), run.out());
    }

    @Test
    void aBadLineIsReportedWithItsOffset() throws Exception {
        Path bad = work.resolve("bad.qn1");
        Files.writeString(
                bad,
                "QN1;ST=QN-HL-01;T=20251120T0800;PM25=35.3;PM10=60.1;NO2=21;CRC=3F6D\r\n",
                StandardCharsets.US_ASCII);
        Forks.Run run = smartcity(true, List.of(), "decode", "--codec", "qn1", "--file", bad.toString());
        assertEquals(1, run.status(), run.out());
        assertEquals(
                "smartcity: qn1: at byte 63: expected CRC E172 (CRC-16/CCITT-FALSE of the line up to 'CRC='), found"
                        + " '3F6D'",
                run.err().strip());
    }

    @Test
    void aqiOfADayOfHourlyMeans() throws Exception {
        Path day = work.resolve("QN-HL-01-20251120-hourly.qn1");
        byte[] bytes;
        try (InputStream in = SmartCityCommandIT.class.getResourceAsStream("/samples/QN-HL-01-20251120-hourly.qn1")) {
            bytes = Objects.requireNonNull(in, "sample").readAllBytes();
        }
        Files.write(day, bytes);
        AirQualityAggregator station = AirQualityAggregator.builder().build();
        station.addAll(new Qn1Codec().decode(bytes));
        AqiResult.Index expected = assertInstanceOf(AqiResult.Index.class, station.vnDaily(LocalDate.of(2025, 11, 20)));

        Forks.Run run =
                smartcity(true, List.of(), "aqi", "--daily", "--from-file", day.toString(), "--codec", "qn1", "--json");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("{\"codec\":\"qn1\",\"records\":120,\"excluded\":1,"), run.out());
        assertTrue(run.out().contains("\"aqi\":" + expected.aqi() + ","), run.out());
        assertTrue(run.out().contains("\"dominant\":\"PM2.5\""), run.out());
        assertTrue(run.out().contains("\"period\":\"2025-11-20\""), run.out());
    }
}
