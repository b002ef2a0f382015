package vn.smartcity.testkit.sandbox;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the three payment sandboxes share: flat JSON, SHA-256, UTC+7 timestamps, callbacks. */
final class PaymentSandboxSupport {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.ofHours(7));
    private static final int MAX_REPLY = 65_536;
    private static final int MAX_ENTRIES = 1_000;

    private PaymentSandboxSupport() {}

    /** A time as {@code yyyyMMddHHmmss} in UTC+7. */
    static String vietnamTime(Instant instant) {
        return TIME.format(instant);
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes. */
    static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Whether a received hex digest equals a computed lower-case one, ignoring case, in constant time. */
    static boolean hexEquals(String computed, String received) {
        return MessageDigest.isEqual(
                computed.getBytes(StandardCharsets.UTF_8),
                received.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON object whose values are strings or nested maps. */
    static String write(Map<String, ?> object) {
        return JSONB.toJson(object);
    }

    /**
     * The scalar members of a JSON object as text (numbers in plain notation), or {@code null} if
     * the text is not a JSON object.
     */
    static @Nullable Map<String, String> readFlat(String json) {
        Object parsed;
        try {
            parsed = JSONB.fromJson(json, Object.class);
        } catch (JsonbException e) {
            return null;
        }
        if (!(parsed instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) parsed).entrySet()) {
            Object value = e.getValue();
            if (value instanceof String) {
                out.put(String.valueOf(e.getKey()), (String) value);
            } else if (value instanceof BigDecimal) {
                out.put(String.valueOf(e.getKey()), ((BigDecimal) value).toPlainString());
            } else if (value instanceof Number || value instanceof Boolean) {
                out.put(String.valueOf(e.getKey()), value.toString());
            }
        }
        return out;
    }

    /**
     * Calls a merchant's callback URL and returns what it answered, or what went wrong: the
     * sandbox never fails because a merchant's server does.
     *
     * @param method {@code GET} or {@code POST}
     * @param url the URL
     * @param json the JSON body of a POST, or {@code null}
     * @return the body the merchant answered (whatever its status), or {@code error: <exception
     *     class>} if there was no answer
     */
    static String call(String method, String url, @Nullable String json) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(5_000);
            connection.setReadTimeout(5_000);
            connection.setInstanceFollowRedirects(false);
            connection.setRequestProperty("Connection", "close");
            if (json != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json; charset=utf-8");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(json.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            byte[] body = in == null ? new byte[0] : in.readNBytes(MAX_REPLY);
            if (in != null) {
                in.close();
            }
            return new String(body, StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) {
            return "error: " + e.getClass().getSimpleName();
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /** A thread-safe map that forgets its oldest entries beyond a thousand. */
    static <V> Map<String, V> bounded() {
        return Collections.synchronizedMap(new LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_ENTRIES;
            }
        });
    }

    static String withQuery(String url, String query) {
        return url + (url.contains("?") ? "&" : "?") + query;
    }

    static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static @Nullable String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
