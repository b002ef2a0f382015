package vn.smartcity.egov.dossier;

/**
 * Told of every transition {@link DossierLifecycle} applies: to push the new state to DVCQG, notify
 * the applicant, write an audit trail.
 *
 * <p>Called on the thread that made the transition, after the new {@link Dossier} value exists, in
 * the order listeners were added. Keep it quick or hand the event to a queue. An exception thrown
 * here does not undo the transition and does not stop the other listeners: {@link
 * DossierLifecycle} reports it to its failure handler.
 */
@FunctionalInterface
public interface DossierListener {

    /**
     * A dossier changed state.
     *
     * @param event what happened
     */
    void onEvent(DossierEvent event);
}
