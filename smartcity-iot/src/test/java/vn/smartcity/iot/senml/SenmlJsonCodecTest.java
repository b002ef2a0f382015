package vn.smartcity.iot.senml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.iot.senml.SenmlVectors.CONTEXT;
import static vn.smartcity.iot.senml.SenmlVectors.NOW;
import static vn.smartcity.iot.senml.SenmlVectors.record;
import static vn.smartcity.iot.senml.SenmlVectors.utf8;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ParameterCatalogue;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.ValueType;

class SenmlJsonCodecTest {

    private static final String ID = SenmlJsonCodec.ID;
    private final SenmlJsonCodec codec = new SenmlJsonCodec();

    private List<Observation> decode(String json) {
        return codec.decode(utf8(json), CONTEXT);
    }

    private CodecException reject(String json) {
        return assertThrows(CodecException.class, () -> decode(json));
    }

    @Test
    void identifiesItself() {
        assertEquals("senml-json", codec.id());
        assertEquals("application/senml+json", SenmlJsonCodec.MEDIA_TYPE);
        assertTrue(codec.canEncode());
        assertFalse(codec.description().isBlank());
    }

    @Test
    void registersAsPlugins() {
        PluginRegistry<SensorCodec> registry =
                PluginRegistry.of(SensorCodec.class, List.of(new SenmlJsonCodec(), new SenmlCborCodec()));
        assertEquals(
                List.of("senml-cbor", "senml-json"),
                registry.ids().stream().sorted().collect(Collectors.toList()));
        assertEquals(SenmlJsonCodec.class, registry.get("senml-json").getClass());
    }

    // RFC 8428 section 5.1.1: a temperature "now", no base fields: no source.
    @Test
    void singleDataPoint() {
        assertEquals(
                List.of(record(ID, "", "urn:dev:ow:10e2073a01080063", "Cel", Value.of(23.1), NOW)),
                decode(SenmlVectors.SINGLE));
    }

    // RFC 8428 section 5.1.2, first example: voltage and current "now"; resolved as in
    // core-wg/senml-spec ex2.gen.resolved.json (whose resolver stood at 1.498780179e+09 = NOW).
    @Test
    void multipleDataPointsNow() {
        String source = "urn:dev:ow:10e2073a01080063";
        assertEquals(
                List.of(
                        record(ID, source, source + ":voltage", "V", Value.of(120.1), NOW),
                        record(ID, source, source + ":current", "A", Value.of(1.2), NOW)),
                decode(SenmlVectors.MULTIPLE_NOW));
    }

    /**
     * The resolved form of the RFC 8428 section 5.1.2 pack (core-wg/senml-spec
     * ex3.gen.resolved.json), in time order as section 4.6 requires: the voltage at
     * 18:01:16.001 comes after the five earlier currents and before the current of the same time.
     */
    static List<Observation> multipleResolved(String codecId) {
        String source = "urn:dev:ow:10e2073a0108006";
        String current = source + ":current";
        return List.of(
                record(codecId, source, current, "A", 1.2, "2010-06-08T18:01:11.001Z"),
                record(codecId, source, current, "A", 1.3, "2010-06-08T18:01:12.001Z"),
                record(codecId, source, current, "A", 1.4, "2010-06-08T18:01:13.001Z"),
                record(codecId, source, current, "A", 1.5, "2010-06-08T18:01:14.001Z"),
                record(codecId, source, current, "A", 1.6, "2010-06-08T18:01:15.001Z"),
                record(codecId, source, source + ":voltage", "V", 120.1, "2010-06-08T18:01:16.001Z"),
                record(codecId, source, current, "A", 1.7, "2010-06-08T18:01:16.001Z"));
    }

    // RFC 8428 section 5.1.2, second example: bt, bu, bver 5, relative t.
    @Test
    void multipleDataPoints() {
        assertEquals(multipleResolved(ID), decode(SenmlVectors.MULTIPLE));
    }

    // core-wg/senml-spec ex3.json: the same pack with 1.30, 0.14e1 and an explicit "t": 0.
    @Test
    void multipleDataPointsAsTheSpecRepositoryWritesThem() {
        assertEquals(multipleResolved(ID), decode(SenmlVectors.MULTIPLE_SPEC_REPOSITORY));
    }

