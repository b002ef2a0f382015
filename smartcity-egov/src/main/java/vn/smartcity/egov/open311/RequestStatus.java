package vn.smartcity.egov.open311;

import java.util.Locale;
import java.util.Objects;

/**
 * The status of a service request. GeoReport v2 defines {@code open} ("it has been reported") and
 * {@code closed} ("it has been resolved"); real servers also send their own, such as {@code
 * acknowledged} or {@code investigating}. The text is kept as the server sent it and {@link
 * #kind()} says whether it is one of the two the specification knows.
 *
 * @param value the status as sent, stripped of surrounding spaces, never blank
 */
public record RequestStatus(String value) {

    /** {@code open}: the request has been reported. */
    public static final RequestStatus OPEN = new RequestStatus("open");

    /** {@code closed}: the request has been resolved. */
    public static final RequestStatus CLOSED = new RequestStatus("closed");

    /** What a status means in GeoReport v2 terms. */
    public enum Kind {
        /** {@code open}, in any case. */
        OPEN,
        /** {@code closed}, in any case. */
        CLOSED,
        /** Any other status: the server's own; see {@link RequestStatus#value()}. */
        OTHER
    }

    /**
     * Checks and strips the value.
     *
     * @param value the {@code value} component
     * @throws IllegalArgumentException if the value is blank
     */
    public RequestStatus {
        value = Objects.requireNonNull(value, "value").strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a request status cannot be blank");
        }
    }

    /**
     * A status from text.
     *
     * @param value the status, such as {@code open} or {@code investigating}
     * @return the status
     */
    public static RequestStatus of(String value) {
        return new RequestStatus(value);
    }

    /**
     * Whether the status is {@code open}, {@code closed}, or another the server defined.
     *
     * @return the kind
     */
    public Kind kind() {
        String key = value.toLowerCase(Locale.ROOT);
        if (key.equals("open")) {
            return Kind.OPEN;
        }
        if (key.equals("closed")) {
            return Kind.CLOSED;
        }
        return Kind.OTHER;
    }

    /**
     * Whether the request has been resolved.
     *
     * @return {@code true} for {@code closed}
     */
    public boolean isClosed() {
        return kind() == Kind.CLOSED;
    }

    /**
     * The status as sent.
     *
     * @return such as {@code open}
     */
    @Override
    public String toString() {
        return value;
    }
}
