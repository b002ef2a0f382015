package vn.smartcity.iot.hj212;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ParameterCatalogue;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;

class Hj212CodecTest {

    /**
     * The project's specification (issue 3): a real-time (CN=2011) air packet, length 0317, CRC
     * cc01. Sent without CRLF, as given there.
     */
    static final String REALTIME_AIR = "##0317QN=20191012133710130;ST=22;CN=2011;PW=123456;MN=Y80110010000010;Flag=4;"
            + "CP=&&DataTime=20191012133710;a21005-Rtd=0.00,a21005-Flag=N;a21004-Rtd=0.00,a21004-Flag=N;"
            + "a21007-Rtd=0.033,a21007-Flag=N;a21006-Rtd=0.036,a21006-Flag=N;a21001-Rtd=25.40,a21001-Flag=N;"
            + "a21003-Rtd=101.94,a21003-Flag=N;a21002-Rtd=49.20,a21002-Flag=N&&cc01";

    /**
     * A surface-water real-time packet from a public HJ 212 parser's test suite on GitHub (code
     * index id 67129704497); its length 0247 and CRC 1540 check out.
     */
    static final String REALTIME_WATER = "##0247QN=20260706103512345;ST=21;CN=2011;PW=123456;MN=A110000_0001;Flag=9;"
            + "CP=&&DataTime=20260706103000;w01010-Rtd=28.6,w01010-Flag=N;w01014-Rtd=7.8,w01014-Flag=N;"
            + "w01001-Rtd=6.5,w01001-Flag=N;w01017-Rtd=15.2,w01017-Flag=N;w01019-Rtd=1.023,w01019-Flag=N&&1540\r\n";

    /**
     * A history-data request (CN=2061 with BeginTime/EndTime, no values) quoted in a public Java
     * HJ 212 utility on GitHub (code index id 36919321341); length 0124, CRC D581.
     */
    static final String HISTORY_REQUEST = "##0124QN=20180519013039400;ST=32;CN=2061;PW=123456;MN=88888880000020;Flag=3;"
            + "CP=&&BeginTime=20180518070000,EndTime=20180518070000&&D581";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private final Hj212Codec codec = new Hj212Codec();

    @Test
    void crcOfTheSpecificationVector() {
        byte[] frame = bytes(REALTIME_AIR);
        assertEquals(0xcc01, Hj212Crc.compute(frame, 6, 317));
    }

    @Test
    void decodesTheRealTimeAirPacket() {
        List<Observation> records = codec.decode(bytes(REALTIME_AIR));

        assertEquals(7, records.size());
        Observation co = records.get(0);
        assertEquals("a21005", co.name());
        assertEquals("mg/m3", co.unit(), "CO in mg/m3 (HJ 212-2017 Appendix B, ambient air)");
        assertEquals(Value.of(0.0), co.value());
        assertEquals("Y80110010000010", co.source());
        assertEquals("hj212", co.codec());
        assertEquals(Statistic.SAMPLE, co.statistic());
        assertEquals(Status.NORMAL, co.status());
        assertEquals("N", co.rawStatus());
        // DataTime 2019-10-12 13:37:10 station time, UTC+7.
        assertEquals(Instant.parse("2019-10-12T06:37:10Z"), co.time());
        assertEquals(0.033, records.get(2).number());
        assertEquals("a21002", records.get(6).name());
        assertEquals(49.20, records.get(6).number());
    }

    @Test
    void decodesWaterPacketsWithCrlfAndAnotherVersionFlag() {
        List<Observation> records = codec.decode(bytes(REALTIME_WATER));
        assertEquals(5, records.size());
        assertEquals("w01010", records.get(0).name());
        assertEquals("Cel", records.get(0).unit());
        assertEquals(28.6, records.get(0).number());
        assertEquals(1.023, records.get(4).number());
        assertNull(records.get(4).unit(), "w01019 is not in the unit table");
        assertEquals(Instant.parse("2026-07-06T03:30:00Z"), records.get(0).time());
    }

    @Test
    void commandPacketsCarryNoRecordsButParse() {
        assertEquals(0, codec.decode(bytes(HISTORY_REQUEST)).size());
        Hj212Packet packet = Hj212Packet.parse(HISTORY_REQUEST);
        assertEquals("2061", packet.cn());
        assertEquals("BeginTime=20180518070000,EndTime=20180518070000", packet.cp());
        assertTrue(packet.needsAcknowledgement());
        assertEquals(0, packet.version(), "Flag=3: HJ 212-2005 style version 0");
    }

