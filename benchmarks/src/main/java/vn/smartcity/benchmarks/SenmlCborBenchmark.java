package vn.smartcity.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.leshan.senml.ResolvedSenMLRecord;
import org.eclipse.leshan.senml.SenMLException;
import org.eclipse.leshan.senml.SenMLPack;
import org.eclipse.leshan.senml.SenMLRecord;
import org.eclipse.leshan.senml.cbor.upokecenter.SenMLCborUpokecenterEncoderDecoder;
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
import vn.smartcity.iot.senml.SenmlCborCodec;

/**
 * SenML CBOR (RFC 8428 section 6) decoded and resolved: the section 6 example (the section 5.1.2
 * pack, 195 bytes, 7 records, with a half-precision float) and a synthetic pack of 1,000 records.
 *
 * <ul>
 *   <li>{@code oursHot}: {@link SenmlCborCodec} into a sink that reads every field of every record;
 *   <li>{@code oursList}: the same codec into a {@code List<Observation>};
 *   <li>{@code peerLeshan}: Eclipse Leshan 2.0.0-M18 {@code SenMLCborUpokecenterEncoderDecoder}
 *       (PeterO's CBOR object model) and Leshan's {@code SenMLResolver}, every resolved name, time
 *       and value read;
 *   <li>{@code floorJackson}: Jackson's streaming {@code CBORParser} over the same bytes, every
 *       token read and nothing resolved.
 * </ul>
 *
 * <p><b>The peer does less.</b> As in {@link SenmlJsonBenchmark}: Leshan drops {@code u}, {@code
 * bu}, {@code bv}, {@code bs}, {@code s} and {@code bver} unchecked, does not sort or validate
 * names, and leaves times as {@code BigDecimal} seconds, with no conversion charged here. {@code
 * @Setup} checks that both read the same names, times and values.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SenmlCborBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SenmlCborBenchmark {

    /** Which pack. */
    @Param({"rfc-6", "1000-records"})
    public String pack;

    // Not final: JMH must not constant-fold the inputs.
    private byte[] cbor = new byte[0];
    private final SenmlCborCodec codec = new SenmlCborCodec();
    private final FieldReader reader = new FieldReader();
    private final SenMLCborUpokecenterEncoderDecoder leshan = new SenMLCborUpokecenterEncoderDecoder();
    private final CBORFactory jackson = new CBORFactory();
    private DecodeContext context = DecodeContext.defaults();

    /** Creates the state; JMH calls this. */
    public SenmlCborBenchmark() {}

    /**
     * Builds the pack and checks that ours and Leshan read the same records from it.
     *
     * @throws SenMLException if Leshan rejects the pack
     */
    @Setup
    public void setUp() throws SenMLException {
        if (pack.equals("rfc-6")) {
            cbor = HexFormat.of().parseHex(SenmlInputs.RFC_6_CBOR);
        } else {
            cbor = codec.encode(SenmlInputs.thousandRecords());
        }
        context =
                DecodeContext.defaults().withClock(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));
        List<Observation> ours = codec.decode(cbor, context);
        Agree.sameRecords(
                "SenmlCborBenchmark " + pack, SenmlInputs.lines(ours), SenmlInputs.leshanLines(leshan.fromSenML(cbor)));
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
        int n = codec.decode(cbor, 0, cbor.length, context, reader);
        return reader.drain() + n;
    }

    /**
     * Ours, the convenient path.
     *
     * @return the records
     */
    @Benchmark
    public List<Observation> oursList() {
        return codec.decode(cbor, context);
    }

    /**
     * Leshan: decode, then resolve each record and read its name, time and value.
     *
     * @param hole takes what is read
     * @throws SenMLException if Leshan rejects the pack
     */
    @Benchmark
    public void peerLeshan(Blackhole hole) throws SenMLException {
        SenMLPack decoded = leshan.fromSenML(cbor);
        SenmlInputs.Resolver resolver = new SenmlInputs.Resolver();
        for (SenMLRecord r : decoded.getRecords()) {
            ResolvedSenMLRecord resolved = resolver.resolve(r);
            hole.consume(resolved.getName().length());
            hole.consume(resolved.getTimeStamp());
            hole.consume(r.getNumberValue().doubleValue());
        }
    }

    /**
     * The floor: Jackson's streaming CBOR parser reads every token (numbers as doubles, the lengths
     * of keys and strings) and resolves nothing.
     *
     * @return a digest of the tokens
     * @throws IOException never, on these inputs
     */
    @Benchmark
    public double floorJackson() throws IOException {
        double sum = 0;
        long chars = 0;
        try (JsonParser p = jackson.createParser(cbor)) {
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
