package vn.smartcity.iot.aqi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Viet Nam's air-quality index, VN_AQI, as Decision 1459/QĐ-TCMT of 12 November 2019 defines it.
 *
 * <ul>
 *   <li>Sub-index: linear interpolation in Bảng 2 (all concentrations in µg/m³, CO included). The
 *       scale ends at 500: the table's last row is "≥", so higher concentrations give 500.
 *   <li>Hourly index ({@link #hourly}): PM2.5 and PM10 from the {@link NowCast}, O3 (1-hour column),
 *       CO, SO2, NO2 from the hour's mean.
 *   <li>Daily index ({@link #daily}): PM from the 24-hour mean; O3 the larger of the sub-indices of
 *       the highest 1-hour and the highest 8-hour mean, the latter left out above 400 µg/m³; SO2,
 *       NO2, CO from the highest 1-hour mean.
 *   <li>The index is the largest sub-index, rounded half up to an integer; there is none without a
 *       PM2.5 or PM10 sub-index (section 2.1: "bắt buộc phải có tối thiểu 01 trong 02 thông số PM10,
 *       PM2.5").
 * </ul>
 */
public final class VnAqi {

    /** The standard's name in results. */
    public static final String STANDARD = "VN_AQI";

    private static final double[] I = {0, 50, 100, 150, 200, 300, 400, 500};
    private static final Breakpoints O3_1H = vn(0, 160, 200, 300, 400, 800, 1000, 1200);
    private static final Breakpoints O3_8H = Breakpoints.contiguous(
            new double[] {0, 100, 120, 170, 210, 400},
            new double[] {0, 50, 100, 150, 200, 300},
            Breakpoints.Beyond.UNDEFINED);
    private static final Breakpoints CO = vn(0, 10_000, 30_000, 45_000, 60_000, 90_000, 120_000, 150_000);
    private static final Breakpoints SO2 = vn(0, 125, 350, 550, 800, 1600, 2100, 2630);
    private static final Breakpoints NO2 = vn(0, 100, 200, 700, 1200, 2350, 3100, 3850);
    private static final Breakpoints PM10 = vn(0, 50, 150, 250, 350, 420, 500, 600);
    private static final Breakpoints PM2_5 = vn(0, 25, 50, 80, 150, 250, 350, 500);

    private static final List<Category> CATEGORIES = List.of(
            new Category(
                    0,
                    50,
                    "Tốt",
                    0,
                    228,
                    0,
                    "Tự do thực hiện các hoạt động ngoài trời",
                    "Tự do thực hiện các hoạt động ngoài trời"),
            new Category(
                    51,
                    100,
                    "Trung bình",
                    255,
                    255,
                    0,
                    "Tự do thực hiện các hoạt động ngoài trời",
                    "Nên theo dõi các triệu chứng như ho hoặc khó thở, nhưng vẫn có thể hoạt động bên ngoài."),
            new Category(
                    101,
                    150,
                    "Kém",
                    255,
                    126,
                    0,
                    "Những người thấy có triệu chứng đau mắt, ho hoặc đau họng… nên cân nhắc giảm các hoạt động"
                            + " ngoài trời. Đối với học sinh, có thể hoạt động bên ngoài, nhưng nên giảm bớt việc tập"
                            + " thể dục kéo dài.",
                    "Nên giảm các hoạt động mạnh và giảm thời gian hoạt động ngoài trời. Những người mắc bệnh hen"
                            + " suyễn có thể cần sử dụng thuốc thường xuyên hơn."),
            new Category(
                    151,
                    200,
                    "Xấu",
                    255,
                    0,
                    0,
                    "Mọi người nên giảm các hoạt động mạnh khi ở ngoài trời, tránh tập thể dục kéo dài và nghỉ"
                            + " ngơi nhiều hơn trong nhà.",
                    "Nên ở trong nhà và giảm hoạt động mạnh. Nếu cần thiết phải ra ngoài, hãy đeo khẩu trang đạt"
                            + " tiêu chuẩn."),
            new Category(
                    201,
                    300,
                    "Rất xấu",
                    143,
                    63,
                    151,
                    "Mọi người hạn chế tối đa các hoạt động ngoài trời và chuyển tất cả các hoạt động vào trong"
                            + " nhà. Nếu cần thiết phải ra ngoài, hãy đeo khẩu trang đạt tiêu chuẩn.",
                    "Nên ở trong nhà và giảm hoạt động mạnh."),
            new Category(
                    301,
                    500,
                    "Nguy hại",
                    126,
                    0,
                    35,
                    "Mọi người nên ở trong nhà, đóng cửa ra vào và cửa sổ. Nếu cần thiết phải ra ngoài, hãy đeo"
                            + " khẩu trang đạt tiêu chuẩn.",
                    "Mọi người nên ở trong nhà, đóng cửa ra vào và cửa sổ. Nếu cần thiết phải ra ngoài, hãy đeo"
                            + " khẩu trang đạt tiêu chuẩn."));

    private VnAqi() {}

    private static Breakpoints vn(double... concentrations) {
        return Breakpoints.contiguous(concentrations, I, Breakpoints.Beyond.CAP);
    }

    /**
     * The six bands of Bảng 1 with the advice of Bảng 5.
     *
     * @return the categories, lowest first
     */
    public static List<Category> categories() {
        return CATEGORIES;
    }

    /**
     * The band of an index.
     *
     * @param aqi the index, 0 to 500
     * @return its category
     */
    public static Category category(int aqi) {
        return Category.band(CATEGORIES, aqi);
    }

    /**
     * One pollutant's sub-index.
     *
     * @param pollutant the pollutant
     * @param averaging {@link Averaging#EIGHT_HOURS} selects the O3 8-hour column; anything else
     *     the pollutant's one column (O3: the 1-hour column)
     * @param microgramsPerCubicMetre the concentration in µg/m³
     * @return the sub-index, not rounded; NaN if the concentration is missing or negative, or an O3
     *     8-hour mean above 400 µg/m³ (not defined)
     */
    public static double subIndex(Pollutant pollutant, Averaging averaging, double microgramsPerCubicMetre) {
        return table(pollutant, averaging).index(microgramsPerCubicMetre);
    }

    private static Breakpoints table(Pollutant pollutant, Averaging averaging) {
        switch (pollutant) {
            case PM2_5:
                return PM2_5;
            case PM10:
                return PM10;
            case O3:
                return averaging == Averaging.EIGHT_HOURS ? O3_8H : O3_1H;
            case CO:
                return CO;
            case SO2:
                return SO2;
            default:
                return NO2;
        }
    }

    /**
     * The hourly index.
     *
     * @param hourlyMeans per pollutant, hourly means in µg/m³, most recent first, NaN for a missing
     *     hour: up to 12 for PM2.5 and PM10 (for the NowCast), the first entry used for the others
     * @return the index, or {@link AqiResult.NotEnoughData} saying what is missing
     */
    public static AqiResult hourly(Map<Pollutant, double[]> hourlyMeans) {
        Objects.requireNonNull(hourlyMeans, "hourlyMeans");
        List<SubIndex> subs = new ArrayList<>();
        for (Map.Entry<Pollutant, double[]> e : new EnumMap<>(hourlyMeans).entrySet()) {
            Pollutant p = e.getKey();
            double[] hours = e.getValue();
            if (hours.length == 0) {
                continue;
            }
            boolean pm = p == Pollutant.PM2_5 || p == Pollutant.PM10;
            double c = pm ? NowCast.of(hours) : hours[0];
            Averaging averaging = pm ? Averaging.NOWCAST : Averaging.ONE_HOUR;
            add(subs, p, averaging, c);
        }
        return combine(subs);
    }

    /**
     * The daily index from the day's summary values (each in µg/m³, NaN when missing).
     *
     * @param values the day's means and maxima
     * @return the index, or {@link AqiResult.NotEnoughData}
     */
    public static AqiResult daily(DailyValues values) {
        List<SubIndex> subs = new ArrayList<>();
        add(subs, Pollutant.PM2_5, Averaging.TWENTY_FOUR_HOURS, values.pm25Mean24h());
        add(subs, Pollutant.PM10, Averaging.TWENTY_FOUR_HOURS, values.pm10Mean24h());
        SubIndex o3OneHour = sub(Pollutant.O3, Averaging.ONE_HOUR, values.o3Max1h());
        SubIndex o3EightHours =
                values.o3Max8h() > 400 ? null : sub(Pollutant.O3, Averaging.EIGHT_HOURS, values.o3Max8h());
        if (o3OneHour != null && (o3EightHours == null || o3OneHour.value() >= o3EightHours.value())) {
            subs.add(o3OneHour);
        } else if (o3EightHours != null) {
            subs.add(o3EightHours);
        }
        add(subs, Pollutant.CO, Averaging.ONE_HOUR, values.coMax1h());
        add(subs, Pollutant.SO2, Averaging.ONE_HOUR, values.so2Max1h());
        add(subs, Pollutant.NO2, Averaging.ONE_HOUR, values.no2Max1h());
        return combine(subs);
    }

    /**
     * The inputs of the daily index, in µg/m³; NaN marks what is not available.
     *
     * @param pm25Mean24h the 24-hour mean of PM2.5
     * @param pm10Mean24h the 24-hour mean of PM10
     * @param o3Max1h the day's highest 1-hour mean of O3
     * @param o3Max8h the day's highest 8-hour mean of O3
     * @param coMax1h the day's highest 1-hour mean of CO
     * @param so2Max1h the day's highest 1-hour mean of SO2
     * @param no2Max1h the day's highest 1-hour mean of NO2
     */
    public record DailyValues(
            double pm25Mean24h,
            double pm10Mean24h,
            double o3Max1h,
            double o3Max8h,
            double coMax1h,
            double so2Max1h,
            double no2Max1h) {}

    private static void add(List<SubIndex> subs, Pollutant p, Averaging a, double c) {
        SubIndex s = sub(p, a, c);
        if (s != null) {
            subs.add(s);
        }
    }

    private static @Nullable SubIndex sub(Pollutant p, Averaging a, double c) {
        double value = subIndex(p, a, c);
        return Double.isNaN(value) ? null : new SubIndex(p, a, c, "ug/m3", value);
    }

    private static AqiResult combine(List<SubIndex> subs) {
        boolean pm = subs.stream().anyMatch(s -> s.pollutant() == Pollutant.PM2_5 || s.pollutant() == Pollutant.PM10);
        if (!pm) {
            return new AqiResult.NotEnoughData(
                    STANDARD,
                    subs.isEmpty()
                            ? "no pollutant has enough data"
                            : "VN_AQI needs PM2.5 or PM10 (Decision 1459/QĐ-TCMT section 2.1), and neither has"
                                    + " enough data");
        }
        subs.sort(Comparator.comparingDouble(SubIndex::value).reversed().thenComparing(SubIndex::pollutant));
        SubIndex top = subs.get(0);
        int aqi = top.rounded();
        return new AqiResult.Index(STANDARD, aqi, category(aqi), top.pollutant(), subs);
    }
}
