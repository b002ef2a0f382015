package vn.smartcity.iot.senml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.iot.senml.SenmlVectors.CONTEXT;
import static vn.smartcity.iot.senml.SenmlVectors.NOW;
import static vn.smartcity.iot.senml.SenmlVectors.hex;
import static vn.smartcity.iot.senml.SenmlVectors.record;
import static vn.smartcity.iot.senml.SenmlVectors.utf8;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.ValueType;

class SenmlCborCodecTest {

    private static final String ID = SenmlCborCodec.ID;
    private final SenmlCborCodec codec = new SenmlCborCodec();
    private final SenmlJsonCodec json = new SenmlJsonCodec();

    /** A few CBOR items, written by hand for tests. */
    private static final class Cbor {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Cbor head(int major, long argument) {
            if (argument < 24) {
                out.write(major << 5 | (int) argument);
            } else if (argument < 0x100) {
                out.write(major << 5 | 24);
                out.write((int) argument);
            } else {
                out.write(major << 5 | 26);
                for (int i = 3; i >= 0; i--) {
                    out.write((int) (argument >>> (8 * i)));
                }
            }
            return this;
        }

        Cbor label(int label) {
            return label >= 0 ? head(0, label) : head(1, -1 - label);
        }

        Cbor text(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            head(3, bytes.length);
            out.writeBytes(bytes);
            return this;
        }

