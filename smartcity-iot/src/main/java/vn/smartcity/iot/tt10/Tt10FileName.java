package vn.smartcity.iot.tt10;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.iot.CivilTime;

/**
 * The name of a station file under Circular 10/2021/TT-BTNMT: {@code
 * <TinhCode>_<CoSo>_<Tram>_<yyyyMMddHHmmss>.txt}, such as {@code HN_ABCD_NUO001_20210817090000.txt}:
 * the province code, the facility, the station and the time the file was made, in Viet Nam's local
 * time (UTC+7).
 *
 * <p>The province and the facility contain no {@code '_'}; the station is everything between them
 * and the time, so stations named with underscores ({@code HN_KCN_TRAM_01_...}) keep them. No
 * part is empty, contains a path separator or a control character. Parsing accepts a path ({@code
 * /ftp/in/HN_ABCD_NUO001_20210817090000.txt}) and an upper-case extension; {@link #fileName()}
 * writes the canonical form, so {@code parse(n).fileName()} is {@code n} for a canonical name.
 *
 * @param province the province code, such as {@code HN}
 * @param facility the facility (cơ sở), such as {@code ABCD}
 * @param station the station (trạm), such as {@code NUO001}
 * @param time when the file was made, local time, whole seconds, years 0 to 9999
 */
public record Tt10FileName(String province, String facility, String station, LocalDateTime time) {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofTotalSeconds(CivilTime.VIETNAM_OFFSET_SECONDS);

    /**
     * Validates the components.
     *
     * @param facility the {@code facility} component
     * @param province the {@code province} component
     * @param station the {@code station} component
     * @param time the {@code time} component
     */
    public Tt10FileName {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(time, "time");
        checkPart("province", province, false);
        checkPart("facility", facility, false);
        checkPart("station", station, true);
        if (time.getNano() != 0 || time.getYear() < 0 || time.getYear() > 9999) {
            throw new IllegalArgumentException("time must be whole seconds in years 0 to 9999: " + time);
        }
    }

    private static void checkPart(String what, String part, boolean underscores) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '/' || c == '\\' || Character.isISOControl(c) || (c == '_' && !underscores)) {
                throw new IllegalArgumentException(
                        what + " '" + part + "' contains '" + (Character.isISOControl(c) ? "\\u" + (int) c : c) + "'");
            }
        }
    }

    /**
     * A name from its parts.
     *
     * @param province the province code
     * @param facility the facility
     * @param station the station
     * @param time the local time the file was made
     * @return the name
     * @throws IllegalArgumentException if a part is not valid
     */
    public static Tt10FileName of(String province, String facility, String station, LocalDateTime time) {
        return new Tt10FileName(province, facility, station, time);
    }

    /**
     * Parses a file name or a path ending in one.
     *
     * @param name such as {@code HN_ABCD_NUO001_20210817090000.txt}
     * @return the parts
     * @throws IllegalArgumentException if the name does not follow the convention (the message says
     *     why)
     */
    public static Tt10FileName parse(String name) {
        Objects.requireNonNull(name, "name");
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String expected = "<TinhCode>_<CoSo>_<Tram>_<yyyyMMddHHmmss>.txt";
        if (!base.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            throw new IllegalArgumentException("'" + base + "' does not end in .txt; expected " + expected);
        }
        String stem = base.substring(0, base.length() - 4);
        int first = stem.indexOf('_');
        int second = first < 0 ? -1 : stem.indexOf('_', first + 1);
        int last = stem.lastIndexOf('_');
        if (second < 0 || last <= second) {
            throw new IllegalArgumentException("'" + base + "' has fewer than four parts; expected " + expected);
        }
        String stamp = stem.substring(last + 1);
        LocalDateTime time = timestamp(stamp);
        if (time == null) {
            throw new IllegalArgumentException(
                    "'" + base + "' ends in '" + stamp + "', not a time yyyyMMddHHmmss; expected " + expected);
        }
        return new Tt10FileName(
                stem.substring(0, first), stem.substring(first + 1, second), stem.substring(second + 1, last), time);
    }

    /**
     * Parses a name if it follows the convention.
     *
     * @param name a file name or path
     * @return the parts, or empty
     */
    public static Optional<Tt10FileName> tryParse(String name) {
        try {
            return Optional.of(parse(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static @Nullable LocalDateTime timestamp(String s) {
        if (s.length() != 14) {
            return null;
        }
        for (int i = 0; i < 14; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return LocalDateTime.of(
                    Integer.parseInt(s.substring(0, 4)),
                    Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)),
                    Integer.parseInt(s.substring(8, 10)),
                    Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The canonical file name.
     *
     * @return {@code <province>_<facility>_<station>_<yyyyMMddHHmmss>.txt}
     */
    public String fileName() {
        return province + '_' + facility + '_' + station + '_' + Tt10Codec.stamp(time) + ".txt";
    }

    /**
     * The time as an instant, reading the local time at UTC+7.
     *
     * @return the instant
     */
    public Instant instant() {
        return time.toInstant(VIETNAM);
    }

    /**
     * The canonical file name.
     *
     * @return the same as {@link #fileName()}
     */
    @Override
    public String toString() {
        return fileName();
    }
}
