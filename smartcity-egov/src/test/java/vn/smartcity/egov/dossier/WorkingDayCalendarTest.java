package vn.smartcity.egov.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthetic calendars: the holidays below are made up for the test, not Vietnam's official days off. */
class WorkingDayCalendarTest {

    private static final LocalDate FRI = LocalDate.of(2020, 7, 3); // a Friday

    @Test
    void weekendsAreOff() {
        WorkingDayCalendar cal = WorkingDayCalendar.weekendsOnly();
        assertTrue(cal.isWorkingDay(FRI));
        assertFalse(cal.isWorkingDay(FRI.plusDays(1)));
        assertFalse(cal.isWorkingDay(FRI.plusDays(2)));
        assertEquals(FRI, cal.plusWorkingDays(FRI, 0));
        assertEquals(LocalDate.of(2020, 7, 6), cal.plusWorkingDays(FRI, 1));
        assertEquals(LocalDate.of(2020, 7, 10), cal.plusWorkingDays(FRI, 5));
        assertEquals(LocalDate.of(2020, 7, 17), cal.plusWorkingDays(FRI, 10));
    }

    @Test
    void countsBetweenExclusiveInclusive() {
        WorkingDayCalendar cal = WorkingDayCalendar.weekendsOnly();
        assertEquals(0, cal.workingDaysBetween(FRI, FRI));
        assertEquals(0, cal.workingDaysBetween(FRI, FRI.plusDays(2))); // Sat, Sun
        assertEquals(1, cal.workingDaysBetween(FRI, FRI.plusDays(3))); // Mon
        assertEquals(5, cal.workingDaysBetween(FRI, FRI.plusDays(7)));
        assertEquals(262, cal.workingDaysBetween(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 12, 31)));
        assertEquals(0, cal.workingDaysBetween(FRI.plusDays(7), FRI));
    }

    @Test
    void holidaysAndWorkingWeekendDays() {
        LocalDate monday = LocalDate.of(2020, 7, 6);
        LocalDate saturday = LocalDate.of(2020, 7, 11);
        WorkingDayCalendar cal = WorkingDayCalendar.withHolidays(List.of(monday, FRI.plusDays(1)))
                .plusWorkingWeekendDays(List.of(saturday, LocalDate.of(2020, 7, 8)));
        assertFalse(cal.isWorkingDay(monday));
        assertTrue(cal.isWorkingDay(saturday));
        assertTrue(cal.isWorkingDay(LocalDate.of(2020, 7, 8)), "a weekday stays a working day");
        assertEquals(LocalDate.of(2020, 7, 7), cal.plusWorkingDays(FRI, 1));
        assertEquals(saturday, cal.plusWorkingDays(FRI, 5));
        // Fri 3 -> Sun 12: Tue..Fri (4) + Sat 11 (1) = 5
        assertEquals(5, cal.workingDaysBetween(FRI, LocalDate.of(2020, 7, 12)));
        // A holiday added later wins over a working weekend day.
        assertFalse(cal.plusHolidays(List.of(saturday)).isWorkingDay(saturday));
    }

    @Test
    void countingAgreesWithStepping() {
        WorkingDayCalendar cal = WorkingDayCalendar.withHolidays(
                        List.of(LocalDate.of(2021, 2, 10), LocalDate.of(2021, 2, 11), LocalDate.of(2021, 2, 12)))
                .plusWorkingWeekendDays(List.of(LocalDate.of(2021, 2, 20)));
        LocalDate start = LocalDate.of(2021, 1, 28);
        for (int n = 0; n <= 40; n++) {
            assertEquals(n, cal.workingDaysBetween(start, cal.plusWorkingDays(start, n)), "n=" + n);
        }
    }

    @Test
    void rejectsOutOfRange() {
        WorkingDayCalendar cal = WorkingDayCalendar.weekendsOnly();
        assertEquals(
                "working days must be 0 to 10000, got -1",
                assertThrows(IllegalArgumentException.class, () -> cal.plusWorkingDays(FRI, -1))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> cal.plusWorkingDays(FRI, 10_001));
    }
}
