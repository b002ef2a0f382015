package vn.smartcity.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.sf.marineapi.nmea.parser.SentenceFactory;
import net.sf.marineapi.nmea.sentence.GGASentence;
import net.sf.marineapi.nmea.sentence.RMCSentence;
import net.sf.marineapi.nmea.util.CompassPoint;
import net.sf.marineapi.nmea.util.Date;
import net.sf.marineapi.nmea.util.Position;
import net.sf.marineapi.nmea.util.Time;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.nmea.NmeaCodec;

/**
 * Decoding what a bus tracker sends every second: the two standard sentences, GGA and RMC (Dale
 * DePriest's examples in "NMEA data": {@code $GPGGA,123519,4807.038,N,...*47} and {@code
 * $GPRMC,123519,A,4807.038,N,...*6A}), CR LF after each; 10 records, as the position both give is
 * reported once.
 *
 * <ul>
 *   <li>{@code oursHot}: {@link NmeaCodec} (checksums, every field, times with the RMC date) into a
 *       sink that reads every value;
 *   <li>{@code oursList}: the same into a {@code List<Observation>};
 *   <li>{@code peerMarineapi}: Java Marine API 0.12.0 ({@code net.sf.marineapi:marineapi}): the
 *       bytes to a {@code String}, one line per sentence, {@code SentenceFactory.createParser}
 *       (which checks the checksum), then every getter ours reads: position, altitude, geoid
 *       height, fix quality, satellites, HDOP, speed, course, variation, and the time with the
 *       date, converted to the same units (m/s, signed variation, epoch seconds);
 *   <li>{@code floor}: the checksums alone, an XOR loop over the bytes.
 * </ul>
 *
 * <p>{@code @Setup} checks that ours and Java Marine API read the same 10 values and times.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar NmeaBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NmeaBenchmark {

    private static final double KNOT = 1852.0 / 3600.0;

    private final NmeaCodec codec = new NmeaCodec();
    private final FieldReader reader = new FieldReader();
    private final SentenceFactory marineapi = SentenceFactory.getInstance();
    // Not final: JMH must not constant-fold the inputs.
    private byte[] input = new byte[0];
    private DecodeContext context = DecodeContext.defaults();

    /** Creates the state; JMH calls this. */
    public NmeaBenchmark() {}

    /** Prepares the two sentences and checks that ours and the peer read the same values. */
    @Setup
    public void setup() {
        input = ("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\r\n"
                        + "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        context = DecodeContext.defaults();
        List<String> ours = new ArrayList<>();
        for (Observation o : codec.decode(input, context)) {
            ours.add(o.name() + " " + Math.round(o.number() * 1e9) + " @"
                    + o.time().getEpochSecond());
        }
        List<String> peer = new ArrayList<>();
        String[] lines = new String(input, StandardCharsets.US_ASCII).split("\r\n");
        GGASentence gga = (GGASentence) marineapi.createParser(lines[0]);
        RMCSentence rmc = (RMCSentence) marineapi.createParser(lines[1]);
        long ggaTime = epochSecond(rmc.getDate(), gga.getTime());
        long rmcTime = epochSecond(rmc.getDate(), rmc.getTime());
        Position p = gga.getPosition();
        peer.add(NmeaCodec.LATITUDE + " " + Math.round(p.getLatitude() * 1e9) + " @" + ggaTime);
        peer.add(NmeaCodec.LONGITUDE + " " + Math.round(p.getLongitude() * 1e9) + " @" + ggaTime);
        peer.add(NmeaCodec.ALTITUDE + " " + Math.round(gga.getAltitude() * 1e9) + " @" + ggaTime);
        peer.add(NmeaCodec.GEOID_SEPARATION + " " + Math.round(gga.getGeoidalHeight() * 1e9) + " @" + ggaTime);
        peer.add(NmeaCodec.FIX_QUALITY + " " + Math.round(gga.getFixQuality().toInt() * 1e9) + " @" + ggaTime);
        peer.add(NmeaCodec.SATELLITES + " " + Math.round(gga.getSatelliteCount() * 1e9) + " @" + ggaTime);
        peer.add(NmeaCodec.HDOP + " " + Math.round(gga.getHorizontalDOP() * 1e9) + " @" + ggaTime);
        peer.add(NmeaCodec.SPEED + " " + Math.round(rmc.getSpeed() * KNOT * 1e9) + " @" + rmcTime);
        peer.add(NmeaCodec.COURSE + " " + Math.round(rmc.getCourse() * 1e9) + " @" + rmcTime);
        peer.add(NmeaCodec.MAGNETIC_VARIATION + " " + Math.round(variation(rmc) * 1e9) + " @" + rmcTime);
        Agree.sameRecords("NmeaBenchmark", ours, peer);
    }

    private static long epochSecond(Date date, Time time) {
        return LocalDate.of(date.getYear(), date.getMonth(), date.getDay()).toEpochDay() * 86_400
                + time.getHour() * 3600L
                + time.getMinutes() * 60L
                + (long) time.getSeconds();
    }

    private static double variation(RMCSentence rmc) {
        double v = rmc.getVariation();
        return rmc.getDirectionOfVariation() == CompassPoint.WEST ? -v : v;
    }

    /**
     * The floor: the checksum of each line and nothing else.
     *
     * @return the checksums, combined
     */
    @Benchmark
    public int floor() {
        byte[] b = input;
        int result = 0;
        int sum = 0;
        boolean in = false;
        for (byte x : b) {
            if (x == '$') {
                in = true;
                sum = 0;
            } else if (x == '*') {
                in = false;
                result = result * 31 + sum;
            } else if (in) {
                sum ^= x;
            }
        }
        return result;
    }

    /**
     * Ours, the hot path: decode into a sink that reads every value.
     *
     * @return a digest of what the sink read
     */
    @Benchmark
    public double oursHot() {
        int n = codec.decode(input, 0, input.length, context, reader);
        return reader.drain() + n;
    }

    /**
     * Ours, the convenient path: decode into a list of immutable records.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> oursList() {
        return codec.decode(input, context);
    }

    /**
     * Java Marine API: split the lines, parse both sentences and read what ours reads.
     *
     * @return a digest of the values
     */
    @Benchmark
    public double peerMarineapi() {
        String[] lines = new String(input, StandardCharsets.US_ASCII).split("\r\n");
        GGASentence gga = (GGASentence) marineapi.createParser(lines[0]);
        RMCSentence rmc = (RMCSentence) marineapi.createParser(lines[1]);
        Date date = rmc.getDate();
        Position p = gga.getPosition();
        double sum = p.getLatitude()
                + p.getLongitude()
                + gga.getAltitude()
                + gga.getGeoidalHeight()
                + gga.getFixQuality().toInt()
                + gga.getSatelliteCount()
                + gga.getHorizontalDOP()
                + rmc.getSpeed() * KNOT
                + rmc.getCourse()
                + variation(rmc);
        Position q = rmc.getPosition();
        if (q.getLatitude() != p.getLatitude() || q.getLongitude() != p.getLongitude()) {
            sum += q.getLatitude() + q.getLongitude();
        }
        return sum
                + epochSecond(date, gga.getTime())
                + epochSecond(date, rmc.getTime())
                + rmc.getStatus().ordinal();
    }
}
