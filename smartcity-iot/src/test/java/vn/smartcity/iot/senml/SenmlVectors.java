package vn.smartcity.iot.senml;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;

/**
 * Published SenML vectors, each with its source, and helpers for the tests.
 *
 * <p>RFC 8428 text as published (checked against the copy in github.com/core-wg/senml-spec,
 * {@code rfc8428.txt}); the spec repository also holds the examples as files ({@code ex3.json},
 * {@code ex3.gen.cbor.hex}, {@code ex3.gen.resolved.json}, ...).
 */
final class SenmlVectors {

    private SenmlVectors() {}

    /**
     * "Now" for relative times: 1.498780179e+09, the time the spec repository's resolver used for
     * {@code ex1.gen.resolved.json} and {@code ex2.gen.resolved.json} (core-wg/senml-spec).
     */
    static final Instant NOW = Instant.parse("2017-06-29T23:49:39Z");

    /** A context whose clock stands at {@link #NOW}. */
    static final DecodeContext CONTEXT = DecodeContext.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    /** RFC 8428 section 5.1.1, Single Data Point (also section 1). */
    static final String SINGLE = "[\n  {\"n\":\"urn:dev:ow:10e2073a01080063\",\"u\":\"Cel\",\"v\":23.1}\n]";

    /** RFC 8428 section 5.1.2, Multiple Data Points: voltage and current "now". */
    static final String MULTIPLE_NOW =
            "[\n  {\"bn\":\"urn:dev:ow:10e2073a01080063:\",\"n\":\"voltage\",\"u\":\"V\",\"v\":120.1},\n"
                    + "  {\"n\":\"current\",\"u\":\"A\",\"v\":1.2}\n]";

    /**
     * RFC 8428 section 5.1.2, Multiple Data Points: current at 2010-06-08T18:01:16.001Z and each
     * second for the previous 5 seconds. The base name is {@code urn:dev:ow:10e2073a0108006:} (one
     * digit shorter than in the other examples) in the RFC itself.
     */
    static final String MULTIPLE = """
            [
              {"bn":"urn:dev:ow:10e2073a0108006:","bt":1.276020076001e+09,
               "bu":"A","bver":5,
               "n":"voltage","u":"V","v":120.1},
              {"n":"current","t":-5,"v":1.2},
              {"n":"current","t":-4,"v":1.3},
              {"n":"current","t":-3,"v":1.4},
              {"n":"current","t":-2,"v":1.5},
              {"n":"current","t":-1,"v":1.6},
              {"n":"current","v":1.7}
            ]""";

    /**
     * The source of the section 5.1.2 example in the spec repository, core-wg/senml-spec {@code
     * ex3.json}: the same pack written differently ({@code 1.30}, {@code 0.14e1}, explicit {@code
     * "t": 0}, spaces).
     */
    static final String MULTIPLE_SPEC_REPOSITORY = """
            [{"bn": "urn:dev:ow:10e2073a0108006:",
              "bt": 1276020076.001,
              "bu": "A",
              "bver": 5,
              "n": "voltage", "u": "V", "v": 120.1 },
               { "n": "current", "t": -5, "v": 1.2 },
               { "n": "current", "t": -4, "v": 1.30 },
               { "n": "current", "t": -3, "v": 0.14e1 },
               { "n": "current", "t": -2, "v": 1.5 },
               { "n": "current", "t": -1, "v": 1.6 },
               { "n": "current", "t": 0,  "v": 1.7 }
            ]""";

    /**
     * RFC 8428 section 6: the CBOR dump of the section 5.1.2 pack (also core-wg/senml-spec {@code
     * ex3.gen.cbor.hex}). Mind {@code f9 3e 00}, 1.5 as a half-precision float, and {@code 06 00},
     * an explicit {@code t: 0} in the last record.
     */
    static final String MULTIPLE_CBOR_HEX = "87 a7 21 78 1b 75 72 6e 3a 64 65 76 3a 6f 77 3a"
            + " 31 30 65 32 30 37 33 61 30 31 30 38 30 30 36 3a"
            + " 22 fb 41 d3 03 a1 5b 00 10 62 23 61 41 20 05 00"
            + " 67 76 6f 6c 74 61 67 65 01 61 56 02 fb 40 5e 06"
            + " 66 66 66 66 66 a3 00 67 63 75 72 72 65 6e 74 06"
            + " 24 02 fb 3f f3 33 33 33 33 33 33 a3 00 67 63 75"
            + " 72 72 65 6e 74 06 23 02 fb 3f f4 cc cc cc cc cc"
            + " cd a3 00 67 63 75 72 72 65 6e 74 06 22 02 fb 3f"
            + " f6 66 66 66 66 66 66 a3 00 67 63 75 72 72 65 6e"
            + " 74 06 21 02 f9 3e 00 a3 00 67 63 75 72 72 65 6e"
            + " 74 06 20 02 fb 3f f9 99 99 99 99 99 9a a3 00 67"
            + " 63 75 72 72 65 6e 74 06 00 02 fb 3f fb 33 33 33"
            + " 33 33 33";