    @Test
    void packetFlagsOfThe2017Protocol() {
        Hj212Packet air = Hj212Packet.parse(REALTIME_AIR);
        assertEquals(4, air.flag());
        assertEquals(1, air.version(), "Flag=4: version 1, the 2017 protocol");
        assertFalse(air.needsAcknowledgement());
        assertFalse(air.isSplit());
        assertEquals("20191012133710130", air.qn());
        assertTrue(Hj212Packet.parse(REALTIME_WATER).needsAcknowledgement(), "Flag=9 has bit 0 set");
        assertFalse(air.toString().contains("123456"), "the password is not in toString");
    }

    @Test
    void packetRewritesItsOwnFrameExactly() {
        // Same bytes, CRC in upper case, CRLF added.
        String expected = REALTIME_AIR.substring(0, REALTIME_AIR.length() - 4) + "CC01\r\n";
        assertEquals(expected, new String(Hj212Packet.parse(REALTIME_AIR).toFrame(), StandardCharsets.US_ASCII));
        assertEquals(
                REALTIME_WATER, new String(Hj212Packet.parse(REALTIME_WATER).toFrame(), StandardCharsets.US_ASCII));
    }

    @Test
    void responsesOfSection66() {
        Hj212Packet water = Hj212Packet.parse(REALTIME_WATER);
        Hj212Packet ack = water.dataResponse();
        assertEquals("QN=20260706103512345;ST=91;CN=9014;PW=123456;MN=A110000_0001;Flag=4;CP=&&&&", ack.dataSegment());
        Hj212Packet back = Hj212Packet.parse(ack.toFrame());
        assertEquals(ack, back, "the response frame parses back, CRC and length included");
        assertEquals("QnRtn=1", water.requestResponse(1).cp());
        assertEquals("9011", water.requestResponse(1).cn());
        assertEquals("ExeRtn=1", water.executionResult(1).cp());
        assertEquals("9013", water.notificationResponse().cn());
        assertTrue(new String(ack.toFrame(), StandardCharsets.US_ASCII).endsWith("\r\n"));
    }

    @Test
    void aggregatesFlagsAndConvertedValues() {
        String segment =
                "QN=20251101100000000;ST=31;CN=2061;PW=123456;MN=QN-CAMPHA-01;Flag=4;CP=&&DataTime=20251101090000;"
                        + "a21026-Min=10.5,a21026-Avg=12.25,a21026-Max=15,a21026-ZsAvg=20.5,a21026-Flag=C;"
                        + "a00000-Cou=1200,a00000-Flag=T&&";
        List<Observation> records = codec.decode(bytes(Hj212Packet.frame(segment)));
        assertEquals(5, records.size());
        assertEquals(Statistic.MINIMUM, records.get(0).statistic());
        assertEquals(Statistic.AVERAGE, records.get(1).statistic());
        assertEquals(Statistic.MAXIMUM, records.get(2).statistic());
        assertEquals("a21026-Zs", records.get(3).name());
        assertEquals(Status.CALIBRATING, records.get(0).status());
        assertEquals(Statistic.TOTAL, records.get(4).statistic());
        assertEquals(Status.OUT_OF_RANGE, records.get(4).status());
        assertEquals("T", records.get(4).rawStatus());
        assertEquals(Instant.parse("2025-11-01T02:00:00Z"), records.get(0).time());
    }

    @Test
    void everyFlagOfTheStandard() {
        String flags = "NFMSDCTB";
        Status[] expected = {
            Status.NORMAL, Status.STOPPED, Status.MAINTENANCE, Status.MANUAL,
            Status.FAULT, Status.CALIBRATING, Status.OUT_OF_RANGE, Status.COMMUNICATION_ERROR
        };
        for (int i = 0; i < flags.length(); i++) {
            assertEquals(expected[i], Hj212Codec.status((byte) flags.charAt(i)));
            assertEquals(flags.charAt(i), Hj212Codec.flagOf(expected[i]));
        }
        assertEquals(Status.UNKNOWN, Hj212Codec.status((byte) 'X'));
    }

    @Test
    void sinkPathGivesTheSameValues() {
        byte[] frame = bytes(REALTIME_AIR);
        double[] sum = {0};
        int[] seen = {0};
        int n = codec.decode(frame, 0, frame.length, DecodeContext.defaults(), r -> {
            sum[0] += r.number();
            seen[0]++;
            assertEquals("Y80110010000010", r.source().toString());
        });
        assertEquals(7, n);
        assertEquals(7, seen[0]);
        assertEquals(0.033 + 0.036 + 25.40 + 101.94 + 49.20, sum[0], 1e-9);
    }

