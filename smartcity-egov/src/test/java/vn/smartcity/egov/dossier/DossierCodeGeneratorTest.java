package vn.smartcity.egov.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.id.AgencyCode;

/** Daily numbering of Circular 01/2018/TT-VPCP Art. 19 ("số thứ tự hồ sơ tiếp nhận trong ngày"). */
class DossierCodeGeneratorTest {

    private static final AgencyCode DONG_THAP = AgencyCode.parse("000.00.14.H20");
    private static final AgencyCode BINH_SON = AgencyCode.parse("000.00.53.H48");

    @Test
    void numbersPerAgencyPerDayInVietnamTime() {
        // 2020-07-02T17:30Z is 00:30 on 3 July in Vietnam (UTC+7): the receipt day is 200703.
        Clock clock = Clock.fixed(Instant.parse("2020-07-02T17:30:00Z"), ZoneOffset.UTC);
        DossierCodeGenerator codes = new DossierCodeGenerator(new InMemoryDossierSequence(), clock);
        assertEquals("000.00.14.H20-200703-0001", codes.next(DONG_THAP).toString());
        assertEquals("000.00.14.H20-200703-0002", codes.next(DONG_THAP).toString());
        assertEquals("000.00.53.H48-200703-0001", codes.next(BINH_SON).toString());
        assertEquals(
                "000.00.14.H20-200704-0001",
                codes.next(DONG_THAP, LocalDate.of(2020, 7, 4)).toString());
        assertEquals("000.00.14.H20-200703-0003", codes.next(DONG_THAP).toString());
    }

    @Test
    void overflowPast9999IsAClearErrorAndStaysFull() {
        InMemoryDossierSequence sequence = new InMemoryDossierSequence();
        DossierCodeGenerator codes = new DossierCodeGenerator(sequence, Clock.systemUTC());
        LocalDate day = LocalDate.of(2022, 9, 21);
        DossierCode last = null;
        for (int i = 0; i < DossierCode.MAX_SEQUENCE; i++) {
            last = codes.next(BINH_SON, day);
        }
        assertEquals("000.00.53.H48-220921-9999", String.valueOf(last));
        DossierSequenceExhaustedException e =
                assertThrows(DossierSequenceExhaustedException.class, () -> codes.next(BINH_SON, day));
        assertEquals(
                "daily dossier sequence exhausted for agency 000.00.53.H48 on 2022-09-21: number 10000 does not fit"
                        + " the four digits of the code (at most 9999 dossiers per agency per day,"
                        + " Circular 01/2018/TT-VPCP Art. 19)",
                e.getMessage());
        assertEquals(BINH_SON, e.agency());
        assertEquals(day, e.day());
        // No wrap-around to 0001, which was issued already.
        assertThrows(DossierSequenceExhaustedException.class, () -> codes.next(BINH_SON, day));
        assertEquals(10000, sequence.last(BINH_SON, day));
        // The next day starts again.
        assertEquals(
                "000.00.53.H48-220922-0001",
                codes.next(BINH_SON, day.plusDays(1)).toString());
    }

    @Test
    void aSourceReturningZeroIsRefused() {
        DossierCodeGenerator codes = new DossierCodeGenerator((agency, day) -> 0, Clock.systemUTC());
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> codes.next(DONG_THAP, LocalDate.of(2020, 7, 3)));
        assertEquals(
                "sequence source returned 0 for agency 000.00.14.H20 on 2020-07-03; daily numbers start at 1",
                e.getMessage());
    }

    @Test
    void concurrentCallersGetDistinctNumbers() throws Exception {
        DossierCodeGenerator codes = DossierCodeGenerator.inMemory();
        LocalDate day = LocalDate.of(2023, 10, 27);
        Set<DossierCode> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        seen.add(codes.next(DONG_THAP, day));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(2000, seen.size());
        assertEquals(2000, seen.stream().mapToInt(DossierCode::sequence).max().orElseThrow());
    }

    @Test
    void discardBeforeForgetsOldDays() {
        InMemoryDossierSequence sequence = new InMemoryDossierSequence();
        LocalDate day = LocalDate.of(2024, 1, 2);
        sequence.next(DONG_THAP, day.minusDays(1));
        sequence.next(DONG_THAP, day);
        sequence.discardBefore(day);
        assertEquals(0, sequence.last(DONG_THAP, day.minusDays(1)));
        assertEquals(1, sequence.last(DONG_THAP, day));
    }
}
