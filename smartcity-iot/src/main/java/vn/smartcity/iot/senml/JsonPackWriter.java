package vn.smartcity.iot.senml;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Value;

/**
 * Writes a SenML JSON pack (RFC 8428 section 5): one record per observation with {@code n}, {@code
 * u}, one of {@code v}/{@code vs}/{@code vb}/{@code vd}, {@code s} and an absolute {@code t};
 * {@code bn} carries the source and is written only when it changes (see {@link EncodedRecord}).
 * Numbers use the shortest form that reads back to the same double, with a lower-case {@code e};
 * times are exact decimals of microseconds.
 */
final class JsonPackWriter {

    private JsonPackWriter() {}

    /**
     * Encodes records.
     *
     * @param codec the codec's id, for exceptions
     * @param records the records
     * @return the UTF-8 bytes
     */
    static byte[] write(String codec, List<Observation> records) {
        EncodedRecord[] layout = EncodedRecord.of(codec, records);
        StringBuilder out = new StringBuilder(64 * layout.length).append('[');
        String baseName = "";
        for (int i = 0; i < layout.length; i++) {
            EncodedRecord r = layout[i];
            Observation o = r.observation();
            if (i > 0) {
                out.append(",");
            }
            out.append('{');
            if (!r.baseName().equals(baseName)) {
                baseName = r.baseName();
                out.append("\"bn\":");
                string(out, baseName);
                out.append(',');
            }
            if (!r.name().isEmpty()) {
                out.append("\"n\":");
                string(out, r.name());
                out.append(',');
            }
            if (o.unit() != null) {
                out.append("\"u\":");
                string(out, o.unit());
                out.append(',');
            }
            Value value = o.value();
            if (value instanceof Value.Number n) {
                out.append("\"v\":");
                number(out, n.value(), codec, i, "value");
                out.append(',');
            } else if (value instanceof Value.Text text) {
                out.append("\"vs\":");
                string(out, text.value());
                out.append(',');
            } else if (value instanceof Value.Bool bool) {
                out.append("\"vb\":").append(bool.value()).append(',');
            } else if (value instanceof Value.Data bytes) {
                out.append("\"vd\":\"")
                        .append(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.value()))
                        .append("\",");
            }
            if (o.sum() != null) {
                out.append("\"s\":");
                number(out, o.sum(), codec, i, "sum");
                out.append(',');
            }
            out.append("\"t\":").append(r.seconds());
            int micros = r.microsOfSecond();
            if (micros != 0) {
                String fraction = Integer.toString(1_000_000 + micros);
                int end = fraction.length();
                while (fraction.charAt(end - 1) == '0') {
                    end--;
                }
                out.append('.').append(fraction, 1, end);
            }
            out.append('}');
        }
        return out.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void number(StringBuilder out, double value, String codec, int index, String what) {
        if (!Double.isFinite(value)) {
            throw new CodecException(
                    codec,
                    -1,
                    "record " + index + ": a finite " + what + " (JSON has no NaN or infinity)",
                    Double.toString(value));
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15 && (value != 0 || 1 / value > 0)) {
            out.append((long) value);
        } else {
            out.append(Double.toString(value).replace('E', 'e'));
        }
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
