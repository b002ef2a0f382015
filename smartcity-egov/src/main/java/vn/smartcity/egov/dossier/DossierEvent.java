package vn.smartcity.egov.dossier;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One step of a dossier's life: it entered {@code to} at {@code at}, moved by {@code actor}.
 *
 * <p>Times are Vietnam local times (UTC+7), as the one-stop systems and DVCQG write them ({@code
 * yyyyMMddHHmmss}). {@code actor} says who or what made the change: an officer's account id, a
 * workflow step such as {@code "Tiếp nhận"}, or {@code "system"}; it should not carry the
 * applicant's personal data.
 *
 * @param dossier the dossier's code
 * @param from the previous state, or {@code null} for the first event
 * @param to the state entered
 * @param at when
 * @param actor who or which step
 * @param dueAt the appointment date (ngày hẹn trả) after the change, or {@code null} if none
 */
public record DossierEvent(
        DossierCode dossier,
        @Nullable DossierStatus from,
        DossierStatus to,
        LocalDateTime at,
        String actor,
        @Nullable LocalDateTime dueAt) {

    /**
     * Checks the required parts.
     *
     * @param dossier the {@code dossier} component
     * @param from the {@code from} component
     * @param to the {@code to} component
     * @param at the {@code at} component
     * @param actor the {@code actor} component
     * @param dueAt the {@code dueAt} component
     */
    public DossierEvent {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
    }

    /**
     * The previous state.
     *
     * @return the state before, empty for the event that created the dossier
     */
    public Optional<DossierStatus> previous() {
        return Optional.ofNullable(from);
    }

    /**
     * Whether this event changed the appointment date.
     *
     * @param before the appointment date before the event
     * @return {@code true} if {@link #dueAt()} differs from {@code before}
     */
    public boolean changesDueDate(@Nullable LocalDateTime before) {
        return !Objects.equals(before, dueAt);
    }
}
