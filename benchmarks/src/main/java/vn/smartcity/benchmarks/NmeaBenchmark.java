package vn.smartcity.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import vn.smartcity.iot.ObservationSink;
import vn.smartcity.iot.ObservationView;
import vn.smartcity.iot.nmea.NmeaCodec;

/**
 * Decoding what a bus tracker sends every second: a GGA and an RMC sentence (Dale DePriest's
 * examples, 10 records after the repeated position is dropped). The floor is the checksum alone: a
 * loop XOR-ing the bytes between {@code $} and {@code *} of each line.
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

    private final NmeaCodec codec = new NmeaCodec();
    private final Reader reader = new Reader();
    // Not final: JMH must not constant-fold the inputs.
    private byte[] input = new byte[0];
    private DecodeContext context = DecodeContext.defaults();

    /** Creates the state; JMH calls this. */
    public NmeaBenchmark() {}

    /** Reads every value of every record into fields, as an ingest engine would, copying nothing. */
    static final class Reader implements ObservationSink {
        double sum;
        long seconds;
        int chars;
        int flags;

        @Override
        public void accept(ObservationView r) {
            sum += r.number();
            seconds += r.epochSecond() + r.nano();
            CharSequence unit = r.unit();
            CharSequence raw = r.rawStatus();
            chars += r.name().length() + r.source().charAt(0) + (unit == null ? 0 : unit.length());
            flags += r.status().ordinal() + (raw == null ? 0 : raw.charAt(0));
        }
    }

    /** Prepares the two sentences. */
    @Setup
    public void setup() {
        input = ("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\r\n"
                        + "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        context = DecodeContext.defaults();
    }

    /**
     * The floor: the checksum of each line and nothing else.
     *
     * @return the checksums, combined
     */
    @Benchmark
    public int floorChecksum() {
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
     * The hot path: decode into a sink that reads every value.
     *
     * @return a digest of what the sink read
     */
    @Benchmark
    public double hotPath() {
        Reader r = reader;
        int n = codec.decode(input, 0, input.length, context, r);
        return r.sum + r.seconds + r.chars + r.flags + n;
    }

    /**
     * The convenient path: decode into a list of immutable records.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> listPath() {
        return codec.decode(input, context);
    }
}