    // RFC 8428 section 5.1.3 resolved must equal section 5.1.4, the RFC's own resolved form
    // (apart from the source, which only the packed form has).
    @Test
    void multipleMeasurementsResolveAsSection514Says() {
        List<Observation> packed = decode(SenmlVectors.MEASUREMENTS);
        List<Observation> resolved = decode(SenmlVectors.MEASUREMENTS_RESOLVED);
        assertEquals(13, packed.size());
        assertEquals(resolved, packed.stream().map(o -> withSource(o, "")).collect(Collectors.toList()));
        assertEquals("urn:dev:ow:10e2073a01080063", packed.get(0).source());
        Observation battery = packed.get(9);
        assertEquals("urn:dev:ow:10e2073a01080063", battery.name());
        assertEquals("%EL", battery.unit());
        assertEquals(98, battery.number());
        assertEquals(Instant.parse("2011-10-31T13:26:54Z"), battery.time());
        assertEquals("lat", packed.get(12).unit());
        assertEquals(60.07967, packed.get(12).number());
        assertEquals(Instant.parse("2011-10-31T13:27:24Z"), packed.get(12).time());
    }

    private static Observation withSource(Observation o, String source) {
        return new Observation(
                source,
                o.codec(),
                o.name(),
                o.unit(),
                o.value(),
                o.sum(),
                o.time(),
                o.statistic(),
                o.status(),
                o.rawStatus());
    }

    // RFC 8428 section 5.1.5: number, string, boolean and data values ("aGkgCg" is "hi \n").
    @Test
    void multipleDataTypes() {
        String source = "urn:dev:ow:10e2073a01080063";
        assertEquals(
                List.of(
                        record(ID, source, source + ":temp", "Cel", Value.of(23.1), NOW),
                        record(ID, source, source + ":label", null, Value.of("Machine Room"), NOW),
                        record(ID, source, source + ":open", null, Value.of(false), NOW),
                        record(ID, source, source + ":nfv-reader", null, Value.of(utf8("hi \n")), NOW)),
                decode(SenmlVectors.DATA_TYPES));
    }

    // RFC 8428 section 5.1.6: a new bn in the third record; bt still that of the first.
    @Test
    void collectionOfResources() {
        String time = "2011-10-31T16:27:09Z";
        assertEquals(
                List.of(
                        record(ID, "2001:db8::2", "2001:db8::2/temperature", "Cel", 25.2, time),
                        record(ID, "2001:db8::2", "2001:db8::2/humidity", "%RH", 30, time),
                        record(ID, "2001:db8::1", "2001:db8::1/temperature", "Cel", 12.3, time),
                        record(ID, "2001:db8::1", "2001:db8::1/humidity", "%RH", 67, time)),
                decode(SenmlVectors.COLLECTION));
    }

    // RFC 8428 section 5.1.7: the first record carries only a base name and yields no record of
    // its own (as in core-wg/senml-spec ex9.gen.resolved.json).
    @Test
    void settingAnActuator() {
        String source = "urn:dev:ow:10e2073a01080063";
        assertEquals(
                List.of(
                        record(ID, source, source + ":temp", "Cel", Value.of(23.1), NOW),
                        record(ID, source, source + ":heat", "/", Value.of(1), NOW),
                        record(ID, source, source + ":fan", "/", Value.of(0), NOW)),
                decode(SenmlVectors.ACTUATOR));
    }

    // RFC 8428 section 5.1.7: lights on; and off 100 ms after being dimmed.
    @Test
    void lights() {
        String time = "2011-10-31T16:27:09Z";
        assertEquals(
                List.of(record(ID, "", "2001:db8::3", "/", 1, time), record(ID, "", "2001:db8::4", "/", 1, time)),
                decode(SenmlVectors.LIGHTS_ON));
        assertEquals(
                List.of(
                        record(ID, "", "2001:db8::3", "/", 0.5, time),
                        record(ID, "", "2001:db8::4", "/", 0.5, time),
                        record(ID, "", "2001:db8::3", "/", 0, "2011-10-31T16:27:09.100Z"),
                        record(ID, "", "2001:db8::4", "/", 0, "2011-10-31T16:27:09.100Z")),
                decode(SenmlVectors.LIGHTS_OFF));
    }

