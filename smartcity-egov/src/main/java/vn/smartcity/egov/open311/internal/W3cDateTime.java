package vn.smartcity.egov.open311.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The date-time format of GeoReport v2 ("Internationalization and Encoding", Date/time format): the
 * common subset of ISO 8601 in the W3C note {@code NOTE-datetime}, such as {@code
 * 2010-04-14T06:37:38-08:00} or {@code 1994-11-05T13:15:30Z}.
 *
 * <p>Reads leniently what servers send: seconds and fractions optional, a space for the {@code T},
 * offsets as {@code Z}, {@code +07:00}, {@code +0700} or {@code +07}, and, although the
 * specification requires an offset, none at all (then the caller's default zone applies, as it does
 * to a bare date). Writes strictly: {@code 2010-05-24T00:00:00Z} or {@code
 * 2010-05-24T07:00:00+07:00}, whole seconds.
 */
public final class W3cDateTime {

    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private W3cDateTime() {}

    /**
     * Reads a date-time.
     *
     * @param text the text
     * @param defaultZone the zone of a date-time or date without an offset
     * @return the date-time with its offset
     * @throws DateTimeParseException if the text is not such a date-time
     */
    public static OffsetDateTime parse(String text, ZoneId defaultZone) {
        String s = text.strip();
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        TemporalAccessor parsed = READ.parse(s);
        LocalDate date = LocalDate.from(parsed);
        LocalDateTime local = parsed.isSupported(ChronoField.HOUR_OF_DAY)
                ? LocalDateTime.of(
                        date,
                        LocalTime.of(
                                parsed.get(ChronoField.HOUR_OF_DAY),
                                parsed.get(ChronoField.MINUTE_OF_HOUR),
                                parsed.isSupported(ChronoField.SECOND_OF_MINUTE)
                                        ? parsed.get(ChronoField.SECOND_OF_MINUTE)
                                        : 0,
                                parsed.isSupported(ChronoField.NANO_OF_SECOND)
                                        ? parsed.get(ChronoField.NANO_OF_SECOND)
                                        : 0))
                : date.atStartOfDay();
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)));
        }
        return local.atZone(defaultZone).toOffsetDateTime();
    }

    /**
     * Writes a date-time in the W3C format, to whole seconds, keeping its offset.
     *
     * @param value the date-time
     * @return such as {@code 2010-05-24T00:00:00Z}
     */
    public static String format(OffsetDateTime value) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.truncatedTo(ChronoUnit.SECONDS));
    }
}
