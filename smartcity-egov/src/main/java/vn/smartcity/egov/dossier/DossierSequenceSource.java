package vn.smartcity.egov.dossier;

import java.time.LocalDate;
import vn.smartcity.core.id.AgencyCode;

/**
 * Where the daily numbers of dossier codes come from: one counter per receiving agency per day.
 *
 * <p>{@link InMemoryDossierSequence} keeps the counters in memory. A province that runs several
 * one-stop servers implements this interface over its database so numbers stay unique across
 * them, for example with a row per agency and day incremented in one statement ({@code UPDATE …
 * SET last = last + 1 … RETURNING last}) or a sequence per day.
 *
 * <p>Contract: {@link #next} is safe to call from several threads; for one agency and day it
 * returns 1, 2, 3, … and never the same number twice. It may return a number above {@value
 * DossierCode#MAX_SEQUENCE} when the day is full; {@link DossierCodeGenerator} then refuses to make
 * a code.
 */
@FunctionalInterface
public interface DossierSequenceSource {

    /**
     * Takes the next number of the day for an agency.
     *
     * @param agency the receiving agency
     * @param day the receipt day (Vietnam local date)
     * @return the number, starting at 1
     */
    int next(AgencyCode agency, LocalDate day);
}
