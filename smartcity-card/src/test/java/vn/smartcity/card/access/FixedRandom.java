package vn.smartcity.card.access;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import org.bouncycastle.util.encoders.Hex;

/** A random source that hands out the terminal's values of a worked example, in order. */
final class FixedRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private final Deque<byte[]> values = new ArrayDeque<>();

    FixedRandom(String... hexValues) {
        for (String value : hexValues) {
            values.add(Hex.decode(value));
        }
    }

    @Override
    public void nextBytes(byte[] bytes) {
        byte[] next = values.poll();
        if (next == null || next.length != bytes.length) {
            throw new AssertionError("the test gave no value of " + bytes.length + " bytes for this draw");
        }
        System.arraycopy(next, 0, bytes, 0, bytes.length);
    }
}
