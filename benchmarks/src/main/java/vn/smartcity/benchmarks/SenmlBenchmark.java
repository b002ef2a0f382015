package vn.smartcity.benchmarks;

import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.infra.Blackhole;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationSink;
import vn.smartcity.iot.ValueType;
import vn.smartcity.iot.senml.SenmlCborCodec;
import vn.smartcity.iot.senml.SenmlJsonCodec;

/**
 * Decoding SenML packs (RFC 8428) in JSON and CBOR: the section 5.1.2 pack (7 records with base
 * name, base time, base unit, version and relative times; its CBOR form is the section 6 dump) and
 * a pack of 1,000 records (10 air-quality parameters of one device every minute, as the encoders
 * write it). For each format: the hot path into a sink that reads every field, the list path, and
 * the floor, a plain loop summing the same bytes.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SenmlBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SenmlBenchmark {

    /** RFC 8428 section 5.1.2. */
    private static final String RFC_JSON = "[{\"bn\":\"urn:dev:ow:10e2073a0108006:\",\"bt\":1.276020076001e+09,"
            + "\"bu\":\"A\",\"bver\":5,\"n\":\"voltage\",\"u\":\"V\",\"v\":120.1},"
            + "{\"n\":\"current\",\"t\":-5,\"v\":1.2},{\"n\":\"current\",\"t\":-4,\"v\":1.3},"
            + "{\"n\":\"current\",\"t\":-3,\"v\":1.4},{\"n\":\"current\",\"t\":-2,\"v\":1.5},"
            + "{\"n\":\"current\",\"t\":-1,\"v\":1.6},{\"n\":\"current\",\"v\":1.7}]";

    /** RFC 8428 section 6: the same pack in CBOR. */
    private static final String RFC_CBOR =
            "87a721781b75726e3a6465763a6f773a3130653230373361303130383030363a22fb41d303a15b001062236141"
                    + "20050067766f6c7461676501615602fb405e066666666666a3006763757272656e74062402fb3ff33333333333"
                    + "33a3006763757272656e74062302fb3ff4cccccccccccda3006763757272656e74062202fb3ff6666666666666"
                    + "a3006763757272656e74062102f93e00a3006763757272656e74062002fb3ff999999999999aa3006763757272"
                    + "656e74060002fb3ffb333333333333";

    /** Which pack. */
    @Param({"rfc-5.1.2", "1000-records"})
    public String pack;

    // Not final: JMH must not constant-fold the inputs.
    private byte[] json = new byte[0];
    private byte[] cbor = new byte[0];
    private final SenmlJsonCodec jsonCodec = new SenmlJsonCodec();
    private final SenmlCborCodec cborCodec = new SenmlCborCodec();
    private final DecodeContext context = DecodeContext.defaults();
    private ObservationSink sink = r -> {};

    /** Creates the state; JMH calls this. */
    public SenmlBenchmark() {}

    /**
     * Prepares the inputs and a sink that reads every field of every record.
     *
     * @param hole where the sink puts what it reads
     */
    @Setup
    public void setUp(Blackhole hole) {
        if (pack.equals("rfc-5.1.2")) {
            json = RFC_JSON.getBytes(StandardCharsets.UTF_8);
            cbor = HexFormat.of().parseHex(RFC_CBOR);
        } else {
            List<Observation> records = thousandRecords();
            json = jsonCodec.encode(records);
            cbor = cborCodec.encode(records);
        }
        List<Observation> fromJson = new ArrayList<>();
        for (Observation o : jsonCodec.decode(json, context)) {
            fromJson.add(o.withCodec(SenmlCborCodec.ID));
        }
        if (!fromJson.equals(cborCodec.decode(cbor, context))) {
            throw new IllegalStateException("the JSON and CBOR packs differ");
        }
        sink = r -> {
            hole.consume(r.source().length());
            hole.consume(r.name().length());
            hole.consume(r.unit());
            ValueType type = r.valueType();
            if (type == ValueType.NUMBER) {
                hole.consume(r.number());
            } else if (type == ValueType.TEXT) {
                hole.consume(r.text().length());
            } else if (type == ValueType.BOOL) {
                hole.consume(r.bool());
            }
            hole.consume(r.hasSum() ? r.sum() : 0);
            hole.consume(r.epochSecond());
            hole.consume(r.nano());
            hole.consume(r.status());
        };
    }

    private static List<Observation> thousandRecords() {
        String device = "urn:dev:mac:0024befffe804ff1";
        String[][] parameters = {
            {"temp", "Cel"}, {"humidity", "%RH"}, {"pm2_5", "ug/m3"}, {"pm10", "ug/m3"}, {"no2", "ug/m3"},
            {"co", "ug/m3"}, {"so2", "ug/m3"}, {"o3", "ug/m3"}, {"pressure", "kPa"}, {"wind_speed", "m/s"}
        };
        Instant start = Instant.parse("2024-05-01T00:00:00Z");
        List<Observation> out = new ArrayList<>(1000);
        for (int minute = 0; minute < 100; minute++) {
            for (int p = 0; p < parameters.length; p++) {
                double value = Math.round((20 + p * 3.7 + Math.sin(minute / 7.0 + p) * 5) * 100) / 100.0;
                out.add(Observation.of(
                        device,
                        device + ":" + parameters[p][0],
                        parameters[p][1],
                        value,
                        start.plusSeconds(60L * minute)));
            }
        }
        return out;
    }

    /**
     * JSON into the sink.
     *
     * @return the number of records
     */
    @Benchmark
    public int jsonHotPath() {
        return jsonCodec.decode(json, 0, json.length, context, sink);
    }

    /**
     * JSON into a list of observations.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> jsonListPath() {
        return jsonCodec.decode(json, context);
    }

    /**
     * The floor for JSON: sums the bytes.
     *
     * @return the sum
     */
    @Benchmark
    public int jsonFloor() {
        return sum(json);
    }

    /**
     * CBOR into the sink.
     *
     * @return the number of records
     */
    @Benchmark
    public int cborHotPath() {
        return cborCodec.decode(cbor, 0, cbor.length, context, sink);
    }

    /**
     * CBOR into a list of observations.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> cborListPath() {
        return cborCodec.decode(cbor, context);
    }

    /**
     * The floor for CBOR: sums the bytes.
     *
     * @return the sum
     */
    @Benchmark
    public int cborFloor() {
        return sum(cbor);
    }

    private static int sum(byte[] bytes) {
        int sum = 0;
        for (byte b : bytes) {
            sum += b;
        }
        return sum;
    }
}
