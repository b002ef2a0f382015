package vn.smartcity.egov.payment.internal;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Flat JSON objects: reads one into scalar fields (numbers keep the text they were sent as) and
 * writes one whose values are strings or nested objects.
 */
public final class FlatJson {

    private FlatJson() {}

    /**
     * The fields read, or why none could be.
     *
     * @param fields names to scalar values
     * @param problem what was wrong, or {@code null}
     */
    public record Result(
            Map<String, String> fields, @Nullable String problem) {}

    /**
     * Reads a JSON object's scalar members; nested objects, arrays and nulls are skipped.
     *
     * @param json the text
     * @param maxFields the most members accepted
     * @return the fields, or a problem (invalid JSON, not an object, a repeated name, too many
     *     members); never throws for bad input
     */
    public static Result parseObject(String json, int maxFields) {
        Map<String, String> out = new LinkedHashMap<>();
        try (JsonParser parser = Json.createParser(new StringReader(json))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                return new Result(Map.of(), "the body is not a JSON object");
            }
            int members = 0;
            while (true) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_OBJECT) {
                    break;
                }
                String name = parser.getString();
                if (++members > maxFields) {
                    return new Result(Map.of(), "more than " + maxFields + " members");
                }
                JsonParser.Event value = parser.next();
                String text;
                switch (value) {
                    case VALUE_STRING:
                    case VALUE_NUMBER:
                        text = parser.getString();
                        break;
                    case VALUE_TRUE:
                        text = "true";
                        break;
                    case VALUE_FALSE:
                        text = "false";
                        break;
                    case START_OBJECT:
                        parser.skipObject();
                        text = null;
                        break;
                    case START_ARRAY:
                        parser.skipArray();
                        text = null;
                        break;
                    default:
                        text = null;
                        break;
                }
                if (out.containsKey(name)) {
                    return new Result(Map.of(), "a member name appears more than once");
                }
                if (text != null) {
                    out.put(name, text);
                }
            }
            if (parser.hasNext()) {
                return new Result(Map.of(), "the body is not valid JSON");
            }
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            return new Result(Map.of(), "the body is not valid JSON");
        }
        return new Result(out, null);
    }

    /**
     * Parses a JSON object to embed in a body.
     *
     * @param json the text
     * @return the object, or {@code null} if the text is not a JSON object
     */
    public static @Nullable JsonObject parseNested(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * Writes a JSON object whose values are strings or {@link JsonObject}s, in map order.
     *
     * @param members names to values
     * @return the JSON text
     */
    public static String write(Map<String, ?> members) {
        StringBuilder out = new StringBuilder(64 + members.size() * 32).append('{');
        boolean first = true;
        for (Map.Entry<String, ?> e : members.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, e.getKey());
            out.append(':');
            Object value = e.getValue();
            if (value instanceof JsonObject) {
                out.append(value);
            } else {
                appendString(out, String.valueOf(value));
            }
        }
        return out.append('}').toString();
    }

    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append('"');
    }
}
