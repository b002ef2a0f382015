package vn.smartcity.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.aqi.AirQualityAggregator;
import vn.smartcity.iot.aqi.AqiResult;
import vn.smartcity.iot.hj212.Hj212FrameSplitter;
import vn.smartcity.iot.tt10.Tt10FileName;
import vn.smartcity.testkit.SampleFeeds;

/**
 * Step 4 of the demo: the stations' day. The air station's data logger sends a day of HJ 212-2017
 * frames over TCP; the stream is cut into frames as segments arrive, decoded, and turned into
 * hourly VN_AQI (NowCast for particles) and the daily index. An alert is raised when the hourly
 * index crosses {@value DemoDay#ALERT_ABOVE} and cleared when it comes back down. A wastewater
 * station files an hour as a Circular 10/2021/TT-BTNMT text file, decoded by the same model.
 */
final class DemoAir {

    /** How the data logger's stream arrives: TCP segments of this size. */
    private static final int SEGMENT = 1460;

    private DemoAir() {}

    /**
     * One hour's index.
     *
     * @param hour the hour's start, local time
     * @param result its index, or why there is none
     */
    record Hour(LocalTime hour, AqiResult result) {
        OptionalInt aqi() {
            return result instanceof AqiResult.Index i ? OptionalInt.of(i.aqi()) : OptionalInt.empty();
        }
    }

    /**
     * An alert: the hourly index crossed the threshold.
     *
     * @param raisedAt the first hour above it
     * @param raisedAqi the index then
     * @param category its band
     * @param dominant the pollutant behind it
     * @param peakAt the hour of the highest index while it lasted
     * @param peakAqi that index
     * @param hoursAbove how many hours it lasted
     * @param clearedAt the first hour back at or below the threshold, or {@code null} if the day
     *     ended first
     */
    record Alert(
            LocalTime raisedAt,
            int raisedAqi,
            String category,
            String dominant,
            LocalTime peakAt,
            int peakAqi,
            int hoursAbove,
            @Nullable LocalTime clearedAt) {}

    /**
     * What the stations' day gave.
     *
     * @param station the air station
     * @param bytes the stream's size
     * @param segments how many TCP segments it came in
     * @param frames HJ 212 frames cut from it
     * @param readings the readings decoded
     * @param hourly the hourly index, 24 hours
     * @param daily the daily index
     * @param alert the first alert of the day, or {@code null}
     * @param waterFile the wastewater station's file name
     * @param water its readings
     */
    record Result(
            String station,
            int bytes,
            int segments,
            int frames,
            int readings,
            List<Hour> hourly,
            AqiResult daily,
            @Nullable Alert alert,
            String waterFile,
            List<Observation> water) {

        long waterValid() {
            return water.stream().filter(o -> o.status().isValid()).count();
        }

        Optional<Hour> peak() {
            Hour best = null;
            for (Hour h : hourly) {
                if (h.aqi().isPresent()
                        && (best == null || h.aqi().getAsInt() > best.aqi().getAsInt())) {
                    best = h;
                }
            }
            return Optional.ofNullable(best);
        }
    }

    static Result run() {
        LocalDate day = DemoDay.DAY;
        SensorCodec hj212 = Codecs.registry().get("hj212");
        byte[] stream = SampleFeeds.hj212Day(day, DemoDay.AIR_STATION);
        List<Observation> readings = new ArrayList<>();
        int[] frames = new int[1];
        Hj212FrameSplitter splitter = new Hj212FrameSplitter();
        int segments = 0;
        for (int pos = 0; pos < stream.length; pos += SEGMENT) {
            int n = Math.min(SEGMENT, stream.length - pos);
            segments++;
            splitter.feed(stream, pos, n, (buf, off, len) -> {
                frames[0]++;
                readings.addAll(hj212.decode(Arrays.copyOfRange(buf, off, off + len), DecodeContext.defaults()));
            });
        }
        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(5).build();
        station.addAll(readings);
        List<Hour> hourly = new ArrayList<>();
        for (Map.Entry<Instant, AqiResult> e : station.vnHourlySeries(day).entrySet()) {
            hourly.add(new Hour(LocalTime.ofInstant(e.getKey(), DemoDay.ZONE), e.getValue()));
        }

        Instant waterHour = day.atTime(DemoDay.WATER_HOUR).atZone(DemoDay.ZONE).toInstant();
        String[] w = DemoDay.WATER_STATION;
        String waterFile = Tt10FileName.of(w[0], w[1], w[2], day.atTime(DemoDay.WATER_HOUR))
                .fileName();
        List<Observation> water = Codecs.decode(
                        "vn-tt10",
                        SampleFeeds.tt10File(waterHour, w[2]),
                        DecodeContext.defaults().withSourceName(waterFile))
                .records();

        return new Result(
                DemoDay.AIR_STATION,
                stream.length,
                segments,
                frames[0],
                readings.size(),
                List.copyOf(hourly),
                station.vnDaily(day),
                alert(hourly, DemoDay.ALERT_ABOVE),
                waterFile,
                water);
    }

    /** The first time the index goes from at or below the threshold (or no index) to above it. */
    static @Nullable Alert alert(List<Hour> hourly, int threshold) {
        for (int i = 0; i < hourly.size(); i++) {
            Hour h = hourly.get(i);
            boolean above = h.aqi().isPresent() && h.aqi().getAsInt() > threshold;
            boolean before = i > 0
                    && hourly.get(i - 1).aqi().isPresent()
                    && hourly.get(i - 1).aqi().getAsInt() > threshold;
            if (!above || before) {
                continue;
            }
            AqiResult.Index raised = (AqiResult.Index) h.result();
            Hour peak = h;
            int hours = 0;
            LocalTime cleared = null;
            for (int j = i; j < hourly.size(); j++) {
                OptionalInt aqi = hourly.get(j).aqi();
                if (aqi.isEmpty() || aqi.getAsInt() <= threshold) {
                    cleared = hourly.get(j).hour();
                    break;
                }
                hours++;
                if (aqi.getAsInt() > peak.aqi().getAsInt()) {
                    peak = hourly.get(j);
                }
            }
            return new Alert(
                    h.hour(),
                    raised.aqi(),
                    raised.category().name(),
                    raised.dominant().label(),
                    peak.hour(),
                    peak.aqi().getAsInt(),
                    hours,
                    cleared);
        }
        return null;
    }
}