        Cbor raw(String hex) {
            out.writeBytes(hex(hex));
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** [{0: "x", fields...}] with a raw tail of fields. */
    private static byte[] pack(int fields, String rawFields) {
        return new Cbor()
                .head(4, 1)
                .head(5, fields + 1)
                .label(0)
                .text("x")
                .raw(rawFields)
                .bytes();
    }

    private List<Observation> decode(byte[] cbor) {
        return codec.decode(cbor, CONTEXT);
    }

    private CodecException reject(byte[] cbor) {
        return assertThrows(CodecException.class, () -> decode(cbor));
    }

    @Test
    void identifiesItself() {
        assertEquals("senml-cbor", codec.id());
        assertEquals("application/senml+cbor", SenmlCborCodec.MEDIA_TYPE);
        assertTrue(codec.canEncode());
        assertFalse(codec.description().isBlank());
    }

    // RFC 8428 section 6: the CBOR dump of the section 5.1.2 pack resolves like the JSON, despite
    // the half-precision 1.5 and the explicit t: 0.
    @Test
    void rfcSection6Example() {
        byte[] cbor = hex(SenmlVectors.MULTIPLE_CBOR_HEX);
        assertEquals(0xC3, cbor.length);
        assertEquals(SenmlJsonCodecTest.multipleResolved(ID), decode(cbor));
        assertEquals(
                json.decode(utf8(SenmlVectors.MULTIPLE), CONTEXT).stream()
                        .map(o -> o.withCodec(ID))
                        .collect(Collectors.toList()),
                decode(cbor));
    }

    // The encoder writes the RFC's number encodings: 120.1 and 1.2 as doubles, 1.5 as a half,
    // 1276020076.001 as the double of the dump.
    @Test
    void encodesNumbersAsTheRfcDumpDoes() {
        List<Observation> records = SenmlJsonCodecTest.multipleResolved(ID);
        String out = HexFormat.of().formatHex(codec.encode(records));
        assertTrue(
                out.startsWith("87a5" + "21781b" + HexFormat.of().formatHex(utf8("urn:dev:ow:10e2073a0108006:"))
                        + "0067" + HexFormat.of().formatHex(utf8("current")) + "016141" + "02fb3ff3333333333333"
                        + "06fb41d303a159c01062"),
                out);
        assertTrue(out.contains("02f93e00"), out);
        assertTrue(out.contains("02fb405e066666666666" + "06fb41d303a15b001062"), out);
        assertEquals(records, decode(codec.encode(records)));
    }

    // Numbers of RFC 8949 Appendix A (cbor/test-vectors appendix_a.json) as SenML values.
    @Test
    void decodesTheNumbersOfRfc8949AppendixA() {
        Object[][] vectors = {
            {"00", 0.0},
            {"01", 1.0},
            {"0a", 10.0},
            {"17", 23.0},
            {"1818", 24.0},
            {"1819", 25.0},
            {"1864", 100.0},
            {"1903e8", 1000.0},
            {"1a000f4240", 1000000.0},
            {"1b000000e8d4a51000", 1e12},
            {"1bffffffffffffffff", 18446744073709551615.0},
            {"3bffffffffffffffff", -18446744073709551616.0},
            {"20", -1.0},
            {"29", -10.0},
            {"3863", -100.0},
            {"3903e7", -1000.0},
            {"f90000", 0.0},
            {"f98000", -0.0},
            {"f93c00", 1.0},
            {"fb3ff199999999999a", 1.1},
            {"f93e00", 1.5},
            {"f97bff", 65504.0},
            {"fa47c35000", 100000.0},
            {"fa7f7fffff", 3.4028234663852886e+38},
            {"fb7e37e43c8800759c", 1.0e+300},
            {"f90001", 5.960464477539063e-08},
            {"f90400", 6.103515625e-05},
            {"f9c400", -4.0},
            {"fbc010666666666666", -4.1},
            {"f97c00", Double.POSITIVE_INFINITY},
            {"f97e00", Double.NaN},
            {"f9fc00", Double.NEGATIVE_INFINITY},
            {"fa7f800000", Double.POSITIVE_INFINITY},
            {"fa7fc00000", Double.NaN},
            {"faff800000", Double.NEGATIVE_INFINITY},
            {"fb7ff0000000000000", Double.POSITIVE_INFINITY},
            {"fb7ff8000000000000", Double.NaN},
            {"fbfff0000000000000", Double.NEGATIVE_INFINITY},
        };
        for (Object[] v : vectors) {
            Observation o = decode(pack(1, "02" + v[0])).get(0);
            assertEquals(Value.of((double) v[1]), o.value(), (String) v[0]);
        }
    }

    // Text strings of RFC 8949 Appendix A (cbor/test-vectors appendix_a.json) as string values.
    @Test
    void decodesTheTextOfRfc8949AppendixA() {
        String[][] vectors = {
            {"60", ""},
            {"6161", "a"},
            {"6449455446", "IETF"},
            {"62225c", "\"\\"},
            {"62c3bc", "ü"},
            {"63e6b0b4", "水"},
            {"64f0908591", "𐅑"}
        };
        for (String[] v : vectors) {
            assertEquals(Value.of(v[1]), decode(pack(1, "03" + v[0])).get(0).value(), v[0]);
        }
        assertEquals(
                Value.of(new byte[] {1, 2, 3, 4}),
                decode(pack(1, "08" + "4401020304")).get(0).value());
        assertEquals(Value.of(true), decode(pack(1, "04f5")).get(0).value());
        assertEquals(Value.of(false), decode(pack(1, "04f4")).get(0).value());
    }

    // RFC 8949 section 3.4.4: 273.15 as 4([-2, 27315]), which RFC 8428 section 6 allows.
    @Test
    void decodesDecimalFractions() {
        assertEquals(
                Value.of(273.15), decode(pack(1, "02" + "c48221196ab3")).get(0).value());
        assertEquals(Value.of(-2.5), decode(pack(1, "02" + "c482203818")).get(0).value());
        assertEquals(
                Value.of(1.5e30), decode(pack(1, "02" + "c482181d0f")).get(0).value());
        assertEquals(
                Value.of(1.2345678901234567e-5),
                decode(pack(1, "02c482" + "34" + "1b002bdc545d6b4b87")).get(0).value());
        assertEquals(
                Value.of(1.8446744073709552e-281),
                decode(pack(1, "02c482" + "39012b" + "1bffffffffffffffff"))
                        .get(0)
                        .value());
        assertEquals(
                Value.of(Double.POSITIVE_INFINITY),
                decode(pack(1, "02c482" + "1a7fffffff" + "01")).get(0).value());
        assertEquals(
                Value.of(0.0),
                decode(pack(1, "02c482" + "3a7fffffff" + "01")).get(0).value());
        assertEquals(
                Instant.parse("2017-07-14T02:40:00.5Z"),
                decode(pack(2, "0201" + "06c48220" + "1b000000037e11d605"))
                        .get(0)
                        .time());
        assertEquals(9, reject(pack(1, "02c48221c249010000000000000000")).offset());
        assertEquals(7, reject(pack(1, "02c48321196ab301")).offset());
        assertEquals(8, reject(pack(1, "02c4826161196ab3")).offset());
    }

    @Test
    void halfPrecisionIsExact() {
        for (int h = 0; h < 0x10000; h++) {
            double d = CborPackReader.halfToDouble(h);
            int exponent = (h >>> 10) & 0x1F;
            int mantissa = h & 0x3FF;
            float expected;
            if (exponent == 0) {
                expected = mantissa / 16777216f;
            } else if (exponent == 31) {
                expected = mantissa == 0 ? Float.POSITIVE_INFINITY : Float.NaN;
            } else {
                expected = Float.intBitsToFloat(((exponent - 15 + 127) << 23) | (mantissa << 13));
            }
            if ((h & 0x8000) != 0) {
                expected = -expected;
            }
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(d), Integer.toHexString(h));
            if (!Double.isNaN(d)) {
                assertEquals(h, CborPackWriter.doubleToHalf(d), Integer.toHexString(h));
            }
        }
        assertEquals(0x7E00, CborPackWriter.doubleToHalf(Double.NaN));
        assertEquals(-1, CborPackWriter.doubleToHalf(1.1));
        assertEquals(-1, CborPackWriter.doubleToHalf(65520));
        assertEquals(-1, CborPackWriter.doubleToHalf(0x1p-25));
        assertEquals(-1, CborPackWriter.doubleToHalf(1 + 0x1p-11));
        assertEquals(-1, CborPackWriter.doubleToHalf(0x1.8p-24));
        assertEquals(-1, CborPackWriter.doubleToHalf(1e-300));
        assertEquals(0x3C01, CborPackWriter.doubleToHalf(1 + 0x1p-10));
    }

