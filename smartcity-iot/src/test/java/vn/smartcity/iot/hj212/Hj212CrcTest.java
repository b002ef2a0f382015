package vn.smartcity.iot.hj212;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Hj212CrcTest {

    /** The algorithm exactly as HJ 212-2017 section 6.3.2 (and the project's issue 3) states it. */
    private static int reference(byte[] data) {
        int crc = 0xFFFF;
        for (byte b : data) {
            crc = (crc >> 8) ^ (b & 0xFF);
            for (int i = 0; i < 8; i++) {
                int lsb = crc & 1;
                crc >>= 1;
                if (lsb != 0) {
                    crc ^= 0xA001;
                }
            }
        }
        return crc;
    }

    @Test
    void publishedVectors() {
        String[] frames = {
            Hj212CodecTest.REALTIME_AIR, Hj212CodecTest.REALTIME_WATER.strip(), Hj212CodecTest.HISTORY_REQUEST
        };
        int[] crcs = {0xcc01, 0x1540, 0xD581};
        for (int i = 0; i < frames.length; i++) {
            byte[] f = frames[i].getBytes(StandardCharsets.US_ASCII);
            assertEquals(crcs[i], Hj212Crc.compute(f, 6, f.length - 10));
        }
    }

    @Test
    void tableMatchesTheBitwiseDefinition() {
        Random random = new Random(6);
        for (int n = 0; n < 2000; n++) {
            byte[] data = new byte[random.nextInt(300)];
            random.nextBytes(data);
            assertEquals(reference(data), Hj212Crc.compute(data, 0, data.length));
        }
    }
}
