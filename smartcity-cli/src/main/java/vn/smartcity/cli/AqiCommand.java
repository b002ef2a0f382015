package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.smartcity.iot.CivilTime;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.aqi.AirQualityAggregator;
import vn.smartcity.iot.aqi.AqiResult;
import vn.smartcity.iot.aqi.NowCast;
import vn.smartcity.iot.aqi.Pollutant;
import vn.smartcity.iot.aqi.SubIndex;
import vn.smartcity.iot.aqi.UsAqi;
import vn.smartcity.iot.aqi.VnAqi;

/** {@code smartcity aqi}: the air-quality index from values or from a station's data. */
@Command(
        name = "aqi",
        description = "Compute VN_AQI (Decision 1459/QĐ-TCMT) or the US EPA AQI (EPA-454/B-24-002) from"
                + " concentrations in ug/m3 (series most recent hour first) or from a station file.")
final class AqiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--standard", paramLabel = "vn|us", defaultValue = "vn", description = "vn (default) or us")
    String standard;

    @ArgGroup(exclusive = true)
    @Nullable
    Period period;

    /** Hourly or daily. */
    static final class Period {
        @Option(names = "--hourly", description = "the hourly index (default)")
        boolean hourly;

        @Option(names = "--daily", description = "the daily index")
        boolean daily;
    }

    @Option(names = "--pm25", split = ",", paramLabel = "V", description = "PM2.5 in ug/m3")
    double @Nullable [] pm25;

    @Option(names = "--pm10", split = ",", paramLabel = "V", description = "PM10 in ug/m3")
    double @Nullable [] pm10;

    @Option(names = "--o3", split = ",", paramLabel = "V", description = "O3 in ug/m3")
    double @Nullable [] o3;

    @Option(names = "--co", split = ",", paramLabel = "V", description = "CO in ug/m3")
    double @Nullable [] co;

    @Option(names = "--so2", split = ",", paramLabel = "V", description = "SO2 in ug/m3")
    double @Nullable [] so2;

    @Option(names = "--no2", split = ",", paramLabel = "V", description = "NO2 in ug/m3")
    double @Nullable [] no2;

    @Option(names = "--from-file", paramLabel = "PATH", description = "a station file or capture in any codec's format")
    @Nullable
    Path file;

    @Option(names = "--codec", paramLabel = "ID", defaultValue = "auto", description = "the file's codec, or auto")
    String codec;

    @Option(
            names = "--interval",
            paramLabel = "MINUTES",
            defaultValue = "5",
            description = "the station's reporting interval (an hourly mean needs 75% of the readings)")
    int interval;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    private boolean daily() {
        return period != null && period.daily;
    }

    @Override
    public Integer call() {
        String std = standard.toLowerCase(Locale.ROOT);
        if (!std.equals("vn") && !std.equals("us")) {
            throw new SmartCity.InputError("--standard must be vn or us, not '" + standard + "'");
        }
        if (file != null) {
            return fromFile(std.equals("vn"));
        }
        Map<Pollutant, double[]> series = series();
        if (series.isEmpty()) {
            throw new SmartCity.InputError("give concentrations (--pm25 ... --no2) or --from-file PATH");
        }
        AqiResult result = std.equals("vn") ? vn(series) : us(series);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(resultJson(result).build());
        } else {
            text(out, daily() ? "daily" : "hourly", result);
        }
        return SmartCity.OK;
    }

    private Map<Pollutant, double[]> series() {
        Map<Pollutant, double[]> series = new EnumMap<>(Pollutant.class);
        put(series, Pollutant.PM2_5, pm25);
        put(series, Pollutant.PM10, pm10);
        put(series, Pollutant.O3, o3);
        put(series, Pollutant.CO, co);
        put(series, Pollutant.SO2, so2);
        put(series, Pollutant.NO2, no2);
        return series;
    }

    private static void put(Map<Pollutant, double[]> series, Pollutant p, double @Nullable [] values) {
        if (values == null) {
            return;
        }
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new SmartCity.InputError(
                        "--" + p.label().toLowerCase(Locale.ROOT).replace(".", "")
                                + ": concentrations must be numbers of 0 or more, got " + v);
            }
        }
        series.put(p, values);
    }

    /** A single value: itself; several hourly means: their mean (24-hour, needs 18). */
    private static double dayMean(double @Nullable [] v) {
        if (v == null) {
            return Double.NaN;
        }
        if (v.length == 1) {
            return v[0];
        }
        if (v.length < 18) {
            return Double.NaN;
        }
        return Arrays.stream(v).limit(24).average().orElse(Double.NaN);
    }

    private static double max(double @Nullable [] v, int limit) {
        return v == null ? Double.NaN : Arrays.stream(v).limit(limit).max().orElse(Double.NaN);
    }

    /** The highest mean of 8 consecutive hours; a single value is taken as that mean. */
    private static double maxEightHour(double @Nullable [] v) {
        if (v == null) {
            return Double.NaN;
        }
        if (v.length == 1) {
            return v[0];
        }
        double best = Double.NaN;
        for (int i = 0; i + 8 <= Math.min(v.length, 31); i++) {
            double mean = Arrays.stream(v, i, i + 8).average().orElse(Double.NaN);
            best = Double.isNaN(best) ? mean : Math.max(best, mean);
        }
        return best;
    }

    private AqiResult vn(Map<Pollutant, double[]> s) {
        if (!daily()) {
            return VnAqi.hourly(s);
        }
        return VnAqi.daily(new VnAqi.DailyValues(
                dayMean(s.get(Pollutant.PM2_5)),
                dayMean(s.get(Pollutant.PM10)),
                max(s.get(Pollutant.O3), 24),
                maxEightHour(s.get(Pollutant.O3)),
                max(s.get(Pollutant.CO), 24),
                max(s.get(Pollutant.SO2), 24),
                max(s.get(Pollutant.NO2), 24)));
    }

    private AqiResult us(Map<Pollutant, double[]> s) {
        boolean day = daily();
        double pm25Value = day ? dayMean(s.get(Pollutant.PM2_5)) : nowCast(s.get(Pollutant.PM2_5));
        double pm10Value = day ? dayMean(s.get(Pollutant.PM10)) : nowCast(s.get(Pollutant.PM10));
        double[] ozone = s.get(Pollutant.O3);
        return UsAqi.index(new UsAqi.Inputs(
                pm25Value,
                pm10Value,
                UsAqi.fromMicrograms(Pollutant.O3, day ? maxEightHour(ozone) : eightHoursOrSingle(ozone)),
                UsAqi.fromMicrograms(Pollutant.O3, day ? max(ozone, 24) : first(ozone)),
                UsAqi.fromMicrograms(
                        Pollutant.CO,
                        day ? maxEightHour(s.get(Pollutant.CO)) : eightHoursOrSingle(s.get(Pollutant.CO))),
                UsAqi.fromMicrograms(Pollutant.SO2, day ? max(s.get(Pollutant.SO2), 24) : first(s.get(Pollutant.SO2))),
                UsAqi.fromMicrograms(Pollutant.SO2, day ? dayMean(s.get(Pollutant.SO2)) : Double.NaN),
                UsAqi.fromMicrograms(
                        Pollutant.NO2, day ? max(s.get(Pollutant.NO2), 24) : first(s.get(Pollutant.NO2)))));
    }

    private static double nowCast(double @Nullable [] v) {
        return v == null ? Double.NaN : NowCast.of(v);
    }

    private static double first(double @Nullable [] v) {
        return v == null || v.length == 0 ? Double.NaN : v[0];
    }

    private static double eightHoursOrSingle(double @Nullable [] v) {
        if (v == null) {
            return Double.NaN;
        }
        return v.length == 1
                ? v[0]
                : v.length >= 6 ? Arrays.stream(v).limit(8).average().orElse(Double.NaN) : Double.NaN;
    }

    private Integer fromFile(boolean vn) {
        Inputs.Input input = Inputs.read(null, file, false, System.in);
        Codecs.Decoded decoded =
                Codecs.decode(codec, input.bytes(), DecodeContext.defaults().withSourceName(input.name()));
        SensorCodec chosen = decoded.codec();
        List<Observation> records = decoded.records();
        if (interval < 1 || interval > 60) {
            throw new SmartCity.InputError("--interval must be 1 to 60 minutes");
        }
        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(interval).build();
        station.addAll(records);
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(CivilTime.VIETNAM_OFFSET_SECONDS);
        List<String> periods = new ArrayList<>();
        List<AqiResult> results = new ArrayList<>();
        if (daily()) {
            TreeSet<LocalDate> days = new TreeSet<>();
            records.forEach(r -> days.add(LocalDate.ofInstant(r.time(), offset)));
            for (LocalDate day : days) {
                periods.add(day.toString());
                results.add(vn ? station.vnDaily(day) : station.usDaily(day));
            }
        } else {
            TreeSet<Long> hours = new TreeSet<>();
            records.forEach(r -> hours.add(Math.floorDiv(r.time().getEpochSecond(), 3600) * 3600));
            for (long hour : hours) {
                Instant start = Instant.ofEpochSecond(hour);
                periods.add(start.atOffset(offset).toLocalDateTime().toString());
                results.add(vn ? station.vnHourly(start) : usHourly(station, start));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (int i = 0; i < results.size(); i++) {
                array.add(resultJson(results.get(i)).add("period", periods.get(i)));
            }
            out.println(Json.createObjectBuilder()
                    .add("codec", chosen.id())
                    .add("records", records.size())
                    .add("excluded", station.excluded())
                    .add("results", array)
                    .build());
        } else {
            out.println(chosen.id() + ": " + records.size() + " records, " + station.excluded()
                    + " excluded (instrument not measuring normally)");
            for (int i = 0; i < results.size(); i++) {
                text(out, periods.get(i), results.get(i));
            }
        }
        return SmartCity.OK;
    }

    private static AqiResult usHourly(AirQualityAggregator station, Instant hour) {
        double[] pm25 = new double[NowCast.HOURS];
        double[] pm10 = new double[NowCast.HOURS];
        for (int i = 0; i < NowCast.HOURS; i++) {
            Instant h = hour.minusSeconds(3600L * i);
            pm25[i] = station.hourlyMean(Pollutant.PM2_5, h).orElse(Double.NaN);
            pm10[i] = station.hourlyMean(Pollutant.PM10, h).orElse(Double.NaN);
        }
        return UsAqi.index(new UsAqi.Inputs(
                NowCast.of(pm25),
                NowCast.of(pm10),
                UsAqi.fromMicrograms(
                        Pollutant.O3, station.eightHourMean(Pollutant.O3, hour).orElse(Double.NaN)),
                UsAqi.fromMicrograms(
                        Pollutant.O3, station.hourlyMean(Pollutant.O3, hour).orElse(Double.NaN)),
                UsAqi.fromMicrograms(
                        Pollutant.CO, station.eightHourMean(Pollutant.CO, hour).orElse(Double.NaN)),
                UsAqi.fromMicrograms(
                        Pollutant.SO2, station.hourlyMean(Pollutant.SO2, hour).orElse(Double.NaN)),
                Double.NaN,
                UsAqi.fromMicrograms(
                        Pollutant.NO2, station.hourlyMean(Pollutant.NO2, hour).orElse(Double.NaN))));
    }

    static JsonObjectBuilder resultJson(AqiResult result) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("standard", result.standard());
        if (result instanceof AqiResult.NotEnoughData none) {
            return o.addNull("aqi").add("reason", "not enough data: " + none.reason());
        }
        AqiResult.Index index = (AqiResult.Index) result;
        JsonArrayBuilder subs = Json.createArrayBuilder();
        for (SubIndex s : index.subIndices()) {
            subs.add(Json.createObjectBuilder()
                    .add("pollutant", s.pollutant().label())
                    .add("averaging", s.averaging().label())
                    .add("concentration", s.concentration())
                    .add("unit", s.unit())
                    .add("value", s.value())
                    .add("rounded", s.rounded()));
        }
        return o.add("aqi", index.aqi())
                .add(
                        "category",
                        Json.createObjectBuilder()
                                .add("name", index.category().name())
                                .add("color", index.category().hexColor())
                                .add("advice", index.category().advice())
                                .add("sensitiveAdvice", index.category().sensitiveAdvice()))
                .add("dominant", index.dominant().label())
                .add("subIndices", subs);
    }

    private static void text(PrintWriter out, String label, AqiResult result) {
        if (result instanceof AqiResult.NotEnoughData none) {
            out.println(label + ": " + result.standard() + " not enough data: " + none.reason());
            return;
        }
        AqiResult.Index index = (AqiResult.Index) result;
        out.println(label + ": " + index.standard() + " " + index.aqi() + " "
                + index.category().name() + " (" + index.category().hexColor() + "), dominant "
                + index.dominant().label());
        for (SubIndex s : index.subIndices()) {
            out.println(String.format(
                    Locale.ROOT,
                    "  %-6s %-8s %10.3f %-6s -> %d",
                    s.pollutant().label(),
                    s.averaging().label(),
                    s.concentration(),
                    s.unit(),
                    s.rounded()));
        }
        out.println("  " + index.category().advice());
    }
}
