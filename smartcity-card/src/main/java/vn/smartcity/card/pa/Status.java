package vn.smartcity.card.pa;

/** The outcome of one check of passive authentication. */
public enum Status {
    /** The check was made and succeeded. */
    PASSED,
    /** The check was made and failed. */
    FAILED,
    /** The check could not be made (data not presented, no CRL, an earlier step missing). */
    NOT_CHECKED
}
