package vn.smartcity.card.sod;

import java.util.Arrays;
import java.util.Random;

/**
 * Deterministic mutations of DER inputs for fuzz tests: truncation, byte changes, length bytes,
 * insertions, deletions, duplicated ranges and fully random bytes.
 */
public final class Mutator {

    private static final int[] LENGTH_BYTES = {0x00, 0x01, 0x7F, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0xFF};

    private final Random random;

    /** A mutator with a fixed seed. */
    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** One mutation of {@code input}, chosen at random. */
    public byte[] mutate(byte[] input) {
        byte[] bytes = input.clone();
        switch (random.nextInt(7)) {
            case 0:
                return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
            case 1:
                for (int i = 1 + random.nextInt(8); i > 0 && bytes.length > 0; i--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                return bytes;
            case 2:
                if (bytes.length > 0) {
                    bytes[random.nextInt(bytes.length)] = (byte) LENGTH_BYTES[random.nextInt(LENGTH_BYTES.length)];
                }
                return bytes;
            case 3:
                return insert(bytes);
            case 4:
                return delete(bytes);
            case 5:
                return duplicate(bytes);
            default:
                return randomBytes();
        }
    }

    private byte[] insert(byte[] bytes) {
        int at = random.nextInt(bytes.length + 1);
        byte[] extra = new byte[1 + random.nextInt(16)];
        random.nextBytes(extra);
        byte[] result = new byte[bytes.length + extra.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(extra, 0, result, at, extra.length);
        System.arraycopy(bytes, at, result, at + extra.length, bytes.length - at);
        return result;
    }

    private byte[] delete(byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        int count = 1 + random.nextInt(Math.min(64, bytes.length - at));
        byte[] result = new byte[bytes.length - count];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(bytes, at + count, result, at, bytes.length - at - count);
        return result;
    }

    private byte[] duplicate(byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        int count = 1 + random.nextInt(Math.min(128, bytes.length - from));
        int at = random.nextInt(bytes.length + 1);
        byte[] result = new byte[bytes.length + count];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(bytes, from, result, at, count);
        System.arraycopy(bytes, at, result, at + count, bytes.length - at);
        return result;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(400)];
        random.nextBytes(bytes);
        if (bytes.length > 0 && random.nextBoolean()) {
            bytes[0] = (byte) (random.nextBoolean() ? 0x77 : 0x30);
        }
        return bytes;
    }
}
