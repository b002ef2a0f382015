package vn.smartcity.egov.dossier;

import java.time.LocalDate;
import java.util.Objects;
import vn.smartcity.core.id.AgencyCode;

/**
 * Thrown when an agency has already numbered {@value DossierCode#MAX_SEQUENCE} dossiers on a day:
 * the four digits of Circular 01/2018/TT-VPCP Art. 19 hold no more.
 */
public final class DossierSequenceExhaustedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String agency;
    private final LocalDate day;

    /**
     * Creates the exception.
     *
     * @param agency the receiving agency
     * @param day the receipt day
     * @param number the number the sequence source returned
     */
    public DossierSequenceExhaustedException(AgencyCode agency, LocalDate day, int number) {
        super("daily dossier sequence exhausted for agency " + agency + " on " + day + ": number " + number
                + " does not fit the four digits of the code (at most " + DossierCode.MAX_SEQUENCE
                + " dossiers per agency per day, Circular 01/2018/TT-VPCP Art. 19)");
        this.agency = agency.value();
        this.day = Objects.requireNonNull(day, "day");
    }

    /**
     * The agency whose day is full.
     *
     * @return the agency
     */
    public AgencyCode agency() {
        return new AgencyCode(agency);
    }

    /**
     * The full day.
     *
     * @return the receipt day
     */
    public LocalDate day() {
        return day;
    }
}
