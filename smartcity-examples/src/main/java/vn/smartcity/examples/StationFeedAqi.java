package vn.smartcity.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.aqi.AirQualityAggregator;
import vn.smartcity.iot.aqi.AqiResult;
import vn.smartcity.iot.hj212.Hj212FrameSplitter;
import vn.smartcity.iot.ngsild.NgsiLd;
import vn.smartcity.testkit.SampleFeeds;

/**
 * For an operations centre: take the byte stream an environmental station's data logger sends over
 * TCP (HJ 212-2017), cut it into frames, decode them, and compute the day's VN_AQI; then publish
 * the day as a FIWARE {@code AirQualityObserved} entity.
 */
public final class StationFeedAqi {

    private StationFeedAqi() {}

    /**
     * Runs the example on the test kit's sample day.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        LocalDate day = LocalDate.of(2025, 11, 1);
        // The test kit's day of real-time frames from a Quang Ninh air station (synthetic data).
        System.out.println(summarise(SampleFeeds.hj212Day(day, "QN-CAMPHA-01"), day));
    }

    /**
     * Decodes a TCP byte stream of HJ 212 frames and reports the day's index.
     *
     * @param stream the bytes as the data logger sent them, in any chunking
     * @param day the local day to report
     * @return one line: the index and, as NGSI-LD, the entity's id
     */
    static String summarise(byte[] stream, LocalDate day) {
        SensorCodec hj212 = PluginRegistry.load(SensorCodec.class).get("hj212");
        List<Observation> records = new ArrayList<>();
        Hj212FrameSplitter splitter = new Hj212FrameSplitter();
        // Feed the stream as it would arrive from a socket: here in 100-byte pieces.
        for (int pos = 0; pos < stream.length; pos += 100) {
            int n = Math.min(100, stream.length - pos);
            splitter.feed(
                    stream,
                    pos,
                    n,
                    (buf, off, len) -> records.addAll(hj212.decode(java.util.Arrays.copyOfRange(buf, off, off + len))));
        }
        AirQualityAggregator station =
                AirQualityAggregator.builder().readingIntervalMinutes(5).build();
        station.addAll(records);
        AqiResult daily = station.vnDaily(day);
        NgsiLd.Station where = new NgsiLd.Station("QN-CAMPHA-01", GeoPoint.of(21.0117, 107.2925), null, null);
        Instant start = day.atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(7));
        String entityId =
                NgsiLd.airQualityObserved(where, start, records, daily).getString("id");
        if (daily instanceof AqiResult.Index index) {
            return "VN_AQI " + index.aqi() + " (" + index.category().name() + "), dominant "
                    + index.dominant().label() + "; " + entityId;
        }
        return "no index: " + ((AqiResult.NotEnoughData) daily).reason();
    }
}
