package vn.smartcity.egov;

import org.jspecify.annotations.Nullable;

/**
 * No usable answer arrived: the call timed out, the connection was refused or dropped, the TLS
 * handshake failed, or the thread was interrupted. The service may or may not have acted on the
 * request; idempotent calls were already retried as the client's retry policy allows.
 */
public final class TransportException extends EgovException {

    private static final long serialVersionUID = 1L;

    /** What kind of transport failure this is. */
    public enum Kind {
        /** A connect, read, write or whole-call timeout. */
        TIMEOUT,
        /** The host could not be resolved or reached, or refused or dropped the connection. */
        CONNECTION,
        /** The TLS handshake failed: untrusted or mismatched certificate, no common protocol. */
        TLS,
        /** The calling thread was interrupted or the call cancelled. */
        INTERRUPTED,
        /** Another I/O failure, such as a malformed HTTP response. */
        IO
    }

    private final Kind kind;

    /**
     * Creates an exception.
     *
     * @param service the service's name
     * @param kind the kind of failure
     * @param message what happened, safe to log
     * @param requestId the {@code X-Request-Id} of the call, or {@code null}
     * @param cause the I/O exception, or {@code null}
     */
    public TransportException(
            String service, Kind kind, String message, @Nullable String requestId, @Nullable Throwable cause) {
        super(service, message, requestId, cause);
        this.kind = kind;
    }

    /**
     * The kind of failure.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }
}
