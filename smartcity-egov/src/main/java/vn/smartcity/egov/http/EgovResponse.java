package vn.smartcity.egov.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * An answer read in full (up to the client's size limit): status, headers and body bytes, with the
 * request id of the call. The connection is already released.
 */
public final class EgovResponse {

    private final int status;
    private final Headers headers;
    private final byte[] body;
    private final HttpUrl url;
    private final String requestId;

    /**
     * Creates a response.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes (not copied: do not change them afterwards)
     * @param url the URL the request went to
     * @param requestId the request id sent with the call
     */
    public EgovResponse(int status, Headers headers, byte[] body, HttpUrl url, String requestId) {
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body");
        this.url = Objects.requireNonNull(url, "url");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
    }

    /**
     * The HTTP status.
     *
     * @return such as {@code 200}
     */
    public int status() {
        return status;
    }

    /**
     * Whether the status is 2xx.
     *
     * @return {@code true} for 200 to 299
     */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /**
     * The response headers.
     *
     * @return the headers
     */
    public Headers headers() {
        return headers;
    }

    /**
     * One response header.
     *
     * @param name the header name, in any case
     * @return the last value, or {@code null}
     */
    public @Nullable String header(String name) {
        return headers.get(name);
    }

    /**
     * The body's media type.
     *
     * @return the parsed {@code Content-Type}, or {@code null} if absent or malformed
     */
    public @Nullable MediaType contentType() {
        String value = headers.get("Content-Type");
        return value == null ? null : MediaType.parse(value);
    }

    /**
     * The body bytes.
     *
     * @return a copy of the body
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * The body as text, in the charset of its {@code Content-Type} (UTF-8 if none is given).
     *
     * @return the text
     */
    public String bodyText() {
        MediaType type = contentType();
        Charset charset = type == null ? null : type.charset(null);
        return new String(body, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    /**
     * The URL the request went to (after redirects).
     *
     * @return the URL
     */
    public HttpUrl url() {
        return url;
    }

    /**
     * The request id sent with the call.
     *
     * @return the {@code X-Request-Id} value
     */
    public String requestId() {
        return requestId;
    }

    /**
     * Shows the status, the URL without its query and the request id; never the body.
     *
     * @return a summary
     */
    @Override
    public String toString() {
        return "EgovResponse[" + status + " " + url.newBuilder().query(null).build() + ", " + body.length
                + " bytes, id " + requestId + "]";
    }
}
