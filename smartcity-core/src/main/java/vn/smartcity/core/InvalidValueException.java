package vn.smartcity.core;

import java.util.Objects;

/**
 * Thrown when text or a number does not form a valid value of an SDK type: an ID number with the
 * wrong length, a tax code whose check digit does not match, a latitude beyond 90°.
 *
 * <p>The message says what was wrong and where, but never repeats personal data such as a full ID
 * number: it is safe to log.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String valueType;
    private final int position;

    /**
     * Creates an exception.
     *
     * @param valueType the name of the type being parsed, such as {@code PersonalIdNumber}
     * @param position the zero-based character position of the problem, or {@code -1} if the
     *     problem is not at one position
     * @param message what was wrong, without the personal data itself
     */
    public InvalidValueException(String valueType, int position, String message) {
        super(Objects.requireNonNull(valueType, "valueType") + ": " + Objects.requireNonNull(message, "message")
                + (position >= 0 ? " (at position " + position + ")" : ""));
        this.valueType = valueType;
        this.position = position;
    }

    /**
     * The type that could not be formed.
     *
     * @return such as {@code PersonalIdNumber}
     */
    public String valueType() {
        return valueType;
    }

    /**
     * Where in the input the problem is.
     *
     * @return the zero-based character position, or {@code -1}
     */
    public int position() {
        return position;
    }
}
