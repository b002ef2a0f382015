package vn.smartcity.egov.dossier;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Working days of state agencies: Monday to Friday, minus the public holidays and days off the
 * caller supplies, plus the Saturdays or Sundays the government declares working days (ngày làm
 * bù) when it moves a day off.
 *
 * <p>Processing times of procedures are mostly counted in working days (ngày làm việc), so the
 * appointment date and lateness in working days depend on this calendar. Vietnam's holidays
 * follow the lunar calendar (Tết, the Hùng Kings' day) and the days off around them are announced
 * each year, so none are built in: load them from the province's own list (the one-stop systems
 * keep one, {@code NgayNghi} in the Thanh Hóa system).
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    /** The largest number of working days {@link #plusWorkingDays} accepts (about 40 years). */
    public static final int MAX_DAYS = 10_000;

    private static final WorkingDayCalendar WEEKENDS_ONLY =
            new WorkingDayCalendar(Collections.emptyNavigableSet(), Collections.emptyNavigableSet());

    private final NavigableSet<LocalDate> daysOff;
    private final NavigableSet<LocalDate> extraWorkingDays;

    private WorkingDayCalendar(NavigableSet<LocalDate> daysOff, NavigableSet<LocalDate> extraWorkingDays) {
        this.daysOff = daysOff;
        this.extraWorkingDays = extraWorkingDays;
    }

    /**
     * A calendar where every Monday to Friday is a working day.
     *
     * @return the calendar
     */
    public static WorkingDayCalendar weekendsOnly() {
        return WEEKENDS_ONLY;
    }

    /**
     * A calendar with days off on weekdays.
     *
     * @param holidays public holidays and other days off; weekend dates among them change nothing
     * @return the calendar
     */
    public static WorkingDayCalendar withHolidays(Collection<LocalDate> holidays) {
        return WEEKENDS_ONLY.plusHolidays(holidays);
    }

    /**
     * This calendar with more days off.
     *
     * @param holidays days off to add
     * @return a new calendar
     */
    public WorkingDayCalendar plusHolidays(Collection<LocalDate> holidays) {
        TreeSet<LocalDate> off = new TreeSet<>(daysOff);
        for (LocalDate d : holidays) {
            off.add(Objects.requireNonNull(d, "holiday"));
        }
        TreeSet<LocalDate> extra = new TreeSet<>(extraWorkingDays);
        extra.removeAll(off);
        return new WorkingDayCalendar(
                Collections.unmodifiableNavigableSet(off), Collections.unmodifiableNavigableSet(extra));
    }

    /**
     * This calendar with Saturdays or Sundays that are worked (ngày làm bù).
     *
     * @param days weekend days that are working days; weekdays among them change nothing
     * @return a new calendar
     */
    public WorkingDayCalendar plusWorkingWeekendDays(Collection<LocalDate> days) {
        TreeSet<LocalDate> extra = new TreeSet<>(extraWorkingDays);
        for (LocalDate d : days) {
            if (isWeekend(Objects.requireNonNull(d, "day"))) {
                extra.add(d);
            }
        }
        TreeSet<LocalDate> off = new TreeSet<>(daysOff);
        off.removeAll(extra);
        return new WorkingDayCalendar(
                Collections.unmodifiableNavigableSet(off), Collections.unmodifiableNavigableSet(extra));
    }

    /**
     * Whether agencies work on a day.
     *
     * @param day the day
     * @return {@code true} for a weekday that is not a day off, or a declared working weekend day
     */
    public boolean isWorkingDay(LocalDate day) {
        if (isWeekend(day)) {
            return extraWorkingDays.contains(day);
        }
        return !daysOff.contains(day);
    }

    /**
     * The {@code n}-th working day after a day: with {@code n = 1} the next working day.
     *
     * @param from the day to count from (not counted itself)
     * @param n 0 to {@value #MAX_DAYS}; 0 returns {@code from}
     * @return the day
     * @throws IllegalArgumentException if {@code n} is out of range
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 0 || n > MAX_DAYS) {
            throw new IllegalArgumentException("working days must be 0 to " + MAX_DAYS + ", got " + n);
        }
        LocalDate d = from;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The working days after {@code from} up to and including {@code to}.
     *
     * @param from the first bound, not counted
     * @param to the last day counted
     * @return the count, 0 if {@code to} is not after {@code from}
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * 5;
        LocalDate d = from.plusDays(days / 7 * 7);
        while (d.isBefore(to)) {
            d = d.plusDays(1);
            if (!isWeekend(d)) {
                count++;
            }
        }
        for (LocalDate off : daysOff.subSet(from, false, to, true)) {
            if (!isWeekend(off)) {
                count--;
            }
        }
        count += extraWorkingDays.subSet(from, false, to, true).size();
        return count;
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek w = day.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof WorkingDayCalendar
                && daysOff.equals(((WorkingDayCalendar) o).daysOff)
                && extraWorkingDays.equals(((WorkingDayCalendar) o).extraWorkingDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(daysOff, extraWorkingDays);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar[" + daysOff.size() + " days off, " + extraWorkingDays.size()
                + " working weekend days]";
    }
}