    // RFC 8428 section 2: the same two measurements, names in full and with a base name.
    @Test
    void baseNameStandsForTheWholeName() {
        String name = "urn:dev:ow:10e2073a01080063";
        List<Observation> full = List.of(
                record(ID, "", name, "Cel", 23.5, "2010-06-08T18:01:16Z"),
                record(ID, "", name, "Cel", 23.6, "2010-06-08T18:01:31Z"));
        assertEquals(full, decode(SenmlVectors.TWO_MEASUREMENTS));
        assertEquals(
                full.stream().map(o -> withSource(o, name)).collect(Collectors.toList()),
                decode(SenmlVectors.TWO_MEASUREMENTS_COMPACT));
    }

    @Test
    void catalogueKnowsTheRfcTemperature() {
        Observation temp = decode(SenmlVectors.DATA_TYPES).get(0);
        assertEquals(
                "temperature",
                ParameterCatalogue.standard().find(temp.name()).orElseThrow().id());
    }

    // The hot path: the sink sees every value of the RFC 8428 section 5.1.2 pack, in time order.
    @Test
    void hotPathHandsOutResolvedRecords() {
        byte[] pack = utf8(SenmlVectors.MULTIPLE);
        List<String> seen = new ArrayList<>();
        double[] sum = {0};
        int n = codec.decode(pack, 0, pack.length, CONTEXT, r -> {
            assertEquals(ValueType.NUMBER, r.valueType());
            assertEquals("senml-json", r.codec());
            assertEquals("urn:dev:ow:10e2073a0108006", r.source().toString());
            sum[0] += r.number();
            seen.add(r.name() + "=" + r.number() + "@" + r.epochSecond() + "." + r.nano() + " " + r.unit());
        });
        assertEquals(7, n);
        assertEquals(1.2 + 1.3 + 1.4 + 1.5 + 1.6 + 120.1 + 1.7, sum[0], 1e-9);
        assertEquals("urn:dev:ow:10e2073a0108006:current=1.2@1276020071.1000000 A", seen.get(0));
        assertEquals("urn:dev:ow:10e2073a0108006:voltage=120.1@1276020076.1000000 V", seen.get(5));
        // Decoding again reuses the same state and gives the same.
        List<String> again = new ArrayList<>();
        codec.decode(
                pack,
                0,
                pack.length,
                CONTEXT,
                r -> again.add(r.name() + "=" + r.number() + "@" + r.epochSecond() + "." + r.nano() + " " + r.unit()));
        assertEquals(seen, again);
    }

    @Test
    void decodesARegionOfABuffer() {
        byte[] pack = utf8("xx" + SenmlVectors.SINGLE + "yy");
        assertEquals(1, codec.decode(pack, 2, pack.length - 4, CONTEXT, r -> {}));
        CodecException e =
                assertThrows(CodecException.class, () -> codec.decode(pack, 2, pack.length - 3, CONTEXT, r -> {}));
        assertEquals(SenmlVectors.SINGLE.length(), e.offset());
    }

    @Test
    void aSinkMayDecodeAgain() {
        byte[] pack = utf8(SenmlVectors.MULTIPLE_NOW);
        List<String> names = new ArrayList<>();
        codec.decode(pack, 0, pack.length, CONTEXT, outer -> {
            names.add(outer.name().toString());
            codec.decode(
                    utf8(SenmlVectors.SINGLE),
                    0,
                    SenmlVectors.SINGLE.length(),
                    CONTEXT,
                    inner -> names.add(inner.name().toString()));
        });
        assertEquals(
                List.of(
                        "urn:dev:ow:10e2073a01080063:voltage",
                        "urn:dev:ow:10e2073a01080063",
                        "urn:dev:ow:10e2073a01080063:current",
                        "urn:dev:ow:10e2073a01080063"),
                names);
    }

