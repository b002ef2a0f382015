package vn.smartcity.core.admin;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.smartcity.core.InvalidValueException;

/** A period during which one division of Viet Nam into provincial-level units was in force. */
public enum Era {
    /**
     * 63 provinces and centrally-run cities, from 1 August 2008 (Hà Tây merged into Hà Nội) to 30
     * June 2025.
     */
    PRE_2025("pre-2025", LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30)),
    /**
     * 34 provinces and centrally-run cities under two-level local government (no districts), from 1
     * July 2025 (Resolution 202/2025/QH15).
     */
    FROM_2025("2025", LocalDate.of(2025, 7, 1), null);

    private final String key;
    private final LocalDate start;
    private final LocalDate end;

    Era(String key, LocalDate start, LocalDate end) {
        this.key = key;
        this.start = start;
        this.end = end;
    }

    /**
     * The short name used on the command line.
     *
     * @return {@code pre-2025} or {@code 2025}
     */
    public String key() {
        return key;
    }

    /**
     * The first day of the era.
     *
     * @return the start date
     */
    public LocalDate start() {
        return start;
    }

    /**
     * The last day of the era, if it has ended.
     *
     * @return the end date, or empty for the current era
     */
    public Optional<LocalDate> end() {
        return Optional.ofNullable(end);
    }

    /**
     * The era in force on {@code date}.
     *
     * @param date a date from 1 August 2008 on
     * @return the era
     * @throws InvalidValueException for earlier dates, which this SDK does not cover
     */
    public static Era on(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(PRE_2025.start)) {
            throw new InvalidValueException(
                    "Era", -1, "dates before 1 August 2008 (when Hà Tây merged into Hà Nội) are not covered: " + date);
        }
        return date.isAfter(PRE_2025.end) ? FROM_2025 : PRE_2025;
    }

    /**
     * Parses {@code pre-2025} or {@code 2025} (also the constant names, any case).
     *
     * @param text the text
     * @return the era
     * @throws InvalidValueException if it names no era
     */
    public static Era parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        switch (t) {
            case "pre-2025":
            case "2008":
                return PRE_2025;
            case "2025":
            case "from-2025":
                return FROM_2025;
            default:
                throw new InvalidValueException("Era", -1, "'" + text + "' is not an era; use pre-2025 or 2025");
        }
    }
}
