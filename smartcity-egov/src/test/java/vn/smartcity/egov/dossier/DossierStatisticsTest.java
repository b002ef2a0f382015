package vn.smartcity.egov.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.id.AgencyCode;

/**
 * On-time figures over a synthetic set of twelve dossiers, expected values worked out by hand.
 *
 * <p>Rule (Thanh Hóa one-stop system reports, BaoCaoSo06WhereBuilder.cs in
 * HuanVu201/DichVuCong_KhoaLuan_PASETO): finished on or before NgayHenTra is on time; in processing
 * past NgayHenTra is overdue.
 */
class DossierStatisticsTest {

    private static final AgencyCode A = AgencyCode.parse("000.00.14.H20");
    private static final AgencyCode B = AgencyCode.parse("000.00.53.H48");
    private static final ProcedureCode P = ProcedureCode.parse("2.002492");
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2020, 7, 3, 9, 0);
    private static final LocalDateTime DUE = LocalDateTime.of(2020, 7, 10, 17, 0); // Friday
    private static final LocalDateTime AT = LocalDateTime.of(2020, 7, 20, 12, 0); // Monday
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.weekendsOnly();

    private final List<Dossier> dossiers = new ArrayList<>();

    private Dossier add(AgencyCode agency, DossierStatus status, LocalDateTime due, LocalDateTime resolved) {
        int n = dossiers.size() + 1;
        Dossier.Builder b = Dossier.builder(DossierCode.of(agency, RECEIVED.toLocalDate(), n), P)
                .status(status)
                .submittedAt(RECEIVED)
                .dueAt(due)
                .resolvedAt(resolved);
        if (status == DossierStatus.NEWLY_REGISTERED || status == DossierStatus.NOT_ACCEPTED) {
            b.dueAt(null);
        } else {
            b.receivedAt(RECEIVED);
        }
        if (status == DossierStatus.RESULT_RETURNED) {
            b.returnedAt(resolved == null ? null : resolved.plusHours(1));
        }
        Dossier d = b.build();
        dossiers.add(d);
        return d;
    }

    private List<Dossier> sample() {
        // Agency A
        Dossier early = add(A, DossierStatus.RESULT_RETURNED, DUE, LocalDateTime.of(2020, 7, 10, 10, 0));
        Dossier exactly = add(A, DossierStatus.RESULT_READY, DUE, DUE); // at the appointment time: on time
        Dossier late = add(A, DossierStatus.RESULT_RETURNED, DUE, LocalDateTime.of(2020, 7, 13, 9, 0));
        add(A, DossierStatus.PROCESSING, LocalDateTime.of(2020, 7, 22, 17, 0), null);
        Dossier overdue = add(A, DossierStatus.PROCESSING, LocalDateTime.of(2020, 7, 17, 17, 0), null);
        add(A, DossierStatus.SUPPLEMENT_REQUESTED, LocalDateTime.of(2020, 7, 15, 17, 0), null);
        add(A, DossierStatus.WITHDRAWN, DUE, null);
        // Agency B
        add(B, DossierStatus.RESULT_RETURNED, DUE, LocalDateTime.of(2020, 7, 9, 15, 0));
        add(B, DossierStatus.RESULT_RETURNED, DUE, LocalDateTime.of(2020, 7, 14, 8, 0));
        add(B, DossierStatus.NOT_ACCEPTED, DUE, null);
        add(B, DossierStatus.NEWLY_REGISTERED, DUE, null);
        add(B, DossierStatus.RECEIVED, null, null);

        assertEquals(Timeliness.ON_TIME, early.timeliness(AT));
        assertEquals(Timeliness.ON_TIME, exactly.timeliness(AT));
        assertEquals(Timeliness.LATE, late.timeliness(AT));
        // Late: due Friday 10, finished Monday 13: 3 calendar days, 1 working day.
        assertEquals(3, late.daysLate(AT));
        assertEquals(1, late.workingDaysLate(AT, CAL));
        assertEquals(Timeliness.OVERDUE, overdue.timeliness(AT));
        // Overdue: due Friday 17, judged Monday 20: 3 calendar days, 1 working day.
        assertEquals(3, overdue.daysLate(AT));
        assertEquals(1, overdue.workingDaysLate(AT, CAL));
        // Before its appointment time the same dossier was in progress.
        assertEquals(Timeliness.IN_PROGRESS, overdue.timeliness(LocalDateTime.of(2020, 7, 17, 17, 0)));
        assertEquals(0, early.daysLate(AT));
        return dossiers;
    }

    @Test
    void overall() {
        DossierStatistics stats = DossierStatistics.of(sample(), AT);
        DossierStatistics.Counts all = stats.overall();
        assertEquals(12, all.total());
        assertEquals(3, all.onTime());
        assertEquals(2, all.late());
        assertEquals(5, all.resolved());
        assertEquals(OptionalDouble.of(60.0), all.onTimePercent()); // 3 / 5
        assertEquals(2, all.inProgress());
        assertEquals(1, all.overdue());
        assertEquals(OptionalDouble.of(50.0), all.overduePercent()); // 1 / 2
        assertEquals(1, all.count(Timeliness.PAUSED));
        assertEquals(2, all.count(Timeliness.CLOSED_WITHOUT_RESULT));
        assertEquals(1, all.count(Timeliness.PENDING_RECEIPT));
        assertEquals(1, all.count(Timeliness.NO_DUE_DATE));

        assertEquals(4, all.count(DossierStatus.RESULT_RETURNED));
        assertEquals(1, all.count(DossierStatus.RESULT_READY));
        assertEquals(2, all.count(DossierStatus.PROCESSING));
        assertEquals(1, all.count(DossierStatus.SUPPLEMENT_REQUESTED));
        assertEquals(1, all.count(DossierStatus.WITHDRAWN));
        assertEquals(1, all.count(DossierStatus.NOT_ACCEPTED));
        assertEquals(1, all.count(DossierStatus.NEWLY_REGISTERED));
        assertEquals(1, all.count(DossierStatus.RECEIVED));
        assertEquals(0, all.count(DossierStatus.FEES_DUE));
        assertEquals(DossierStatus.values().length, all.byStatus().size());
    }

    @Test
    void byAgency() {
        DossierStatistics stats = DossierStatistics.of(sample(), AT);
        assertEquals(List.of(A, B), new ArrayList<>(stats.byAgency().keySet()));
        DossierStatistics.Counts a = stats.byAgency().get(A);
        assertEquals(7, a.total());
        assertEquals(2, a.onTime());
        assertEquals(1, a.late());
        assertEquals(200.0 / 3, a.onTimePercent().orElseThrow(), 1e-9); // 2 / 3
        assertEquals(1, a.overdue());
        DossierStatistics.Counts b = stats.byAgency().get(B);
        assertEquals(5, b.total());
        assertEquals(OptionalDouble.of(50.0), b.onTimePercent()); // 1 / 2
        assertEquals(OptionalDouble.empty(), b.overduePercent());
        assertEquals(0, b.inProgress());
    }

    @Test
    void emptySet() {
        DossierStatistics stats = DossierStatistics.of(List.of(), AT);
        assertEquals(0, stats.overall().total());
        assertEquals(OptionalDouble.empty(), stats.overall().onTimePercent());
        assertEquals(0, stats.byAgency().size());
        assertEquals(AT, stats.at());
    }
}
