package vn.smartcity.egov.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.http.HttpTracer;
import vn.smartcity.egov.http.Idempotency;
import vn.smartcity.egov.http.RetryPolicy;

/**
 * Retries idempotent calls after I/O failures and {@code 503}/{@code 429} answers, as {@link
 * RetryPolicy} describes. Non-idempotent calls pass through untouched: one attempt, whatever
 * happens.
 */
public final class Retries implements Interceptor {

    private static final long MAX_RETRY_AFTER_SECONDS = 86_400;

    private final RetryPolicy policy;
    private final HttpTracer tracer;

    /**
     * Creates the interceptor.
     *
     * @param policy the retry policy
     * @param tracer where to note each retry
     */
    public Retries(RetryPolicy policy, HttpTracer tracer) {
        this.policy = policy;
        this.tracer = tracer;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        int maxAttempts = Idempotency.isIdempotent(request) ? policy.maxAttempts() : 1;
        for (int attempt = 1; ; attempt++) {
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (attempt >= maxAttempts || chain.call().isCanceled() || !isRetryable(e)) {
                    throw e;
                }
                Duration wait =
                        policy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
                note(request, attempt, e.getClass().getSimpleName(), wait);
                sleep(wait);
                continue;
            }
            int code = response.code();
            if ((code != 503 && code != 429) || attempt >= maxAttempts) {
                return response;
            }
            Duration wait = policy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
            Duration retryAfter = retryAfter(response);
            if (retryAfter != null) {
                if (retryAfter.compareTo(policy.maxBackoff()) > 0) {
                    return response;
                }
                wait = retryAfter;
            }
            response.close();
            note(request, attempt, "HTTP " + code, wait);
            sleep(wait);
        }
    }

    private void note(Request request, int attempt, String reason, Duration wait) {
        if (tracer.isEnabled()) {
            tracer.trace("--- retry " + attempt + " of " + request.method() + " " + TracingInterceptor.safeUrl(request)
                    + " after " + reason + " in " + wait.toMillis() + " ms (id "
                    + request.header(RequestIds.HEADER) + ")");
        }
    }

    /**
     * Whether an I/O failure may be transient: not a certificate failure, not an interruption.
     */
    private static boolean isRetryable(IOException e) {
        if (e instanceof SSLPeerUnverifiedException) {
            return false;
        }
        if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CertificateException) {
                return false;
            }
        }
        return true;
    }

    /**
     * The wait a {@code Retry-After} header asks for (RFC 9110 §10.2.3): delay seconds or an HTTP
     * date.
     */
    static @Nullable Duration retryAfter(Response response) {
        String value = response.header("Retry-After");
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (!v.isEmpty() && v.length() <= 10 && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Duration.ofSeconds(Math.min(Long.parseLong(v), MAX_RETRY_AFTER_SECONDS));
        }
        java.util.Date date = response.headers().getDate("Retry-After");
        if (date == null) {
            return null;
        }
        long millis = date.getTime() - System.currentTimeMillis();
        return Duration.ofMillis(Math.max(0, millis));
    }

    private static void sleep(Duration wait) throws InterruptedIOException {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
            io.initCause(e);
            throw io;
        }
    }
}
