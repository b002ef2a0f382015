package vn.smartcity.egov;

import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.internal.Redactor;

/**
 * The service answered, and its answer is an error: an HTTP error status, a DVCQG reply whose
 * {@code error_code} is not {@code 0}, an Open311 error list, a payment gateway's failure code.
 *
 * <p>{@link #errorCode()} and {@link #errorMessage()} are the service's own words. The error
 * message goes into {@link #getMessage()} shortened to {@value #MAX_MESSAGE_LENGTH} characters and
 * with long digit runs (ID numbers, account numbers) masked, so the exception is safe to log.
 */
public class ServiceException extends EgovException {

    /** The longest service message kept in {@link #getMessage()}. */
    public static final int MAX_MESSAGE_LENGTH = 300;

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final @Nullable String errorCode;
    private final @Nullable String errorMessage;

    /**
     * Creates an exception.
     *
     * @param service the service's name, such as {@code dvcqg}
     * @param httpStatus the HTTP status of the answer (a DVCQG error arrives with {@code 200})
     * @param errorCode the service's error code, such as DVCQG's {@code error_code} or OAuth's
     *     {@code invalid_client}, or {@code null} if the answer had none
     * @param errorMessage the service's error text, or {@code null}
     * @param requestId the {@code X-Request-Id} of the call, or {@code null}
     */
    public ServiceException(
            String service,
            int httpStatus,
            @Nullable String errorCode,
            @Nullable String errorMessage,
            @Nullable String requestId) {
        this(service, httpStatus, errorCode, errorMessage, requestId, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param service the service's name, such as {@code dvcqg}
     * @param httpStatus the HTTP status of the answer
     * @param errorCode the service's error code, or {@code null}
     * @param errorMessage the service's error text, or {@code null}
     * @param requestId the {@code X-Request-Id} of the call, or {@code null}
     * @param cause the underlying failure, or {@code null}
     */
    public ServiceException(
            String service,
            int httpStatus,
            @Nullable String errorCode,
            @Nullable String errorMessage,
            @Nullable String requestId,
            @Nullable Throwable cause) {
        super(service, describe(httpStatus, errorCode, errorMessage), requestId, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
    }

    private static String describe(int httpStatus, @Nullable String errorCode, @Nullable String errorMessage) {
        StringBuilder s = new StringBuilder("service error");
        if (errorCode != null) {
            s.append(' ').append(Redactor.safeText(errorCode, 64));
        }
        if (errorMessage != null && !errorMessage.isBlank()) {
            s.append(": ").append(Redactor.safeText(errorMessage, MAX_MESSAGE_LENGTH));
        }
        return s.append(" (HTTP ").append(httpStatus).append(')').toString();
    }

    /**
     * The HTTP status of the answer.
     *
     * @return such as {@code 400}, or {@code 200} for protocols that report errors in the body
     */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The service's own error code, as it sent it.
     *
     * @return such as {@code "1"}, {@code "invalid_client"} or {@code "403"}, or {@code null}
     */
    public @Nullable String errorCode() {
        return errorCode;
    }

    /**
     * The service's own error text, as it sent it (unmasked: do not log it as is).
     *
     * @return the text, or {@code null}
     */
    public @Nullable String errorMessage() {
        return errorMessage;
    }
}
