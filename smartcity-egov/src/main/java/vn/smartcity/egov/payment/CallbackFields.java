package vn.smartcity.egov.payment;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.payment.internal.FlatJson;

/**
 * The fields of a gateway's callback or return, as the merchant received them: a query string
 * ({@code vnp_Amount=...&vnp_SecureHash=...}), a JSON object body or a map the web framework has
 * already decoded.
 *
 * <p>Parsing never throws for bad input. A malformed query or body, a repeated field name (a
 * classic parameter-pollution trick) or an oversized input leaves the fields empty and records a
 * {@linkplain #problem() problem}, which verification reports as {@link RejectReason#MALFORMED}.
 *
 * <p>{@link #toString()} lists the field names only.
 */
public final class CallbackFields {

    /** The largest query or body accepted, in characters. */
    public static final int MAX_LENGTH = 65_536;

    /** The most fields accepted. */
    public static final int MAX_FIELDS = 256;

    private final Map<String, String> values;
    private final @Nullable String problem;

    private CallbackFields(Map<String, String> values, @Nullable String problem) {
        this.values = Collections.unmodifiableMap(values);
        this.problem = problem;
    }

    /**
     * Fields the caller already has.
     *
     * @param fields names to decoded values
     * @return the fields
     */
    public static CallbackFields of(Map<String, String> fields) {
        Objects.requireNonNull(fields, "fields");
        if (fields.size() > MAX_FIELDS) {
            return failed("more than " + MAX_FIELDS + " fields");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "field name"), Objects.requireNonNull(e.getValue(), "value"));
        }
        return new CallbackFields(copy, null);
    }

    /**
     * Fields from a raw query string or {@code application/x-www-form-urlencoded} body, percent
     * decoded as UTF-8 with {@code +} as a space.
     *
     * @param rawQuery the query without the leading {@code ?}, or {@code null} for none
     * @return the fields, or empty fields with a problem
     */
    public static CallbackFields ofQuery(@Nullable String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new CallbackFields(Map.of(), null);
        }
        if (rawQuery.length() > MAX_LENGTH) {
            return failed("query longer than " + MAX_LENGTH + " characters");
        }
        Map<String, String> out = new LinkedHashMap<>();
        int start = 0;
        while (start <= rawQuery.length()) {
            int end = rawQuery.indexOf('&', start);
            if (end < 0) {
                end = rawQuery.length();
            }
            if (end > start) {
                String pair = rawQuery.substring(start, end);
                int eq = pair.indexOf('=');
                String name;
                String value;
                try {
                    name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return failed("bad percent-encoding at offset " + start);
                }
                if (out.containsKey(name)) {
                    return failed("field " + printable(name) + " appears more than once");
                }
                if (out.size() == MAX_FIELDS) {
                    return failed("more than " + MAX_FIELDS + " fields");
                }
                out.put(name, value);
            }
            start = end + 1;
        }
        return new CallbackFields(out, null);
    }

    /**
     * Fields from a JSON object body: strings as they are, numbers in plain decimal notation,
     * booleans as {@code true}/{@code false}; {@code null}, nested objects and arrays are left out.
     *
     * @param json the body
     * @return the fields, or empty fields with a problem
     */
    public static CallbackFields ofJson(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > MAX_LENGTH) {
            return failed("body longer than " + MAX_LENGTH + " characters");
        }
        FlatJson.Result parsed = FlatJson.parseObject(json, MAX_FIELDS);
        String problem = parsed.problem();
        if (problem != null) {
            return failed(problem);
        }
        return new CallbackFields(new LinkedHashMap<>(parsed.fields()), null);
    }

    private static String printable(String name) {
        return name.matches("[A-Za-z0-9_.-]{1,64}") ? "'" + name + "'" : "(unprintable name)";
    }

    private static CallbackFields failed(String problem) {
        return new CallbackFields(Map.of(), problem);
    }

    /**
     * One field.
     *
     * @param name the wire name
     * @return the value, or empty if absent
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * All fields.
     *
     * @return names to values, in the order received
     */
    public Map<String, String> asMap() {
        return values;
    }

    /**
     * Why the input could not be read.
     *
     * @return the problem, or empty if the input was read
     */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * The field names (values may be personal data).
     *
     * @return such as {@code CallbackFields[vnp_Amount, vnp_TxnRef]}
     */
    @Override
    public String toString() {
        return problem != null ? "CallbackFields[unreadable: " + problem + "]" : "CallbackFields" + values.keySet();
    }
}
