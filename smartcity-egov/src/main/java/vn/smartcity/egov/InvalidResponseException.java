package vn.smartcity.egov;

import org.jspecify.annotations.Nullable;

/**
 * An answer arrived but does not follow the protocol: a body that is not the JSON expected, a
 * required field missing, a body larger than the client accepts, a date in the wrong layout.
 *
 * <p>The message says what was expected and where; it does not quote the body.
 */
public final class InvalidResponseException extends EgovException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    /**
     * Creates an exception.
     *
     * @param service the service's name
     * @param httpStatus the HTTP status of the answer
     * @param message what was wrong, safe to log
     * @param requestId the {@code X-Request-Id} of the call, or {@code null}
     * @param cause the parsing failure, or {@code null}
     */
    public InvalidResponseException(
            String service, int httpStatus, String message, @Nullable String requestId, @Nullable Throwable cause) {
        super(service, message + " (HTTP " + httpStatus + ")", requestId, cause);
        this.httpStatus = httpStatus;
    }

    /**
     * The HTTP status of the answer.
     *
     * @return the status
     */
    public int httpStatus() {
        return httpStatus;
    }
}
