package vn.smartcity.egov.dossier;

/**
 * Where a dossier stands against its appointment date (ngày hẹn trả) at a given time.
 *
 * <p>The rule follows the reports of the one-stop systems (Thanh Hóa system, {@code
 * BaoCaoSo06WhereBuilder.cs} in {@code HuanVu201/DichVuCong_KhoaLuan_PASETO}): a processed dossier
 * is on time ("đúng hạn và trước hạn") when it was finished on or before the appointment time and
 * late ("quá hạn") after it; a dossier still in processing is overdue once the appointment time
 * has passed. The finishing time is when the dossier first reached {@link
 * DossierStatus#RESULT_READY} (or {@link DossierStatus#RESULT_RETURNED} if it skipped that state).
 */
public enum Timeliness {
    /** Submitted online, not accepted yet: no appointment date. */
    PENDING_RECEIPT,
    /** Being processed and the appointment time has not passed. */
    IN_PROGRESS,
    /** Being processed and the appointment time has passed. */
    OVERDUE,
    /** Waiting on the applicant (supplement, fees) or stopped: the clock is paused. */
    PAUSED,
    /** Finished on or before the appointment time. */
    ON_TIME,
    /** Finished after the appointment time. */
    LATE,
    /** Received or finished without an appointment date to compare with. */
    NO_DUE_DATE,
    /** Not accepted or withdrawn: no result, not counted for timeliness. */
    CLOSED_WITHOUT_RESULT;

    /**
     * Whether the dossier has been finished, on time or late.
     *
     * @return {@code true} for {@link #ON_TIME} and {@link #LATE}
     */
    public boolean isResolved() {
        return this == ON_TIME || this == LATE;
    }

    /**
     * Whether the appointment time has been or was missed.
     *
     * @return {@code true} for {@link #LATE} and {@link #OVERDUE}
     */
    public boolean isLate() {
        return this == LATE || this == OVERDUE;
    }
}