    @Test
    void looksLike() {
        assertTrue(codec.looksLike(utf8(SenmlVectors.SINGLE), 0, SenmlVectors.SINGLE.length()));
        assertTrue(codec.looksLike(utf8(" \r\n\t[ \n{"), 0, 8));
        assertFalse(codec.looksLike(utf8("[1]"), 0, 3));
        assertFalse(codec.looksLike(utf8("{\"n\":1}"), 0, 7));
        assertFalse(codec.looksLike(utf8("["), 0, 1));
        assertFalse(codec.looksLike(new byte[0], 0, 0));
        assertFalse(codec.looksLike(utf8("[{"), 1, 5));
        assertFalse(codec.looksLike(SenmlVectors.hex(SenmlVectors.MULTIPLE_CBOR_HEX), 0, 195));
    }

    // Section 4.6: base value and base sum are added; bs gives every following record a sum.
    @Test
    void baseValueAndBaseSum() {
        List<Observation> r = decode(
                "[{\"bn\":\"m1:\",\"bt\":1.5e9,\"bv\":100,\"bs\":1000,\"n\":\"e\",\"v\":1,\"s\":5},"
                        + "{\"n\":\"e\",\"t\":1,\"v\":-0.5},{\"n\":\"e\",\"t\":2,\"s\":7},{\"n\":\"e\",\"t\":3,\"vs\":\"x\"}]");
        assertEquals(4, r.size());
        assertEquals(Value.of(101.0), r.get(0).value());
        assertEquals(1005.0, r.get(0).sum());
        assertEquals(Value.of(99.5), r.get(1).value());
        assertEquals(1000.0, r.get(1).sum());
        assertNull(r.get(2).value());
        assertEquals(1007.0, r.get(2).sum());
        assertEquals(Value.of("x"), r.get(3).value());
        assertEquals(Instant.parse("2017-07-14T02:40:03Z"), r.get(3).time());
    }

    @Test
    void aRecordWithOnlyASum() {
        Observation o = decode("[{\"n\":\"energy\",\"u\":\"J\",\"s\":12.5,\"t\":1.5e9}]")
                .get(0);
        assertNull(o.value());
        assertEquals(12.5, o.sum());
    }

    // Section 4.5.3: relative times against the clock; negative is in the past.
    @Test
    void relativeTimes() {
        List<Observation> r = decode("[{\"n\":\"a\",\"v\":1,\"t\":-60.25},{\"n\":\"b\",\"v\":2,\"t\":30},"
                + "{\"bt\":-10,\"n\":\"c\",\"v\":3,\"t\":5}]");
        assertEquals(NOW.minusMillis(60_250), r.get(0).time());
        assertEquals(NOW.minusSeconds(5), r.get(1).time());
        assertEquals("c", r.get(1).name());
        assertEquals(NOW.plusSeconds(30), r.get(2).time());
        // 2^28 and above is absolute.
        assertEquals(
                Instant.ofEpochSecond(268_435_456),
                decode("[{\"n\":\"a\",\"v\":1,\"t\":268435456}]").get(0).time());
        assertEquals(
                NOW.plusMillis(268_435_455_500L),
                decode("[{\"n\":\"a\",\"v\":1,\"t\":268435455.5}]").get(0).time());
    }

    // Section 4.6: chronological order, stable for equal times.
    @Test
    void recordsComeOutInTimeOrder() {
        List<Observation> r = decode("[{\"bt\":1.6e9,\"n\":\"c\",\"v\":3,\"t\":2},{\"n\":\"a\",\"v\":1},"
                + "{\"n\":\"d\",\"v\":4,\"t\":2},{\"n\":\"b\",\"v\":2,\"t\":1},{\"n\":\"e\",\"v\":5}]");
        assertEquals(
                List.of("a", "e", "b", "c", "d"),
                r.stream().map(Observation::name).collect(Collectors.toList()));
    }

