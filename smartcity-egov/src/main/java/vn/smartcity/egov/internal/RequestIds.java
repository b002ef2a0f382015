package vn.smartcity.egov.internal;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Gives every request a unique {@code X-Request-Id} (a random UUID) unless the caller set one, and
 * the client's {@code User-Agent}. Runs first, so every retry of a call carries the same id.
 */
public final class RequestIds implements Interceptor {

    /** The header carrying the request id. */
    public static final String HEADER = "X-Request-Id";

    private final String userAgent;

    /**
     * Creates the interceptor.
     *
     * @param userAgent the {@code User-Agent} value
     */
    public RequestIds(String userAgent) {
        this.userAgent = userAgent;
    }

    /**
     * A new request id.
     *
     * @return a random UUID in its canonical text form
     */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Request.Builder builder = request.newBuilder();
        if (request.header(HEADER) == null) {
            builder.header(HEADER, newId());
        }
        if (request.header("User-Agent") == null) {
            builder.header("User-Agent", userAgent);
        }
        return chain.proceed(builder.build());
    }
}
