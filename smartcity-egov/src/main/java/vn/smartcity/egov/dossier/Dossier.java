package vn.smartcity.egov.dossier;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.id.AgencyCode;

/**
 * A dossier at one point of its life: its code, procedure, state, timestamps, appointment date
 * (ngày hẹn trả) and the events that brought it there.
 *
 * <p>Immutable: every transition returns a new value and leaves this one as it was, so a value can
 * be shared between threads without locks. Two threads moving the same value produce two
 * competing successors; the store that keeps dossiers decides which wins, for example by saving
 * only if the stored {@link #version()} is still the one the change started from (optimistic
 * locking). An immutable value was chosen over a mutable tracker because dossiers live in
 * databases and on the national portal, not in one JVM: a value is what a store, a JSON model and
 * a stream processor can each hold without sharing locks.
 *
 * <p>Transitions follow {@link DossierStatus#next()}; anything else throws {@link
 * IllegalDossierTransitionException}. Times are Vietnam local times and never go backwards.
 *
 * <p>The appointment date is set on receipt and may be replaced on any transition ({@link
 * #moveTo(DossierStatus, LocalDateTime, String, LocalDateTime)}): on acceptance of an online
 * dossier, or when processing restarts after a supplement under a rule that counts the time again
 * from the start. {@link #resume(DossierStatus, LocalDateTime, String, WorkingDayCalendar)} applies
 * the other rule found in the one-stop systems: the date moves later by the working days the
 * dossier waited on the applicant. Every change of the date is in the events, so reports can audit
 * it. A dossier loaded from another system (the national portal, a province's database) without its
 * history is built with {@link #builder(DossierCode, ProcedureCode)}.
 */
public final class Dossier {

    private final DossierCode code;
    private final ProcedureCode procedure;
    private final DossierStatus status;
    private final LocalDateTime submittedAt;
    private final @Nullable LocalDateTime receivedAt;
    private final @Nullable LocalDateTime dueAt;
    private final @Nullable LocalDateTime resolvedAt;
    private final @Nullable LocalDateTime returnedAt;
    private final @Nullable LocalDateTime pausedAt;
    private final LocalDateTime updatedAt;
    private final List<DossierEvent> history;

    private Dossier(
            DossierCode code,
            ProcedureCode procedure,
            DossierStatus status,
            LocalDateTime submittedAt,
            @Nullable LocalDateTime receivedAt,
            @Nullable LocalDateTime dueAt,
            @Nullable LocalDateTime resolvedAt,
            @Nullable LocalDateTime returnedAt,
            @Nullable LocalDateTime pausedAt,
            LocalDateTime updatedAt,
            List<DossierEvent> history) {
        this.code = code;
        this.procedure = procedure;
        this.status = status;
        this.submittedAt = submittedAt;
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.resolvedAt = resolvedAt;
        this.returnedAt = returnedAt;
        this.pausedAt = pausedAt;
        this.updatedAt = updatedAt;
        this.history = history;
    }

    /**
     * A dossier submitted online, waiting for the one-stop desk ({@link
     * DossierStatus#NEWLY_REGISTERED}, no appointment date yet).
     *
     * @param code the dossier code
     * @param procedure the procedure
     * @param at when it was submitted
     * @param actor who or which step registered it
     * @return the dossier with one event
     */
    public static Dossier register(DossierCode code, ProcedureCode procedure, LocalDateTime at, String actor) {
        return create(code, procedure, DossierStatus.NEWLY_REGISTERED, at, actor, null);
    }

    /**
     * A dossier accepted at the one-stop desk ({@link DossierStatus#RECEIVED}).
     *
     * @param code the dossier code
     * @param procedure the procedure
     * @param at when it was received
     * @param dueAt the appointment date, or {@code null} for procedures without one
     * @param actor who or which step received it
     * @return the dossier with one event
     * @throws IllegalArgumentException if {@code dueAt} is before {@code at}
     */
    public static Dossier receive(
            DossierCode code, ProcedureCode procedure, LocalDateTime at, @Nullable LocalDateTime dueAt, String actor) {
        return create(code, procedure, DossierStatus.RECEIVED, at, actor, dueAt);
    }

