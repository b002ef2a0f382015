package vn.smartcity.iot.aqi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import vn.smartcity.iot.CivilTime;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ParameterCatalogue;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Value;

/**
 * Turns one station's records, from any codec, into hourly, 8-hour and 24-hour means and the
 * indices computed from them.
 *
 * <p>Each record is mapped through the {@link ParameterCatalogue} to a pollutant in µg/m³; records
 * of other parameters are ignored, records whose status is not {@link
 * vn.smartcity.iot.Status#NORMAL} (calibrating, fault, maintenance...) are excluded and counted.
 * Samples fall in the hour that contains their time; a record that is already an hourly mean
 * ({@link Statistic#AVERAGE}, as HJ 212 hourly data send) is that hour's mean.
 *
 * <p>Completeness (the SDK's rules; Decision 1459/QĐ-TCMT sets none beyond the NowCast's): an
 * hourly mean needs 75 % of the readings the station's reporting interval implies (9 of 12 at the
 * default 5 minutes), an 8-hour mean 6 of its 8 hours, a 24-hour mean 18 of its 24 hours.
 * Everything short of that is "not enough data", never an estimate.
 *
 * <pre>{@code
 * AirQualityAggregator station = AirQualityAggregator.builder().readingIntervalMinutes(5).build();
 * station.addAll(new Hj212Codec().decode(frames));
 * AqiResult hourly = station.vnHourly(Instant.parse("2025-11-01T02:00:00Z"));
 * AqiResult daily = station.vnDaily(LocalDate.of(2025, 11, 1));
 * }</pre>
 *
 * <p>Not thread-safe.
 */
public final class AirQualityAggregator {

    private static final long HOUR = 3600;

    private final ParameterCatalogue catalogue;
    private final ZoneOffset offset;
    private final int minReadingsPerHour;
    private final Map<Pollutant, TreeMap<Long, Hour>> hours = new EnumMap<>(Pollutant.class);
    private long accepted;
    private long excluded;
    private long ignored;

    /** One hour's readings. */
    private static final class Hour {
        double sum;
        int count;
        double givenMean = Double.NaN;
    }

    private AirQualityAggregator(Builder b) {
        this.catalogue = b.catalogue;
        this.offset = ZoneOffset.ofTotalSeconds(b.offsetSeconds);
        this.minReadingsPerHour = (int) Math.ceil(0.75 * 60.0 / b.readingIntervalMinutes);
    }

    /**
     * Starts an aggregator.
     *
     * @return a builder with the defaults (5-minute readings, UTC+7 days)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds a record.
     *
     * @param observation a decoded record
     * @return {@code true} if it counted towards a pollutant's means
     */
    public boolean add(Observation observation) {
        Optional<Observation> canonical = catalogue.canonical(observation);
        Optional<Pollutant> pollutant = canonical.flatMap(o -> Pollutant.ofParameter(o.name()));
        if (pollutant.isEmpty()
                || !(canonical.get().value() instanceof Value.Number n)
                || !Double.isFinite(n.value())
                || (observation.statistic() != Statistic.SAMPLE && observation.statistic() != Statistic.AVERAGE)) {
            ignored++;
            return false;
        }
        if (!observation.status().isValid()) {
            excluded++;
            return false;
        }
        long hourStart = Math.floorDiv(observation.time().getEpochSecond(), HOUR) * HOUR;
        Hour h = hours.computeIfAbsent(pollutant.get(), k -> new TreeMap<>())
                .computeIfAbsent(hourStart, k -> new Hour());
        if (observation.statistic() == Statistic.AVERAGE) {
            h.givenMean = n.value();
        } else {
            h.sum += n.value();
            h.count++;
        }
        accepted++;
        return true;
    }

