package vn.smartcity.card.pa;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One named check of passive authentication with its outcome and a reason in words. Reasons name
 * algorithms, certificate subjects (authorities, not persons), dates and data-group numbers; never
 * data-group contents.
 *
 * @param type what was checked
 * @param dataGroup the data-group number for {@link CheckType#DATA_GROUP_HASH}, empty otherwise
 * @param status passed, failed or not checked
 * @param reason why, in a sentence
 */
public record Check(CheckType type, OptionalInt dataGroup, Status status, String reason) {

    /**
     * Checks the components.
     *
     * @param type what was checked
     * @param dataGroup the data-group number, or empty
     * @param status the outcome
     * @param reason why
     */
    public Check {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dataGroup, "dataGroup");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }

    static Check of(CheckType type, Status status, String reason) {
        return new Check(type, OptionalInt.empty(), status, reason);
    }

    static Check dataGroup(int number, Status status, String reason) {
        return new Check(CheckType.DATA_GROUP_HASH, OptionalInt.of(number), status, reason);
    }

    /**
     * The check in one line.
     *
     * @return such as {@code DATA_GROUP_HASH DG13 FAILED: ...}
     */
    @Override
    public String toString() {
        return type + (dataGroup.isPresent() ? " DG" + dataGroup.getAsInt() : "") + " " + status + ": " + reason;
    }
}