    @Test
    void hotPathHandsOutResolvedRecords() {
        byte[] cbor = hex(SenmlVectors.MULTIPLE_CBOR_HEX);
        List<String> seen = new ArrayList<>();
        int n = codec.decode(cbor, 0, cbor.length, CONTEXT, r -> {
            assertEquals(ValueType.NUMBER, r.valueType());
            assertEquals("senml-cbor", r.codec());
            seen.add(r.source() + " " + r.name() + "=" + r.number() + " " + r.unit() + " @" + r.epochSecond() + "+"
                    + r.nano());
        });
        assertEquals(7, n);
        assertEquals(
                "urn:dev:ow:10e2073a0108006 urn:dev:ow:10e2073a0108006:current=1.5 A @1276020074+1000000", seen.get(3));
        assertEquals(
                "urn:dev:ow:10e2073a0108006 urn:dev:ow:10e2073a0108006:current=1.7 A @1276020076+1000000", seen.get(6));
    }

    @Test
    void resolvesBaseFieldsByTheirIntegerLabels() {
        // [{-2: "dev/", -3: 1500000000, -4: "W", -5: 100, -6: 1000, -1: 10, 0: "p", 2: 1, 5: 5, 7: 60},
        //  {0: "p", 6: 10, 2: -1}]
        byte[] cbor = new Cbor()
                .head(4, 2)
                .head(5, 10)
                .label(-2)
                .text("dev/")
                .label(-3)
                .raw("1a59682f00")
                .label(-4)
                .text("W")
                .label(-5)
                .raw("1864")
                .label(-6)
                .raw("1903e8")
                .label(-1)
                .raw("0a")
                .label(0)
                .text("p")
                .label(2)
                .raw("01")
                .label(5)
                .raw("05")
                .label(7)
                .raw("183c")
                .head(5, 3)
                .label(0)
                .text("p")
                .label(6)
                .raw("0a")
                .label(2)
                .raw("20")
                .bytes();
        List<Observation> r = decode(cbor);
        assertEquals(2, r.size());
        assertEquals("dev", r.get(0).source());
        assertEquals("dev/p", r.get(0).name());
        assertEquals("W", r.get(1).unit());
        assertEquals(Value.of(101.0), r.get(0).value());
        assertEquals(1005.0, r.get(0).sum());
        assertEquals(Value.of(99.0), r.get(1).value());
        assertEquals(1000.0, r.get(1).sum());
        assertEquals(Instant.parse("2017-07-14T02:40:10Z"), r.get(1).time());
    }

    @Test
    void skipsUnknownLabels() {
        // {0: "x", 2: 1, 9: [1, {"a": h'00'}, 4([0, 1])], -7: "y", "l": "z"}
        byte[] cbor = pack(4, "0201" + "09" + "8301a161614100c4820001" + "26" + "6179" + "616c" + "617a");
        assertEquals(List.of(record(ID, "", "x", null, Value.of(1), NOW)), decode(cbor));
    }

