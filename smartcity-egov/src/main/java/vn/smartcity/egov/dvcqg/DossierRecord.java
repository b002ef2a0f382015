package vn.smartcity.egov.dvcqg;

import java.util.List;
import java.util.Objects;

/**
 * A dossier as {@code TraCuuHoSo} returns it: the synchronised dossier and the processing steps
 * recorded for it. The steps' member name in the answer, {@code QuaTrinhXuLy}, is inferred.
 *
 * @param dossier the dossier
 * @param steps its processing steps, oldest first
 */
public record DossierRecord(DossierSync dossier, List<ProcessingStep> steps) {

    /** The wire member holding the steps in a {@code TraCuuHoSo} answer (inferred). */
    public static final String STEPS_MEMBER = "QuaTrinhXuLy";

    /**
     * Validates the components.
     *
     * @param dossier the {@code dossier} component
     * @param steps the {@code steps} component
     */
    public DossierRecord {
        Objects.requireNonNull(dossier, "dossier");
        steps = List.copyOf(steps);
    }
}
