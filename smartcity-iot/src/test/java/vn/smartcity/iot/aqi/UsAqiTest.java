package vn.smartcity.iot.aqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * EPA-454/B-24-002 (May 2024): Table 6 breakpoints with the 2024 PM2.5 rows, truncation and the
 * worked example. PM2.5 boundary cases as tested by asymworks/pyairnow
 * tests/test_14_conversions.py (updated for the May 2024 guidance).
 */
class UsAqiTest {

    private static final double NaN = Double.NaN;

    private static UsAqi.Inputs only(Pollutant p, double value) {
        return new UsAqi.Inputs(
                p == Pollutant.PM2_5 ? value : NaN,
                p == Pollutant.PM10 ? value : NaN,
                p == Pollutant.O3 ? value : NaN,
                NaN,
                p == Pollutant.CO ? value : NaN,
                p == Pollutant.SO2 ? value : NaN,
                NaN,
                p == Pollutant.NO2 ? value : NaN);
    }

    private static int aqi(UsAqi.Inputs inputs) {
        return ((AqiResult.Index) UsAqi.index(inputs)).aqi();
    }

    @Test
    void theTadWorkedExample() {
        // 8-hour O3 0.078 ppm -> 126 (125.5 rounded), PM2.5 35.9 -> 102, CO 8.4 ppm -> 90: AQI 126, ozone.
        AqiResult.Index index =
                (AqiResult.Index) UsAqi.index(new UsAqi.Inputs(35.9, NaN, 0.078, NaN, 8.4, NaN, NaN, NaN));
        assertEquals(126, index.aqi());
        assertEquals(Pollutant.O3, index.dominant());
        assertEquals("Unhealthy for Sensitive Groups", index.category().name());
        assertEquals(102, index.subIndices().get(1).rounded());
        assertEquals(90, index.subIndices().get(2).rounded());
    }

    @ParameterizedTest
    @CsvSource({
        "9.0, 50",
        "9.1, 51",
        "9.09, 50",
        "20.0, 71",
        "27.9, 86",
        "35.4, 100",
        "35.5, 101",
        "53.0, 144",
        "125.4, 200",
        "225.4, 300",
        "325.4, 500",
        "325.9, 501"
    })
    void pm25With2024Breakpoints(double concentration, int expected) {
        assertEquals(expected, aqi(only(Pollutant.PM2_5, concentration)));
    }

    @ParameterizedTest
    @CsvSource({
        "PM10, 54.9, 50",
        "PM10, 55, 51",
        "O3, 0.054, 50",
        "O3, 0.055, 51",
        "CO, 9.4, 100",
        "NO2, 53, 50",
        "NO2, 100, 100",
        "SO2, 75, 100",
        "SO2, 304, 200"
    })
    void otherBoundaries(Pollutant pollutant, double concentration, int expected) {
        assertEquals(expected, aqi(only(pollutant, concentration)));
    }

    @Test
    void ozoneOneHourOnlyWhenHigher() {
        // 1-hour O3 0.162 ppm: 101 + 49/0.039 * 0.037 = 147.49 -> 147.
        assertEquals(147, aqi(new UsAqi.Inputs(NaN, NaN, 0.060, 0.162, NaN, NaN, NaN, NaN)));
        // 1-hour values below 0.125 ppm define nothing; the 8-hour value stands.
        assertEquals(51, aqi(new UsAqi.Inputs(NaN, NaN, 0.055, 0.100, NaN, NaN, NaN, NaN)));
        // 8-hour above 0.200 is blank; without a 1-hour value there is no index.
        assertInstanceOf(AqiResult.NotEnoughData.class, UsAqi.index(only(Pollutant.O3, 0.25)));
    }

    @Test
    void so2AboveTheOneHourTable() {
        // One hour at 400 ppb with a 24-hour mean below 305: fixed at 200.
        assertEquals(200, aqi(new UsAqi.Inputs(NaN, NaN, NaN, NaN, NaN, 400, 62.5, NaN)));
        // 24-hour mean 400 ppb: 24-hour row 305-604 -> 201-300: 201 + 99/299 * 95 = 232.45 -> 232.
        assertEquals(232, aqi(new UsAqi.Inputs(NaN, NaN, NaN, NaN, NaN, 400, 400, NaN)));
    }

    @Test
    void truncationBeforeTheFormula() {
        assertEquals(0.078, UsAqi.truncate(Pollutant.O3, 0.0789));
        assertEquals(35.9, UsAqi.truncate(Pollutant.PM2_5, 35.99));
        assertEquals(154, UsAqi.truncate(Pollutant.PM10, 154.9));
        assertEquals(8.4, UsAqi.truncate(Pollutant.CO, 8.49));
        assertEquals(0.078, UsAqi.truncate(Pollutant.O3, 0.07799999999999999), "binary noise is not a digit");
    }

    @Test
    void conversionFromMicrograms() {
        // ppb = ug/m3 * 24.45 / M at 25 degC: 100 ug/m3 NO2 = 53.1 ppb; 1000 ug/m3 CO = 0.873 ppm.
        assertEquals(53.15, UsAqi.fromMicrograms(Pollutant.NO2, 100), 0.01);
        assertEquals(0.8729, UsAqi.fromMicrograms(Pollutant.CO, 1000), 0.0005);
        assertEquals(35.9, UsAqi.fromMicrograms(Pollutant.PM2_5, 35.9));
    }

    @Test
    void categoriesAndNoData() {
        assertEquals("Good", UsAqi.category(50).name());
        assertEquals("#7E0023", UsAqi.category(501).hexColor(), "beyond the AQI is still Hazardous");
        assertTrue(
                UsAqi.index(new UsAqi.Inputs(NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN))
                        instanceof AqiResult.NotEnoughData);
    }
}
