package vn.smartcity.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The fail-fast check every benchmark runs in its {@code @Setup}: our path and the peer (or the
 * baseline, or the floor that decodes) must read the same values from the same bytes, so that the
 * table compares equal work. A mismatch stops the run before anything is timed.
 */
final class Agree {

    private Agree() {}

    /**
     * Fails unless both sides read the same records, in any order.
     *
     * @param what the benchmark and input, for the message
     * @param ours one line per record from our decoder
     * @param peer one line per record from the other decoder
     */
    static void sameRecords(String what, List<String> ours, List<String> peer) {
        List<String> a = new ArrayList<>(ours);
        List<String> b = new ArrayList<>(peer);
        Collections.sort(a);
        Collections.sort(b);
        if (a.isEmpty() || !a.equals(b)) {
            throw new IllegalStateException(what + ": the two decoders disagree, so the benchmark would not compare"
                    + " equal work.\n ours: " + a + "\n peer: " + b);
        }
    }

    /**
     * Fails unless two numbers that digest a decode are equal.
     *
     * @param what the benchmark and input, for the message
     * @param ours our digest
     * @param peer the other side's digest
     */
    static void sameDigest(String what, double ours, double peer) {
        if (Double.compare(ours, peer) != 0) {
            throw new IllegalStateException(what + ": the two decoders disagree (" + ours + " vs " + peer
                    + "), so the benchmark would not compare equal work");
        }
    }

    /**
     * A value as text for the record lines: shortest round-trip form, so 1.5 and 1.50 agree.
     *
     * @param value the value
     * @return its text
     */
    static String number(double value) {
        return Double.toString(value);
    }
}