    @Test
    void rejectsMustUnderstandLabels() {
        CodecException e = reject(pack(2, "0201" + "647270745f" + "01"));
        assertEquals(7, e.offset());
        assertTrue(e.getMessage().contains("labels ending in '_' must be understood"), e.getMessage());
    }

    @Test
    void checksTheVersion() {
        assertEquals(1, decode(pack(2, "0201" + "200a")).size());
        CodecException e = reject(pack(2, "0201" + "200b"));
        assertEquals(8, e.offset());
        assertEquals(
                "senml-cbor: at byte 8: expected SenML version 10 or lower (RFC 8428 section 4.4), found version 11",
                e.getMessage());
        assertEquals(8, reject(pack(2, "0201" + "20f94900")).offset());
        assertEquals(8, reject(pack(2, "0201" + "2000")).offset());
        assertEquals(8, reject(pack(2, "0201" + "201bffffffffffffffff")).offset());
    }

    @Test
    void isStrictCbor() {
        byte[] rfc = hex(SenmlVectors.MULTIPLE_CBOR_HEX);
        byte[] trailing = Arrays.copyOf(rfc, rfc.length + 1);
        CodecException e = reject(trailing);
        assertEquals(195, e.offset());
        assertEquals(
                "senml-cbor: at byte 195: expected end of input after the SenML pack, found 1 more bytes",
                e.getMessage());
        // Lengths beyond the bytes left, before anything is allocated.
        e = reject(hex("9affffffffa0"));
        assertEquals(0, e.offset());
        assertEquals(
                "senml-cbor: at byte 0: expected a array length within the 1 bytes left, found 4294967295",
                e.getMessage());
        assertEquals(3, reject(hex("81a1007bffffffffffffffff")).offset());
        assertEquals(3, reject(hex("81a1007b7fffffffffffffff")).offset());
        assertEquals(1, reject(hex("81bb7fffffffffffffff")).offset());
        assertEquals(0, reject(hex("80")).offset());
        assertEquals(0, reject(hex("a0")).offset());
        assertEquals(0, reject(hex("")).offset());
        // Indefinite lengths (RFC 8949 Appendix A, 9f ... ff) and stray breaks.
        CodecException indefinite = reject(hex("9fa20061780201ff"));
        assertEquals(0, indefinite.offset());
        assertTrue(indefinite.getMessage().contains("definite-length array"), indefinite.getMessage());
        assertEquals(1, reject(hex("81bf0061780201ff")).offset());
        assertEquals(6, reject(pack(1, "03" + "7f6161ff")).offset());
        assertEquals(6, reject(pack(1, "02" + "ff")).offset());
        // Reserved additional information 28 to 30.
        assertEquals(6, reject(pack(1, "02" + "1c")).offset());
        // Tags other than 4: RFC 8949 Appendix A's bignum and epoch time.
        CodecException tag = reject(pack(1, "02" + "c249010000000000000000"));
        assertEquals(6, tag.offset());
        assertTrue(
                tag.getMessage().contains("a supported CBOR tag (4, decimal fraction), found tag 2"), tag.getMessage());
        assertEquals(6, reject(pack(1, "06" + "c11a514b67b0")).offset());
        assertEquals(8, reject(pack(2, "0201" + "09" + "c11a514b67b0")).offset());
        // Labels of other types; wrong value types.
        assertEquals(5, reject(pack(1, "4161" + "01")).offset());
        assertEquals(6, reject(pack(1, "02" + "f6")).offset());
        assertEquals(6, reject(pack(1, "02" + "6131")).offset());
        assertEquals(6, reject(pack(1, "03" + "4161")).offset());
        assertEquals(6, reject(pack(1, "08" + "6161")).offset());
        assertEquals(6, reject(pack(1, "04" + "01")).offset());
        assertEquals(3, reject(hex("81a10001")).offset());
        // Unassigned simple values are well-formed; a two-byte one below 32 is not.
        assertEquals(1, decode(pack(2, "0201" + "09" + "f0")).size());
        assertEquals(8, reject(pack(2, "0201" + "09" + "f810")).offset());
        // Times must be finite.
        assertEquals(8, reject(pack(2, "0201" + "06" + "f97e00")).offset());
        // Invalid UTF-8 in text, even in an unknown label's value.
        assertEquals(4, reject(hex("81a10062c0af")).offset());
        assertEquals(9, reject(pack(2, "0201" + "09" + "62eda080")).offset());
        // Nesting in unknown values.
        assertEquals(1, decode(pack(2, "0201" + "09" + "81".repeat(16) + "00")).size());
        assertEquals(
                8 + 17, reject(pack(2, "0201" + "09" + "81".repeat(20) + "00")).offset());
    }

