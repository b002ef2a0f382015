package vn.smartcity.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.leshan.senml.ResolvedSenMLRecord;
import org.eclipse.leshan.senml.SenMLException;
import org.eclipse.leshan.senml.SenMLPack;
import org.eclipse.leshan.senml.SenMLRecord;
import org.eclipse.leshan.senml.SenMLResolver;
import vn.smartcity.iot.Observation;

/**
 * The SenML packs the JSON and CBOR benchmarks decode, and Leshan's resolution step, shared by {@link SenmlJsonBenchmark} and {@link
 * SenmlCborBenchmark}.
 */
final class SenmlInputs {

    private SenmlInputs() {}

    /** RFC 8428 section 5.1.2, Multiple Data Points, as printed in the RFC (7 records). */
    static final String RFC_5_1_2 = "[{\"bn\":\"urn:dev:ow:10e2073a0108006:\",\"bt\":1.276020076001e+09,"
            + "\"bu\":\"A\",\"bver\":5,\"n\":\"voltage\",\"u\":\"V\",\"v\":120.1},"
            + "{\"n\":\"current\",\"t\":-5,\"v\":1.2},{\"n\":\"current\",\"t\":-4,\"v\":1.3},"
            + "{\"n\":\"current\",\"t\":-3,\"v\":1.4},{\"n\":\"current\",\"t\":-2,\"v\":1.5},"
            + "{\"n\":\"current\",\"t\":-1,\"v\":1.6},{\"n\":\"current\",\"v\":1.7}]";

    /**
     * RFC 8428 section 5.1.3, Multiple Measurements (13 records with no {@code n}: the units tell
     * humidity, longitude, latitude and battery apart).
     */
    static final String RFC_5_1_3 = "[{\"bn\":\"urn:dev:ow:10e2073a01080063\",\"bt\":1.320067464e+09,"
            + "\"bu\":\"%RH\",\"v\":20},{\"u\":\"lon\",\"v\":24.30621},{\"u\":\"lat\",\"v\":60.07965},"
            + "{\"t\":60,\"v\":20.3},{\"u\":\"lon\",\"t\":60,\"v\":24.30622},{\"u\":\"lat\",\"t\":60,\"v\":60.07965},"
            + "{\"t\":120,\"v\":20.7},{\"u\":\"lon\",\"t\":120,\"v\":24.30623},"
            + "{\"u\":\"lat\",\"t\":120,\"v\":60.07966},{\"u\":\"%EL\",\"t\":150,\"v\":98},"
            + "{\"t\":180,\"v\":21.2},{\"u\":\"lon\",\"t\":180,\"v\":24.30628},"
            + "{\"u\":\"lat\",\"t\":180,\"v\":60.07967}]";

    /** RFC 8428 section 6: the section 5.1.2 pack in CBOR, 195 bytes (hex). */
    static final String RFC_6_CBOR =
            "87a721781b75726e3a6465763a6f773a3130653230373361303130383030363a22fb41d303a15b001062236141"
                    + "20050067766f6c7461676501615602fb405e066666666666a3006763757272656e74062402fb3ff33333333333"
                    + "33a3006763757272656e74062302fb3ff4cccccccccccda3006763757272656e74062202fb3ff6666666666666"
                    + "a3006763757272656e74062102f93e00a3006763757272656e74062002fb3ff999999999999aa3006763757272"
                    + "656e74060002fb3ffb333333333333";

    /**
     * Synthetic: 1,000 records, 10 air-quality parameters of one device every minute for 100
     * minutes, with units and absolute times, as our encoders write them.
     *
     * @return the records
     */
    static List<Observation> thousandRecords() {
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
     * Our records as lines for {@link Agree}: resolved name, time in microseconds, value. Units are
     * left out because Leshan drops them.
     *
     * @param records our records
     * @return one line each
     */
    static List<String> lines(List<Observation> records) {
        List<String> out = new ArrayList<>();
        for (Observation o : records) {
            Instant t = o.time();
            out.add(o.name() + " @" + (t.getEpochSecond() * 1_000_000 + t.getNano() / 1000) + " = "
                    + Agree.number(o.number()));
        }
        return out;
    }

    /**
     * Leshan's records, resolved, as lines for {@link Agree}.
     *
     * @param pack what Leshan decoded
     * @return one line each
     * @throws SenMLException if Leshan cannot resolve a record
     */
    static List<String> leshanLines(SenMLPack pack) throws SenMLException {
        List<String> out = new ArrayList<>();
        Resolver resolver = new Resolver();
        for (SenMLRecord r : pack.getRecords()) {
            ResolvedSenMLRecord resolved = resolver.resolve(r);
            long micros = resolved.getTimeStamp()
                    .movePointRight(6)
                    .setScale(0, RoundingMode.HALF_EVEN)
                    .longValueExact();
            Number value = r.getNumberValue();
            out.add(resolved.getName() + " @" + micros + " = " + Agree.number(value.doubleValue()));
        }
        return out;
    }

    /**
     * Leshan's resolution (RFC 8428 section 4.6) as its own decoders use it: base name and base
     * time applied to each record; a new one per pack, as it keeps the base values it has seen.
     */
    static final class Resolver extends SenMLResolver<ResolvedSenMLRecord> {

        /** Creates a resolver; its "now" for relative times is the time of creation. */
        Resolver() {}

        @Override
        protected ResolvedSenMLRecord createResolvedRecord(
                SenMLRecord record, String resolvedName, BigDecimal resolvedTimestamp) {
            return new ResolvedSenMLRecord(record, resolvedName, resolvedTimestamp);
        }
    }
}