    /**
     * Adds records.
     *
     * @param observations decoded records
     * @return how many counted
     */
    public int addAll(Collection<Observation> observations) {
        int n = 0;
        for (Observation o : observations) {
            if (add(o)) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many records counted.
     *
     * @return the count
     */
    public long accepted() {
        return accepted;
    }

    /**
     * How many records were left out because the instrument was not measuring normally.
     *
     * @return the count
     */
    public long excluded() {
        return excluded;
    }

    /**
     * How many records were not pollutants of the index (or not usable numbers).
     *
     * @return the count
     */
    public long ignored() {
        return ignored;
    }

    /**
     * An hour's mean.
     *
     * @param pollutant the pollutant
     * @param hourStart the start of the hour
     * @return the mean in µg/m³, or empty if the hour has too few valid readings
     */
    public OptionalDouble hourlyMean(Pollutant pollutant, Instant hourStart) {
        double v = mean(pollutant, floor(hourStart));
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private double mean(Pollutant pollutant, long hourStart) {
        TreeMap<Long, Hour> series = hours.get(pollutant);
        Hour h = series == null ? null : series.get(hourStart);
        if (h == null) {
            return Double.NaN;
        }
        if (!Double.isNaN(h.givenMean)) {
            return h.givenMean;
        }
        return h.count >= minReadingsPerHour ? h.sum / h.count : Double.NaN;
    }

    /**
     * The 8-hour mean of the hours {@code lastHourStart - 7h} to {@code lastHourStart}.
     *
     * @param pollutant the pollutant
     * @param lastHourStart the start of the window's last hour
     * @return the mean, or empty if fewer than 6 of the 8 hours have a mean
     */
    public OptionalDouble eightHourMean(Pollutant pollutant, Instant lastHourStart) {
        double v = window(pollutant, floor(lastHourStart) - 7 * HOUR, 8, 6);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * The 24-hour mean of a local day (hours starting 00:00 to 23:00).
     *
     * @param pollutant the pollutant
     * @param day the day, in the aggregator's UTC offset
     * @return the mean, or empty if fewer than 18 of the 24 hours have a mean
     */
    public OptionalDouble dailyMean(Pollutant pollutant, LocalDate day) {
        double v = window(pollutant, dayStart(day), 24, 18);
        return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    private double window(Pollutant pollutant, long firstHour, int hoursInWindow, int needed) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < hoursInWindow; i++) {
            double v = mean(pollutant, firstHour + i * HOUR);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n >= needed ? sum / n : Double.NaN;
    }

    private double dailyMax(Pollutant pollutant, LocalDate day, boolean eightHours) {
        long start = dayStart(day);
        double max = Double.NaN;
        for (int i = 0; i < 24; i++) {
            long hour = start + i * HOUR;
            double v = eightHours ? window(pollutant, hour - 7 * HOUR, 8, 6) : mean(pollutant, hour);
            if (!Double.isNaN(v) && !(v <= max)) {
                max = v;
            }
        }
        return max;
    }

    /**
     * The VN_AQI of an hour: NowCast of the 12 hours up to it for PM, the hour's mean for gases.
     *
     * @param hourStart the start of the hour
     * @return the index or {@link AqiResult.NotEnoughData}
     */
    public AqiResult vnHourly(Instant hourStart) {
        long hour = floor(hourStart);
        Map<Pollutant, double[]> series = new EnumMap<>(Pollutant.class);
        for (Pollutant p : Pollutant.values()) {
            int length = p == Pollutant.PM2_5 || p == Pollutant.PM10 ? NowCast.HOURS : 1;
            double[] values = new double[length];
            for (int i = 0; i < length; i++) {
                values[i] = mean(p, hour - i * HOUR);
            }
            series.put(p, values);
        }
        return VnAqi.hourly(series);
    }

    /**
     * The VN_AQI of a local day.
     *
     * @param day the day
     * @return the index or {@link AqiResult.NotEnoughData}
     */
    public AqiResult vnDaily(LocalDate day) {
        return VnAqi.daily(new VnAqi.DailyValues(
                window(Pollutant.PM2_5, dayStart(day), 24, 18),
                window(Pollutant.PM10, dayStart(day), 24, 18),
                dailyMax(Pollutant.O3, day, false),
                dailyMax(Pollutant.O3, day, true),
                dailyMax(Pollutant.CO, day, false),
                dailyMax(Pollutant.SO2, day, false),
                dailyMax(Pollutant.NO2, day, false)));
    }

    /**
     * The US EPA AQI of a local day: PM 24-hour means, the highest 8-hour O3 and CO means, the
     * highest 1-hour O3, SO2 and NO2 means and the SO2 24-hour mean, converted to ppm/ppb.
     *
     * @param day the day
     * @return the index or {@link AqiResult.NotEnoughData}
     */
    public AqiResult usDaily(LocalDate day) {
        return UsAqi.index(new UsAqi.Inputs(
                window(Pollutant.PM2_5, dayStart(day), 24, 18),
                window(Pollutant.PM10, dayStart(day), 24, 18),
                UsAqi.fromMicrograms(Pollutant.O3, dailyMax(Pollutant.O3, day, true)),
                UsAqi.fromMicrograms(Pollutant.O3, dailyMax(Pollutant.O3, day, false)),
                UsAqi.fromMicrograms(Pollutant.CO, dailyMax(Pollutant.CO, day, true)),
                UsAqi.fromMicrograms(Pollutant.SO2, dailyMax(Pollutant.SO2, day, false)),
                UsAqi.fromMicrograms(Pollutant.SO2, window(Pollutant.SO2, dayStart(day), 24, 18)),
                UsAqi.fromMicrograms(Pollutant.NO2, dailyMax(Pollutant.NO2, day, false))));
    }

    /**
     * The hourly VN_AQI of every hour of a local day, for charts.
     *
     * @param day the day
     * @return hour start to result, in time order
     */
    public Map<Instant, AqiResult> vnHourlySeries(LocalDate day) {
        Map<Instant, AqiResult> out = new LinkedHashMap<>();
        long start = dayStart(day);
        for (int i = 0; i < 24; i++) {
            Instant hour = Instant.ofEpochSecond(start + i * HOUR);
            out.put(hour, vnHourly(hour));
        }
        return out;
    }

    private static long floor(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), HOUR) * HOUR;
    }

    private long dayStart(LocalDate day) {
        return day.atStartOfDay().toEpochSecond(offset);
    }

    /** Settings of an {@link AirQualityAggregator}. */
    public static final class Builder {
        private ParameterCatalogue catalogue = ParameterCatalogue.standard();
        private int offsetSeconds = CivilTime.VIETNAM_OFFSET_SECONDS;
        private int readingIntervalMinutes = 5;

        private Builder() {}

        /**
         * The catalogue that maps record names to pollutants (to add a station's own names).
         *
         * @param c the catalogue
         * @return this builder
         */
        public Builder catalogue(ParameterCatalogue c) {
            this.catalogue = Objects.requireNonNull(c, "catalogue");
            return this;
        }

        /**
         * The UTC offset of the days that daily means cover; UTC+7 by default.
         *
         * @param seconds the offset in seconds (whole hours)
         * @return this builder
         */
        public Builder offsetSeconds(int seconds) {
            if (seconds % 3600 != 0) {
                throw new IllegalArgumentException("days must start on a whole hour: " + seconds);
            }
            this.offsetSeconds = seconds;
            return this;
        }

        /**
         * How often the station reports a sample; an hourly mean needs 75 % of the samples this
         * implies.
         *
         * @param minutes 1 to 60
         * @return this builder
         */
        public Builder readingIntervalMinutes(int minutes) {
            if (minutes < 1 || minutes > 60) {
                throw new IllegalArgumentException("reading interval must be 1 to 60 minutes: " + minutes);
            }
            this.readingIntervalMinutes = minutes;
            return this;
        }

        /**
         * Builds the aggregator.
         *
         * @return the aggregator
         */
        public AirQualityAggregator build() {
            return new AirQualityAggregator(this);
        }
    }
}
