package vn.smartcity.iot.aqi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.hj212.Hj212Codec;

class AirQualityAggregatorTest {

    /** 2025-11-01 00:00 in Viet Nam (UTC+7). */
    private static final Instant DAY = Instant.parse("2025-10-31T17:00:00Z");

    private static Observation sample(String name, String unit, double value, Instant time, Status status) {
        return new Observation("QN01", "test", name, unit, Value.of(value), null, time, Statistic.SAMPLE, status, null);
    }

    @Test
    void hourlyMeansNeedThreeQuartersOfTheReadings() {
        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(5).build();
        for (int m = 0; m < 60; m += 5) {
            station.add(sample("PM2,5", "ug/m3", m < 30 ? 20 : 40, DAY.plusSeconds(m * 60L), Status.NORMAL));
        }
        assertEquals(30, station.hourlyMean(Pollutant.PM2_5, DAY).orElseThrow(), 1e-9);
        // Next hour: 8 normal readings and 4 while calibrating -> 8 < 9 valid readings, no mean.
        Instant next = DAY.plusSeconds(3600);
        for (int m = 0; m < 60; m += 5) {
            station.add(sample(
                    "PM2,5", "ug/m3", 25, next.plusSeconds(m * 60L), m < 40 ? Status.NORMAL : Status.CALIBRATING));
        }
        assertTrue(station.hourlyMean(Pollutant.PM2_5, next).isEmpty());
        assertEquals(4, station.excluded());
        assertEquals(20, station.accepted());
    }

    @Test
    void unitsAndNamesOfEveryProtocolMeetInOnePollutant() {
        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(60).build();
        station.add(sample("a21005", "mg/m3", 1.2, DAY, Status.NORMAL)); // HJ 212 CO in mg/m3
        station.add(sample("temperature", "Cel", 30, DAY, Status.NORMAL));
        assertEquals(1200, station.hourlyMean(Pollutant.CO, DAY).orElseThrow(), 1e-9);
        assertEquals(1, station.ignored());
    }

    @Test
    void dailyIndexFromHourlyHj212Frames() {
        // 24 hourly PM2.5 means of 35 ug/m3 sent as HJ 212 hourly data (CN=2061, Avg), plus an
        // NO2 hour of 130.8: VN_AQI daily = max(70 from PM2.5, 65.4 from NO2) = 70.
        Hj212Codec codec = new Hj212Codec();
        List<Observation> records = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            Instant hour = DAY.plusSeconds(h * 3600L);
            records.add(new Observation(
                    "QN01", "", "a34004", "ug/m3", Value.of(35), null, hour, Statistic.AVERAGE, Status.NORMAL, null));
            if (h == 9) {
                records.add(new Observation(
                        "QN01",
                        "",
                        "a21004",
                        "ug/m3",
                        Value.of(130.8),
                        null,
                        hour,
                        Statistic.AVERAGE,
                        Status.NORMAL,
                        null));
            }
        }
        AirQualityAggregator station = AirQualityAggregator.builder().build();
        station.addAll(codec.decode(codec.encode(records)));

        AqiResult.Index daily = assertInstanceOf(AqiResult.Index.class, station.vnDaily(LocalDate.of(2025, 11, 1)));
        assertEquals(70, daily.aqi());
        assertEquals(Pollutant.PM2_5, daily.dominant());
        assertEquals(
                35,
                station.dailyMean(Pollutant.PM2_5, LocalDate.of(2025, 11, 1)).orElseThrow(),
                1e-9);

        AqiResult.Index hourly = assertInstanceOf(AqiResult.Index.class, station.vnHourly(DAY.plusSeconds(9 * 3600)));
        assertEquals(70, hourly.aqi(), "steady PM2.5: NowCast 35 -> 70; NO2 130.8 -> 65");
        assertEquals(24, station.vnHourlySeries(LocalDate.of(2025, 11, 1)).size());
    }

    @Test
    void sparseDaysGiveNoIndex() {
        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(60).build();
        for (int h = 0; h < 17; h++) {
            station.add(sample("PM10", "ug/m3", 80, DAY.plusSeconds(h * 3600L), Status.NORMAL));
        }
        assertTrue(station.dailyMean(Pollutant.PM10, LocalDate.of(2025, 11, 1)).isEmpty(), "17 of 24 hours");
        assertInstanceOf(AqiResult.NotEnoughData.class, station.vnDaily(LocalDate.of(2025, 11, 1)));
        station.add(sample("PM10", "ug/m3", 80, DAY.plusSeconds(17 * 3600L), Status.NORMAL));
        assertEquals(
                80, station.dailyMean(Pollutant.PM10, LocalDate.of(2025, 11, 1)).orElseThrow(), 1e-9);
    }

    @Test
    void eightHourMeansAndTheUsDailyIndex() {
        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(60).build();
        // O3 hourly means of 153.1 ug/m3 (0.078 ppm at 25 degC) all day, PM2.5 35.9, CO 9622 ug/m3 (8.4 ppm).
        for (int h = -7; h < 24; h++) {
            Instant t = DAY.plusSeconds(h * 3600L);
            station.add(sample("O3", "ug/m3", 0.078 * 47.997 / 24.45 * 1000, t, Status.NORMAL));
            station.add(sample("PM2,5", "ug/m3", 35.9, t, Status.NORMAL));
            station.add(sample("CO", "ppm", 8.4, t, Status.NORMAL));
        }
        assertEquals(153.1, station.eightHourMean(Pollutant.O3, DAY).orElseThrow(), 0.1);
        AqiResult.Index us = assertInstanceOf(AqiResult.Index.class, station.usDaily(LocalDate.of(2025, 11, 1)));
        assertEquals(126, us.aqi(), "the TAD example again, now from hourly data");
        assertEquals(Pollutant.O3, us.dominant());
    }
}
