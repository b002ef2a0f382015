package vn.smartcity.iot;

/**
 * Date and time fields to epoch seconds by arithmetic alone (no {@code java.time} objects), for
 * codecs that read timestamps such as {@code 20191012133710} on their hot path.
 */
public final class CivilTime {

    /** Viet Nam's offset from UTC (UTC+7, no daylight saving): station clocks keep it. */
    public static final int VIETNAM_OFFSET_SECONDS = 7 * 3600;

    private CivilTime() {}

    /**
     * Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
     *
     * @param year the year
     * @param month 1 to 12
     * @param day 1 to 31
     * @return the epoch day
     */
    public static long epochDay(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /**
     * Whether the fields form a real date and time (leap years included, no leap seconds).
     *
     * @param year the year
     * @param month the month
     * @param day the day
     * @param hour 0 to 23
     * @param minute 0 to 59
     * @param second 0 to 59
     * @return {@code true} if valid
     */
    public static boolean isValid(long year, int month, int day, int hour, int minute, int second) {
        if (month < 1
                || month > 12
                || day < 1
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return false;
        }
        int days;
        switch (month) {
            case 2:
                boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
                days = leap ? 29 : 28;
                break;
            case 4:
            case 6:
            case 9:
            case 11:
                days = 30;
                break;
            default:
                days = 31;
        }
        return day <= days;
    }

    /**
     * Epoch seconds of a local date and time at a fixed UTC offset.
     *
     * @param year the year
     * @param month 1 to 12
     * @param day 1 to 31
     * @param hour 0 to 23
     * @param minute 0 to 59
     * @param second 0 to 59
     * @param offsetSeconds the local time's offset from UTC, such as {@link #VIETNAM_OFFSET_SECONDS}
     * @return seconds since 1970-01-01T00:00:00Z
     */
    public static long epochSecond(long year, int month, int day, int hour, int minute, int second, int offsetSeconds) {
        return epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    }
}