    @Test
    void sortsLargePacksStably() {
        StringBuilder json = new StringBuilder("[{\"bt\":1.6e9,\"n\":\"r0\",\"v\":0,\"t\":999}");
        for (int i = 1; i < 1000; i++) {
            json.append(",{\"n\":\"r")
                    .append(i)
                    .append("\",\"v\":")
                    .append(i)
                    .append(",\"t\":")
                    .append((i * 7919) % 50)
                    .append('}');
        }
        List<Observation> r = decode(json.append(']').toString());
        assertEquals(1000, r.size());
        for (int i = 1; i < r.size(); i++) {
            Observation a = r.get(i - 1);
            Observation b = r.get(i);
            int order = a.time().compareTo(b.time());
            assertTrue(order < 0 || (order == 0 && a.number() < b.number()), a + " before " + b);
        }
        assertEquals("r0", r.get(999).name());
    }

    // Section 4.4: ut is read and ignored; unknown labels are skipped, whatever their value.
    @Test
    void skipsUpdateTimeAndUnknownLabels() {
        List<Observation> r = decode("[{\"n\":\"a\",\"ut\":30,\"v\":1,\"x\":{\"k\":[1,-2.5e3,true,false,null,"
                + "\"s\\u00e9\",{}],\"m\":[]},\"l\":\"[{\\\"href\\\":\\\"humidity\\\"}]\",\"bx\":1}]");
        assertEquals(List.of(record(ID, "", "a", null, Value.of(1), NOW)), r);
        CodecException e = reject("[{\"n\":\"a\",\"v\":1,\"ut\":\"soon\"}]");
        assertEquals(21, e.offset());
        assertEquals("senml-json: at byte 21: expected a number for ut, found '\"soon\"}]'", e.getMessage());
    }

    // Section 4.4: a label ending in '_' must be understood.
    @Test
    void rejectsMustUnderstandLabels() {
        CodecException e = reject("[{\"n\":\"a\",\"v\":1,\"rpt_\":2}]");
        assertEquals(16, e.offset());
        assertTrue(e.getMessage().contains("labels ending in '_' must be understood"), e.getMessage());
        // Escaped, it is the same label.
        assertEquals(16, reject("[{\"n\":\"a\",\"v\":1,\"rpt\\u005f\":2}]").offset());
        // An escaped known label is that label; "n" and a NUL is not "n".
        assertEquals(
                "a", decode("[{\"n\\u0000\":\"x\",\"n\":\"a\",\"v\":1}]").get(0).name());
        assertEquals(
                Value.of(3),
                decode("[{\"\\u006e\":\"a\",\"\\u0076\":3}]").get(0).value());
    }

    // Section 4.4: versions above 10 are not understood; all records share one.
    @Test
    void checksTheVersion() {
        assertEquals(1, decode("[{\"bver\":10,\"n\":\"a\",\"v\":1}]").size());
        CodecException e = reject("[{\"bver\":11,\"n\":\"a\",\"v\":1}]");
        assertEquals(9, e.offset());
        assertEquals(
                "senml-json: at byte 9: expected SenML version 10 or lower (RFC 8428 section 4.4), found version 11",
                e.getMessage());
        assertEquals(
                34,
                reject("[{\"bver\":5,\"n\":\"a\",\"v\":1},{\"bver\":6,\"n\":\"b\",\"v\":2}]")
                        .offset());
        assertEquals(
                2,
                decode("[{\"n\":\"a\",\"v\":1},{\"bver\":10,\"n\":\"b\",\"v\":2}]")
                        .size());
        assertEquals(9, reject("[{\"bver\":2.5,\"n\":\"a\",\"v\":1}]").offset());
        assertEquals(9, reject("[{\"bver\":0,\"n\":\"a\",\"v\":1}]").offset());
        assertEquals(9, reject("[{\"bver\":1e300,\"n\":\"a\",\"v\":1}]").offset());
    }

