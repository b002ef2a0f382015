package vn.smartcity.egov.payment.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.jspecify.annotations.Nullable;

/** The {@code yyyyMMddHHmmss} timestamps of Vietnamese gateways, always in UTC+7. */
public final class PaymentTimes {

    /** Vietnam's offset; the country has no daylight saving time. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private PaymentTimes() {}

    /**
     * Formats an instant in UTC+7.
     *
     * @param instant the instant
     * @return such as {@code 20240521091806}
     */
    public static String format(Instant instant) {
        return FORMAT.format(instant.atOffset(VIETNAM));
    }

    /**
     * Parses a timestamp as UTC+7.
     *
     * @param text fourteen digits
     * @return the time, or {@code null} if the text is not a valid timestamp
     */
    public static @Nullable OffsetDateTime parse(String text) {
        if (text.length() != 14) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, FORMAT).atOffset(VIETNAM);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
