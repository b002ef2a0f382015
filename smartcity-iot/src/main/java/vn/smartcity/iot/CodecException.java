package vn.smartcity.iot;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when bytes are not valid in a codec's format, or records cannot be encoded in it. It
 * says which codec, at which byte offset, what was expected and (briefly) what was found.
 */
public final class CodecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String codec;
    private final int offset;
    private final String expected;
    private final @Nullable String found;

    /**
     * Creates an exception.
     *
     * @param codec the codec's id
     * @param offset the byte offset of the problem from the start of the input, or {@code -1}
     *     when it is not at one place (encoding)
     * @param expected what the codec expected there, as a phrase ("4 decimal digits of length")
     * @param found a short rendering of what was there instead, or {@code null}
     */
    public CodecException(String codec, int offset, String expected, @Nullable String found) {
        super(message(codec, offset, expected, found));
        this.codec = Objects.requireNonNull(codec, "codec");
        this.offset = offset;
        this.expected = Objects.requireNonNull(expected, "expected");
        this.found = found;
    }

    /**
     * Creates an exception with a cause.
     *
     * @param codec the codec's id
     * @param offset the byte offset, or {@code -1}
     * @param expected what was expected
     * @param found what was found, or {@code null}
     * @param cause the underlying problem
     */
    public CodecException(String codec, int offset, String expected, @Nullable String found, Throwable cause) {
        this(codec, offset, expected, found);
        initCause(cause);
    }

    private static String message(String codec, int offset, String expected, @Nullable String found) {
        return codec + (offset >= 0 ? ": at byte " + offset : "") + ": expected " + expected
                + (found == null ? "" : ", found " + found);
    }

    /**
     * The codec's id.
     *
     * @return such as {@code hj212}
     */
    public String codec() {
        return codec;
    }

    /**
     * Where in the input the problem is.
     *
     * @return the byte offset, or {@code -1}
     */
    public int offset() {
        return offset;
    }

    /**
     * What was expected.
     *
     * @return a phrase
     */
    public String expected() {
        return expected;
    }

    /**
     * What was found instead.
     *
     * @return a short rendering, or {@code null}
     */
    public @Nullable String found() {
        return found;
    }

    /**
     * Renders up to 16 bytes from {@code offset} for a message: printable ASCII as is, the rest as
     * {@code \xHH}; past the end of input as {@code end of input}.
     *
     * @param data the input
     * @param offset where to start
     * @param limit the end of the input
     * @return a short quoted rendering
     */
    public static String describe(byte[] data, int offset, int limit) {
        if (offset >= limit) {
            return "end of input";
        }
        StringBuilder out = new StringBuilder("'");
        int end = Math.min(limit, offset + 16);
        for (int i = offset; i < end; i++) {
            int b = data[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F && b != '\'') {
                out.append((char) b);
            } else {
                out.append(String.format("\\x%02X", b));
            }
        }
        if (end < limit) {
            out.append("...");
        }
        return out.append('\'').toString();
    }
}
