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
import vn.smartcity.iot.hj212.Hj212Codec;
import vn.smartcity.iot.hj212.Hj212Crc;

/**
 * HJ 212-2017: the specification's real-time packet (7 values, 323 bytes). Our hot path (sink),
 * our list path, a naive {@code String.split} parse as the baseline a developer would write, the
 * CRC alone, and a floor that only sums the bytes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Hj212Benchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Hj212Benchmark {

    private byte[] frame;
    private String frameText;
    private Hj212Codec codec;
    private final DecodeContext context = DecodeContext.defaults();
    private double sum;
    private final ObservationSink sink =
            r -> sum += r.number() + r.epochSecond() + r.status().ordinal();

    /** Creates the state; JMH calls this. */
    public Hj212Benchmark() {}

    /** Prepares the input. */
    @Setup
    public void setUp() {
        frameText = "##0317QN=20191012133710130;ST=22;CN=2011;PW=123456;MN=Y80110010000010;Flag=4;"
                + "CP=&&DataTime=20191012133710;a21005-Rtd=0.00,a21005-Flag=N;a21004-Rtd=0.00,a21004-Flag=N;"
                + "a21007-Rtd=0.033,a21007-Flag=N;a21006-Rtd=0.036,a21006-Flag=N;a21001-Rtd=25.40,a21001-Flag=N;"
                + "a21003-Rtd=101.94,a21003-Flag=N;a21002-Rtd=49.20,a21002-Flag=N&&cc01\r\n";
        frame = frameText.getBytes(StandardCharsets.US_ASCII);
        codec = new Hj212Codec();
    }

    /**
     * Ours, the hot path: every value read unboxed from the flyweight.
     *
     * @return a checksum of the values
     */
    @Benchmark
    public double hotPath() {
        sum = 0;
        codec.decode(frame, 0, frame.length, context, sink);
        return sum;
    }

    /**
     * Ours, the convenient path.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> listPath() {
        return codec.decode(frame, context);
    }

    /**
     * The naive baseline: split the text, parse each value with {@code Double.parseDouble}, check
     * the CRC. It checks much less than the codec does (no header validation, no flags, no time).
     *
     * @return a checksum of the values
     */
    @Benchmark
    public double naiveSplit() {
        String text = new String(frame, StandardCharsets.US_ASCII).strip();
        int length = Integer.parseInt(text.substring(2, 6));
        String data = text.substring(6, 6 + length);
        byte[] bytes = data.getBytes(StandardCharsets.US_ASCII);
        if (Hj212Crc.compute(bytes, 0, bytes.length) != Integer.parseInt(text.substring(6 + length), 16)) {
            throw new IllegalStateException("crc");
        }
        double total = 0;
        String cp = data.substring(data.indexOf("CP=&&") + 5, data.length() - 2);
        for (String group : cp.split(";")) {
            for (String field : group.split(",")) {
                String[] kv = field.split("=");
                if (kv[0].endsWith("-Rtd")) {
                    total += Double.parseDouble(kv[1]);
                }
            }
        }
        return total;
    }

    /**
     * The CRC alone over the data segment.
     *
     * @return the CRC
     */
    @Benchmark
    public int crcOnly() {
        return Hj212Crc.compute(frame, 6, 317);
    }

    /**
     * The floor: sum the bytes of the frame.
     *
     * @return the sum
     */
    @Benchmark
    public int floorByteSum() {
        int s = 0;
        for (byte b : frame) {
            s += b;
        }
        return s;
    }
}
