package vn.smartcity.egov;

import org.jspecify.annotations.Nullable;

/**
 * The service refused the caller's credentials or token: an OAuth 2 {@code invalid_client} or
 * {@code invalid_grant} (RFC 6749 §5.2), an HTTP 401 or 403 that a fresh token did not cure, a
 * DVCQG login that failed.
 *
 * <p>Retrying with the same credentials will not help; fix the configuration.
 */
public final class AuthenticationException extends ServiceException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param service the service's name, such as {@code lgsp}
     * @param httpStatus the HTTP status of the answer
     * @param errorCode the service's error code, such as {@code invalid_client}, or {@code null}
     * @param errorMessage the service's error text, or {@code null}
     * @param requestId the {@code X-Request-Id} of the call, or {@code null}
     */
    public AuthenticationException(
            String service,
            int httpStatus,
            @Nullable String errorCode,
            @Nullable String errorMessage,
            @Nullable String requestId) {
        super(service, httpStatus, errorCode, errorMessage, requestId);
    }
}
