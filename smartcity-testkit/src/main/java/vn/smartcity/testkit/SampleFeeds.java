package vn.smartcity.testkit;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.smartcity.iot.CivilTime;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.hj212.Hj212Codec;
import vn.smartcity.iot.tt10.Tt10Codec;

/**
 * Synthetic but realistic station data for tests, examples and the demo, made with the SDK's own
 * encoders so that every byte goes through the same decoders a real feed would.
 *
 * <p>The air station's day follows a fixed profile: a night-time low, a morning rush, and an
 * evening peak of traffic and cooking smoke that pushes PM2.5 near 150 µg/m³ (VN_AQI above 150)
 * around 19:00. Readings vary a little from one five-minute sample to the next, deterministically:
 * the same day always gives the same bytes.
 */
public final class SampleFeeds {

    private SampleFeeds() {}

    /**
     * The PM2.5 concentration the profile gives at a time of day.
     *
     * @param hourOfDay local time in hours, 0 to 24 (fractions allowed)
     * @return µg/m³
     */
    public static double pm25Profile(double hourOfDay) {
        double base = 24 + 8 * Math.cos(2 * Math.PI * (hourOfDay - 3) / 24);
        double morning = 22 * Math.exp(-Math.pow(hourOfDay - 7.5, 2) / 2);
        double evening = 120 * Math.exp(-Math.pow(hourOfDay - 19.5, 2) / 3);
        return base + morning + evening;
    }

    /**
     * A day of an air station's real-time data (HJ 212-2017, CN=2011, one frame every five minutes
     * with PM2.5, PM10, NO2, CO and O3), as the TCP byte stream its data logger would send.
     *
     * @param day the local day (UTC+7)
     * @param station the data logger's MN, at most 24 characters
     * @return the stream: 288 frames, each ending in CRLF
     */
    public static byte[] hj212Day(LocalDate day, String station) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(station, "station");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Instant start = day.atStartOfDay().toInstant(ZoneOffset.ofTotalSeconds(CivilTime.VIETNAM_OFFSET_SECONDS));
        for (int i = 0; i < 288; i++) {
            double hour = i / 12.0;
            double wobble = 1 + 0.04 * Math.sin(i * 1.7);
            double pm25 = round(pm25Profile(hour) * wobble);
            Instant t = start.plusSeconds(i * 300L);
            List<Observation> frame = new ArrayList<>();
            frame.add(sample(station, "a34004", "ug/m3", pm25, t));
            frame.add(sample(station, "a34002", "ug/m3", round(pm25 * 1.6), t));
            frame.add(sample(station, "a21004", "ug/m3", round(35 + 0.4 * pm25), t));
            frame.add(sample(station, "a21005", "mg/m3", round((0.9 + 0.01 * pm25) * 1000) / 1000.0, t));
            frame.add(sample(
                    station, "a05024", "ug/m3", round(30 + 60 * Math.max(0, Math.sin(Math.PI * (hour - 8) / 10))), t));
            // The request number (QN) is the send time: two seconds after the reading.
            Hj212Codec codec = Hj212Codec.builder()
                    .clock(java.time.Clock.fixed(t.plusSeconds(2), ZoneOffset.UTC))
                    .build();
            out.writeBytes(codec.encode(frame));
        }
        return out.toByteArray();
    }

    /**
     * An hour of a wastewater station's data as a Circular 10/2021/TT-BTNMT file (pH, COD, TSS,
     * NH4, temperature, flow), with the analyser of NH4 calibrating.
     *
     * @param hourStart the hour the file covers
     * @param station the station's code
     * @return the file's bytes; its name is {@link #tt10FileName}
     */
    public static byte[] tt10File(Instant hourStart, String station) {
        List<Observation> lines = new ArrayList<>();
        lines.add(sample(station, "pH", "-", 7.2, hourStart));
        lines.add(sample(station, "COD", "mg/L", 48.5, hourStart));
        lines.add(sample(station, "TSS", "mg/L", 31.0, hourStart));
        lines.add(new Observation(
                station,
                "",
                "NH4",
                "mg/L",
                Value.of(2.4),
                null,
                hourStart,
                Statistic.SAMPLE,
                Status.CALIBRATING,
                "01"));
        lines.add(sample(station, "Temp", "°C", 29.8, hourStart));
        lines.add(sample(station, "Flow", "m3/h", 126.0, hourStart));
        return new Tt10Codec().encode(lines);
    }

    /**
     * The name a station gives {@link #tt10File}: {@code <province>_<facility>_<station>_<time>.txt}.
     *
     * @param hourStart the hour
     * @param station the station's code
     * @return such as {@code QN_CAMPHA_NT01_20251101090000.txt}
     */
    public static String tt10FileName(Instant hourStart, String station) {
        return vn.smartcity.iot.tt10.Tt10FileName.of(
                        "QN",
                        "CAMPHA",
                        station,
                        java.time.LocalDateTime.ofInstant(
                                hourStart, ZoneOffset.ofTotalSeconds(CivilTime.VIETNAM_OFFSET_SECONDS)))
                .fileName();
    }

    private static Observation sample(String station, String name, String unit, double value, Instant t) {
        return new Observation(
                station, "", name, unit, Value.of(value), null, t, Statistic.SAMPLE, Status.NORMAL, null);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
