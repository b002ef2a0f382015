package vn.smartcity.egov.payment;

import vn.smartcity.egov.payment.internal.InMemoryReplayGuard;

/**
 * Remembers the references of callbacks already accepted, so that the same callback delivered
 * twice (a retried notification, a captured request sent again) is rejected as {@link
 * RejectReason#REPLAY}.
 *
 * <p>A reference is recorded only after the callback's signature, order and amount have been
 * checked, so a forged callback cannot poison the store. The {@linkplain #inMemory() in-memory}
 * guard is bounded and forgets the oldest references first; a merchant with several servers, or
 * one that restarts, backs the guard with its database (an insert into a table with a unique
 * key is enough).
 */
@FunctionalInterface
public interface ReplayGuard {

    /**
     * Records a reference, atomically.
     *
     * @param reference the gateway, merchant, order and transaction, joined
     * @return {@code true} if the reference had not been seen, {@code false} if it had
     */
    boolean firstSeen(String reference);

    /**
     * An in-memory guard remembering the last 100 000 references.
     *
     * @return a new guard, safe to share between threads
     */
    static ReplayGuard inMemory() {
        return inMemory(100_000);
    }

    /**
     * An in-memory guard remembering the last {@code capacity} references.
     *
     * @param capacity how many references to keep, at least 1
     * @return a new guard, safe to share between threads
     * @throws IllegalArgumentException if {@code capacity} is less than 1
     */
    static ReplayGuard inMemory(int capacity) {
        return new InMemoryReplayGuard(capacity);
    }
}
