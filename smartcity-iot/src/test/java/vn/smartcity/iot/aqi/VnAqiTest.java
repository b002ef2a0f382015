package vn.smartcity.iot.aqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision 1459/QĐ-TCMT (12 November 2019), Bảng 1, 2 and the worked examples of section 2.3, as
 * transcribed from the signed PDF in qnguyenle075/hcmc-air-quality,
 * data/processed/qd_1459_vn_aqi.md (commit fa31c9b6).
 */
class VnAqiTest {

    private static final double NaN = Double.NaN;

    /** Every breakpoint of Bảng 2 maps to its index, and the midpoints interpolate linearly. */
    @ParameterizedTest
    @CsvSource({
        "PM2_5, 0, 0",
        "PM2_5, 25, 50",
        "PM2_5, 50, 100",
        "PM2_5, 80, 150",
        "PM2_5, 150, 200",
        "PM2_5, 250, 300",
        "PM2_5, 350, 400",
        "PM2_5, 500, 500",
        "PM2_5, 12.5, 25",
        "PM2_5, 65, 125",
        "PM10, 50, 50",
        "PM10, 150, 100",
        "PM10, 250, 150",
        "PM10, 350, 200",
        "PM10, 420, 300",
        "PM10, 500, 400",
        "PM10, 600, 500",
        "O3, 160, 50",
        "O3, 200, 100",
        "O3, 300, 150",
        "O3, 400, 200",
        "O3, 800, 300",
        "O3, 1000, 400",
        "O3, 1200, 500",
        "CO, 10000, 50",
        "CO, 30000, 100",
        "CO, 45000, 150",
        "CO, 60000, 200",
        "CO, 90000, 300",
        "CO, 120000, 400",
        "CO, 150000, 500",
        "SO2, 125, 50",
        "SO2, 350, 100",
        "SO2, 550, 150",
        "SO2, 800, 200",
        "SO2, 1600, 300",
        "SO2, 2100, 400",
        "SO2, 2630, 500",
        "NO2, 100, 50",
        "NO2, 200, 100",
        "NO2, 700, 150",
        "NO2, 1200, 200",
        "NO2, 2350, 300",
        "NO2, 3100, 400",
        "NO2, 3850, 500",
    })
    void bang2Breakpoints(Pollutant pollutant, double concentration, double index) {
        assertEquals(index, VnAqi.subIndex(pollutant, Averaging.ONE_HOUR, concentration), 1e-9);
    }

    @Test
    void o3EightHourColumnEndsAt400() {
        assertEquals(50, VnAqi.subIndex(Pollutant.O3, Averaging.EIGHT_HOURS, 100), 1e-9);
        assertEquals(100, VnAqi.subIndex(Pollutant.O3, Averaging.EIGHT_HOURS, 120), 1e-9);
        assertEquals(300, VnAqi.subIndex(Pollutant.O3, Averaging.EIGHT_HOURS, 400), 1e-9);
        assertTrue(Double.isNaN(VnAqi.subIndex(Pollutant.O3, Averaging.EIGHT_HOURS, 400.1)));
    }

    @Test
    void theScaleEndsAt500() {
        assertEquals(500, VnAqi.subIndex(Pollutant.PM2_5, Averaging.TWENTY_FOUR_HOURS, 800), 1e-9);
        assertTrue(Double.isNaN(VnAqi.subIndex(Pollutant.PM2_5, Averaging.TWENTY_FOUR_HOURS, -1)));
        assertTrue(Double.isNaN(VnAqi.subIndex(Pollutant.PM2_5, Averaging.TWENTY_FOUR_HOURS, NaN)));
    }

    @Test
    void aTwentyFourHourPm25MeanOf35GivesSeventy() {
        // The project's specification (issue 4): (100-50)/(50-25) * (35-25) + 50 = 70, Trung bình.
        AqiResult.Index index = (AqiResult.Index) VnAqi.daily(new VnAqi.DailyValues(35, NaN, NaN, NaN, NaN, NaN, NaN));
        assertEquals(70, index.aqi());
        assertEquals("Trung bình", index.category().name());
    }

    @Test
    void nowCastExampleOfSection23() {
        // Hourly PM2.5 09:00..20:00; c1 is 20:00. The decision prints NowCast = 20,3 (w = 0,61).
        double[] recentFirst = {20.6, 19.6, 22.4, 20.3, 16.5, 19.0, 16.5, 19.5, 23.5, 20.5, 24.7, 26.9};
        assertEquals(20.3, Math.round(NowCast.of(recentFirst) * 10) / 10.0, 1e-9);
        assertEquals(20.2658, NowCast.of(recentFirst), 1e-4);
    }

