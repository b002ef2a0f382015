package vn.smartcity.egov.http;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;

/**
 * The date-time layout of Vietnamese e-government wire formats: {@code yyyyMMddHHmmss}, fourteen
 * digits, local time in Việt Nam ({@code Asia/Ho_Chi_Minh}, UTC+07:00 without daylight saving
 * since 1975), as DVCQG's {@code NgayTiepNhan}, {@code NgayHenTra} and the payment gateways'
 * {@code vnp_CreateDate} are written.
 *
 * <p><b>Decision:</b> models hold these values as {@link OffsetDateTime}. Reading gives the
 * wall-clock time at offset {@code +07:00}; writing converts any offset to Việt Nam time first, so
 * a server running in UTC that passes {@code OffsetDateTime.now()} sends the right local time.
 * {@link LocalDateTimeAdapter} is there for models that want the wall-clock time alone, read and
 * written unchanged.
 *
 * <p>The adapters are put on the fields that use the layout, not registered globally, because other
 * protocols in the same client (Open311) write ISO 8601:
 *
 * <pre>{@code
 * public record Dossier(
 *         @JsonbProperty("NgayTiepNhan") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class)
 *         OffsetDateTime receivedAt) {}
 * }</pre>
 *
 * <p>An empty string on the wire, which several portals send for "not yet", reads as {@code null}.
 */
public final class WireDates {

    /** Việt Nam's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Việt Nam's offset from UTC, which has not changed since 1975. */
    public static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

    private static final String TYPE = "WireDate";

    private static final DateTimeFormatter LAYOUT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private WireDates() {}

    /**
     * Writes an instant as Việt Nam local time.
     *
     * @param value the date-time, at any offset
     * @return fourteen digits, such as {@code 20240115083000}
     */
    public static String format(OffsetDateTime value) {
        Objects.requireNonNull(value, "value");
        return LAYOUT.format(value.atZoneSameInstant(ZONE).toLocalDateTime());
    }

    /**
     * Writes a wall-clock time unchanged.
     *
     * @param value the Việt Nam local date-time
     * @return fourteen digits
     */
    public static String format(LocalDateTime value) {
        return LAYOUT.format(Objects.requireNonNull(value, "value"));
    }

    /**
     * Reads fourteen digits as Việt Nam local time.
     *
     * @param text such as {@code 20240115083000}
     * @return the date-time at offset {@code +07:00}
     * @throws InvalidValueException if the text is not fourteen digits forming a real date and time
     */
    public static OffsetDateTime parse(String text) {
        return parseLocal(text).atOffset(OFFSET);
    }

    /**
     * Reads fourteen digits as a wall-clock time.
     *
     * @param text such as {@code 20240115083000}
     * @return the local date-time
     * @throws InvalidValueException if the text is not fourteen digits forming a real date and time
     */
    public static LocalDateTime parseLocal(String text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException(TYPE, i, "expected a digit (layout yyyyMMddHHmmss)");
            }
        }
        if (text.length() != 14) {
            throw new InvalidValueException(
                    TYPE, -1, "expected 14 digits (layout yyyyMMddHHmmss), got " + text.length());
        }
        try {
            return LocalDateTime.parse(text, LAYOUT);
        } catch (DateTimeException e) {
            InvalidValueException invalid =
                    new InvalidValueException(TYPE, -1, "not a real date and time: " + text + " (yyyyMMddHHmmss)");
            invalid.initCause(e);
            throw invalid;
        }
    }

    /** JSON-B adapter between {@link OffsetDateTime} and {@code yyyyMMddHHmmss} in Việt Nam time. */
    public static final class OffsetDateTimeAdapter implements JsonbAdapter<OffsetDateTime, String> {

        /** Creates the adapter. */
        public OffsetDateTimeAdapter() {}

        @Override
        public String adaptToJson(OffsetDateTime value) {
            return format(value);
        }

        @Override
        public @Nullable OffsetDateTime adaptFromJson(String json) {
            return json.isEmpty() ? null : parse(json);
        }
    }

    /** JSON-B adapter between {@link LocalDateTime} and {@code yyyyMMddHHmmss}, unchanged. */
    public static final class LocalDateTimeAdapter implements JsonbAdapter<LocalDateTime, String> {

        /** Creates the adapter. */
        public LocalDateTimeAdapter() {}

        @Override
        public String adaptToJson(LocalDateTime value) {
            return format(value);
        }

        @Override
        public @Nullable LocalDateTime adaptFromJson(String json) {
            return json.isEmpty() ? null : parseLocal(json);
        }
    }
}