    private static Dossier create(
            DossierCode code,
            ProcedureCode procedure,
            DossierStatus status,
            LocalDateTime at,
            String actor,
            @Nullable LocalDateTime dueAt) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        checkDue(code, at, dueAt);
        DossierEvent first = new DossierEvent(code, null, status, at, actor, dueAt);
        return new Dossier(
                code,
                procedure,
                status,
                at,
                status == DossierStatus.RECEIVED ? at : null,
                dueAt,
                null,
                null,
                null,
                at,
                List.of(first));
    }

    /**
     * Starts a dossier known only by its current state, as another system reports it (no events).
     *
     * @param code the dossier code
     * @param procedure the procedure
     * @return a builder
     */
    public static Builder builder(DossierCode code, ProcedureCode procedure) {
        return new Builder(code, procedure);
    }

    /**
     * Moves the dossier to another state, keeping the appointment date.
     *
     * @param to the new state
     * @param at when; not before {@link #updatedAt()}
     * @param actor who or which step
     * @return the dossier in the new state
     * @throws IllegalDossierTransitionException if the current state does not lead to {@code to}
     * @throws IllegalArgumentException if {@code at} is before the last change
     */
    public Dossier moveTo(DossierStatus to, LocalDateTime at, String actor) {
        return transition(to, at, actor, dueAt);
    }

    /**
     * Moves the dossier to another state and sets a new appointment date.
     *
     * @param to the new state
     * @param at when; not before {@link #updatedAt()}
     * @param actor who or which step
     * @param newDueAt the new appointment date, or {@code null} to remove it
     * @return the dossier in the new state
     * @throws IllegalDossierTransitionException if the current state does not lead to {@code to}
     * @throws IllegalArgumentException if {@code at} is before the last change or {@code newDueAt}
     *     before the submission
     */
    public Dossier moveTo(DossierStatus to, LocalDateTime at, String actor, @Nullable LocalDateTime newDueAt) {
        return transition(to, at, actor, newDueAt);
    }

    /**
     * Leaves a paused state (supplement requested, fees due, stopped) and moves the appointment
     * date later by the working days of the pause: those after the day the pause began, up to and
     * including the day it ends. A supplement requested on a Monday and brought on the Wednesday
     * moves the date by two working days, keeping its time of day.
     *
     * @param to the new state, such as {@link DossierStatus#PROCESSING}
     * @param at when processing resumes
     * @param actor who or which step
     * @param calendar the working days
     * @return the dossier in the new state with the later appointment date (none if it had none)
     * @throws IllegalStateException if the dossier is not paused or when the pause began is unknown
     * @throws IllegalDossierTransitionException if the current state does not lead to {@code to}
     * @throws IllegalArgumentException if {@code at} is before the last change or the pause spans
     *     more than {@value WorkingDayCalendar#MAX_DAYS} working days
     */
    public Dossier resume(DossierStatus to, LocalDateTime at, String actor, WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(at, "at");
        if (!status.isPaused()) {
            throw new IllegalStateException("dossier " + code + " is not paused (state " + status + ")");
        }
        LocalDateTime since = pausedAt;
        if (since == null) {
            throw new IllegalStateException("dossier " + code + ": the start of the pause is unknown;"
                    + " give the new appointment date with moveTo(to, at, actor, newDueAt)");
        }
        LocalDateTime due = dueAt;
        LocalDateTime newDue = null;
        if (due != null) {
            long shift = calendar.workingDaysBetween(since.toLocalDate(), at.toLocalDate());
            newDue = LocalDateTime.of(
                    calendar.plusWorkingDays(
                            due.toLocalDate(), (int) Math.min(shift, WorkingDayCalendar.MAX_DAYS + 1L)),
                    due.toLocalTime());
        }
        return transition(to, at, actor, newDue);
    }

    private Dossier transition(DossierStatus to, LocalDateTime at, String actor, @Nullable LocalDateTime newDueAt) {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        if (!status.canMoveTo(to)) {
            throw new IllegalDossierTransitionException(code, status, to);
        }
        if (at.isBefore(updatedAt)) {
            throw new IllegalArgumentException(
                    "dossier " + code + ": transition at " + at + " is before the last change at " + updatedAt);
        }
        checkDue(code, submittedAt, newDueAt);
        List<DossierEvent> events = new ArrayList<>(history.size() + 1);
        events.addAll(history);
        events.add(new DossierEvent(code, status, to, at, actor, newDueAt));
        LocalDateTime received = receivedAt == null && to == DossierStatus.RECEIVED ? at : receivedAt;
        LocalDateTime resolved =
                resolvedAt == null && (to == DossierStatus.RESULT_READY || to == DossierStatus.RESULT_RETURNED)
                        ? at
                        : resolvedAt;
        LocalDateTime returned = to == DossierStatus.RESULT_RETURNED ? at : returnedAt;
        LocalDateTime paused = to.isPaused() ? at : null;
        return new Dossier(
                code,
                procedure,
                to,
                submittedAt,
                received,
                newDueAt,
                resolved,
                returned,
                paused,
                at,
                List.copyOf(events));
    }

    private static void checkDue(DossierCode code, LocalDateTime start, @Nullable LocalDateTime dueAt) {
        if (dueAt != null && dueAt.isBefore(start)) {
            throw new IllegalArgumentException(
                    "dossier " + code + ": appointment date " + dueAt + " is before the submission at " + start);
        }
    }

    /**
     * The dossier code.
     *
     * @return the code
     */
    public DossierCode code() {
        return code;
    }

    /**
     * The receiving agency, from the code.
     *
     * @return the agency part of {@link #code()}
     */
    public AgencyCode agency() {
        return code.agency();
    }

    /**
     * The procedure.
     *
     * @return the procedure code
     */
    public ProcedureCode procedure() {
        return procedure;
    }

    /**
     * The current state.
     *
     * @return the state
     */
    public DossierStatus status() {
        return status;
    }

    /**
     * When the dossier entered the system: registration online or receipt at the desk.
     *
     * @return the time of the first event
     */
    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    /**
     * When the one-stop desk accepted the dossier (ngày tiếp nhận).
     *
     * @return the time, or empty if not accepted
     */
    public Optional<LocalDateTime> receivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    /**
     * The appointment date (ngày hẹn trả, {@code NgayHenTra}).
     *
     * @return the date and time, or empty if none
     */
    public Optional<LocalDateTime> dueAt() {
        return Optional.ofNullable(dueAt);
    }

    /**
     * When processing finished (ngày kết thúc xử lý): the first time the dossier reached {@link
     * DossierStatus#RESULT_READY} or {@link DossierStatus#RESULT_RETURNED}.
     *
     * @return the time, or empty if not finished
     */
    public Optional<LocalDateTime> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    /**
     * When the result was handed over (ngày trả kết quả, {@code NgayTra}).
     *
     * @return the time, or empty if not returned
     */
    public Optional<LocalDateTime> returnedAt() {
        return Optional.ofNullable(returnedAt);
    }

    /**
     * When the current pause began.
     *
     * @return the time, or empty if the dossier is not paused or the time is unknown
     */
    public Optional<LocalDateTime> pausedAt() {
        return Optional.ofNullable(pausedAt);
    }

    /**
     * The time of the last change.
     *
     * @return the time of the last event, or the latest time known for a dossier built from a state
     */
    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    /**
     * The events in order, the first one creating the dossier.
     *
     * @return an unmodifiable list, empty for a dossier built from a state
     */
    public List<DossierEvent> history() {
        return history;
    }

    /**
     * The event that led to this state.
     *
     * @return the last event, or empty for a dossier built from a state
     */
    public Optional<DossierEvent> lastEvent() {
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /**
     * The number of events, for optimistic locking in a store.
     *
     * @return the size of {@link #history()}
     */
    public int version() {
        return history.size();
    }

    /**
     * Where the dossier stands against its appointment date.
     *
     * @param at the time to judge at (used for dossiers still in processing)
     * @return the verdict
     */
    public Timeliness timeliness(LocalDateTime at) {
        Objects.requireNonNull(at, "at");
        switch (status) {
            case NEWLY_REGISTERED:
                return Timeliness.PENDING_RECEIPT;
            case NOT_ACCEPTED:
            case WITHDRAWN:
                return Timeliness.CLOSED_WITHOUT_RESULT;
            default:
                break;
        }
        LocalDateTime due = dueAt;
        LocalDateTime resolved = resolvedAt;
        if (resolved != null) {
            if (due == null) {
                return Timeliness.NO_DUE_DATE;
            }
            return resolved.isAfter(due) ? Timeliness.LATE : Timeliness.ON_TIME;
        }
        if (status.isPaused()) {
            return Timeliness.PAUSED;
        }
        if (due == null) {
            return Timeliness.NO_DUE_DATE;
        }
        return at.isAfter(due) ? Timeliness.OVERDUE : Timeliness.IN_PROGRESS;
    }

    /**
     * By how many calendar days the appointment date was or is missed: from the appointment day
     * to the day processing finished ({@link Timeliness#LATE}) or to {@code at} ({@link
     * Timeliness#OVERDUE}), at least 1 when late at all.
     *
     * @param at the time to judge at
     * @return the days late, 0 when not late
     */
    public long daysLate(LocalDateTime at) {
        LocalDateTime end = lateEnd(at);
        LocalDateTime due = dueAt;
        if (end == null || due == null) {
            return 0;
        }
        return Math.max(1, ChronoUnit.DAYS.between(due.toLocalDate(), end.toLocalDate()));
    }

    /**
     * As {@link #daysLate(LocalDateTime)}, counting working days only: those after the appointment
     * day up to and including the day processing finished or {@code at}; at least 1 when late.
     *
     * @param at the time to judge at
     * @param calendar the working days
     * @return the working days late, 0 when not late
     */
    public long workingDaysLate(LocalDateTime at, WorkingDayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        LocalDateTime end = lateEnd(at);
        LocalDateTime due = dueAt;
        if (end == null || due == null) {
            return 0;
        }
        return Math.max(1, calendar.workingDaysBetween(due.toLocalDate(), end.toLocalDate()));
    }

    private @Nullable LocalDateTime lateEnd(LocalDateTime at) {
        Timeliness t = timeliness(at);
        if (t == Timeliness.LATE) {
            return resolvedAt;
        }
        return t == Timeliness.OVERDUE ? at : null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Dossier)) {
            return false;
        }
        Dossier d = (Dossier) o;
        return code.equals(d.code)
                && procedure.equals(d.procedure)
                && status == d.status
                && submittedAt.equals(d.submittedAt)
                && Objects.equals(receivedAt, d.receivedAt)
                && Objects.equals(dueAt, d.dueAt)
                && Objects.equals(resolvedAt, d.resolvedAt)
                && Objects.equals(returnedAt, d.returnedAt)
                && Objects.equals(pausedAt, d.pausedAt)
                && updatedAt.equals(d.updatedAt)
                && history.equals(d.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, status, updatedAt, history.size());
    }

    /**
     * A short description without personal data.
     *
     * @return such as {@code Dossier[000.00.14.H20-200703-0002 PROCESSING due 2020-07-10T17:00]}
     */
    @Override
    public String toString() {
        return "Dossier[" + code + " " + status + (dueAt == null ? "" : " due " + dueAt) + "]";
    }

    /**
     * Builds a dossier from a state reported by another system, without events: the national
     * portal's {@code TrangThaiHoSo}, {@code NgayTiepNhan}, {@code NgayHenTra}, {@code
     * NgayKetThucXuLy} and {@code NgayTra}.
     */
    public static final class Builder {

        private final DossierCode code;
        private final ProcedureCode procedure;
        private DossierStatus status = DossierStatus.RECEIVED;
        private @Nullable LocalDateTime submittedAt;
        private @Nullable LocalDateTime receivedAt;
        private @Nullable LocalDateTime dueAt;
        private @Nullable LocalDateTime resolvedAt;
        private @Nullable LocalDateTime returnedAt;
        private @Nullable LocalDateTime pausedAt;

        private Builder(DossierCode code, ProcedureCode procedure) {
            this.code = Objects.requireNonNull(code, "code");
            this.procedure = Objects.requireNonNull(procedure, "procedure");
        }

        /**
         * The state; {@link DossierStatus#RECEIVED} if not set.
         *
         * @param status the state
         * @return this builder
         */
        public Builder status(DossierStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * When the dossier was submitted; the receipt time if not set.
         *
         * @param at the time
         * @return this builder
         */
        public Builder submittedAt(@Nullable LocalDateTime at) {
            this.submittedAt = at;
            return this;
        }

        /**
         * When the desk accepted it ({@code NgayTiepNhan}).
         *
         * @param at the time
         * @return this builder
         */
        public Builder receivedAt(@Nullable LocalDateTime at) {
            this.receivedAt = at;
            return this;
        }

        /**
         * The appointment date ({@code NgayHenTra}).
         *
         * @param at the time
         * @return this builder
         */
        public Builder dueAt(@Nullable LocalDateTime at) {
            this.dueAt = at;
            return this;
        }

        /**
         * When processing finished ({@code NgayKetThucXuLy}).
         *
         * @param at the time
         * @return this builder
         */
        public Builder resolvedAt(@Nullable LocalDateTime at) {
            this.resolvedAt = at;
            return this;
        }

        /**
         * When the result was handed over ({@code NgayTra}).
         *
         * @param at the time
         * @return this builder
         */
        public Builder returnedAt(@Nullable LocalDateTime at) {
            this.returnedAt = at;
            return this;
        }

        /**
         * When the current pause began, so {@link Dossier#resume} can move the appointment date.
         *
         * @param at the time
         * @return this builder
         */
        public Builder pausedAt(@Nullable LocalDateTime at) {
            this.pausedAt = at;
            return this;
        }

        /**
         * Checks the state and its times fit together and makes the dossier.
         *
         * @return the dossier, with an empty history
         * @throws IllegalStateException if neither submission nor receipt time is set, a finished
         *     dossier has no finishing time, a returned one no return time, or times are out of order
         */
        public Dossier build() {
            LocalDateTime received = receivedAt;
            LocalDateTime submitted = submittedAt != null ? submittedAt : received;
            if (submitted == null) {
                throw new IllegalStateException("dossier " + code + ": set submittedAt or receivedAt");
            }
            LocalDateTime resolved = resolvedAt;
            LocalDateTime returned = returnedAt;
            if (resolved == null && returned != null) {
                resolved = returned;
            }
            if (resolved == null && (status == DossierStatus.RESULT_READY || status == DossierStatus.RESULT_RETURNED)) {
                throw new IllegalStateException("dossier " + code + ": state " + status + " needs resolvedAt");
            }
            if (returned == null && status == DossierStatus.RESULT_RETURNED) {
                throw new IllegalStateException("dossier " + code + ": state " + status + " needs returnedAt");
            }
            LocalDateTime paused = status.isPaused() ? pausedAt : null;
            LocalDateTime updated = submitted;
            for (LocalDateTime t : new LocalDateTime[] {received, resolved, returned, paused}) {
                if (t != null) {
                    if (t.isBefore(submitted)) {
                        throw new IllegalStateException(
                                "dossier " + code + ": time " + t + " is before the submission at " + submitted);
                    }
                    if (t.isAfter(updated)) {
                        updated = t;
                    }
                }
            }
            checkDue(code, submitted, dueAt);
            return new Dossier(
                    code, procedure, status, submitted, received, dueAt, resolved, returned, paused, updated,
                    List.of());
        }
    }
}
