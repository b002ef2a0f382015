package vn.smartcity.iot.hj212;

import java.util.Arrays;
import vn.smartcity.iot.Ascii;

/**
 * Cuts HJ 212 frames out of a TCP byte stream that arrives in arbitrary pieces, Netty-style: bytes
 * that do not yet make a whole frame stay buffered until more arrive. A frame's extent is read from
 * its length field; bytes before a {@code ##} (line noise, a half frame from a reconnect) are
 * skipped and counted. The buffer never grows beyond one largest possible frame.
 *
 * <pre>{@code
 * Hj212FrameSplitter splitter = new Hj212FrameSplitter();
 * while ((n = in.read(chunk)) > 0) {
 *     splitter.feed(chunk, 0, n, (buf, off, len) -> codec.decode(buf, off, len, ctx, sink));
 * }
 * }</pre>
 *
 * <p>The frames handed out are not checked beyond their length: decode them to check the CRC. Not
 * thread-safe: one per connection.
 */
public final class Hj212FrameSplitter {

    /** Receives each complete frame; the bytes are valid only during the call. */
    @FunctionalInterface
    public interface FrameHandler {
        /**
         * Takes one frame.
         *
         * @param buffer the buffer holding it
         * @param offset where it starts ({@code ##})
         * @param length its length, CRC included, CRLF not
         */
        void frame(byte[] buffer, int offset, int length);
    }

    /** {@code ##} + 4 digits + 9999 bytes + 4 hex digits. */
    public static final int MAX_FRAME = 6 + Hj212Codec.MAX_DATA_LENGTH + 4;

    private byte[] buffer = new byte[512];
    private int size;
    private long skipped;
    private long frames;

    /** Creates an empty splitter. */
    public Hj212FrameSplitter() {}

    /**
     * Adds bytes from the stream and hands out every frame they complete.
     *
     * @param chunk the bytes read
     * @param offset where they start
     * @param length how many
     * @param handler receives the frames
     */
    public void feed(byte[] chunk, int offset, int length, FrameHandler handler) {
        int pos = offset;
        int end = offset + length;
        while (pos < end) {
            int room = Math.min(end - pos, MAX_FRAME + 2 - size);
            if (room > 0) {
                ensure(size + room);
                System.arraycopy(chunk, pos, buffer, size, room);
                size += room;
                pos += room;
            }
            drain(handler);
        }
        drain(handler);
    }

    private void ensure(int capacity) {
        if (buffer.length < capacity) {
            buffer = Arrays.copyOf(buffer, Math.min(Math.max(capacity, buffer.length * 2), MAX_FRAME + 2));
        }
    }

    private void drain(FrameHandler handler) {
        int start = 0;
        while (true) {
            while (start < size && buffer[start] != '#') {
                if (buffer[start] != '\r' && buffer[start] != '\n') {
                    skipped++;
                }
                start++;
            }
            if (size - start < 6) {
                break;
            }
            if (buffer[start + 1] != '#') {
                skipped++;
                start++;
                continue;
            }
            long length = Ascii.parseDigits(buffer, start + 2, 4);
            if (length < 0) {
                skipped += 2;
                start += 2;
                continue;
            }
            int frame = 6 + (int) length + 4;
            if (size - start < frame) {
                break;
            }
            frames++;
            handler.frame(buffer, start, frame);
            start += frame;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, size - start);
            size -= start;
        }
    }

    /**
     * How many bytes were thrown away because they were not part of a frame.
     *
     * @return the count since creation
     */
    public long skippedBytes() {
        return skipped;
    }

    /**
     * How many frames were handed out.
     *
     * @return the count since creation
     */
    public long frames() {
        return frames;
    }

    /**
     * How many bytes wait for the rest of their frame.
     *
     * @return the buffered byte count
     */
    public int pending() {
        return size;
    }
}
