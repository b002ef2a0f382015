package vn.smartcity.iot.aqi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The US EPA Air Quality Index of the Technical Assistance Document EPA-454/B-24-002 (May 2024),
 * with the PM2.5 breakpoints in force since 6 May 2024.
 *
 * <ul>
 *   <li>Units: O3 and CO in ppm, SO2 and NO2 in ppb, PM in µg/m³. {@link #fromMicrograms} converts
 *       gases from µg/m³ at 25 °C and 1 atm: ppb = µg/m³ × 24.45 / M.
 *   <li>Truncation before the formula: O3 to 0.001 ppm, PM2.5 to 0.1 µg/m³, PM10 to 1 µg/m³, CO to
 *       0.1 ppm, SO2 and NO2 to 1 ppb. The index is then rounded half up.
 *   <li>O3: the 8-hour value by default (blank above 0.200 ppm), the 1-hour value (defined from
 *       0.125 ppm) when given, the higher of the two reported. SO2: the 1-hour value up to 304 ppb;
 *       above, the 24-hour value when it is 305 ppb or more, otherwise the index is 200.
 *   <li>Beyond the table ("Beyond the AQI"), the Hazardous line is extended, as EPA asks, so values
 *       above 500 are reported rather than capped.
 * </ul>
 */
public final class UsAqi {

    /** The standard's name in results. */
    public static final String STANDARD = "US_EPA_AQI";

    private static final Breakpoints.Beyond EXTEND = Breakpoints.Beyond.EXTEND;
    private static final Breakpoints O3_8H = Breakpoints.rows(
            new double[][] {
                {0.000, 0.054, 0, 50},
                {0.055, 0.070, 51, 100},
                {0.071, 0.085, 101, 150},
                {0.086, 0.105, 151, 200},
                {0.106, 0.200, 201, 300}
            },
            Breakpoints.Beyond.UNDEFINED);
    private static final Breakpoints O3_1H = Breakpoints.rows(
            new double[][] {
                {0.125, 0.164, 101, 150}, {0.165, 0.204, 151, 200}, {0.205, 0.404, 201, 300}, {0.405, 0.604, 301, 500}
            },
            EXTEND);
    private static final Breakpoints PM2_5 = Breakpoints.rows(
            new double[][] {
                {0.0, 9.0, 0, 50},
                {9.1, 35.4, 51, 100},
                {35.5, 55.4, 101, 150},
                {55.5, 125.4, 151, 200},
                {125.5, 225.4, 201, 300},
                {225.5, 325.4, 301, 500}
            },
            EXTEND);
    private static final Breakpoints PM10 = Breakpoints.rows(
            new double[][] {
                {0, 54, 0, 50},
                {55, 154, 51, 100},
                {155, 254, 101, 150},
                {255, 354, 151, 200},
                {355, 424, 201, 300},
                {425, 604, 301, 500}
            },
            EXTEND);
    private static final Breakpoints CO_8H = Breakpoints.rows(
            new double[][] {
                {0.0, 4.4, 0, 50},
                {4.5, 9.4, 51, 100},
                {9.5, 12.4, 101, 150},
                {12.5, 15.4, 151, 200},
                {15.5, 30.4, 201, 300},
                {30.5, 50.4, 301, 500}
            },
            EXTEND);
    private static final Breakpoints SO2_1H = Breakpoints.rows(
            new double[][] {{0, 35, 0, 50}, {36, 75, 51, 100}, {76, 185, 101, 150}, {186, 304, 151, 200}},
            Breakpoints.Beyond.UNDEFINED);
    private static final Breakpoints SO2_24H =
            Breakpoints.rows(new double[][] {{305, 604, 201, 300}, {605, 1004, 301, 500}}, EXTEND);
    private static final Breakpoints NO2_1H = Breakpoints.rows(
            new double[][] {
                {0, 53, 0, 50},
                {54, 100, 51, 100},
                {101, 360, 101, 150},
                {361, 649, 151, 200},
                {650, 1249, 201, 300},
                {1250, 2049, 301, 500}
            },
            EXTEND);

    private static final List<Category> CATEGORIES = List.of(
            new Category(
                    0,
                    50,
                    "Good",
                    0,
                    228,
                    0,
                    "Air quality is satisfactory, and air pollution poses little or no risk.",
                    "Air quality is satisfactory, and air pollution poses little or no risk."),
            new Category(
                    51,
                    100,
                    "Moderate",
                    255,
                    255,
                    0,
                    "Air quality is acceptable.",
                    "There may be a risk for some people, particularly those who are unusually sensitive to air"
                            + " pollution."),
            new Category(
                    101,
                    150,
                    "Unhealthy for Sensitive Groups",
                    255,
                    126,
                    0,
                    "The general public is less likely to be affected.",
                    "Members of sensitive groups may experience health effects."),
            new Category(
                    151,
                    200,
                    "Unhealthy",
                    255,
                    0,
                    0,
                    "Some members of the general public may experience health effects.",
                    "Members of sensitive groups may experience more serious health effects."),
            new Category(
                    201,
                    300,
                    "Very Unhealthy",
                    143,
                    63,
                    151,
                    "Health alert: the risk of health effects is increased for everyone.",
                    "Health alert: the risk of health effects is increased for everyone."),
            new Category(
                    301,
                    500,
                    "Hazardous",
                    126,
                    0,
                    35,
                    "Health warning of emergency conditions: everyone is more likely to be affected.",
                    "Health warning of emergency conditions: everyone is more likely to be affected."));

    private UsAqi() {}

    /**
     * The six bands of the TAD's Table 1, with AirNow's short health messages.
     *
     * @return the categories, lowest first
     */
    public static List<Category> categories() {
        return CATEGORIES;
    }

    /**
     * The band of an index; indices above 500 ("Beyond the AQI") fall in Hazardous.
     *
     * @param aqi the index
     * @return its category
     */
    public static Category category(int aqi) {
        return Category.band(CATEGORIES, aqi);
    }

    /**
     * The unit the breakpoints use for a pollutant.
     *
     * @param pollutant the pollutant
     * @return {@code ppm}, {@code ppb} or {@code ug/m3}
     */
    public static String unit(Pollutant pollutant) {
        switch (pollutant) {
            case O3:
            case CO:
                return "ppm";
            case SO2:
            case NO2:
                return "ppb";
            default:
                return "ug/m3";
        }
    }

    /**
     * Converts a concentration in µg/m³ to the unit the breakpoints use, at 25 °C and 1 atm.
     *
     * @param pollutant the pollutant
     * @param microgramsPerCubicMetre the concentration
     * @return ppm for O3 and CO, ppb for SO2 and NO2, unchanged for PM
     */
    public static double fromMicrograms(Pollutant pollutant, double microgramsPerCubicMetre) {
        switch (pollutant) {
            case O3:
                return microgramsPerCubicMetre * 24.45 / 47.997 / 1000;
            case CO:
                return microgramsPerCubicMetre * 24.45 / 28.010 / 1000;
            case SO2:
                return microgramsPerCubicMetre * 24.45 / 64.066;
            case NO2:
                return microgramsPerCubicMetre * 24.45 / 46.0055;
            default:
                return microgramsPerCubicMetre;
        }
    }

    /**
     * Truncates a concentration as the TAD requires before the formula.
     *
     * @param pollutant the pollutant
     * @param concentration the concentration in the breakpoints' unit
     * @return the truncated concentration (after rounding to 10 significant digits, which removes
     *     floating-point noise from unit conversion and nothing a monitor measures)
     */
    public static double truncate(Pollutant pollutant, double concentration) {
        int places;
        switch (pollutant) {
            case O3:
                places = 3;
                break;
            case PM2_5:
            case CO:
                places = 1;
                break;
            default:
                places = 0;
        }
        if (!Double.isFinite(concentration)) {
            return concentration;
        }
        // Round away binary noise first (0.078 ppm converted from ug/m3 and back is 0.07799999...),
        // so that truncation removes only real digits.
        return BigDecimal.valueOf(concentration)
                .round(new MathContext(10, RoundingMode.HALF_EVEN))
                .setScale(places, RoundingMode.DOWN)
                .doubleValue();
    }

    /**
     * One pollutant's sub-index from a concentration in the breakpoints' unit, truncated first.
     *
     * @param pollutant the pollutant
     * @param averaging O3: 8 or 1 hours; SO2: 1 or 24 hours; otherwise ignored (PM 24 hours, CO 8
     *     hours, NO2 1 hour)
     * @param concentration the concentration
     * @return the sub-index, not rounded, or NaN where the table is blank
     */
    public static double subIndex(Pollutant pollutant, Averaging averaging, double concentration) {
        return table(pollutant, averaging).index(truncate(pollutant, concentration));
    }

    private static Breakpoints table(Pollutant pollutant, Averaging averaging) {
        switch (pollutant) {
            case O3:
                return averaging == Averaging.ONE_HOUR ? O3_1H : O3_8H;
            case PM2_5:
                return PM2_5;
            case PM10:
                return PM10;
            case CO:
                return CO_8H;
            case SO2:
                return averaging == Averaging.TWENTY_FOUR_HOURS ? SO2_24H : SO2_1H;
            default:
                return NO2_1H;
        }
    }

    /**
     * The inputs of an index, in the breakpoints' units ({@link #unit(Pollutant)}); NaN marks what
     * is not available.
     *
     * @param pm25 the PM2.5 24-hour mean (or NowCast for an hourly report)
     * @param pm10 the PM10 24-hour mean (or NowCast)
     * @param o3EightHours the O3 8-hour mean
     * @param o3OneHour the O3 1-hour mean
     * @param co the CO 8-hour mean
     * @param so2OneHour the SO2 1-hour value (the day's highest for a daily report)
     * @param so2TwentyFourHours the SO2 24-hour mean
     * @param no2 the NO2 1-hour value
     */
    public record Inputs(
            double pm25,
            double pm10,
            double o3EightHours,
            double o3OneHour,
            double co,
            double so2OneHour,
            double so2TwentyFourHours,
            double no2) {}

    /**
     * The index.
     *
     * @param inputs the concentrations
     * @return the index, or {@link AqiResult.NotEnoughData} if no pollutant gives a sub-index
     */
    public static AqiResult index(Inputs inputs) {
        Objects.requireNonNull(inputs, "inputs");
        List<SubIndex> subs = new ArrayList<>();
        add(subs, Pollutant.PM2_5, Averaging.TWENTY_FOUR_HOURS, inputs.pm25());
        add(subs, Pollutant.PM10, Averaging.TWENTY_FOUR_HOURS, inputs.pm10());
        SubIndex eight = sub(Pollutant.O3, Averaging.EIGHT_HOURS, inputs.o3EightHours());
        SubIndex one = sub(Pollutant.O3, Averaging.ONE_HOUR, inputs.o3OneHour());
        if (eight != null && (one == null || eight.value() >= one.value())) {
            subs.add(eight);
        } else if (one != null) {
            subs.add(one);
        }
        add(subs, Pollutant.CO, Averaging.EIGHT_HOURS, inputs.co());
        SubIndex so2 = so2(inputs.so2OneHour(), inputs.so2TwentyFourHours());
        if (so2 != null) {
            subs.add(so2);
        }
        add(subs, Pollutant.NO2, Averaging.ONE_HOUR, inputs.no2());
        if (subs.isEmpty()) {
            return new AqiResult.NotEnoughData(STANDARD, "no pollutant has a concentration the table covers");
        }
        subs.sort(Comparator.comparingDouble(SubIndex::value).reversed().thenComparing(SubIndex::pollutant));
        SubIndex top = subs.get(0);
        int aqi = top.rounded();
        return new AqiResult.Index(STANDARD, aqi, category(aqi), top.pollutant(), subs);
    }

    private static @Nullable SubIndex so2(double oneHour, double twentyFourHours) {
        double day = truncate(Pollutant.SO2, twentyFourHours);
        double hour = truncate(Pollutant.SO2, oneHour);
        if (day >= 305) {
            return sub(Pollutant.SO2, Averaging.TWENTY_FOUR_HOURS, twentyFourHours);
        }
        if (hour >= 305) {
            // 1-hour SO2 of 305 ppb or more with a lower (or no) 24-hour mean: the TAD fixes 200.
            return new SubIndex(Pollutant.SO2, Averaging.ONE_HOUR, hour, "ppb", 200);
        }
        return sub(Pollutant.SO2, Averaging.ONE_HOUR, oneHour);
    }

    private static void add(List<SubIndex> subs, Pollutant p, Averaging a, double c) {
        SubIndex s = sub(p, a, c);
        if (s != null) {
            subs.add(s);
        }
    }

    private static @Nullable SubIndex sub(Pollutant p, Averaging a, double c) {
        double value = subIndex(p, a, c);
        return Double.isNaN(value) ? null : new SubIndex(p, a, truncate(p, c), unit(p), value);
    }
}
