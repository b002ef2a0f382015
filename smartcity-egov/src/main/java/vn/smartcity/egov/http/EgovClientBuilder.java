package vn.smartcity.egov.http;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The settings every e-government client shares, as a builder its own builder extends: base URL,
 * credentials, timeouts, an {@link OkHttpClient} to share, HTTPS enforcement, retries and tracing.
 *
 * <pre>{@code
 * public static final class Builder extends EgovClientBuilder<Builder> {
 *     private String dstCode;
 *     public Builder dstCode(String dstCode) { this.dstCode = dstCode; return this; }
 *     protected Builder self() { return this; }
 *     public DvcqgClient build() { return new DvcqgClient(httpSettings(), dstCode); }
 * }
 * }</pre>
 *
 * <p>Plain {@code http://} URLs are refused when the settings are built unless {@link
 * #allowHttp(boolean) allowHttp(true)} was called (for the sandbox and tests only).
 *
 * @param <B> the concrete builder type
 */
public abstract class EgovClientBuilder<B extends EgovClientBuilder<B>> {

    private @Nullable HttpUrl baseUrl;
    private @Nullable Credentials credentials;
    private Duration connectTimeout = HttpSettings.DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = HttpSettings.DEFAULT_READ_TIMEOUT;
    private Duration writeTimeout = HttpSettings.DEFAULT_WRITE_TIMEOUT;
    private Duration callTimeout = HttpSettings.DEFAULT_CALL_TIMEOUT;
    private @Nullable OkHttpClient httpClient;
    private boolean allowHttp;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private TraceLevel traceLevel = TraceLevel.HEADERS;
    private HttpTracer tracer = HttpTracer.slf4j();
    private String userAgent = HttpSettings.DEFAULT_USER_AGENT;
    private long maxResponseBytes = HttpSettings.DEFAULT_MAX_RESPONSE_BYTES;
    private final List<Interceptor> interceptors = new ArrayList<>();

    /** Creates a builder with the defaults of {@link HttpSettings}. */
    protected EgovClientBuilder() {}

    /**
     * This builder, typed as the concrete builder.
     *
     * @return {@code this}
     */
    protected abstract B self();

    /**
     * Copies every setting from existing settings, to configure several clients alike.
     *
     * @param settings the settings to copy
     * @return this builder
     */
    public B settings(HttpSettings settings) {
        this.baseUrl = settings.baseUrl();
        this.credentials = settings.credentials();
        this.connectTimeout = settings.connectTimeout();
        this.readTimeout = settings.readTimeout();
        this.writeTimeout = settings.writeTimeout();
        this.callTimeout = settings.callTimeout();
        this.httpClient = settings.httpClient();
        this.allowHttp = settings.allowHttp();
        this.retryPolicy = settings.retryPolicy();
        this.traceLevel = settings.traceLevel();
        this.tracer = settings.tracer();
        this.userAgent = settings.userAgent();
        this.maxResponseBytes = settings.maxResponseBytes();
        this.interceptors.clear();
        this.interceptors.addAll(settings.interceptors());
        return self();
    }

    /**
     * The service's base URL.
     *
     * @param baseUrl such as {@code https://lgsp.thuathienhue.gov.vn/api}
     * @return this builder
     * @throws IllegalArgumentException if it is not an {@code http} or {@code https} URL
     */
    public B baseUrl(String baseUrl) {
        HttpUrl url = HttpUrl.parse(Objects.requireNonNull(baseUrl, "baseUrl"));
        if (url == null) {
            throw new IllegalArgumentException("base URL is not an http:// or https:// URL: " + baseUrl);
        }
        this.baseUrl = url;
        return self();
    }

    /**
     * The service's base URL.
     *
     * @param baseUrl such as {@code sandbox.endpoint("/dvcqg")}
     * @return this builder
     * @throws IllegalArgumentException if it is not an {@code http} or {@code https} URL
     */
    public B baseUrl(URI baseUrl) {
        return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
    }

    /**
     * The service's base URL.
     *
     * @param baseUrl the URL
     * @return this builder
     */
    public B baseUrl(HttpUrl baseUrl) {
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        return self();
    }

    /**
     * The credentials the client authenticates with.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public B credentials(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return self();
    }

    /**
     * The credentials the client authenticates with.
     *
     * @param id the client id, user name or access key
     * @param secret the client secret, password or secret key
     * @return this builder
     */
    public B credentials(String id, String secret) {
        return credentials(new Credentials(id, secret));
    }

    /**
     * The time allowed to open a connection.
     *
     * @param timeout the timeout, {@code 0} for none; 10 s by default
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = checkTimeout(timeout, "connectTimeout");
        return self();
    }

    /**
     * The longest silence allowed while reading an answer.
     *
     * @param timeout the timeout, {@code 0} for none; 30 s by default
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = checkTimeout(timeout, "readTimeout");
        return self();
    }

    /**
     * The longest stall allowed while writing a request.
     *
     * @param timeout the timeout, {@code 0} for none; 30 s by default
     * @return this builder
     */
    public B writeTimeout(Duration timeout) {
        this.writeTimeout = checkTimeout(timeout, "writeTimeout");
        return self();
    }

    /**
     * The time allowed for a whole call, retries and their waits included.
     *
     * @param timeout the timeout, {@code 0} for none; 60 s by default
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        this.callTimeout = checkTimeout(timeout, "callTimeout");
        return self();
    }

    /**
     * An OkHttp client whose connection pool, dispatcher, proxy and TLS settings the client
     * shares; the client derives its own with {@link OkHttpClient#newBuilder()}.
     *
     * @param httpClient the client to share
     * @return this builder
     */
    public B httpClient(OkHttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        return self();
    }

    /**
     * Allows plain {@code http://} base URLs. Only for the sandbox and tests: credentials, tokens
     * and personal data would cross the network in clear text.
     *
     * @param allowHttp {@code true} to allow plain HTTP; {@code false} by default
     * @return this builder
     */
    public B allowHttp(boolean allowHttp) {
        this.allowHttp = allowHttp;
        return self();
    }

    /**
     * How idempotent calls are retried.
     *
     * @param retryPolicy the policy; {@link RetryPolicy#DEFAULT} by default
     * @return this builder
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /**
     * How much of each exchange is traced.
     *
     * @param traceLevel the level; {@link TraceLevel#HEADERS} by default
     * @return this builder
     */
    public B traceLevel(TraceLevel traceLevel) {
        this.traceLevel = Objects.requireNonNull(traceLevel, "traceLevel");
        return self();
    }

    /**
     * Where trace lines go.
     *
     * @param tracer the tracer; {@link HttpTracer#slf4j()} by default
     * @return this builder
     */
    public B tracer(HttpTracer tracer) {
        this.tracer = Objects.requireNonNull(tracer, "tracer");
        return self();
    }

    /**
     * The {@code User-Agent} header.
     *
     * @param userAgent such as {@code hue-one-stop/2.1}; {@value HttpSettings#DEFAULT_USER_AGENT} by
     *     default
     * @return this builder
     */
    public B userAgent(String userAgent) {
        if (Objects.requireNonNull(userAgent, "userAgent").isBlank()) {
            throw new IllegalArgumentException("userAgent is blank");
        }
        this.userAgent = userAgent;
        return self();
    }

    /**
     * The largest response body the client reads; a larger one fails the call.
     *
     * @param maxResponseBytes the limit in bytes, at least 1; 16 MiB by default
     * @return this builder
     */
    public B maxResponseBytes(long maxResponseBytes) {
        if (maxResponseBytes < 1 || maxResponseBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxResponseBytes must be 1 to 2^31-9, got " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        return self();
    }

    /**
     * Adds an interceptor that runs on every attempt of every call, after the client's own: the
     * way to route a client through the government bus ({@code
     * .interceptor(busClient.interceptor())}) or to add a header a deployment needs.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public B interceptor(Interceptor interceptor) {
        this.interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return self();
    }

    /**
     * Builds the settings, checking them.
     *
     * @return the settings
     * @throws IllegalStateException if no base URL was given, or it uses plain HTTP without {@link
     *     #allowHttp(boolean) allowHttp(true)}
     */
    protected final HttpSettings httpSettings() {
        HttpUrl url = baseUrl;
        if (url == null) {
            throw new IllegalStateException("no base URL: call baseUrl(...) before build()");
        }
        if (!url.isHttps() && !allowHttp) {
            throw new IllegalStateException("refusing plain HTTP base URL " + url.scheme() + "://" + url.host() + ":"
                    + url.port() + url.encodedPath()
                    + ": use https://, or call allowHttp(true) for a sandbox or test server");
        }
        return new HttpSettings(
                url,
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
                List.copyOf(interceptors));
    }

    private static Duration checkTimeout(Duration timeout, String name) {
        Objects.requireNonNull(timeout, name);
        if (timeout.isNegative()) {
            throw new IllegalArgumentException(name + " is negative: " + timeout);
        }
        return timeout;
    }
}
