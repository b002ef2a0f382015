package vn.smartcity.benchmarks;

import java.nio.ByteBuffer;
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
import vn.smartcity.iot.lpp.CayenneLppCodec;

/**
 * Decoding Cayenne LPP uplinks as a LoRaWAN application server does: {@code docs} is the
 * myDevices documentation's example frames one after the other (two temperatures, a negative
 * temperature, an accelerometer, a GPS fix: 31 bytes, 9 records), {@code fields50} a 205-byte frame
 * of 50 single-value fields (synthetic, ten types in turn).
 *
 * <ul>
 *   <li>{@code oursHot}: {@link CayenneLppCodec} into the {@link FieldReader} sink, which reads every field
 *       of every record;
 *   <li>{@code oursList}: the same codec into a {@code List<Observation>};
 *   <li>{@code floor}: a hand-written {@link ByteBuffer} reader that knows exactly the types in
 *       these frames (a {@code switch} on the type byte, sizes and scales inlined) and sums the
 *       values: what a developer writes for one device. No general Cayenne LPP decoder for Java is
 *       on Maven Central, so there is no peer row; the codec also checks channel and type against
 *       the whole table, names every record and handles truncation with an offset.
 * </ul>
 *
 * <p>{@code @Setup} checks that ours and the floor read the same values.
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
    private final FieldReader reader = new FieldReader();

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
        double ours = 0;
        for (Observation o : codec.decode(frame, context)) {
            ours += o.number();
            String name = o.name();
            ours += Integer.parseInt(name.substring(0, name.indexOf('/')));
        }
        Agree.sameDigest("CayenneLppBenchmark " + input, Math.round(ours * 1e6) / 1e6, Math.round(floor() * 1e6) / 1e6);
    }

    /**
     * The floor: a hand-written reader for the types these frames use.
     *
     * @return the sum of the values, and of the channel of each value
     */
    @Benchmark
    public double floor() {
        ByteBuffer b = ByteBuffer.wrap(frame);
        double total = 0;
        while (b.hasRemaining()) {
            int channel = b.get() & 0xFF;
            int type = b.get() & 0xFF;
            switch (type) {
                case 0x67: // temperature, 0.1 Cel signed
                    total += b.getShort() / 10.0;
                    break;
                case 0x68: // humidity, 0.5 %
                    total += (b.get() & 0xFF) / 2.0;
                    break;
                case 0x71: // accelerometer, 0.001 g signed, x y z
                    total += b.getShort() / 1000.0;
                    total += b.getShort() / 1000.0;
                    total += b.getShort() / 1000.0;
                    total += 2 * channel;
                    break;
                case 0x73: // barometer, 0.1 hPa
                    total += (b.getShort() & 0xFFFF) / 10.0;
                    break;
                case 0x65: // illuminance, 1 lx
                    total += b.getShort() & 0xFFFF;
                    break;
                case 0x74: // voltage, 0.01 V signed
                    total += b.getShort() / 100.0;
                    break;
                case 0x75: // current, 0.001 A signed
                    total += b.getShort() / 1000.0;
                    break;
                case 0x02: // analog input, 0.01 signed
                    total += b.getShort() / 100.0;
                    break;
                case 0x7D: // concentration, 1 ppm
                case 0x80: // power, 1 W
                    total += b.getShort() & 0xFFFF;
                    break;
                case 0x82: // distance, 0.001 m, 4 bytes
                    total += (b.getInt() & 0xFFFFFFFFL) / 1000.0;
                    break;
                case 0x88: // GPS: 3 bytes signed each, 0.0001 deg, 0.0001 deg, 0.01 m
                    total += int24(b) / 10000.0;
                    total += int24(b) / 10000.0;
                    total += int24(b) / 100.0;
                    total += 2 * channel;
                    break;
                default:
                    throw new IllegalStateException("type " + type);
            }
            total += channel;
        }
        return total;
    }

    private static int int24(ByteBuffer b) {
        return (b.get() << 16) | ((b.get() & 0xFF) << 8) | (b.get() & 0xFF);
    }

    /**
     * Decodes into a sink that reads every record.
     *
     * @return the sum of the values
     */
    @Benchmark
    public double oursHot() {
        int n = codec.decode(frame, 0, frame.length, context, reader);
        return reader.drain() + n;
    }

    /**
     * Decodes into a list of observations.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> oursList() {
        return codec.decode(frame, context);
    }
}
