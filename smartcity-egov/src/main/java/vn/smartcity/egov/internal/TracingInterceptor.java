package vn.smartcity.egov.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.http.HttpTracer;
import vn.smartcity.egov.http.TraceLevel;

/**
 * Traces each exchange on the wire (a network interceptor, so every retry and the headers other
 * interceptors added are seen) through an {@link HttpTracer}, with everything {@link Redactor}
 * knows to be secret or personal removed.
 */
public final class TracingInterceptor implements Interceptor {

    /** The most body characters traced. */
    static final int MAX_BODY_CHARS = 4096;

    /** The most body bytes read for tracing (redacted before being cut to {@link #MAX_BODY_CHARS}). */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final TraceLevel level;
    private final HttpTracer tracer;
    private final String service;

    /**
     * Creates the interceptor.
     *
     * @param service the service's name, prefixed to every line
     * @param level how much to trace
     * @param tracer where the lines go
     */
    public TracingInterceptor(String service, TraceLevel level, HttpTracer tracer) {
        this.service = service;
        this.level = level;
        this.tracer = tracer;
    }

    /**
     * A URL as it may be logged: sensitive query parameters redacted, digit runs masked.
     *
     * @param request the request
     * @return the URL text
     */
    public static String safeUrl(Request request) {
        return safeUrl(request.url());
    }

    /**
     * A URL as it may be logged: no user info, sensitive query parameters redacted, digit runs
     * masked.
     *
     * @param url the URL
     * @return the URL text
     */
    public static String safeUrl(HttpUrl url) {
        String base = url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath();
        String query = url.encodedQuery();
        return Redactor.maskDigits(base) + (query == null ? "" : "?" + Redactor.form(query));
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (level == TraceLevel.NONE || !tracer.isEnabled()) {
            return chain.proceed(request);
        }
        String id = request.header(RequestIds.HEADER);
        tracer.trace(service + " --> " + request.method() + " " + safeUrl(request) + " (id " + id + ")");
        if (level != TraceLevel.BASIC) {
            traceHeaders(request.headers());
            RequestBody body = request.body();
            if (level == TraceLevel.BODY && body != null) {
                traceRequestBody(body);
            }
        }
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            tracer.trace(service + " <-- failed " + e.getClass().getSimpleName() + " after "
                    + (System.nanoTime() - start) / 1_000_000 + " ms (id " + id + ")");
            throw e;
        }
        tracer.trace(service + " <-- " + response.code() + " " + safeUrl(request) + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms (id " + id + ")");
        if (level != TraceLevel.BASIC) {
            traceHeaders(response.headers());
            if (level == TraceLevel.BODY) {
                traceResponseBody(response);
            }
        }
        return response;
    }

    private void traceHeaders(Headers headers) {
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            tracer.trace(name + ": " + Redactor.header(name, headers.value(i)));
        }
    }

    private void traceRequestBody(RequestBody body) throws IOException {
        MediaType type = body.contentType();
        if (!isText(type) || body.isOneShot() || body.isDuplex()) {
            tracer.trace("(" + describe(type) + " body not traced)");
            return;
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        long size = buffer.size();
        String text = buffer.readString(Math.min(size, MAX_BODY_BYTES), charset(type));
        tracer.trace(cut(Redactor.body(text), size));
    }

    private void traceResponseBody(Response response) throws IOException {
        ResponseBody body = response.body();
        MediaType type = body.contentType();
        if (!isText(type)) {
            tracer.trace("(" + describe(type) + " body not traced)");
            return;
        }
        ResponseBody peeked = response.peekBody(MAX_BODY_BYTES);
        byte[] bytes = peeked.bytes();
        long size = body.contentLength() >= 0 ? body.contentLength() : bytes.length;
        tracer.trace(cut(Redactor.body(new String(bytes, charset(type))), size));
    }

    private static String cut(String redacted, long size) {
        return redacted.length() > MAX_BODY_CHARS
                ? redacted.substring(0, MAX_BODY_CHARS) + " … (" + size + " bytes)"
                : redacted;
    }

    private static boolean isText(@Nullable MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.subtype();
        return "text".equals(type.type())
                || subtype.contains("json")
                || subtype.contains("xml")
                || "x-www-form-urlencoded".equals(subtype);
    }

    private static String describe(@Nullable MediaType type) {
        return type == null ? "untyped" : type.type() + "/" + type.subtype();
    }

    private static Charset charset(@Nullable MediaType type) {
        Charset charset = type == null ? null : type.charset(null);
        return charset == null ? StandardCharsets.UTF_8 : charset;
    }
}