    @Test
    void severalFramesInOneInput() {
        byte[] both = bytes(REALTIME_AIR + "\r\n" + REALTIME_WATER);
        assertEquals(12, codec.decode(both).size());
    }

    @Test
    void roundTripsItsOwnOutput() {
        Hj212Codec fixed = Hj212Codec.builder()
                .clock(Clock.fixed(Instant.parse("2019-10-12T05:37:10.130Z"), ZoneOffset.UTC))
                .build();
        List<Observation> decoded = fixed.decode(bytes(REALTIME_AIR));
        byte[] encoded = fixed.encode(decoded);
        assertEquals(decoded, fixed.decode(encoded));
        String text = new String(encoded, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("##0"), text);
        assertTrue(text.contains(";CN=2011;"), text);
        assertTrue(text.contains("a21005-Rtd=0.0,a21005-Flag=N"), text);
    }

    @Test
    void encodesAggregatesAsHourlyData() {
        Observation avg = new Observation(
                "ST01",
                "",
                "a34004",
                "ug/m3",
                Value.of(35.5),
                null,
                Instant.parse("2025-11-01T02:00:00Z"),
                Statistic.AVERAGE,
                Status.NORMAL,
                null);
        Observation maintenance = new Observation(
                "ST01",
                "",
                "a34002",
                "mg/m3",
                Value.of(0.08),
                null,
                Instant.parse("2025-11-01T02:00:00Z"),
                Statistic.AVERAGE,
                Status.MAINTENANCE,
                null);
        String text = new String(codec.encode(List.of(avg, maintenance)), StandardCharsets.US_ASCII);
        assertTrue(text.contains(";CN=2061;"), text);
        assertTrue(
                text.contains("DataTime=20251101090000;a34004-Avg=35.5,a34004-Flag=N;a34002-Avg=80.0,a34002-Flag=M&&"),
                text);
        List<Observation> back = codec.decode(text.getBytes(StandardCharsets.US_ASCII));
        assertEquals(80.0, back.get(1).number(), "mg/m3 converted to the code's unit, ug/m3");
    }

    @Test
    void refusesRecordsItCannotExpress() {
        Observation text = new Observation(
                "ST01",
                "",
                "a34004",
                null,
                Value.of("high"),
                null,
                Instant.parse("2025-11-01T02:00:00Z"),
                Statistic.SAMPLE,
                Status.NORMAL,
                null);
        CodecException e = assertThrows(CodecException.class, () -> codec.encode(List.of(text)));
        assertEquals("hj212: expected a finite number in record 0 (a34004), found high", e.getMessage());
        Observation noSource = Observation.of("", "a34004", null, 1, Instant.EPOCH);
        assertThrows(CodecException.class, () -> codec.encode(List.of(noSource)));
    }

