package vn.smartcity.egov;

import org.jspecify.annotations.Nullable;

/**
 * The base of every exception an e-government client throws: catch this to handle any failure of
 * a call to the bus, DVCQG, Open311 or a payment gateway.
 *
 * <p>The subclasses say what went wrong: {@link ServiceException} (the service answered with an
 * error, {@link AuthenticationException} when it refused the credentials), {@link
 * TransportException} (no usable answer arrived: timeout, refused connection, TLS failure) and
 * {@link InvalidResponseException} (an answer arrived but does not follow the protocol).
 *
 * <p>Messages name the service, the request id and what happened; they never carry tokens,
 * passwords, session ids or unmasked personal data, so they are safe to log.
 */
public class EgovException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String service;
    private final @Nullable String requestId;

    /**
     * Creates an exception.
     *
     * @param service the service's name, such as {@code dvcqg} or {@code lgsp}
     * @param message what happened, safe to log
     * @param requestId the {@code X-Request-Id} of the failed call, or {@code null} if none was sent
     * @param cause the underlying failure, or {@code null}
     */
    public EgovException(String service, String message, @Nullable String requestId, @Nullable Throwable cause) {
        super(service + ": " + message + (requestId == null ? "" : " (request id " + requestId + ")"), cause);
        this.service = service;
        this.requestId = requestId;
    }

    /**
     * The service the call went to.
     *
     * @return such as {@code dvcqg}
     */
    public String service() {
        return service;
    }

    /**
     * The id sent in {@code X-Request-Id} with the failed call, to quote to the service's operator.
     *
     * @return the request id, or {@code null} if the call failed before one was assigned
     */
    public @Nullable String requestId() {
        return requestId;
    }
}