    @Test
    void checksNamesAndValues() {
        assertEquals(
                3,
                reject(new Cbor()
                                .head(4, 1)
                                .head(5, 2)
                                .label(0)
                                .text("a b")
                                .label(2)
                                .raw("01")
                                .bytes())
                        .offset());
        assertEquals(
                1,
                reject(new Cbor().head(4, 1).head(5, 1).label(2).raw("01").bytes())
                        .offset());
        assertEquals(
                1,
                reject(new Cbor().head(4, 1).head(5, 1).label(0).text("a").bytes())
                        .offset());
        assertEquals(7, reject(pack(2, "0201" + "0302")).offset());
    }

    @Test
    void rejectsEveryTruncation() {
        byte[] full = hex(SenmlVectors.MULTIPLE_CBOR_HEX);
        for (int n = 0; n < full.length; n++) {
            byte[] prefix = Arrays.copyOf(full, n);
            CodecException e = assertThrows(CodecException.class, () -> decode(prefix), "prefix " + n);
            assertTrue(e.offset() >= 0 && e.offset() <= n, "prefix " + n + ": " + e.getMessage());
        }
    }

    @Test
    void looksLike() {
        byte[] rfc = hex(SenmlVectors.MULTIPLE_CBOR_HEX);
        assertTrue(codec.looksLike(rfc, 0, rfc.length));
        assertTrue(codec.looksLike(hex("9801a0"), 0, 3));
        assertTrue(codec.looksLike(hex("9a00000001b800"), 0, 7));
        assertFalse(codec.looksLike(hex("9801a0"), 0, 2));
        assertFalse(codec.looksLike(hex("9fa0ff"), 0, 3));
        assertFalse(codec.looksLike(hex("80"), 0, 1));
        assertFalse(codec.looksLike(hex("8101"), 0, 2));
        assertFalse(codec.looksLike(hex("a0a0"), 0, 2));
        assertFalse(codec.looksLike(rfc, 190, 10));
        assertFalse(codec.looksLike(utf8(SenmlVectors.SINGLE), 0, SenmlVectors.SINGLE.length()));
    }

    @Test
    void roundTrips() {
        List<Observation> records = new ArrayList<>(RoundTrip.records(ID));
        Instant last = records.get(records.size() - 1).time();
        records.add(RoundTrip.of(ID, "", "nan", null, Value.of(Double.NaN), Double.POSITIVE_INFINITY, last));
        records.add(RoundTrip.of(ID, "", "inf", null, Value.of(Double.NEGATIVE_INFINITY), null, last));
        records.add(RoundTrip.of(ID, "", "big", null, Value.of(0x1p63), -0x1p63, last));
        records.add(RoundTrip.of(ID, "", "single", null, Value.of(100000.5), 3.4028234663852886e+38, last));
        byte[] cbor = codec.encode(records);
        assertEquals(records, decode(cbor));
        assertTrue(codec.looksLike(cbor, 0, cbor.length));
        for (String vector : List.of(SenmlVectors.MEASUREMENTS, SenmlVectors.DATA_TYPES, SenmlVectors.COLLECTION)) {
            List<Observation> decoded = json.decode(utf8(vector), CONTEXT).stream()
                    .map(o -> o.withCodec(ID))
                    .collect(Collectors.toList());
            assertEquals(decoded, decode(codec.encode(decoded)), vector);
        }
        List<Observation> rfc = decode(hex(SenmlVectors.MULTIPLE_CBOR_HEX));
        assertEquals(rfc, decode(codec.encode(rfc)));
    }

    @Test
    void rejectsWhatItCannotEncode() {
        RoundTrip.checkEncodeRejections(codec);
    }

    @Test
    void survivesMutations() {
        List<byte[]> seeds = List.of(
                hex(SenmlVectors.MULTIPLE_CBOR_HEX),
                codec.encode(RoundTrip.records(ID)),
                pack(4, "0201" + "09" + "8301a161614100c4820001" + "26" + "6179" + "616c" + "617a"),
                pack(2, "02c48221196ab3" + "06c48220" + "1b000000037e11d605"));
        RoundTrip.mutate(codec, seeds, 0xC0B0L, 5000);
    }
}
