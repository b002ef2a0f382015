package vn.smartcity.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CivilTimeTest {

    @Test
    void agreesWithJavaTime() {
        Random random = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(random.nextLong() % 20_000_000_000L, 0, ZoneOffset.UTC);
            long expected = t.toEpochSecond(ZoneOffset.ofHours(7));
            assertEquals(
                    expected,
                    CivilTime.epochSecond(
                            t.getYear(),
                            t.getMonthValue(),
                            t.getDayOfMonth(),
                            t.getHour(),
                            t.getMinute(),
                            t.getSecond(),
                            CivilTime.VIETNAM_OFFSET_SECONDS),
                    t.toString());
        }
    }

    @Test
    void validity() {
        assertTrue(CivilTime.isValid(2024, 2, 29, 23, 59, 59));
        assertFalse(CivilTime.isValid(2023, 2, 29, 0, 0, 0));
        assertFalse(CivilTime.isValid(1900, 2, 29, 0, 0, 0));
        assertTrue(CivilTime.isValid(2000, 2, 29, 0, 0, 0));
        assertFalse(CivilTime.isValid(2025, 4, 31, 0, 0, 0));
        assertFalse(CivilTime.isValid(2025, 13, 1, 0, 0, 0));
        assertFalse(CivilTime.isValid(2025, 1, 1, 24, 0, 0));
    }
}
