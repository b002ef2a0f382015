package vn.smartcity.egov.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dossier lifecycle over the DVCQG states. Dates and the scenario are synthetic. */
class DossierLifecycleTest {

    private static final DossierCode CODE = DossierCode.parse("000.00.14.H20-200703-0002");
    private static final ProcedureCode PROCEDURE = ProcedureCode.parse("2.002492");
    private static final LocalDateTime FRI_0900 = LocalDateTime.of(2020, 7, 3, 9, 0);
    private static final LocalDateTime DUE = LocalDateTime.of(2020, 7, 10, 17, 0); // Friday
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.weekendsOnly();

    @Test
    void fromReceiptToReturnedResult() {
        List<DossierEvent> heard = new ArrayList<>();
        DossierLifecycle lifecycle = new DossierLifecycle();
        lifecycle.addListener(heard::add);

        Dossier d = lifecycle.receive(CODE, PROCEDURE, FRI_0900, DUE, "motcua");
        d = lifecycle.moveTo(d, DossierStatus.PROCESSING, LocalDateTime.of(2020, 7, 6, 8, 0), "phong-chuyen-mon");
        d = lifecycle.moveTo(
                d, DossierStatus.SUPPLEMENT_REQUESTED, LocalDateTime.of(2020, 7, 7, 10, 0), "phong-chuyen-mon");
        assertEquals(Optional.of(LocalDateTime.of(2020, 7, 7, 10, 0)), d.pausedAt());
        assertEquals(Timeliness.PAUSED, d.timeliness(LocalDateTime.of(2020, 7, 20, 0, 0)));

        // Supplement brought on Thursday: paused Wednesday and Thursday, so the appointment moves
        // two working days, from Friday 10 to Tuesday 14 at 17:00.
        d = lifecycle.resume(d, DossierStatus.PROCESSING, LocalDateTime.of(2020, 7, 9, 14, 0), "motcua", CAL);
        assertEquals(Optional.of(LocalDateTime.of(2020, 7, 14, 17, 0)), d.dueAt());
        assertEquals(Optional.empty(), d.pausedAt());

        d = lifecycle.moveTo(d, DossierStatus.FEES_DUE, LocalDateTime.of(2020, 7, 13, 16, 0), "phong-chuyen-mon");
        d = lifecycle.moveTo(d, DossierStatus.RESULT_READY, LocalDateTime.of(2020, 7, 14, 11, 0), "lanh-dao");
        d = lifecycle.moveTo(d, DossierStatus.RESULT_RETURNED, LocalDateTime.of(2020, 7, 15, 8, 0), "motcua");

        assertEquals(DossierStatus.RESULT_RETURNED, d.status());
        assertEquals(Optional.of(FRI_0900), d.receivedAt());
        assertEquals(Optional.of(LocalDateTime.of(2020, 7, 14, 11, 0)), d.resolvedAt());
        assertEquals(Optional.of(LocalDateTime.of(2020, 7, 15, 8, 0)), d.returnedAt());
        assertEquals(Timeliness.ON_TIME, d.timeliness(LocalDateTime.of(2020, 8, 1, 0, 0)));
        assertEquals(0, d.daysLate(LocalDateTime.of(2020, 8, 1, 0, 0)));
        assertEquals(7, d.version());
        assertEquals(d.history(), heard);

        List<DossierStatus> path = new ArrayList<>();
        for (DossierEvent e : heard) {
            path.add(e.to());
            assertEquals(CODE, e.dossier());
        }
        assertEquals(
                List.of(
                        DossierStatus.RECEIVED,
                        DossierStatus.PROCESSING,
                        DossierStatus.SUPPLEMENT_REQUESTED,
                        DossierStatus.PROCESSING,
                        DossierStatus.FEES_DUE,
                        DossierStatus.RESULT_READY,
                        DossierStatus.RESULT_RETURNED),
                path);
        assertNull(heard.get(0).from());
        assertEquals(
                Optional.of(DossierStatus.SUPPLEMENT_REQUESTED), heard.get(3).previous());
        assertEquals("motcua", heard.get(3).actor());
        assertTrue(heard.get(3).changesDueDate(heard.get(2).dueAt()));
        assertEquals(DUE, heard.get(2).dueAt());
    }