    @Test
    void corruptedCrcIsReportedAtTheCrc() {
        String bad = REALTIME_AIR.substring(0, REALTIME_AIR.length() - 4) + "cc02";
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(bytes(bad)));
        assertEquals(6 + 317, e.offset());
        assertEquals("hj212: at byte 323: expected CRC cc01 of the data segment, found 'cc02'", e.getMessage());
    }

    @Test
    void corruptedDataIsCaughtByTheCrc() {
        String bad = REALTIME_AIR.replace("a21004-Rtd=0.00", "a21004-Rtd=9.00");
        assertEquals(
                323,
                assertThrows(CodecException.class, () -> codec.decode(bytes(bad)))
                        .offset());
    }

    @Test
    void everyTruncationFailsWithACodecException() {
        byte[] frame = bytes(REALTIME_AIR);
        for (int n = 0; n < frame.length; n++) {
            int length = n;
            CodecException e = assertThrows(
                    CodecException.class, () -> codec.decode(frame, 0, length, DecodeContext.defaults(), r -> {}));
            assertTrue(e.offset() >= 0 && e.offset() <= length, "offset within input for length " + length);
        }
    }

    @Test
    void oversizedLengthIsRejectedWithoutAllocating() {
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(bytes("##9999QN=1")));
        assertEquals(10, e.offset());
        assertTrue(e.getMessage().contains("9999 bytes of data segment"), e.getMessage());
        assertEquals(
                2,
                assertThrows(CodecException.class, () -> codec.decode(bytes("##09x7QN=20191012133710130")))
                        .offset());
    }

    @Test
    void malformedDataSegmentsNameThePlaceAndWhatWasExpected() {
        assertSegmentError(
                "QN=20191012133710130;ST=22;CN=2011;XX=1;MN=M1;CP=&&&&",
                6 + 35,
                "one of QN, ST, CN, PW, MN, Flag, PNUM, PNO, CP");
        assertSegmentError("QN=20191012133710130;ST=22;CN=2011;MN=M1;", 6 + 41, "CP=&&...&& as the last field");
        assertSegmentError("QN=20191012133710130;ST=22;CN=2011;MN=M1", 6 + 40, "';' ending the MN field");
        assertSegmentError(
                "ST=22;CN=2011;MN=M1;CP=&&DataTime=20191012133710;a21005-Rtd=abc&&", 6 + 60, "a decimal number");
        assertSegmentError(
                "ST=22;CN=2011;MN=M1;CP=&&DataTime=20191332133710;a21005-Rtd=1&&",
                6 + 34,
                "DataTime as yyyyMMddHHmmss");
        assertSegmentError(
                "ST=22;CN=2011;MN=M1;CP=&&a21005-Rtd=1;DataTime=20191012133710&&",
                6 + 25,
                "DataTime before the first value");
        assertSegmentError(
                "ST=22;CN=2011;MN=M1;CP=&&DataTime=20191012133710;a21005-Rtd=1,a21005-Flag=NN&&",
                6 + 74,
                "a one-letter flag");
        assertSegmentError("ST=22;CN=2011;MN=M1;CP=&&DataTime=20191012133710&", 6 + 47, "'&&' closing CP");
        assertSegmentError("ST=22;CN=2011;CP=&&&&", 6, "the fields ST, CN and MN");
        assertSegmentError("QN=2019;ST=22;CN=2011;MN=M1;CP=&&&&", 6 + 3, "QN of 17 digits");
    }

    private void assertSegmentError(String segment, int offset, String expected) {
        byte[] frame = bytes(Hj212Packet.frame(segment));
        CodecException e = assertThrows(CodecException.class, () -> codec.decode(frame), segment);
        assertTrue(e.expected().contains(expected), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
    }

    @Test
    void mutatedFramesOnlyEverFailWithCodecException() {
        byte[][] seeds = {bytes(REALTIME_AIR), bytes(REALTIME_WATER), bytes(HISTORY_REQUEST)};
        Random random = new Random(212);
        int decoded = 0;
        for (int i = 0; i < 5000; i++) {
            byte[] seed = seeds[i % seeds.length];
            byte[] m = seed.clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                m[random.nextInt(m.length)] = (byte) random.nextInt(256);
            }
            int length = random.nextInt(4) == 0 ? random.nextInt(m.length + 1) : m.length;
            try {
                codec.decode(m, 0, length, DecodeContext.defaults(), r -> {});
                decoded++;
            } catch (CodecException expected) {
                // the only acceptable failure
            }
            // Re-checksummed mutations reach the data-segment parser, past the CRC.
            byte[] body = java.util.Arrays.copyOfRange(m, 6, Math.max(6, Math.min(m.length - 6, seed.length - 6)));
            String reframed =
                    Hj212Packet.frame(new String(body, StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e]", "?"));
            try {
                codec.decode(bytes(reframed));
                decoded++;
            } catch (CodecException expected) {
                // fine
            }
        }
        assertTrue(decoded > 0, "some mutations still decode");
    }

    @Test
    void catalogueMapsTheDecodedCodes() {
        ParameterCatalogue catalogue = ParameterCatalogue.standard();
        List<Observation> canonical = new ArrayList<>();
        for (Observation o : codec.decode(bytes(REALTIME_AIR))) {
            catalogue.canonical(o).ifPresent(canonical::add);
        }
        Observation co = canonical.get(0);
        assertEquals("co", co.name());
        assertEquals("ug/m3", co.unit());
        Observation no2 = canonical.get(1);
        assertEquals("no2", no2.name());
        Observation no = canonical.stream()
                .filter(o -> o.name().equals("no"))
                .findFirst()
                .orElseThrow();
        assertEquals(101.94, no.number(), 1e-9);
    }

    @Test
    void looksLike() {
        byte[] frame = bytes(REALTIME_AIR);
        assertTrue(codec.looksLike(frame, 0, frame.length));
        assertFalse(codec.looksLike(bytes("[{\"n\":\"x\"}]"), 0, 9));
        assertFalse(codec.looksLike(new byte[3], 0, 3));
    }
}