    // Section 4.5.1: names of A-Z a-z 0-9 - : . / _, starting with a letter or digit.
    @Test
    void checksNames() {
        CodecException e = reject("[{\"n\":\"temp C\",\"v\":1}]");
        assertEquals(6, e.offset());
        assertEquals(
                "senml-json: at byte 6: expected a name of A-Z, a-z, 0-9, '-', ':', '.', '/', '_' (RFC 8428 section"
                        + " 4.5.1), found 'temp C' has ' '",
                e.getMessage());
        assertEquals(6, reject("[{\"n\":\"_temp\",\"v\":1}]").offset());
        assertEquals(7, reject("[{\"bn\":\"-dev:\",\"n\":\"temp\",\"v\":1}]").offset());
        assertEquals(
                7, reject("[{\"bn\":\"d\\u00e9v:\",\"n\":\"temp\",\"v\":1}]").offset());
        assertEquals(1, reject("[{\"u\":\"Cel\",\"v\":1}]").offset());
        assertEquals(1, reject("[{\"bn\":\"\",\"n\":\"\",\"v\":1}]").offset());
        // A base name may end in any allowed character; the name may then start with one too.
        assertEquals(
                "dev:-x",
                decode("[{\"bn\":\"dev:\",\"n\":\"-x\",\"v\":1}]").get(0).name());
    }

    @Test
    void needsAValueOrASum() {
        CodecException e = reject("[{\"n\":\"a\",\"u\":\"Cel\"}]");
        assertEquals(1, e.offset());
        assertEquals(
                "senml-json: at byte 1: expected a value (v, vs, vb or vd) or a sum (s) (RFC 8428 section 4.2),"
                        + " found neither",
                e.getMessage());
        assertEquals(1, reject("[{}]").offset());
        assertEquals(1, reject("[{\"x\":1}]").offset());
        CodecException two = reject("[{\"n\":\"a\",\"v\":1,\"vs\":\"1\"}]");
        assertEquals(16, two.offset());
        assertEquals(16, reject("[{\"n\":\"a\",\"v\":1,\"v\":2}]").offset());
    }

    @Test
    void checksFieldTypes() {
        assertEquals(14, reject("[{\"n\":\"a\",\"v\":\"1\"}]").offset());
        assertEquals(6, reject("[{\"n\":1,\"v\":1}]").offset());
        assertEquals(15, reject("[{\"n\":\"a\",\"vb\":1}]").offset());
        assertEquals(15, reject("[{\"n\":\"a\",\"vd\":1}]").offset());
        assertEquals(14, reject("[{\"n\":\"a\",\"v\":null}]").offset());
        assertEquals(7, reject("[{\"bt\":[1],\"n\":\"a\",\"v\":1}]").offset());
    }

    @Test
    void checksDataValues() {
        assertArrayEquals(new byte[0], data("[{\"n\":\"a\",\"vd\":\"\"}]"));
        assertArrayEquals(new byte[] {(byte) 0xFB, (byte) 0xFF}, data("[{\"n\":\"a\",\"vd\":\"-_8\"}]"));
        assertArrayEquals(utf8("hi \n"), data("[{\"n\":\"a\",\"vd\":\"\\u0061GkgCg\"}]"));
        assertEquals(22, reject("[{\"n\":\"a\",\"vd\":\"aGkgCg==\"}]").offset());
        assertEquals(16, reject("[{\"n\":\"a\",\"vd\":\"+GkgCg\"}]").offset());
        assertEquals(15, reject("[{\"n\":\"a\",\"vd\":\"aGkgCh\"}]").offset());
        assertEquals(15, reject("[{\"n\":\"a\",\"vd\":\"aGkgC\"}]").offset());
    }

    private byte[] data(String json) {
        return ((Value.Data) decode(json).get(0).value()).value();
    }

    @Test
    void unescapesStrings() {
        Observation o = decode("[{\"n\":\"a\",\"u\":\"\\u00b0C\",\"vs\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t"
                        + "\\ud83d\\ude00 Vi\u1ec7t \ud83c\udf3f\"}]")
                .get(0);
        assertEquals("°C", o.unit());
        assertEquals(Value.of("\"\\/\b\f\n\r\t\ud83d\ude00 Vi\u1ec7t \ud83c\udf3f"), o.value());
    }

