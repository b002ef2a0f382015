package vn.smartcity.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationSink;
import vn.smartcity.iot.lpp.CayenneLppCodec;

/**
 * Decoding Cayenne LPP uplinks as a LoRaWAN application server does: {@code docs} is the
 * myDevices documentation's example frames one after the other (two temperatures, a negative
 * temperature, an accelerometer, a GPS fix: 31 bytes, 9 records), {@code fields50} a 205-byte frame
 * of 50 single-value fields. The hot path hands every record to a sink that reads its name and
 * value; the list path builds {@link Observation}s; the floor sums the bytes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CayenneLppBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CayenneLppBenchmark {

    /** Which input. */
    @Param({"docs", "fields50"})
    public String input;

    private final CayenneLppCodec codec = new CayenneLppCodec();
    private final DecodeContext context = DecodeContext.defaults();
    private byte[] frame = new byte[0];
    private double sum;
    private int chars;
    private final ObservationSink sink = r -> {
        sum += r.number();
        chars += r.name().length() + r.source().length();
    };

    /** Creates the state; JMH calls this. */
    public CayenneLppBenchmark() {}

    /** Builds the input. */
    @Setup
    public void setUp() {
        if (input.equals("docs")) {
            frame = HexFormat.of()
                    .parseHex("03670110056700FF" + "0167FFD7" + "067104D2FB2E0000" + "018806765FF2960A0003E8");
        } else {
            String[][] types = {
                {"temperature", "Cel", "27.2"},
                {"humidity", "%", "54.5"},
                {"pressure", "hPa", "1013.2"},
                {"luminosity", "lx", "812"},
                {"voltage", "V", "3.61"},
                {"current", "A", "0.237"},
                {"analog_in", null, "-1.25"},
                {"concentration", "[ppm]", "415"},
                {"power", "W", "3450"},
                {"distance", "m", "1.234"},
            };
            List<Observation> records = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String[] t = types[i % types.length];
                records.add(Observation.of("", (i + 1) + "/" + t[0], t[1], Double.parseDouble(t[2]), Instant.EPOCH));
            }
            frame = codec.encode(records);
        }
    }

    /**
     * The floor: sum the bytes.
     *
     * @return the sum
     */
    @Benchmark
    public int floor() {
        int s = 0;
        for (byte b : frame) {
            s += b;
        }
        return s;
    }

    /**
     * Decodes into a sink that reads every record.
     *
     * @return the sum of the values
     */
    @Benchmark
    public double hotPath() {
        sum = 0;
        chars = 0;
        codec.decode(frame, 0, frame.length, context, sink);
        return sum + chars;
    }

    /**
     * Decodes into a list of observations.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> listPath() {
        return codec.decode(frame, context);
    }
}