    @Test
    void hourlyExampleOfSection23() {
        // O3 136,1; NO2 118,7; PM2.5 NowCast 20,3 (from the hours above). Sub-indices 42.53, 59.35,
        // 40.6. The decision prints NO2 = 60 and AQI = 60, but its own formula gives 59.35: a typo
        // in the decision (the transcription notes it); half-up rounding of 59.35 gives 59.
        Map<Pollutant, double[]> hours = new EnumMap<>(Pollutant.class);
        hours.put(Pollutant.O3, new double[] {136.1});
        hours.put(Pollutant.NO2, new double[] {118.7});
        hours.put(
                Pollutant.PM2_5, new double[] {20.6, 19.6, 22.4, 20.3, 16.5, 19.0, 16.5, 19.5, 23.5, 20.5, 24.7, 26.9});
        AqiResult.Index index = (AqiResult.Index) VnAqi.hourly(hours);
        assertEquals(59, index.aqi());
        assertEquals(Pollutant.NO2, index.dominant());
        assertEquals(
                42.53,
                index.subIndices().stream()
                        .filter(s -> s.pollutant() == Pollutant.O3)
                        .findFirst()
                        .orElseThrow()
                        .value(),
                0.005);
        assertEquals(
                Averaging.NOWCAST,
                index.subIndices().stream()
                        .filter(s -> s.pollutant() == Pollutant.PM2_5)
                        .findFirst()
                        .orElseThrow()
                        .averaging());
    }

    @Test
    void dailyExampleOfSection23() {
        // O3 8h max 89,3 -> 45; O3 1h max 114,6 -> 36; NO2 1h max 130,8 -> 65; PM2.5 24h 55,7 -> 110.
        AqiResult.Index index =
                (AqiResult.Index) VnAqi.daily(new VnAqi.DailyValues(55.7, NaN, 114.6, 89.3, NaN, NaN, 130.8));
        assertEquals(110, index.aqi());
        assertEquals("Kém", index.category().name());
        assertEquals(Pollutant.PM2_5, index.dominant());
        SubIndex o3 = index.subIndices().stream()
                .filter(s -> s.pollutant() == Pollutant.O3)
                .findFirst()
                .orElseThrow();
        assertEquals(Averaging.EIGHT_HOURS, o3.averaging(), "the larger of 45 (8h) and 36 (1h)");
        assertEquals(45, o3.rounded());
        assertEquals(
                65,
                index.subIndices().stream()
                        .filter(s -> s.pollutant() == Pollutant.NO2)
                        .findFirst()
                        .orElseThrow()
                        .rounded());
    }

    @Test
    void o3EightHourMeanAbove400IsNotUsed() {
        AqiResult.Index index = (AqiResult.Index) VnAqi.daily(new VnAqi.DailyValues(10, NaN, 420, 450, NaN, NaN, NaN));
        SubIndex o3 = index.subIndices().stream()
                .filter(s -> s.pollutant() == Pollutant.O3)
                .findFirst()
                .orElseThrow();
        assertEquals(Averaging.ONE_HOUR, o3.averaging());
        assertEquals(205, o3.rounded());
    }

    @Test
    void noIndexWithoutParticulateMatter() {
        Map<Pollutant, double[]> hours = new EnumMap<>(Pollutant.class);
        hours.put(Pollutant.O3, new double[] {136.1});
        AqiResult.NotEnoughData none = assertInstanceOf(AqiResult.NotEnoughData.class, VnAqi.hourly(hours));
        assertTrue(none.reason().contains("needs PM2.5 or PM10"), none.reason());
        // Only one of the three most recent PM hours: no NowCast, no index.
        hours.put(Pollutant.PM2_5, new double[] {20, NaN, NaN, 18, 18, 18});
        assertInstanceOf(AqiResult.NotEnoughData.class, VnAqi.hourly(hours));
        hours.put(Pollutant.PM2_5, new double[] {NaN, 20, 19, 18});
        assertInstanceOf(AqiResult.Index.class, VnAqi.hourly(hours), "two of three suffice");
        assertInstanceOf(
                AqiResult.NotEnoughData.class, VnAqi.daily(new VnAqi.DailyValues(NaN, NaN, NaN, NaN, NaN, NaN, NaN)));
    }

    @Test
    void categoriesOfBang1() {
        int[][] bands = {{0, 50}, {51, 100}, {101, 150}, {151, 200}, {201, 300}, {301, 500}};
        String[] names = {"Tốt", "Trung bình", "Kém", "Xấu", "Rất xấu", "Nguy hại"};
        String[] colours = {"#00E400", "#FFFF00", "#FF7E00", "#FF0000", "#8F3F97", "#7E0023"};
        for (int i = 0; i < bands.length; i++) {
            for (int aqi : bands[i]) {
                Category c = VnAqi.category(aqi);
                assertEquals(names[i], c.name(), "AQI " + aqi);
                assertEquals(colours[i], c.hexColor());
            }
        }
        assertEquals(
                "Tự do thực hiện các hoạt động ngoài trời", VnAqi.category(10).advice());
    }

    @Test
    void missingHoursWeighNothing() {
        // Hand computation: hours 10, (missing), 30 with w* = 10/30 -> w = 1/2:
        // (1*10 + 0.25*30) / (1 + 0.25) = 14.
        assertEquals(14, NowCast.of(10, NaN, 30), 1e-9);
        // Steady air: NowCast equals the constant.
        assertEquals(42, NowCast.of(42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42), 1e-9);
    }
}
