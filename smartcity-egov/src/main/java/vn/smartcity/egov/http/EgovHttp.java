package vn.smartcity.egov.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.Type;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.json.SmartCityJson;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.EgovException;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.TransportException;
import vn.smartcity.egov.dossier.DossierJson;
import vn.smartcity.egov.internal.NoSilentRetry;
import vn.smartcity.egov.internal.Redactor;
import vn.smartcity.egov.internal.RequestIds;
import vn.smartcity.egov.internal.Retries;
import vn.smartcity.egov.internal.TracingInterceptor;

/**
 * The calls of one client to one service: an {@link OkHttpClient} set up from {@link HttpSettings}
 * with the common interceptors, and the mapping of every failure to a typed {@link EgovException}.
 *
 * <p>Interceptors, outermost first: request id and {@code User-Agent}; retries ({@link
 * RetryPolicy}, idempotent calls only); the client's own (authentication, protocol headers), run
 * again on every attempt; then, on the network, tracing with redaction. OkHttp's own silent
 * retries (of failed connections, and of {@code 503} with {@code Retry-After: 0}) are switched
 * off, so a non-idempotent call is sent at most once, and
 * redirects from HTTPS to HTTP are refused unless plain HTTP is allowed.
 *
 * <pre>{@code
 * EgovHttp http = EgovHttp.create("open311", settings);
 * EgovResponse response = http.executeSuccessful(http.request("services.json").get().build());
 * Service[] services = http.readJson(response, Service[].class);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EgovHttp {

    /** The header carrying the unique request id. */
    public static final String REQUEST_ID_HEADER = RequestIds.HEADER;

    /** {@code application/json; charset=utf-8}. */
    public static final MediaType JSON = Objects.requireNonNull(MediaType.parse("application/json; charset=utf-8"));

    private static final Jsonb JSONB = DossierJson.create();

    private final String service;
    private final HttpSettings settings;
    private final OkHttpClient client;

    private EgovHttp(String service, HttpSettings settings, OkHttpClient client) {
        this.service = service;
        this.settings = settings;
        this.client = client;
    }

    /**
     * Sets up the calls to one service.
     *
     * @param service the service's name used in exceptions and traces, such as {@code dvcqg}
     * @param settings the settings
     * @param interceptors the client's own interceptors (authentication, protocol headers), run on
     *     every attempt inside the retry loop, before those of {@link HttpSettings#interceptors()}
     * @return the call machinery
     */
    public static EgovHttp create(String service, HttpSettings settings, List<? extends Interceptor> interceptors) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(settings, "settings");
        OkHttpClient shared = settings.httpClient();
        OkHttpClient.Builder builder = shared == null ? new OkHttpClient.Builder() : shared.newBuilder();
        builder.connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.writeTimeout())
                .callTimeout(settings.callTimeout())
                .retryOnConnectionFailure(false)
                .followSslRedirects(settings.allowHttp())
                .addInterceptor(new RequestIds(settings.userAgent()))
                .addInterceptor(new Retries(settings.retryPolicy(), settings.tracer()));
        for (Interceptor interceptor : interceptors) {
            builder.addInterceptor(Objects.requireNonNull(interceptor, "interceptor"));
        }
        for (Interceptor interceptor : settings.interceptors()) {
            builder.addInterceptor(interceptor);
        }
        builder.addNetworkInterceptor(new NoSilentRetry());
        builder.addNetworkInterceptor(new TracingInterceptor(service, settings.traceLevel(), settings.tracer()));
        return new EgovHttp(service, settings, builder.build());
    }

    /**
     * Sets up the calls to one service with only the common interceptors.
     *
     * @param service the service's name, such as {@code open311}
     * @param settings the settings
     * @return the call machinery
     */
    public static EgovHttp create(String service, HttpSettings settings) {
        return create(service, settings, List.of());
    }

    /**
     * The JSON-B instance every client shares: {@link SmartCityJson#config()} with the dossier
     * adapters of {@link DossierJson} ({@code MaHoSo}, {@code MaTTHC}, {@code TrangThaiHoSo}); put
     * {@link WireDates} adapters on the date fields that need them.
     *
     * @return the shared, thread-safe instance
     */
    public static Jsonb jsonb() {
        return JSONB;
    }

    /**
     * The service's name.
     *
     * @return such as {@code dvcqg}
     */
    public String service() {
        return service;
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public HttpSettings settings() {
        return settings;
    }

    /**
     * The configured OkHttp client, for calls this class does not cover (streams, WebSockets).
     * Requests made on it directly get the request id, retries and tracing but not the failure
     * mapping.
     *
     * @return the client
     */
    public OkHttpClient client() {
        return client;
    }

    /**
     * A URL below the base URL.
     *
     * @param path segments to append, such as {@code requests.json} or {@code oauth2/token}; empty
     *     for the base URL itself
     * @return the URL
     */
    public HttpUrl url(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.isEmpty()
                ? settings.baseUrl()
                : settings.baseUrl().newBuilder().addPathSegments(p).build();
    }

    /**
     * Starts a request to a URL below the base URL.
     *
     * @param path as for {@link #url(String)}
     * @return a request builder
     */
    public Request.Builder request(String path) {
        return new Request.Builder().url(url(path));
    }

    /**
     * A JSON request body.
     *
     * @param value the value to write with {@link #jsonb()}
     * @return the body, {@code application/json; charset=utf-8}
     * @throws IllegalArgumentException if the value cannot be written as JSON
     */
    public RequestBody jsonBody(Object value) {
        String json;
        try {
            json = JSONB.toJson(value);
        } catch (JsonbException e) {
            throw new IllegalArgumentException(
                    service + ": cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
        return RequestBody.create(json, JSON);
    }

    /**
     * Sends a request and reads the whole answer, whatever its status. Retries happen as {@link
     * RetryPolicy} says.
     *
     * @param request the request; given an {@code X-Request-Id} unless it has one
     * @return the answer
     * @throws TransportException if no answer arrived
     * @throws InvalidResponseException if the body is larger than {@link
     *     HttpSettings#maxResponseBytes()}
     * @throws IllegalArgumentException if the request uses plain HTTP and that is not allowed
     */
    public EgovResponse execute(Request request) {
        if (!request.isHttps() && !settings.allowHttp()) {
            throw new IllegalArgumentException(service + ": refusing plain HTTP request to "
                    + TracingInterceptor.safeUrl(request) + ": use https:// or allowHttp(true)");
        }
        String id = request.header(REQUEST_ID_HEADER);
        Request withId = request;
        if (id == null) {
            id = RequestIds.newId();
            withId = request.newBuilder().header(REQUEST_ID_HEADER, id).build();
        }
        Call call = client.newCall(withId);
        try (Response response = call.execute()) {
            byte[] body = readBounded(response, id);
            return new EgovResponse(
                    response.code(),
                    response.headers(),
                    body,
                    response.request().url(),
                    id);
        } catch (IOException e) {
            throw transportFailure(withId, id, e);
        }
    }

    /**
     * Sends a request and requires a 2xx answer.
     *
     * @param request the request
     * @return the answer
     * @throws AuthenticationException on 401 and 403
     * @throws ServiceException on other non-2xx answers, with the HTTP status as the error code
     * @throws TransportException if no answer arrived
     */
    public EgovResponse executeSuccessful(Request request) {
        EgovResponse response = execute(request);
        if (!response.isSuccessful()) {
            throw statusFailure(response);
        }
        return response;
    }

    /**
     * The exception for a non-2xx answer that the protocol gives no more detail about.
     *
     * @param response the answer
     * @return an {@link AuthenticationException} for 401 and 403, else a {@link ServiceException}
     */
    public ServiceException statusFailure(EgovResponse response) {
        int status = response.status();
        String code = Integer.toString(status);
        String text = "HTTP " + status + " from " + TracingInterceptor.safeUrl(response.url());
        if (status == 401 || status == 403) {
            return new AuthenticationException(service, status, code, text, response.requestId());
        }
        return new ServiceException(service, status, code, text, response.requestId());
    }

    /**
     * Reads a JSON answer.
     *
     * @param response the answer
     * @param type the class to bind to
     * @param <T> the type
     * @return the value
     * @throws InvalidResponseException if the body is not JSON of that shape
     */
    public <T> T readJson(EgovResponse response, Class<T> type) {
        return readJson(response, (Type) type);
    }

    /**
     * Reads a JSON answer into a generic type.
     *
     * @param response the answer
     * @param type the type to bind to, such as a {@code List<Service>} from a type token
     * @param <T> the type
     * @return the value
     * @throws InvalidResponseException if the body is not JSON of that shape
     */
    public <T> T readJson(EgovResponse response, Type type) {
        String text = response.bodyText();
        T value;
        try {
            value = JSONB.fromJson(text, type);
        } catch (JsonbException e) {
            throw new InvalidResponseException(
                    service,
                    response.status(),
                    "the answer is not the JSON expected for " + simpleName(type) + ": " + rootMessage(e),
                    response.requestId(),
                    e);
        }
        if (value == null) {
            throw new InvalidResponseException(
                    service, response.status(), "the answer is empty or JSON null", response.requestId(), null);
        }
        return value;
    }

    private static String simpleName(Type type) {
        return type instanceof Class ? ((Class<?>) type).getSimpleName() : type.getTypeName();
    }

    /** The innermost message, which says what was wrong (and never the body). */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : Redactor.safeText(message, 200);
    }

    private byte[] readBounded(Response response, String id) throws IOException {
        ResponseBody body = response.body();
        long max = settings.maxResponseBytes();
        long declared = body.contentLength();
        if (declared > max) {
            throw tooLarge(response.code(), declared + " bytes", id);
        }
        BufferedSource source = body.source();
        if (source.request(max + 1)) {
            throw tooLarge(response.code(), "more than " + max + " bytes", id);
        }
        return source.readByteArray();
    }

    private InvalidResponseException tooLarge(int status, String size, String id) {
        return new InvalidResponseException(
                service,
                status,
                "the answer's body (" + size + ") exceeds the limit of " + settings.maxResponseBytes() + " bytes",
                id,
                null);
    }

    private TransportException transportFailure(Request request, String id, IOException e) {
        String target = request.method() + " " + TracingInterceptor.safeUrl(request);
        TransportException.Kind kind;
        String what;
        if (e instanceof SocketTimeoutException) {
            kind = TransportException.Kind.TIMEOUT;
            what = "timed out";
        } else if (e instanceof InterruptedIOException) {
            boolean interrupted = Thread.currentThread().isInterrupted();
            kind = interrupted ? TransportException.Kind.INTERRUPTED : TransportException.Kind.TIMEOUT;
            what = interrupted ? "interrupted" : "timed out (call timeout " + settings.callTimeout() + ")";
        } else if (e instanceof UnknownHostException) {
            kind = TransportException.Kind.CONNECTION;
            what = "unknown host";
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            kind = TransportException.Kind.CONNECTION;
            what = "could not connect";
        } else if (e instanceof SSLException) {
            kind = TransportException.Kind.TLS;
            what = "TLS failure";
        } else {
            kind = TransportException.Kind.IO;
            what = "I/O failure";
        }
        String detail = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + Redactor.safeText(e.getMessage(), 200);
        return new TransportException(service, kind, what + " on " + target + " (" + detail + ")", id, e);
    }

    /**
     * The request id of a request.
     *
     * @param request the request
     * @return its {@code X-Request-Id}, or {@code null}
     */
    public static @Nullable String requestId(Request request) {
        return request.header(REQUEST_ID_HEADER);
    }
}
