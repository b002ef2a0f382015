package vn.smartcity.iot.hj212;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Hj212FrameSplitterTest {

    private static final String STREAM = "noise" + Hj212CodecTest.REALTIME_AIR + "\r\n" + Hj212CodecTest.REALTIME_WATER
            + "#x" + Hj212CodecTest.HISTORY_REQUEST + "\r\n";

    private static List<String> split(byte[] stream, Random random) {
        Hj212FrameSplitter splitter = new Hj212FrameSplitter();
        List<String> frames = new ArrayList<>();
        int pos = 0;
        while (pos < stream.length) {
            int n = random == null ? stream.length : 1 + random.nextInt(40);
            n = Math.min(n, stream.length - pos);
            splitter.feed(stream, pos, n, (b, o, l) -> frames.add(new String(b, o, l, StandardCharsets.US_ASCII)));
            pos += n;
        }
        assertEquals(0, splitter.pending(), "nothing left over");
        assertEquals(7, splitter.skippedBytes(), "'noise' and '#x'");
        return frames;
    }

    @Test
    void cutsFramesWhateverTheChunking() {
        byte[] stream = STREAM.getBytes(StandardCharsets.US_ASCII);
        List<String> expected = List.of(
                Hj212CodecTest.REALTIME_AIR, Hj212CodecTest.REALTIME_WATER.strip(), Hj212CodecTest.HISTORY_REQUEST);
        assertEquals(expected, split(stream, null));
        for (int seed = 0; seed < 200; seed++) {
            assertEquals(expected, split(stream, new Random(seed)), "seed " + seed);
        }
    }

    @Test
    void splitFramesDecode() {
        byte[] stream = STREAM.getBytes(StandardCharsets.US_ASCII);
        Hj212Codec codec = new Hj212Codec();
        int[] records = {0};
        new Hj212FrameSplitter()
                .feed(
                        stream,
                        0,
                        stream.length,
                        (b, o, l) -> records[0] +=
                                codec.decode(b, o, l, vn.smartcity.iot.DecodeContext.defaults(), r -> {}));
        assertEquals(12, records[0]);
    }

    @Test
    void aHugeDeclaredLengthWaitsButNeverGrowsPastOneFrame() {
        Hj212FrameSplitter splitter = new Hj212FrameSplitter();
        byte[] junk = new byte[50_000];
        java.util.Arrays.fill(junk, (byte) 'A');
        byte[] header = "##9999".getBytes(StandardCharsets.US_ASCII);
        splitter.feed(header, 0, header.length, (b, o, l) -> {});
        splitter.feed(junk, 0, junk.length, (b, o, l) -> {});
        assertEquals(1, splitter.frames(), "the 9999-byte frame is cut out (its CRC is then the decoder's job)");
        assertEquals(true, splitter.pending() <= Hj212FrameSplitter.MAX_FRAME + 2);
    }
}