    @Test
    void onlineRegistrationThenAcceptanceSetsTheAppointment() {
        Dossier d = Dossier.register(CODE, PROCEDURE, LocalDateTime.of(2020, 7, 5, 20, 0), "dvc-truc-tuyen");
        assertEquals(Timeliness.PENDING_RECEIPT, d.timeliness(FRI_0900.plusDays(10)));
        assertEquals(Optional.empty(), d.receivedAt());
        assertEquals(Optional.empty(), d.dueAt());
        Dossier received = d.moveTo(DossierStatus.RECEIVED, LocalDateTime.of(2020, 7, 6, 8, 30), "motcua", DUE);
        assertEquals(Optional.of(LocalDateTime.of(2020, 7, 6, 8, 30)), received.receivedAt());
        assertEquals(LocalDateTime.of(2020, 7, 5, 20, 0), received.submittedAt());
        assertEquals(Optional.of(DUE), received.dueAt());
        // The first value is untouched.
        assertEquals(DossierStatus.NEWLY_REGISTERED, d.status());
        assertEquals(1, d.version());
    }

    @Test
    void illegalTransitionsSayWhatIsAllowed() {
        Dossier returned = Dossier.receive(CODE, PROCEDURE, FRI_0900, DUE, "motcua")
                .moveTo(DossierStatus.RESULT_READY, FRI_0900.plusHours(1), "x")
                .moveTo(DossierStatus.RESULT_RETURNED, FRI_0900.plusHours(2), "x");
        IllegalDossierTransitionException e = assertThrows(
                IllegalDossierTransitionException.class,
                () -> returned.moveTo(DossierStatus.PROCESSING, FRI_0900.plusHours(3), "x"));
        assertEquals(
                "dossier 000.00.14.H20-200703-0002: cannot move from 10 Đã trả kết quả (RESULT_RETURNED)"
                        + " to 4 Đang xử lý (PROCESSING); RESULT_RETURNED is final",
                e.getMessage());
        assertEquals(DossierStatus.RESULT_RETURNED, e.from());
        assertEquals(DossierStatus.PROCESSING, e.to());

        Dossier received = Dossier.receive(CODE, PROCEDURE, FRI_0900, DUE, "motcua");
        assertEquals(
                "dossier 000.00.14.H20-200703-0002: cannot move from 2 Được tiếp nhận (RECEIVED) to 10 Đã trả kết"
                        + " quả (RESULT_RETURNED); allowed from RECEIVED: PROCESSING, SUPPLEMENT_REQUESTED, FEES_DUE,"
                        + " WITHDRAWN, SUSPENDED, RESULT_READY",
                assertThrows(
                                IllegalDossierTransitionException.class,
                                () -> received.moveTo(DossierStatus.RESULT_RETURNED, FRI_0900, "x"))
                        .getMessage());
        assertThrows(
                IllegalDossierTransitionException.class,
                () -> received.moveTo(DossierStatus.NEWLY_REGISTERED, FRI_0900, "x"));
        assertThrows(
                IllegalDossierTransitionException.class, () -> received.moveTo(DossierStatus.RECEIVED, FRI_0900, "x"));
    }

    @Test
    void everyPairFollowsTheTable() {
        // Each state is reached by a legal path, then every target is tried.
        for (DossierStatus from : DossierStatus.values()) {
            Dossier d = reach(from);
            for (DossierStatus to : DossierStatus.values()) {
                if (from.canMoveTo(to)) {
                    assertEquals(to, d.moveTo(to, d.updatedAt(), "x").status());
                } else {
                    assertThrows(IllegalDossierTransitionException.class, () -> d.moveTo(to, d.updatedAt(), "x"));
                }
            }
        }
    }

    private static Dossier reach(DossierStatus target) {
        Dossier d = Dossier.register(CODE, PROCEDURE, FRI_0900, "x");
        List<DossierStatus> path;
        switch (target) {
            case NEWLY_REGISTERED:
                path = List.of();
                break;
            case RECEIVED:
            case NOT_ACCEPTED:
            case WITHDRAWN:
            case SUPPLEMENT_REQUESTED:
                path = List.of(target);
                break;
            case RESULT_RETURNED:
                path = List.of(DossierStatus.RECEIVED, DossierStatus.RESULT_READY, target);
                break;
            default:
                path = List.of(DossierStatus.RECEIVED, target);
                break;
        }
        for (DossierStatus s : path) {
            d = d.moveTo(s, FRI_0900, "x");
        }
        assertEquals(target, d.status());
        return d;
    }