    @Test
    void isStrictJson() {
        assertEquals(0, reject("").offset());
        assertEquals(0, reject("\ufeff[{\"n\":\"a\",\"v\":1}]").offset());
        assertEquals(1, reject("[]").offset());
        assertEquals(2, reject("[ ]").offset());
        assertEquals(17, reject("[{\"n\":\"a\",\"v\":1},]").offset());
        assertEquals(16, reject("[{\"n\":\"a\",\"v\":1,}]").offset());
        assertEquals(18, reject("[{\"n\":\"a\",\"v\":1}] x").offset());
        assertEquals(17, reject("[{\"n\":\"a\",\"v\":1}][]").offset());
        assertEquals(14, reject("[{\"n\":\"a\",\"v\":01}]").offset());
        assertEquals(14, reject("[{\"n\":\"a\",\"v\":+1}]").offset());
        assertEquals(14, reject("[{\"n\":\"a\",\"v\":.5}]").offset());
        assertEquals(16, reject("[{\"n\":\"a\",\"v\":1.}]").offset());
        assertEquals(16, reject("[{\"n\":\"a\",\"v\":1e}]").offset());
        assertEquals(14, reject("[{\"n\":\"a\",\"v\":NaN}]").offset());
        assertEquals(14, reject("[{\"n\":\"a\",\"v\":1e400}]").offset());
        assertEquals(8, reject("[{\"n\":\"a\tb\",\"v\":1}]").offset());
        assertEquals(8, reject("[{\"n\":\"a\\x\",\"v\":1}]").offset());
        assertEquals(22, reject("[{\"n\":\"a\",\"vs\":\"\\ud800\"}]").offset());
        assertEquals(22, reject("[{\"n\":\"a\",\"vs\":\"\\ud800\\u0041\"}]").offset());
        assertEquals(16, reject("[{\"n\":\"a\",\"vs\":\"\\udc00\"}]").offset());
        assertEquals(18, reject("[{\"n\":\"a\",\"vs\":\"\\u12G4\"}]").offset());
        assertEquals(2, reject("[{n:\"a\",\"v\":1}]").offset());
        assertEquals(6, reject("[{\"n\" \"a\",\"v\":1}]").offset());
        assertEquals(20, reject("[{\"n\":\"a\",\"v\":1,\"x\":tru}]").offset());
        assertEquals(0, reject("{\"n\":\"a\",\"v\":1}").offset());
        // Only UTF-8: overlong, surrogate and truncated sequences are rejected where they start.
        assertEquals(16, rejectBytes("[{\"n\":\"a\",\"vs\":\"", 0xC0, 0xAF).offset());
        assertEquals(
                16, rejectBytes("[{\"n\":\"a\",\"vs\":\"", 0xED, 0xA0, 0x80).offset());
        assertEquals(
                16,
                rejectBytes("[{\"n\":\"a\",\"vs\":\"", 0xF4, 0x90, 0x80, 0x80).offset());
        assertEquals(16, rejectBytes("[{\"n\":\"a\",\"vs\":\"", 0xE6, 0xB0, '"').offset());
        assertEquals(16, rejectBytes("[{\"n\":\"a\",\"vs\":\"", 0x80).offset());
        // Whitespace anywhere between tokens.
        assertEquals(
                1, decode(" \n[ {\r\n\"n\" : \"a\" ,\t\"v\" : -0.0e0 } ]\n ").size());
    }

    private CodecException rejectBytes(String prefix, int... tail) {
        byte[] head = utf8(prefix);
        byte[] end = utf8("\"}]");
        byte[] bytes = new byte[head.length + tail.length + end.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = 0; i < tail.length; i++) {
            bytes[head.length + i] = (byte) tail[i];
        }
        System.arraycopy(end, 0, bytes, head.length + tail.length, end.length);
        return assertThrows(CodecException.class, () -> codec.decode(bytes, CONTEXT));
    }

    @Test
    void limitsNesting() {
        String deep = "[".repeat(31) + "]".repeat(31);
        assertEquals(1, decode("[{\"n\":\"a\",\"v\":1,\"x\":" + deep + "}]").size());
        String tooDeep = "[".repeat(40) + "]".repeat(40);
        CodecException e = reject("[{\"n\":\"a\",\"v\":1,\"x\":" + tooDeep + "}]");
        assertEquals(20 + 32, e.offset()); // the 33rd bracket
    }

    @Test
    void rejectsTimesBeyondRange() {
        assertEquals(14, reject("[{\"n\":\"a\",\"t\":1e13,\"v\":1}]").offset());
        assertEquals(
                24, reject("[{\"bt\":9e12,\"n\":\"a\",\"t\":9e12,\"v\":1}]").offset());
    }

