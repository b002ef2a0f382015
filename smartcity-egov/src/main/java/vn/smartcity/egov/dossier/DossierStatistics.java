package vn.smartcity.egov.dossier;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import vn.smartcity.core.id.AgencyCode;

/**
 * Figures for an operations centre over a set of dossiers at one time: counts by state and by
 * {@link Timeliness}, the share processed on time, overall and per receiving agency.
 *
 * <pre>{@code
 * DossierStatistics stats = DossierStatistics.of(dossiers, LocalDateTime.now(DossierCodeGenerator.VIETNAM));
 * stats.overall().onTimePercent();   // e.g. OptionalDouble[92.5]
 * stats.byAgency().get(AgencyCode.parse("000.00.14.H20")).overdue();
 * }</pre>
 *
 * <p>The share on time is {@code ON_TIME / (ON_TIME + LATE)}: finished dossiers with an appointment
 * date; those not accepted, withdrawn, paused, still in processing or without an appointment date
 * are counted apart. Group by a higher level (a province, a department) by mapping each agency
 * through {@link AgencyCode#parent()} before counting, or by filtering the input.
 */
public final class DossierStatistics {

    private final LocalDateTime at;
    private final Counts overall;
    private final Map<AgencyCode, Counts> byAgency;

    private DossierStatistics(LocalDateTime at, Counts overall, Map<AgencyCode, Counts> byAgency) {
        this.at = at;
        this.overall = overall;
        this.byAgency = byAgency;
    }

    /**
     * Counts a set of dossiers.
     *
     * @param dossiers the dossiers
     * @param at the time to judge dossiers still in processing at
     * @return the figures
     */
    public static DossierStatistics of(Iterable<Dossier> dossiers, LocalDateTime at) {
        Objects.requireNonNull(dossiers, "dossiers");
        Objects.requireNonNull(at, "at");
        Tally all = new Tally();
        Map<String, Tally> agencies = new TreeMap<>();
        for (Dossier d : dossiers) {
            Timeliness t = d.timeliness(at);
            all.add(d.status(), t);
            agencies.computeIfAbsent(d.agency().value(), k -> new Tally()).add(d.status(), t);
        }
        Map<AgencyCode, Counts> perAgency = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        agencies.forEach((agency, tally) -> perAgency.put(new AgencyCode(agency), tally.counts()));
        return new DossierStatistics(at, all.counts(), Collections.unmodifiableMap(perAgency));
    }

    /**
     * The time the figures were computed for.
     *
     * @return the time
     */
    public LocalDateTime at() {
        return at;
    }

    /**
     * The figures over all dossiers.
     *
     * @return the counts
     */
    public Counts overall() {
        return overall;
    }

    /**
     * The figures per receiving agency (the agency part of the dossier codes).
     *
     * @return an unmodifiable map ordered by agency code
     */
    public Map<AgencyCode, Counts> byAgency() {
        return byAgency;
    }

    @Override
    public String toString() {
        return "DossierStatistics[at " + at + ", " + overall + ", " + byAgency.size() + " agencies]";
    }

    /**
     * Counts over one group of dossiers.
     *
     * @param total the number of dossiers
     * @param byStatus the number in each state, every state present
     * @param byTimeliness the number in each verdict, every verdict present
     */
    public record Counts(int total, Map<DossierStatus, Integer> byStatus, Map<Timeliness, Integer> byTimeliness) {

        /**
         * Copies the maps, filling absent keys with zero.
         *
         * @param total the {@code total} component
         * @param byStatus the {@code byStatus} component
         * @param byTimeliness the {@code byTimeliness} component
         */
        public Counts {
            Objects.requireNonNull(byStatus, "byStatus");
            Objects.requireNonNull(byTimeliness, "byTimeliness");
            Map<DossierStatus, Integer> s = new EnumMap<>(DossierStatus.class);
            for (DossierStatus k : DossierStatus.values()) {
                s.put(k, byStatus.getOrDefault(k, 0));
            }
            Map<Timeliness, Integer> t = new EnumMap<>(Timeliness.class);
            for (Timeliness k : Timeliness.values()) {
                t.put(k, byTimeliness.getOrDefault(k, 0));
            }
            byStatus = Collections.unmodifiableMap(s);
            byTimeliness = Collections.unmodifiableMap(t);
        }

        /**
         * The number of dossiers in a state.
         *
         * @param status the state
         * @return the count
         */
        public int count(DossierStatus status) {
            return byStatus.get(status);
        }

        /**
         * The number of dossiers with a verdict.
         *
         * @param timeliness the verdict
         * @return the count
         */
        public int count(Timeliness timeliness) {
            return byTimeliness.get(timeliness);
        }

        /**
         * Dossiers finished on or before their appointment date.
         *
         * @return the count
         */
        public int onTime() {
            return count(Timeliness.ON_TIME);
        }

        /**
         * Dossiers finished after their appointment date.
         *
         * @return the count
         */
        public int late() {
            return count(Timeliness.LATE);
        }

        /**
         * Dossiers finished with an appointment date.
         *
         * @return {@link #onTime()} + {@link #late()}
         */
        public int resolved() {
            return onTime() + late();
        }

        /**
         * Dossiers in processing whose appointment date has passed.
         *
         * @return the count
         */
        public int overdue() {
            return count(Timeliness.OVERDUE);
        }

        /**
         * Dossiers in processing, within their appointment date or past it.
         *
         * @return {@link Timeliness#IN_PROGRESS} + {@link Timeliness#OVERDUE}
         */
        public int inProgress() {
            return count(Timeliness.IN_PROGRESS) + overdue();
        }

        /**
         * The share of finished dossiers that were on time.
         *
         * @return a percentage from 0 to 100, or empty when none is finished
         */
        public OptionalDouble onTimePercent() {
            int resolved = resolved();
            return resolved == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * onTime() / resolved);
        }

        /**
         * The share of dossiers in processing that are overdue.
         *
         * @return a percentage from 0 to 100, or empty when none is in processing
         */
        public OptionalDouble overduePercent() {
            int inProgress = inProgress();
            return inProgress == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * overdue() / inProgress);
        }
    }

    private static final class Tally {
        private int total;
        private final Map<DossierStatus, Integer> byStatus = new EnumMap<>(DossierStatus.class);
        private final Map<Timeliness, Integer> byTimeliness = new EnumMap<>(Timeliness.class);

        void add(DossierStatus status, Timeliness timeliness) {
            total++;
            byStatus.merge(status, 1, Integer::sum);
            byTimeliness.merge(timeliness, 1, Integer::sum);
        }

        Counts counts() {
            return new Counts(total, byStatus, byTimeliness);
        }
    }
}
