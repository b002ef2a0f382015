package vn.smartcity.egov.dossier;

import java.util.Objects;
import java.util.stream.Collectors;

/** Thrown when a dossier is asked to move to a state its current state does not lead to. */
public final class IllegalDossierTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final DossierStatus from;
    private final DossierStatus to;

    /**
     * Creates the exception.
     *
     * @param dossier the dossier's code (not personal data)
     * @param from the current state
     * @param to the state asked for
     */
    public IllegalDossierTransitionException(DossierCode dossier, DossierStatus from, DossierStatus to) {
        super("dossier " + dossier + ": cannot move from " + describe(from) + " to " + describe(to) + "; "
                + allowed(from));
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    private static String describe(DossierStatus s) {
        return s.code() + " " + s.vietnameseLabel() + " (" + s.name() + ")";
    }

    private static String allowed(DossierStatus from) {
        if (from.next().isEmpty()) {
            return from.name() + " is final";
        }
        return "allowed from " + from.name() + ": "
                + from.next().stream().map(DossierStatus::name).collect(Collectors.joining(", "));
    }

    /**
     * The current state.
     *
     * @return the state the dossier is in
     */
    public DossierStatus from() {
        return from;
    }

    /**
     * The state asked for.
     *
     * @return the refused target
     */
    public DossierStatus to() {
        return to;
    }
}
