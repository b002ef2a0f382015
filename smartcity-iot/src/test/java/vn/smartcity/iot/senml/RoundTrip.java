package vn.smartcity.iot.senml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;

/** Records for round trips, the encoder's rejections and the mutation test, shared by both codecs. */
final class RoundTrip {

    private RoundTrip() {}

    /**
     * Records of every kind SenML holds, in time order, with microsecond times.
     *
     * @param codec the codec's id, as decoding stamps it
     * @return the records
     */
    static List<Observation> records(String codec) {
        String device = "urn:dev:ow:10e2073a01080063";
        Instant t0 = Instant.parse("2024-05-01T10:00:00Z");
        List<Observation> out = new ArrayList<>();
        out.add(of(codec, device, device + ":temp", "Cel", Value.of(23.1), null, t0));
        out.add(of(codec, device, device + ":label", null, Value.of("Phòng máy \"A\"\n\t\\ 🌿"), null, t0));
        out.add(of(codec, device, device + ":open", null, Value.of(false), null, t0));
        out.add(of(codec, device, device + ":nfv-reader", null, Value.of(allBytes()), null, t0));
        out.add(of(codec, device, device, "%RH", Value.of(55), null, t0.plusMillis(1)));
        out.add(of(codec, device, device + ":energy", "J", null, 1234.5, t0.plusNanos(1_001_000)));
        out.add(of(codec, device, device + ":power", "W", Value.of(-0.25), 7.0, t0.plusNanos(999_999_000)));
        out.add(of(codec, "", "2001:db8::3", "/", Value.of(true), null, t0.plusSeconds(1)));
        out.add(of(codec, "2001:db8::2", "2001:db8::2/humidity", "%RH", Value.of(30), null, t0.plusSeconds(1)));
        out.add(of(codec, "2001:db8::2", "2001:db8::2/", null, Value.of(1e300), null, t0.plusSeconds(2)));
        out.add(of(codec, "", "a", "", Value.of(Double.MIN_VALUE), null, t0.plusSeconds(3)));
        out.add(of(codec, "", "b", null, Value.of(-0.0), -0.0, t0.plusSeconds(4)));
        out.add(of(codec, "st", "st:x", null, Value.of(""), null, t0.plusSeconds(5)));
        out.add(of(codec, "st", "st:y", null, Value.of(new byte[0]), null, t0.plusSeconds(5)));
        out.add(of(codec, "st", "st:z", null, Value.of(1.5), null, Instant.parse("2105-12-31T23:59:59.999999Z")));
        out.add(of(codec, "st", "st:z", null, Value.of(0.1), null, Instant.parse("2200-01-01T00:00:00Z")));
        return out;
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    static Observation of(
            String codec, String source, String name, String unit, Value value, Double sum, Instant time) {
        return new Observation(source, codec, name, unit, value, sum, time, Statistic.SAMPLE, Status.NORMAL, null);
    }

    /**
     * Checks that records SenML cannot hold are refused with the record named.
     *
     * @param codec the codec
     */
    static void checkEncodeRejections(SensorCodec codec) {
        Instant t = Instant.parse("2024-05-01T10:00:00Z");
        Observation good = Observation.of("", "a", null, 1, t);
        expect(codec, List.of(), "at least one record");
        expect(
                codec,
                List.of(
                        good,
                        new Observation(
                                "", "", "b", null, Value.of(1), null, t, Statistic.SAMPLE, Status.CALIBRATING, "C")),
                "record 1: status NORMAL");
        expect(
                codec,
                List.of(new Observation(
                        "", "", "b", null, Value.of(1), null, t, Statistic.AVERAGE, Status.NORMAL, null)),
                "record 0: statistic SAMPLE");
        expect(
                codec,
                List.of(good, good, Observation.of("", "a", null, 1, Instant.EPOCH)),
                "record 2: a time from 1978");
        expect(codec, List.of(Observation.of("", "PM2,5", null, 1, t)), "record 0: a name of A-Z");
        expect(codec, List.of(Observation.of("", "-x", null, 1, t)), "record 0: a name starting with a letter");
        expect(codec, List.of(Observation.of("", "", null, 1, t)), "record 0: a name starting with a letter");
        expect(codec, List.of(Observation.of("", "a", "\ud800", 1, t)), "record 0: unit: text without lone surrogates");
    }

    private static void expect(SensorCodec codec, List<Observation> records, String message) {
        CodecException e = assertThrows(CodecException.class, () -> codec.encode(records));
        assertEquals(-1, e.offset());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    /**
     * Decodes thousands of mutated and truncated copies of valid inputs: only {@link
     * CodecException} may come out, with an offset inside the input.
     *
     * @param codec the codec
     * @param seeds valid inputs
     * @param seed the random seed
     * @param rounds how many copies
     */
    static void mutate(SensorCodec codec, List<byte[]> seeds, long seed, int rounds) {
        Random random = new Random(seed);
        byte[] interesting = {
            0,
            (byte) 0xFF,
            '"',
            '\\',
            '{',
            '}',
            '[',
            ']',
            ',',
            ':',
            '-',
            '0',
            '9',
            'e',
            '_',
            'u',
            (byte) 0x9F,
            (byte) 0xBF,
            (byte) 0xF9,
            (byte) 0xFB,
            (byte) 0xC4,
            (byte) 0x7B,
            (byte) 0x5B,
            (byte) 0x1B,
            (byte) 0x20,
            (byte) 0x38,
            (byte) 0xC3,
            (byte) 0xED
        };
        int accepted = 0;
        for (int round = 0; round < rounds; round++) {
            byte[] input = seeds.get(random.nextInt(seeds.size())).clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && input.length > 0; e++) {
                int at = random.nextInt(input.length);
                switch (random.nextInt(6)) {
                    case 0 -> input[at] ^= (byte) (1 << random.nextInt(8));
                    case 1 -> input[at] = interesting[random.nextInt(interesting.length)];
                    case 2 -> input[at] = (byte) random.nextInt(256);
                    case 3 -> input = Arrays.copyOf(input, at);
                    case 4 -> {
                        byte[] longer = new byte[input.length + 1];
                        System.arraycopy(input, 0, longer, 0, at);
                        longer[at] = interesting[random.nextInt(interesting.length)];
                        System.arraycopy(input, at, longer, at + 1, input.length - at);
                        input = longer;
                    }
                    default -> {
                        byte[] shorter = new byte[input.length - 1];
                        System.arraycopy(input, 0, shorter, 0, at);
                        System.arraycopy(input, at + 1, shorter, at, input.length - at - 1);
                        input = shorter;
                    }
                }
            }
            try {
                List<Observation> out = new ArrayList<>();
                codec.decode(input, 0, input.length, SenmlVectors.CONTEXT, r -> out.add(r.toObservation()));
                accepted++;
            } catch (CodecException e) {
                if (e.offset() < 0 || e.offset() > input.length) {
                    fail(
                            "offset " + e.offset() + " outside the input for "
                                    + HexFormat.of().formatHex(input),
                            e);
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail("not a CodecException for " + HexFormat.of().formatHex(input), e);
            }
        }
        assertTrue(accepted > 0 && accepted < rounds, accepted + " of " + rounds + " accepted");
    }
}
