package vn.smartcity.egov.http;

import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The checked, immutable HTTP settings of one client: built by an {@link EgovClientBuilder},
 * copied into another with {@link EgovClientBuilder#settings(HttpSettings)}.
 *
 * <pre>{@code
 * HttpSettings settings = HttpSettings.builder()
 *         .baseUrl("https://lgsp.example.gov.vn")
 *         .credentials("client-id", "client-secret")
 *         .callTimeout(Duration.ofSeconds(20))
 *         .build();
 * }</pre>
 */
public final class HttpSettings {

    /** The default connect timeout, 10 s. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** The default read timeout, 30 s. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /** The default write timeout, 30 s. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

    /** The default whole-call timeout, retries included, 60 s. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

    /** The default {@code User-Agent}. */
    public static final String DEFAULT_USER_AGENT = "smartcity-sdk/0.1";

    /** The default largest response body read, 16 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

    private final HttpUrl baseUrl;
    private final @Nullable Credentials credentials;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final Duration callTimeout;
    private final @Nullable OkHttpClient httpClient;
    private final boolean allowHttp;
    private final RetryPolicy retryPolicy;
    private final TraceLevel traceLevel;
    private final HttpTracer tracer;
    private final String userAgent;
    private final long maxResponseBytes;
    private final List<Interceptor> interceptors;

    HttpSettings(
            HttpUrl baseUrl,
            @Nullable Credentials credentials,
            Duration connectTimeout,
            Duration readTimeout,
            Duration writeTimeout,
            Duration callTimeout,
            @Nullable OkHttpClient httpClient,
            boolean allowHttp,
            RetryPolicy retryPolicy,
            TraceLevel traceLevel,
            HttpTracer tracer,
            String userAgent,
            long maxResponseBytes,
            List<Interceptor> interceptors) {
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.writeTimeout = writeTimeout;
        this.callTimeout = callTimeout;
        this.httpClient = httpClient;
        this.allowHttp = allowHttp;
        this.retryPolicy = retryPolicy;
        this.traceLevel = traceLevel;
        this.tracer = tracer;
        this.userAgent = userAgent;
        this.maxResponseBytes = maxResponseBytes;
        this.interceptors = interceptors;
    }

    /**
     * Starts settings with the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these settings, to derive others.
     *
     * @return a new builder
     */
    public Builder newBuilder() {
        return new Builder().settings(this);
    }

    /**
     * The service's base URL.
     *
     * @return the URL
     */
    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /**
     * The credentials, if the client needs some.
     *
     * @return the credentials, or {@code null}
     */
    public @Nullable Credentials credentials() {
        return credentials;
    }

    /**
     * The connect timeout.
     *
     * @return the timeout, zero for none
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * The read timeout.
     *
     * @return the timeout, zero for none
     */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * The write timeout.
     *
     * @return the timeout, zero for none
     */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /**
     * The whole-call timeout, retries included.
     *
     * @return the timeout, zero for none
     */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * The OkHttp client to derive from.
     *
     * @return the shared client, or {@code null} for a new one
     */
    public @Nullable OkHttpClient httpClient() {
        return httpClient;
    }

    /**
     * Whether plain HTTP is allowed.
     *
     * @return {@code true} only for sandboxes and tests
     */
    public boolean allowHttp() {
        return allowHttp;
    }

    /**
     * The retry policy for idempotent calls.
     *
     * @return the policy
     */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /**
     * How much is traced.
     *
     * @return the level
     */
    public TraceLevel traceLevel() {
        return traceLevel;
    }

    /**
     * Where trace lines go.
     *
     * @return the tracer
     */
    public HttpTracer tracer() {
        return tracer;
    }

    /**
     * The {@code User-Agent} header.
     *
     * @return the value
     */
    public String userAgent() {
        return userAgent;
    }

    /**
     * The largest response body read.
     *
     * @return the limit in bytes
     */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * The interceptors added with {@link EgovClientBuilder#interceptor(Interceptor)}, run after the
     * client's own on every attempt.
     *
     * @return the interceptors, in the order added
     */
    public List<Interceptor> interceptors() {
        return interceptors;
    }

    /**
     * These settings without the added interceptors, for calls that must not pass through them
     * (a token request made by the very interceptor that needs the token).
     *
     * @return a copy with no interceptors
     */
    public HttpSettings withoutInterceptors() {
        return new HttpSettings(
                baseUrl,
                credentials,
                connectTimeout,
                readTimeout,
                writeTimeout,
                callTimeout,
                httpClient,
                allowHttp,
                retryPolicy,
                traceLevel,
                tracer,
                userAgent,
                maxResponseBytes,
                List.of());
    }

    /**
     * Shows the settings, the secret hidden.
     *
     * @return a summary
     */
    @Override
    public String toString() {
        return "HttpSettings[baseUrl=" + baseUrl + ", credentials=" + credentials + ", callTimeout=" + callTimeout
                + ", allowHttp=" + allowHttp + ", retryPolicy=" + retryPolicy + ", traceLevel=" + traceLevel + "]";
    }

    /** The builder of plain settings, for configuring several clients alike. */
    public static final class Builder extends EgovClientBuilder<Builder> {

        Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws IllegalStateException if no base URL was given, or it uses plain HTTP without
         *     {@link #allowHttp(boolean) allowHttp(true)}
         */
        public HttpSettings build() {
            return httpSettings();
        }
    }
}
