package vn.smartcity.egov.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import vn.smartcity.core.id.AgencyCode;

/**
 * Issues dossier codes: the agency, today's date in Vietnam and the next number of the day from a
 * {@link DossierSequenceSource}.
 *
 * <pre>{@code
 * DossierCodeGenerator codes = new DossierCodeGenerator(new InMemoryDossierSequence(), Clock.systemUTC());
 * DossierCode code = codes.next(AgencyCode.parse("000.00.14.H20")); // 000.00.14.H20-<yyMMdd>-0001
 * }</pre>
 *
 * <p>Thread-safe when the sequence source is. The receipt day is the date in {@link #VIETNAM}
 * (UTC+7, no daylight saving), whatever the zone of the clock.
 */
public final class DossierCodeGenerator {

    /** Vietnam's time zone, in which receipt days are counted. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DossierSequenceSource sequence;
    private final Clock clock;

    /**
     * Creates a generator.
     *
     * @param sequence where daily numbers come from
     * @param clock the clock that says what day it is
     */
    public DossierCodeGenerator(DossierSequenceSource sequence, Clock clock) {
        this.sequence = Objects.requireNonNull(sequence, "sequence");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A generator with in-memory counters and the system clock.
     *
     * @return a new generator
     */
    public static DossierCodeGenerator inMemory() {
        return new DossierCodeGenerator(new InMemoryDossierSequence(), Clock.systemUTC());
    }

    /**
     * The code of a dossier received now.
     *
     * @param agency the receiving agency
     * @return the next code of today
     * @throws DossierSequenceExhaustedException if the agency has numbered 9999 dossiers today
     */
    public DossierCode next(AgencyCode agency) {
        return next(agency, LocalDate.now(clock.withZone(VIETNAM)));
    }

    /**
     * The code of a dossier received on a given day (for entering paper dossiers afterwards).
     *
     * @param agency the receiving agency
     * @param day the receipt day, in 2000–2099
     * @return the next code of that day
     * @throws DossierSequenceExhaustedException if the agency has numbered 9999 dossiers that day
     * @throws IllegalStateException if the sequence source returns a number below 1
     * @throws vn.smartcity.core.InvalidValueException if the day is outside 2000–2099
     */
    public DossierCode next(AgencyCode agency, LocalDate day) {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(day, "day");
        int n = sequence.next(agency, day);
        if (n > DossierCode.MAX_SEQUENCE) {
            throw new DossierSequenceExhaustedException(agency, day, n);
        }
        if (n < 1) {
            throw new IllegalStateException("sequence source returned " + n + " for agency " + agency + " on " + day
                    + "; daily numbers start at 1");
        }
        return new DossierCode(agency, day, n);
    }
}
