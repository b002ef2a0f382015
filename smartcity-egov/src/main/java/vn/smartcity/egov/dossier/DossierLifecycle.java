package vn.smartcity.egov.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies dossier transitions and tells {@link DossierListener}s about each one.
 *
 * <pre>{@code
 * DossierLifecycle lifecycle = new DossierLifecycle();
 * lifecycle.addListener(event -> portal.push(event));        // e.g. sync TrangThaiHoSo to DVCQG
 * Dossier d = lifecycle.receive(code, procedure, now, due, "motcua");
 * d = lifecycle.moveTo(d, DossierStatus.PROCESSING, later, "phong-chuyen-mon");
 * }</pre>
 *
 * <p>The {@link Dossier} methods do the work and stay pure; this class only adds notification.
 * Thread-safe: listeners may be added and removed while transitions run. A listener that throws
 * does not undo the transition or stop the other listeners; the exception goes to the failure
 * handler, which by default logs it at WARN with the dossier code (no personal data).
 */
public final class DossierLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DossierLifecycle.class);

    private final List<DossierListener> listeners = new CopyOnWriteArrayList<>();
    private final BiConsumer<DossierEvent, RuntimeException> onListenerFailure;

    /** Creates a lifecycle whose listener failures are logged. */
    public DossierLifecycle() {
        this((event, e) ->
                LOG.warn("dossier listener failed on {} -> {} for {}", event.from(), event.to(), event.dossier(), e));
    }

    /**
     * Creates a lifecycle with its own handler of listener failures.
     *
     * @param onListenerFailure receives the event and what the listener threw
     */
    public DossierLifecycle(BiConsumer<DossierEvent, RuntimeException> onListenerFailure) {
        this.onListenerFailure = Objects.requireNonNull(onListenerFailure, "onListenerFailure");
    }

    /**
     * Adds a listener; it hears transitions applied from now on.
     *
     * @param listener the listener
     */
    public void addListener(DossierListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Removes a listener.
     *
     * @param listener the listener
     * @return {@code true} if it was registered
     */
    public boolean removeListener(DossierListener listener) {
        return listeners.remove(listener);
    }

    /**
     * {@link Dossier#register} and notify.
     *
     * @param code the dossier code
     * @param procedure the procedure
     * @param at when it was submitted
     * @param actor who or which step
     * @return the new dossier
     */
    public Dossier register(DossierCode code, ProcedureCode procedure, LocalDateTime at, String actor) {
        return publish(Dossier.register(code, procedure, at, actor));
    }

    /**
     * {@link Dossier#receive} and notify.
     *
     * @param code the dossier code
     * @param procedure the procedure
     * @param at when it was received
     * @param dueAt the appointment date, or {@code null}
     * @param actor who or which step
     * @return the new dossier
     */
    public Dossier receive(
            DossierCode code, ProcedureCode procedure, LocalDateTime at, @Nullable LocalDateTime dueAt, String actor) {
        return publish(Dossier.receive(code, procedure, at, dueAt, actor));
    }

    /**
     * {@link Dossier#moveTo(DossierStatus, LocalDateTime, String)} and notify.
     *
     * @param dossier the dossier
     * @param to the new state
     * @param at when
     * @param actor who or which step
     * @return the dossier in the new state
     * @throws IllegalDossierTransitionException if the current state does not lead to {@code to}
     */
    public Dossier moveTo(Dossier dossier, DossierStatus to, LocalDateTime at, String actor) {
        return publish(dossier.moveTo(to, at, actor));
    }

    /**
     * {@link Dossier#moveTo(DossierStatus, LocalDateTime, String, LocalDateTime)} and notify.
     *
     * @param dossier the dossier
     * @param to the new state
     * @param at when
     * @param actor who or which step
     * @param newDueAt the new appointment date, or {@code null} to remove it
     * @return the dossier in the new state
     * @throws IllegalDossierTransitionException if the current state does not lead to {@code to}
     */
    public Dossier moveTo(
            Dossier dossier, DossierStatus to, LocalDateTime at, String actor, @Nullable LocalDateTime newDueAt) {
        return publish(dossier.moveTo(to, at, actor, newDueAt));
    }

    /**
     * {@link Dossier#resume} and notify.
     *
     * @param dossier the paused dossier
     * @param to the new state
     * @param at when processing resumes
     * @param actor who or which step
     * @param calendar the working days
     * @return the dossier in the new state
     * @throws IllegalStateException if the dossier is not paused
     */
    public Dossier resume(
            Dossier dossier, DossierStatus to, LocalDateTime at, String actor, WorkingDayCalendar calendar) {
        return publish(dossier.resume(to, at, actor, calendar));
    }

    private Dossier publish(Dossier dossier) {
        DossierEvent event = dossier.lastEvent().orElseThrow();
        for (DossierListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                onListenerFailure.accept(event, e);
            }
        }
        return dossier;
    }
}
