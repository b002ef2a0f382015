package vn.smartcity.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.leshan.senml.ResolvedSenMLRecord;
import org.eclipse.leshan.senml.SenMLException;
import org.eclipse.leshan.senml.SenMLPack;
import org.eclipse.leshan.senml.SenMLRecord;
import org.eclipse.leshan.senml.json.jackson.SenMLJsonJacksonEncoderDecoder;
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
import vn.smartcity.iot.senml.SenmlJsonCodec;

/**
 * SenML JSON (RFC 8428 section 5) decoded and resolved (section 4.6): the section 5.1.2 pack (7
 * records, base name, base time, base unit, version, relative times), the section 5.1.3 pack (13
 * records told apart by unit) and a synthetic pack of 1,000 records.
 *
 * <ul>
 *   <li>{@code oursHot}: {@link SenmlJsonCodec} into a sink that reads every field of every record
 *       (no allocation per record);
 *   <li>{@code oursList}: the same codec into a {@code List<Observation>};
 *   <li>{@code peerLeshan}: Eclipse Leshan 2.0.0-M18 {@code SenMLJsonJacksonEncoderDecoder} (a
 *       Jackson tree) and Leshan's {@code SenMLResolver}, every resolved name, time and value read;
 *   <li>{@code floorJackson}: Jackson's streaming {@code JsonParser} over the same bytes, every
 *       token read and nothing resolved: the cheapest primitive of the peer's stack.
 * </ul>
 *
 * <p><b>The peer does less.</b> Leshan keeps {@code bn}, {@code bt}, {@code n}, {@code t} and the
 * values, and drops {@code u}, {@code bu}, {@code bv}, {@code bs}, {@code s} and {@code bver}
 * without checking them; it neither sorts by time nor validates names; times stay {@code
 * BigDecimal} seconds (we hand out epoch seconds and nanoseconds) and are not charged a
 * conversion here. On the section 5.1.3 pack, where only the units tell the records apart, its
 * records cannot be told apart at all. {@code @Setup} checks that both sides read the same names,
 * times and values, and stops the run if not.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SenmlJsonBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SenmlJsonBenchmark {

    /** Which pack. */
    @Param({"rfc-5.1.2", "rfc-5.1.3", "1000-records"})
    public String pack;

    // Not final: JMH must not constant-fold the inputs.
    private byte[] json = new byte[0];
    private final SenmlJsonCodec codec = new SenmlJsonCodec();
    private final FieldReader reader = new FieldReader();
    private final SenMLJsonJacksonEncoderDecoder leshan = new SenMLJsonJacksonEncoderDecoder();
    private final JsonFactory jackson = new JsonFactory();
    // The packs' times are absolute; a fixed clock keeps the check below deterministic anyway.
    private DecodeContext context = DecodeContext.defaults();

    /** Creates the state; JMH calls this. */
    public SenmlJsonBenchmark() {}

    /**
     * Builds the pack and checks that ours and Leshan read the same records from it.
     *
     * @throws SenMLException if Leshan rejects the pack
     */
    @Setup
    public void setUp() throws SenMLException {
        switch (pack) {
            case "rfc-5.1.2":
                json = SenmlInputs.RFC_5_1_2.getBytes(StandardCharsets.UTF_8);
                break;
            case "rfc-5.1.3":
                json = SenmlInputs.RFC_5_1_3.getBytes(StandardCharsets.UTF_8);
                break;
            default:
                json = codec.encode(SenmlInputs.thousandRecords());
                break;
        }
        context =
                DecodeContext.defaults().withClock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
        List<Observation> ours = codec.decode(json, context);
        Agree.sameRecords(
                "SenmlJsonBenchmark " + pack, SenmlInputs.lines(ours), SenmlInputs.leshanLines(leshan.fromSenML(json)));
        if (Double.isNaN(oursHot())) {
            throw new IllegalStateException("the sink read nothing");
        }
    }

    /**
     * Ours, the hot path: decode into a sink that reads every field.
     *
     * @return a digest of what the sink read
     */
    @Benchmark
    public double oursHot() {
        int n = codec.decode(json, 0, json.length, context, reader);
        return reader.drain() + n;
    }

    /**
     * Ours, the convenient path.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> oursList() {
        return codec.decode(json, context);
    }

    /**
     * Leshan: decode, then resolve each record and read its name, time and value.
     *
     * @param hole takes what is read
     * @throws SenMLException if Leshan rejects the pack
     */
    @Benchmark
    public void peerLeshan(Blackhole hole) throws SenMLException {
        SenMLPack decoded = leshan.fromSenML(json);
        SenmlInputs.Resolver resolver = new SenmlInputs.Resolver();
        for (SenMLRecord r : decoded.getRecords()) {
            ResolvedSenMLRecord resolved = resolver.resolve(r);
            hole.consume(resolved.getName().length());
            hole.consume(resolved.getTimeStamp());
            hole.consume(r.getNumberValue().doubleValue());
        }
    }

    /**
     * The floor: Jackson's streaming parser reads every token (numbers as doubles, the lengths of
     * names and strings) and resolves nothing.
     *
     * @return a digest of the tokens
     * @throws IOException never, on these inputs
     */
    @Benchmark
    public double floorJackson() throws IOException {
        double sum = 0;
        long chars = 0;
        try (JsonParser p = jackson.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                    sum += p.getDoubleValue();
                } else if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    chars += p.getTextLength();
                }
            }
        }
        return sum + chars;
    }
}
