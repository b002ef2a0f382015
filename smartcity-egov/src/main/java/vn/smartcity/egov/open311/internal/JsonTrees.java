package vn.smartcity.egov.open311.internal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.open311.GeoReportFormatException;

/**
 * Reads a GeoReport v2 JSON document into a {@link Node} tree with JSON-P.
 *
 * <p>Lenient in one documented way: the specification's own JSON examples write codes and ids as
 * bare numbers with leading zeros ({@code "service_code":001}), which strict JSON forbids and which
 * would lose the zeros as numbers anyway. Every bare number is therefore read as its exact text
 * (identifiers are strings in GeoReport v2; numeric fields are parsed from that text where they are
 * used). Everything else must be well-formed JSON.
 */
public final class JsonTrees {

    private static final int MAX_DEPTH = 32;

    private JsonTrees() {}

    /**
     * Reads a document.
     *
     * @param json the document text
     * @return the root: an array node for a top-level array, an object node otherwise
     * @throws GeoReportFormatException if the text is not JSON or nests too deep
     * @throws IllegalStateException if no JSON-P implementation is present
     */
    public static Node read(String json) {
        String quoted = quoteBareNumbers(json);
        JsonValue value;
        try (JsonReader reader = factory().createReader(new StringReader(quoted))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "JSON document" : "line " + location.getLineNumber();
            throw new GeoReportFormatException(where, "not well-formed JSON", e);
        } catch (JsonException e) {
            throw new GeoReportFormatException("JSON document", "not readable as JSON", e);
        }
        return toNode("", "$", value, 0);
    }

    /**
     * Turns every number literal outside strings into a string literal of the same text.
     *
     * @param json JSON text
     * @return the text with numbers quoted
     */
    static String quoteBareNumbers(String json) {
        StringBuilder out = new StringBuilder(json.length() + 32);
        int n = json.length();
        boolean inString = false;
        for (int i = 0; i < n; i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < n) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                int end = i;
                while (end < n && isNumberChar(json.charAt(end))) {
                    end++;
                }
                out.append('"').append(json, i, end).append('"');
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    private static Node toNode(String name, String path, JsonValue value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new GeoReportFormatException(path, "values nested deeper than " + MAX_DEPTH);
        }
        switch (value.getValueType()) {
            case OBJECT:
                List<Node> members = new ArrayList<>();
                for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
                    String key = member.getKey();
                    members.add(toNode(key, path + "." + key, member.getValue(), depth + 1));
                }
                return new Node(name, path, null, members, false);
            case ARRAY:
                List<Node> items = new ArrayList<>();
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    items.add(toNode("", path + "[" + i + "]", array.get(i), depth + 1));
                }
                return new Node(name, path, null, items, true);
            case STRING:
                return new Node(name, path, ((JsonString) value).getString(), List.of(), false);
            case TRUE:
                return new Node(name, path, "true", List.of(), false);
            case FALSE:
                return new Node(name, path, "false", List.of(), false);
            default:
                // NULL; NUMBER cannot occur once numbers are quoted
                return new Node(
                        name,
                        path,
                        value.getValueType() == JsonValue.ValueType.NULL ? null : value.toString(),
                        List.of(),
                        false);
        }
    }

    private static volatile @Nullable JsonReaderFactory factory;

    /** The reader factory, made on first use; a missing JSON-P implementation is named. */
    private static JsonReaderFactory factory() {
        JsonReaderFactory f = factory;
        if (f == null) {
            try {
                f = Json.createReaderFactory(Map.of());
            } catch (JsonException e) {
                throw new IllegalStateException(
                        "no JSON-P implementation found: add org.eclipse.parsson:parsson (Yasson brings it)", e);
            }
            factory = f;
        }
        return f;
    }
}
