package vn.smartcity.card;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when card data (an MRZ, a QR text, a data group, a security object) is malformed: it
 * says what was being read, where (a character position or byte offset), and what was expected.
 * The message never repeats personal data such as ID numbers or names; it is safe to log.
 */
public final class CardDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String what;
    private final int position;

    /**
     * Creates an exception.
     *
     * @param what what was being read, such as {@code MRZ line 2} or {@code DG13}
     * @param position the character position or byte offset of the problem, or {@code -1}
     * @param message what was wrong or expected, without personal data
     */
    public CardDataException(String what, int position, String message) {
        super(Objects.requireNonNull(what, "what") + (position >= 0 ? " at " + position : "") + ": "
                + Objects.requireNonNull(message, "message"));
        this.what = what;
        this.position = position;
    }

    /**
     * Creates an exception with a cause.
     *
     * @param what what was being read
     * @param position the position, or {@code -1}
     * @param message what was wrong
     * @param cause the underlying problem
     */
    public CardDataException(String what, int position, String message, @Nullable Throwable cause) {
        this(what, position, message);
        if (cause != null) {
            initCause(cause);
        }
    }

    /**
     * What was being read.
     *
     * @return such as {@code DG13}
     */
    public String what() {
        return what;
    }

    /**
     * Where the problem is.
     *
     * @return the character position or byte offset, or {@code -1}
     */
    public int position() {
        return position;
    }
}
