package vn.smartcity.iot;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of decoded records that {@code smartcity decode --json} prints and {@code
 * smartcity encode} reads:
 *
 * <pre>{@code
 * {"codec": "hj212",
 *  "records": [{"name": "a21005", "unit": "mg/m3", "value": 0.0, "time": "2019-10-12T05:37:10Z",
 *               "status": "NORMAL", "rawStatus": "N", "statistic": "SAMPLE", "source": "Y80110010000010"}]}
 * }</pre>
 *
 * <p>{@code value} is a JSON number, string or boolean; a data value is written as {@code "data"}
 * in base64url; a NaN number as {@code null}. {@code sum}, {@code unit}, {@code rawStatus} appear
 * when present. Reading accepts what writing produces; {@code statistic}, {@code status} and
 * {@code source} may be left out.
 */
public final class ObservationJson {

    private ObservationJson() {}

    /**
     * Writes records as the JSON object above.
     *
     * @param codec the codec id
     * @param records the records
     * @return the object
     */
    public static JsonObject toJson(String codec, List<Observation> records) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Observation o : records) {
            array.add(record(o));
        }
        return Json.createObjectBuilder()
                .add("codec", codec)
                .add("records", array)
                .build();
    }

    private static JsonObjectBuilder record(Observation o) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", o.name());
        if (o.unit() != null) {
            b.add("unit", o.unit());
        }
        Value v = o.value();
        if (v instanceof Value.Number n) {
            if (Double.isFinite(n.value())) {
                b.add("value", n.value());
            } else {
                b.addNull("value");
            }
        } else if (v instanceof Value.Text t) {
            b.add("value", t.value());
        } else if (v instanceof Value.Bool bool) {
            b.add("value", bool.value());
        } else if (v instanceof Value.Data d) {
            b.add("data", d.toString());
        }
        if (o.sum() != null) {
            b.add("sum", o.sum());
        }
        b.add("time", o.time().toString())
                .add("status", o.status().name())
                .add("statistic", o.statistic().name());
        if (o.rawStatus() != null) {
            b.add("rawStatus", o.rawStatus());
        }
        return b.add("source", o.source());
    }

    /**
     * Reads records from the JSON object above.
     *
     * @param json the object
     * @return the records, with the object's codec id
     * @throws IllegalArgumentException naming the record index and field that is wrong
     */
    public static List<Observation> fromJson(JsonObject json) {
        String codec = json.getString("codec", "");
        JsonArray records = json.getJsonArray("records");
        if (records == null) {
            throw new IllegalArgumentException("expected a \"records\" array");
        }
        List<Observation> out = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            if (!(records.get(i) instanceof JsonObject r)) {
                throw new IllegalArgumentException("records[" + i + "]: expected an object");
            }
            out.add(record(codec, r, "records[" + i + "]"));
        }
        return out;
    }

    private static Observation record(String codec, JsonObject r, String where) {
        String name = string(r, "name", where);
        if (name == null) {
            throw new IllegalArgumentException(where + ": \"name\" is required");
        }
        String timeText = string(r, "time", where);
        if (timeText == null) {
            throw new IllegalArgumentException(where + ": \"time\" is required (ISO-8601)");
        }
        Instant time;
        try {
            time = Instant.parse(timeText);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ".time: not an ISO-8601 instant: " + timeText, e);
        }
        Value value = null;
        JsonValue v = r.get("value");
        if (v != null) {
            switch (v.getValueType()) {
                case NUMBER:
                    value = Value.of(((JsonNumber) v).doubleValue());
                    break;
                case STRING:
                    value = Value.of(((JsonString) v).getString());
                    break;
                case TRUE:
                    value = Value.of(true);
                    break;
                case FALSE:
                    value = Value.of(false);
                    break;
                case NULL:
                    value = Value.of(Double.NaN);
                    break;
                default:
                    throw new IllegalArgumentException(where + ".value: expected a number, string or boolean");
            }
        }
        String data = string(r, "data", where);
        if (data != null) {
            try {
                value = Value.of(Base64.getUrlDecoder().decode(data));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ".data: not base64url", e);
            }
        }
        Double sum = null;
        JsonValue s = r.get("sum");
        if (s != null && s.getValueType() == JsonValue.ValueType.NUMBER) {
            sum = ((JsonNumber) s).doubleValue();
        }
        if (value == null && sum == null) {
            throw new IllegalArgumentException(where + ": a record needs \"value\", \"data\" or \"sum\"");
        }
        String source = string(r, "source", where);
        return new Observation(
                source == null ? "" : source,
                codec,
                name,
                string(r, "unit", where),
                value,
                sum,
                time,
                enumValue(Statistic.class, string(r, "statistic", where), Statistic.SAMPLE, where + ".statistic"),
                enumValue(Status.class, string(r, "status", where), Status.NORMAL, where + ".status"),
                string(r, "rawStatus", where));
    }

    private static @Nullable String string(JsonObject r, String field, String where) {
        JsonValue v = r.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new IllegalArgumentException(where + "." + field + ": expected a string");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, @Nullable String text, E fallback, String where) {
        if (text == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown value '" + text + "'", e);
        }
    }
}
