package vn.smartcity.egov.internal;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Stops OkHttp from repeating a request on its own. OkHttp sends a request again, whatever its
 * method, when the answer is {@code 503} with {@code Retry-After: 0}; this network interceptor
 * rewrites that header to the equivalent HTTP date ("now"), which OkHttp does not act on, so the
 * decision is left to {@link Retries}, which retries idempotent calls only.
 */
public final class NoSilentRetry implements Interceptor {

    /** IMF-fixdate, RFC 9110 §5.6.7. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    /** Creates the interceptor. */
    public NoSilentRetry() {}

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.code() != 503) {
            return response;
        }
        String retryAfter = response.header("Retry-After");
        if (retryAfter == null || !retryAfter.strip().matches("0+")) {
            return response;
        }
        return response.newBuilder()
                .header("Retry-After", HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)))
                .build();
    }
}
