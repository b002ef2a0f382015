package vn.smartcity.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
import vn.smartcity.iot.tt10.Tt10Codec;

/**
 * Decoding a Circular 10/2021/TT-BTNMT station file of 25 parameters (the symbols of Appendix 15
 * Table 34; synthetic values), named {@code HN_KCN_AIR01_20240101083000.txt} so the station comes
 * from the name.
 *
 * <ul>
 *   <li>{@code oursHot}: {@link Tt10Codec} into a sink that reads every field of every record;
 *   <li>{@code oursList}: the same codec into a {@code List<Observation>};
 *   <li>{@code baselineSplit}: no TT 10/2021 library exists on Maven Central, so the peer is what a
 *       developer writes first: {@code new String}, {@code split} on lines and tabs, {@code
 *       Double.parseDouble} and a {@code DateTimeFormatter}, into a list. It checks much less than
 *       the codec (the file name, field counts, spaces, status codes);
 *   <li>{@code floor}: a byte loop that counts the tabs.
 * </ul>
 *
 * <p>{@code @Setup} checks that ours and the baseline read the same names, values, units, times and
 * status codes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Tt10Benchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Tt10Benchmark {

    private static final String[][] PARAMETERS = {
        {"Flow", "125.4", "m3/h"}, {"Temp", "29.8", "oC"}, {"Color", "12", "Pt-Co"}, {"pH", "7.21", "-"},
        {"TSS", "35.6", "mg/L"}, {"COD", "48.2", "mg/L"}, {"NH4", "1.25", "mg/L"}, {"TP", "0.84", "mg/L"},
        {"TN", "12.6", "mg/L"}, {"TOC", "20.1", "mg/L"}, {"Cl", "0.35", "mg/L"}, {"RH", "78.5", "%"},
        {"P", "101.3", "kPa"}, {"NO", "45.2", "mg/Nm3"}, {"NO2", "12.7", "mg/Nm3"}, {"CO", "85.3", "mg/Nm3"},
        {"SO2", "120.4", "mg/Nm3"}, {"O2", "10.5", "%"}, {"H2S", "0.02", "mg/Nm3"}, {"NH3", "1.8", "mg/Nm3"},
        {"VHg", "0.005", "ug/Nm3"}, {"PM", "25.6", "mg/Nm3"}, {"O3", "60.2", "ug/m3"}, {"PM10", "48.1", "ug/m3"},
        {"PM2,5", "25.4", "ug/m3"},
    };

    private final Tt10Codec codec = new Tt10Codec();
    private final FieldReader reader = new FieldReader();
    // Not final: JMH must not constant-fold the inputs.
    private byte[] file = new byte[0];
    private DecodeContext context = DecodeContext.defaults();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    /** A line as the naive parser keeps it. */
    record NaiveValue(String symbol, double value, String unit, long epochSecond, String status) {}

    /** Creates the state; JMH calls this. */
    public Tt10Benchmark() {}

    /** Builds the file: 25 lines, CR LF. */
    @Setup
    public void setup() {
        StringBuilder out = new StringBuilder();
        for (String[] p : PARAMETERS) {
            out.append(p[0]).append('\t').append(p[1]).append('\t').append(p[2]).append("\t20240101083000\t00\r\n");
        }
        file = out.toString().getBytes(StandardCharsets.UTF_8);
        context = DecodeContext.defaults().withSourceName("HN_KCN_AIR01_20240101083000.txt");
        List<String> ours = new ArrayList<>();
        for (Observation o : codec.decode(file, context)) {
            ours.add(o.name() + " " + Agree.number(o.number()) + " " + o.unit() + " "
                    + o.time().getEpochSecond() + " " + o.rawStatus());
        }
        List<String> naive = new ArrayList<>();
        for (NaiveValue v : baselineSplit()) {
            naive.add(v.symbol() + " " + Agree.number(v.value()) + " " + v.unit() + " " + v.epochSecond() + " "
                    + v.status());
        }
        Agree.sameRecords("Tt10Benchmark", ours, naive);
    }

    /**
     * The floor: count the tabs.
     *
     * @return the number of tabs
     */
    @Benchmark
    public int floor() {
        int tabs = 0;
        for (byte b : file) {
            if (b == '\t') {
                tabs++;
            }
        }
        return tabs;
    }

    /**
     * The hot path: decode into a sink that reads every value.
     *
     * @return a digest of what the sink read
     */
    @Benchmark
    public double oursHot() {
        int n = codec.decode(file, 0, file.length, context, reader);
        return reader.drain() + n;
    }

    /**
     * The convenient path: decode into a list of immutable records.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> oursList() {
        return codec.decode(file, context);
    }

    /**
     * The naive baseline: strings and {@code split}.
     *
     * @return the values
     */
    @Benchmark
    public List<NaiveValue> baselineSplit() {
        String text = new String(file, StandardCharsets.UTF_8);
        List<NaiveValue> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] f = line.strip().split("\t");
            if (f.length != 5) {
                throw new IllegalStateException("fields");
            }
            out.add(new NaiveValue(
                    f[0],
                    Double.parseDouble(f[1]),
                    f[2],
                    LocalDateTime.parse(f[3], TIME).toEpochSecond(VIETNAM),
                    f[4]));
        }
        return out;
    }
}
