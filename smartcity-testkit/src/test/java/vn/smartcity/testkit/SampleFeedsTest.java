package vn.smartcity.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.aqi.AirQualityAggregator;
import vn.smartcity.iot.aqi.AqiResult;
import vn.smartcity.iot.hj212.Hj212Codec;
import vn.smartcity.iot.tt10.Tt10Codec;

class SampleFeedsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 1);

    @Test
    void aDayOfAirDataDecodesIntoItsProfile() {
        byte[] stream = SampleFeeds.hj212Day(DAY, "QN-CAMPHA-01");
        List<Observation> records = new Hj212Codec().decode(stream);
        assertEquals(288 * 5, records.size(), "288 frames of 5 values");
        assertArrayEquals(stream, SampleFeeds.hj212Day(DAY, "QN-CAMPHA-01"), "deterministic");

        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(5).build();
        station.addAll(records);
        // The evening peak: the hourly index passes 150 (Xấu) around 19:00-21:00, the night stays Tốt or Trung bình.
        Instant evening = Instant.parse("2025-11-01T13:00:00Z"); // 20:00 local
        AqiResult.Index peak = assertInstanceOf(AqiResult.Index.class, station.vnHourly(evening));
        assertTrue(peak.aqi() > 150, "evening index " + peak.aqi());
        AqiResult.Index night =
                assertInstanceOf(AqiResult.Index.class, station.vnHourly(Instant.parse("2025-10-31T20:00:00Z")));
        assertTrue(night.aqi() <= 100, "night index " + night.aqi());
        assertInstanceOf(AqiResult.Index.class, station.vnDaily(DAY));
    }

    @Test
    void aWastewaterFileWithItsName() {
        Instant hour = Instant.parse("2025-11-01T02:00:00Z");
        String name = SampleFeeds.tt10FileName(hour, "NT01");
        assertEquals("QN_CAMPHA_NT01_20251101090000.txt", name);
        List<Observation> records = new Tt10Codec()
                .decode(
                        SampleFeeds.tt10File(hour, "NT01"),
                        DecodeContext.defaults().withSourceName(name));
        assertEquals(6, records.size());
        assertEquals(Status.CALIBRATING, records.get(3).status());
        assertEquals("NT01", records.get(0).source());
    }
}
