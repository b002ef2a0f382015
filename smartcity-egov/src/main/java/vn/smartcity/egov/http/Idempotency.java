package vn.smartcity.egov.http;

import okhttp3.Request;

/**
 * Whether a request may be sent again after a failure without changing the outcome, as an OkHttp
 * request tag. Without a tag, {@code GET}, {@code HEAD}, {@code OPTIONS}, {@code PUT} and {@code
 * DELETE} are idempotent (RFC 9110 §9.2.2) and everything else is not.
 *
 * <pre>{@code
 * // DVCQG's DongBoHoSoMC is keyed by MaHoSo: sending it twice stores one dossier.
 * Request request = Idempotency.IDEMPOTENT.tag(new Request.Builder().url(url).post(body)).build();
 * }</pre>
 */
public enum Idempotency {
    /** The request may be repeated: retried on I/O errors, 429 and 503. */
    IDEMPOTENT,
    /** The request must not be repeated, whatever its method. */
    NOT_IDEMPOTENT;

    /**
     * Marks a request being built.
     *
     * @param builder the request builder
     * @return {@code builder}, tagged
     */
    public Request.Builder tag(Request.Builder builder) {
        return builder.tag(Idempotency.class, this);
    }

    /**
     * Tells whether a request may be repeated: its tag if it has one, otherwise its method.
     *
     * @param request the request
     * @return {@code true} if it may be retried
     */
    public static boolean isIdempotent(Request request) {
        Idempotency tag = request.tag(Idempotency.class);
        if (tag != null) {
            return tag == IDEMPOTENT;
        }
        switch (request.method()) {
            case "GET":
            case "HEAD":
            case "OPTIONS":
            case "PUT":
            case "DELETE":
                return true;
            default:
                return false;
        }
    }
}
