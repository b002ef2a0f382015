package vn.smartcity.egov.payment.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.smartcity.egov.payment.ReplayGuard;

/** A bounded, thread-safe replay guard that forgets the oldest references first. */
public final class InMemoryReplayGuard implements ReplayGuard {

    private final int capacity;
    private final LinkedHashMap<String, Boolean> seen;

    /**
     * Creates a guard.
     *
     * @param capacity how many references to keep, at least 1
     */
    public InMemoryReplayGuard(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.seen = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > InMemoryReplayGuard.this.capacity;
            }
        };
    }

    @Override
    public synchronized boolean firstSeen(String reference) {
        return seen.putIfAbsent(reference, Boolean.TRUE) == null;
    }

    @Override
    public String toString() {
        return "InMemoryReplayGuard[capacity=" + capacity + "]";
    }
}
