package vn.smartcity.egov.dossier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.smartcity.core.id.AgencyCode;

/**
 * Daily counters kept in memory: right for one process, tests and the sandbox; numbers restart
 * when the process does, so a province with several servers or restarts during office hours backs
 * {@link DossierSequenceSource} by its database instead.
 *
 * <p>Thread-safe. A counter stops at {@value DossierCode#MAX_SEQUENCE}{@code + 1}, so a full day
 * keeps failing instead of wrapping round to numbers already issued. Counters of past days stay
 * until {@link #discardBefore(LocalDate)} removes them.
 */
public final class InMemoryDossierSequence implements DossierSequenceSource {

    private record Key(AgencyCode agency, LocalDate day) {}

    private final ConcurrentMap<Key, Integer> last = new ConcurrentHashMap<>();

    /** Creates a source with every counter at zero. */
    public InMemoryDossierSequence() {}

    @Override
    public int next(AgencyCode agency, LocalDate day) {
        Key key = new Key(Objects.requireNonNull(agency, "agency"), Objects.requireNonNull(day, "day"));
        return last.merge(key, 1, (old, one) -> old > DossierCode.MAX_SEQUENCE ? old : old + one);
    }

    /**
     * The last number handed out.
     *
     * @param agency the receiving agency
     * @param day the receipt day
     * @return the last number, or 0 if none was taken that day
     */
    public int last(AgencyCode agency, LocalDate day) {
        return last.getOrDefault(new Key(agency, day), 0);
    }

    /**
     * Forgets the counters of days before {@code day}, to bound memory in long-running processes.
     *
     * @param day the first day to keep
     */
    public void discardBefore(LocalDate day) {
        Objects.requireNonNull(day, "day");
        last.keySet().removeIf(k -> k.day().isBefore(day));
    }
}
