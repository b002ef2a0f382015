package vn.smartcity.examples;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.hj212.Hj212Codec;

/** Sample feeds the examples run on, made with the SDK's own encoders. */
final class ExampleFeeds {

    private ExampleFeeds() {}

    /**
     * A day of hourly HJ 212 frames (CN=2061) from one air station, as one TCP byte stream.
     *
     * @param day the local day
     * @param pm25 the hourly PM2.5 mean in ug/m3
     * @return the stream
     */
    static byte[] hourlyHj212Day(LocalDate day, double pm25) {
        Hj212Codec codec = new Hj212Codec();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Instant start = day.atStartOfDay().toInstant(ZoneOffset.ofHours(7));
        for (int h = 0; h < 24; h++) {
            Instant hour = start.plusSeconds(h * 3600L);
            out.writeBytes(codec.encode(List.of(
                    new Observation(
                            "QN-CAMPHA-01",
                            "",
                            "a34004",
                            "ug/m3",
                            Value.of(pm25),
                            null,
                            hour,
                            Statistic.AVERAGE,
                            Status.NORMAL,
                            null),
                    new Observation(
                            "QN-CAMPHA-01",
                            "",
                            "a21004",
                            "ug/m3",
                            Value.of(40),
                            null,
                            hour,
                            Statistic.AVERAGE,
                            Status.NORMAL,
                            null))));
        }
        return out.toByteArray();
    }
}