    @Test
    void timeDoesNotGoBackwards() {
        Dossier d = Dossier.receive(CODE, PROCEDURE, FRI_0900, DUE, "motcua");
        assertEquals(
                "dossier 000.00.14.H20-200703-0002: transition at 2020-07-03T08:59 is before the last change at"
                        + " 2020-07-03T09:00",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> d.moveTo(DossierStatus.PROCESSING, FRI_0900.minusMinutes(1), "x"))
                        .getMessage());
        assertEquals(
                "dossier 000.00.14.H20-200703-0002: appointment date 2020-07-02T17:00 is before the submission at"
                        + " 2020-07-03T09:00",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Dossier.receive(CODE, PROCEDURE, FRI_0900, DUE.minusDays(8), "x"))
                        .getMessage());
    }

    @Test
    void resumeNeedsAPause() {
        Dossier processing = Dossier.receive(CODE, PROCEDURE, FRI_0900, DUE, "motcua")
                .moveTo(DossierStatus.PROCESSING, FRI_0900, "x");
        assertEquals(
                "dossier 000.00.14.H20-200703-0002 is not paused (state PROCESSING)",
                assertThrows(
                                IllegalStateException.class,
                                () -> processing.resume(DossierStatus.PROCESSING, FRI_0900, "x", CAL))
                        .getMessage());
        Dossier snapshot = Dossier.builder(CODE, PROCEDURE)
                .status(DossierStatus.SUPPLEMENT_REQUESTED)
                .receivedAt(FRI_0900)
                .dueAt(DUE)
                .build();
        assertThrows(
                IllegalStateException.class,
                () -> snapshot.resume(DossierStatus.PROCESSING, FRI_0900.plusDays(1), "x", CAL));
        // Without an appointment date, resuming keeps none.
        Dossier noDue = Dossier.receive(CODE, PROCEDURE, FRI_0900, null, "motcua")
                .moveTo(DossierStatus.SUSPENDED, FRI_0900, "x")
                .resume(DossierStatus.PROCESSING, FRI_0900.plusDays(5), "x", CAL);
        assertEquals(Optional.empty(), noDue.dueAt());
    }

    @Test
    void aFailingListenerDoesNotStopOthersOrTheTransition() {
        List<String> failures = new ArrayList<>();
        List<DossierEvent> heard = new ArrayList<>();
        DossierLifecycle lifecycle =
                new DossierLifecycle((event, e) -> failures.add(event.to() + ": " + e.getMessage()));
        DossierListener broken = event -> {
            throw new IllegalStateException("portal down");
        };
        lifecycle.addListener(broken);
        lifecycle.addListener(heard::add);
        Dossier d = lifecycle.receive(CODE, PROCEDURE, FRI_0900, DUE, "motcua");
        assertEquals(DossierStatus.RECEIVED, d.status());
        assertEquals(List.of("RECEIVED: portal down"), failures);
        assertEquals(1, heard.size());
        assertSame(d.lastEvent().orElseThrow(), heard.get(0));
        assertTrue(lifecycle.removeListener(broken));
        lifecycle.moveTo(d, DossierStatus.PROCESSING, FRI_0900, "x");
        assertEquals(1, failures.size());
        assertEquals(2, heard.size());
    }

    @Test
    void builderChecksConsistency() {
        assertEquals(
                "dossier 000.00.14.H20-200703-0002: state RESULT_RETURNED needs returnedAt",
                assertThrows(
                                IllegalStateException.class,
                                () -> Dossier.builder(CODE, PROCEDURE)
                                        .status(DossierStatus.RESULT_RETURNED)
                                        .receivedAt(FRI_0900)
                                        .resolvedAt(FRI_0900.plusDays(1))
                                        .build())
                        .getMessage());
        assertEquals(
                "dossier 000.00.14.H20-200703-0002: set submittedAt or receivedAt",
                assertThrows(
                                IllegalStateException.class,
                                () -> Dossier.builder(CODE, PROCEDURE).build())
                        .getMessage());
        Dossier d = Dossier.builder(CODE, PROCEDURE)
                .status(DossierStatus.RESULT_RETURNED)
                .receivedAt(FRI_0900)
                .dueAt(DUE)
                .returnedAt(DUE.plusHours(1))
                .build();
        assertEquals(Optional.of(DUE.plusHours(1)), d.resolvedAt(), "finishing time defaults to the return time");
        assertEquals(Timeliness.LATE, d.timeliness(DUE));
        assertEquals(0, d.version());
        assertEquals("Dossier[000.00.14.H20-200703-0002 RESULT_RETURNED due 2020-07-10T17:00]", d.toString());
    }
}
