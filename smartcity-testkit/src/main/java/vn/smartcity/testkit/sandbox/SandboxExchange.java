package vn.smartcity.testkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request to the sandbox and the means to answer it: the small helpers every service shares. */
final class SandboxExchange {

    private final HttpExchange exchange;
    private final String subPath;
    private byte @Nullable [] body;

    SandboxExchange(HttpExchange exchange, String prefix) {
        this.exchange = exchange;
        String path = exchange.getRequestURI().getPath();
        this.subPath = path.length() > prefix.length() ? path.substring(prefix.length()) : "";
    }

    /** The method, upper case. */
    String method() {
        return exchange.getRequestMethod();
    }

    /** The path after the service's prefix, such as {@code /requests.xml}, or empty. */
    String subPath() {
        return subPath;
    }

    /** A request header, or {@code null}. */
    @Nullable
    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The raw request body (read once, kept). */
    byte[] body() throws IOException {
        if (body == null) {
            body = exchange.getRequestBody().readAllBytes();
        }
        return body;
    }

    /** The request body as UTF-8 text. */
    String bodyText() throws IOException {
        return new String(body(), StandardCharsets.UTF_8);
    }

    /** The query parameters, decoded; a repeated name keeps every value. */
    Map<String, List<String>> query() {
        return decodeForm(exchange.getRequestURI().getRawQuery());
    }

    /** The {@code application/x-www-form-urlencoded} body parameters, decoded. */
    Map<String, List<String>> form() throws IOException {
        return decodeForm(bodyText());
    }

    static Map<String, List<String>> decodeForm(@Nullable String encoded) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
        }
        return Collections.unmodifiableMap(out);
    }

    /** Sends a response with a body and a content type, and ends the exchange. */
    void respond(int status, String contentType, String text) throws IOException {
        respond(status, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a response with a body and a content type, and ends the exchange. */
    void respond(int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends a JSON response. */
    void json(int status, String json) throws IOException {
        respond(status, "application/json; charset=utf-8", json);
    }

    /** Sends an XML response. */
    void xml(int status, String xml) throws IOException {
        respond(status, "text/xml; charset=utf-8", xml);
    }

    /** Sets a response header; call before responding. */
    void setHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }
}