    // Every proper prefix of a valid pack is invalid, and says where it ends.
    @Test
    void rejectsEveryTruncation() {
        for (String vector : List.of(SenmlVectors.MULTIPLE, SenmlVectors.DATA_TYPES, SenmlVectors.COLLECTION)) {
            byte[] full = utf8(vector);
            for (int n = 0; n < full.length; n++) {
                byte[] prefix = java.util.Arrays.copyOf(full, n);
                CodecException e =
                        assertThrows(CodecException.class, () -> codec.decode(prefix, CONTEXT), "prefix " + n);
                assertTrue(e.offset() >= 0 && e.offset() <= n, "prefix " + n + ": " + e.getMessage());
            }
        }
    }

    @Test
    void roundTrips() {
        List<Observation> records = RoundTrip.records(ID);
        byte[] json = codec.encode(records);
        assertEquals(records, codec.decode(json, CONTEXT));
        assertTrue(codec.looksLike(json, 0, json.length));
        // Decoding the RFC packs and encoding them again gives the same records.
        for (String vector : List.of(
                SenmlVectors.MULTIPLE,
                SenmlVectors.MEASUREMENTS,
                SenmlVectors.DATA_TYPES,
                SenmlVectors.COLLECTION,
                SenmlVectors.LIGHTS_OFF,
                SenmlVectors.TWO_MEASUREMENTS_COMPACT)) {
            List<Observation> decoded = decode(vector);
            assertEquals(decoded, codec.decode(codec.encode(decoded), CONTEXT), vector);
        }
    }

    @Test
    void encodesTheSimpleForm() {
        String json = new String(codec.encode(decode(SenmlVectors.MULTIPLE_NOW)), StandardCharsets.UTF_8);
        assertEquals(
                "[{\"bn\":\"urn:dev:ow:10e2073a01080063:\",\"n\":\"voltage\",\"u\":\"V\",\"v\":120.1,"
                        + "\"t\":1498780179},{\"n\":\"current\",\"u\":\"A\",\"v\":1.2,\"t\":1498780179}]",
                json);
        String mixed = new String(
                codec.encode(List.of(
                        Observation.of("", "a", null, 1e-7, Instant.parse("2024-01-01T00:00:00.000120Z")),
                        Observation.of("st1", "pm2_5", "ug/m3", 12, Instant.parse("2024-01-01T00:00:01.5Z")),
                        Observation.of("", "b", null, -0.0, Instant.parse("2024-01-01T00:00:02Z")))),
                StandardCharsets.UTF_8);
        assertEquals(
                "[{\"n\":\"a\",\"v\":1.0e-7,\"t\":1704067200.00012},{\"bn\":\"st1:\",\"n\":\"pm2_5\",\"u\":\"ug/m3\",\"v\":12,"
                        + "\"t\":1704067201.5},{\"bn\":\"\",\"n\":\"b\",\"v\":-0.0,\"t\":1704067202}]",
                mixed);
    }

    @Test
    void rejectsWhatItCannotEncode() {
        RoundTrip.checkEncodeRejections(codec);
        CodecException nan = assertThrows(
                CodecException.class, () -> codec.encode(List.of(Observation.of("", "a", null, Double.NaN, NOW))));
        assertEquals(-1, nan.offset());
        assertTrue(nan.getMessage().contains("record 0: a finite value"), nan.getMessage());
    }

    @Test
    void survivesMutations() {
        List<byte[]> seeds = new ArrayList<>();
        for (String vector : List.of(
                SenmlVectors.MULTIPLE,
                SenmlVectors.MULTIPLE_SPEC_REPOSITORY,
                SenmlVectors.MEASUREMENTS,
                SenmlVectors.DATA_TYPES,
                SenmlVectors.ACTUATOR,
                SenmlVectors.LIGHTS_OFF)) {
            seeds.add(utf8(vector));
        }
        seeds.add(codec.encode(RoundTrip.records(ID)));
        RoundTrip.mutate(codec, seeds, 0x5E4D1L, 4000);
    }
}