    /**
     * RFC 8428 section 5.1.3, Multiple Measurements: humidity from a mobile device with its
     * position, and battery status at a separate time.
     */
    static final String MEASUREMENTS = """
            [
              {"bn":"urn:dev:ow:10e2073a01080063","bt":1.320067464e+09,
               "bu":"%RH","v":20},
              {"u":"lon","v":24.30621},
              {"u":"lat","v":60.07965},
              {"t":60,"v":20.3},
              {"u":"lon","t":60,"v":24.30622},
              {"u":"lat","t":60,"v":60.07965},
              {"t":120,"v":20.7},
              {"u":"lon","t":120,"v":24.30623},
              {"u":"lat","t":120,"v":60.07966},
              {"u":"%EL","t":150,"v":98},
              {"t":180,"v":21.2},
              {"u":"lon","t":180,"v":24.30628},
              {"u":"lat","t":180,"v":60.07967}
            ]""";

    /** RFC 8428 section 5.1.4, Resolved Data: section 5.1.3 resolved, as the RFC gives it. */
    static final String MEASUREMENTS_RESOLVED = """
            [
              {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067464e+09,
               "v":20},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067464e+09,
               "v":24.30621},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067464e+09,
               "v":60.07965},
              {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067524e+09,
               "v":20.3},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067524e+09,
               "v":24.30622},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067524e+09,
               "v":60.07965},
              {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067584e+09,
               "v":20.7},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067584e+09,
               "v":24.30623},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067584e+09,
               "v":60.07966},
              {"n":"urn:dev:ow:10e2073a01080063","u":"%EL","t":1.320067614e+09,
               "v":98},
              {"n":"urn:dev:ow:10e2073a01080063","u":"%RH","t":1.320067644e+09,
               "v":21.2},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lon","t":1.320067644e+09,
               "v":24.30628},
              {"n":"urn:dev:ow:10e2073a01080063","u":"lat","t":1.320067644e+09,
               "v":60.07967}
            ]""";

    /** RFC 8428 section 5.1.5, Multiple Data Types. */
    static final String DATA_TYPES = """
            [
              {"bn":"urn:dev:ow:10e2073a01080063:","n":"temp","u":"Cel","v":23.1},
              {"n":"label","vs":"Machine Room"},
              {"n":"open","vb":false},
              {"n":"nfv-reader","vd":"aGkgCg"}
            ]""";

    /** RFC 8428 section 5.1.6, Collection of Resources: the last record keeps the first's bt. */
    static final String COLLECTION = """
            [
              {"bn":"2001:db8::2/","bt":1.320078429e+09,
               "n":"temperature","u":"Cel","v":25.2},
              {"n":"humidity","u":"%RH","v":30},
              {"bn":"2001:db8::1/","n":"temperature","u":"Cel","v":12.3},
              {"n":"humidity","u":"%RH","v":67}
            ]""";

    /** RFC 8428 section 5.1.7, Setting an Actuator: a first record of a base name alone. */
    static final String ACTUATOR = """
            [
              {"bn":"urn:dev:ow:10e2073a01080063:"},
              {"n":"temp","u":"Cel","v":23.1},
              {"n":"heat","u":"/","v":1},
              {"n":"fan","u":"/","v":0}
            ]""";

    /** RFC 8428 section 5.1.7: two lights turned on. */
    static final String LIGHTS_ON = """
            [
              {"bt":1.320078429e+09,"bu":"/","n":"2001:db8::3","v":1},
              {"n":"2001:db8::4","v":1}
            ]""";

    /** RFC 8428 section 5.1.7: two lights dimmed now and turned off 100 ms later. */
    static final String LIGHTS_OFF = """
            [
              {"bt":1.320078429e+09,"bu":"/","n":"2001:db8::3","v":0.5},
              {"n":"2001:db8::4","v":0.5},
              {"n":"2001:db8::3","t":0.1,"v":0},
              {"n":"2001:db8::4","t":0.1,"v":0}
            ]""";

    /** RFC 8428 section 2: two measurements at absolute times, names in full. */
    static final String TWO_MEASUREMENTS = """
            [
              {"n":"urn:dev:ow:10e2073a01080063","u":"Cel","t":1.276020076e+09,
               "v":23.5},
              {"n":"urn:dev:ow:10e2073a01080063","u":"Cel","t":1.276020091e+09,
               "v":23.6}
            ]""";

    /** RFC 8428 section 2: the same with a base name and the names left out. */
    static final String TWO_MEASUREMENTS_COMPACT = """
            [
              {"bn":"urn:dev:ow:10e2073a01080063","u":"Cel","t":1.276020076e+09,
               "v":23.5},
              {"u":"Cel","t":1.276020091e+09,
               "v":23.6}
            ]""";

    /**
     * The UTF-8 bytes of a text.
     *
     * @param text the text
     * @return the bytes
     */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Bytes from hex, spaces ignored.
     *
     * @param hex the hex digits
     * @return the bytes
     */
    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    /**
     * An expected record.
     *
     * @param codec the codec's id
     * @param source the source
     * @param name the name
     * @param unit the unit, or {@code null}
     * @param value the value
     * @param time the time
     * @return the observation
     */
    static Observation record(
            String codec, String source, String name, @Nullable String unit, Value value, Instant time) {
        return new Observation(source, codec, name, unit, value, null, time, Statistic.SAMPLE, Status.NORMAL, null);
    }

    /**
     * An expected numeric record.
     *
     * @param codec the codec's id
     * @param source the source
     * @param name the name
     * @param unit the unit, or {@code null}
     * @param value the number
     * @param time the time, ISO-8601
     * @return the observation
     */
    static Observation record(
            String codec, String source, String name, @Nullable String unit, double value, String time) {
        return record(codec, source, name, unit, Value.of(value), Instant.parse(time));
    }
}
