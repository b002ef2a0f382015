package vn.smartcity.egov.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How idempotent calls are retried: at most {@code maxAttempts} attempts in all, waiting an
 * exponentially growing, jittered time between them, never more than {@code maxBackoff}.
 *
 * <p>A call is retried when it is {@linkplain Idempotency#isIdempotent(okhttp3.Request) idempotent}
 * and the attempt failed with an I/O error (other than a certificate failure or a cancelled call)
 * or was answered {@code 503 Service Unavailable} or {@code 429 Too Many Requests}. A {@code
 * Retry-After} header on those answers sets the wait; if it asks for longer than {@code
 * maxBackoff}, the answer is returned to the caller instead of waiting. The client's call timeout
 * bounds all attempts together.
 *
 * @param maxAttempts the number of attempts including the first, 1 to 10
 * @param initialBackoff the wait before the first retry (before jitter)
 * @param maxBackoff the longest wait between two attempts
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /** Three attempts, 200 ms then 400 ms (jittered), waits capped at 5 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));

    /** One attempt: never retry. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    /**
     * Validates the components.
     *
     * @param maxAttempts the {@code maxAttempts} component, 1 to 10
     * @param initialBackoff the {@code initialBackoff} component, not negative
     * @param maxBackoff the {@code maxBackoff} component, not less than {@code initialBackoff}
     * @throws IllegalArgumentException if a component is out of range
     */
    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("retry policy: maxAttempts must be 1 to 10, got " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("retry policy: need 0 <= initialBackoff <= maxBackoff, got "
                    + initialBackoff + " and " + maxBackoff);
        }
    }

    /**
     * The wait before retry number {@code retry}: {@code initialBackoff * 2^(retry-1)}, capped at
     * {@code maxBackoff}, of which the upper half is scaled by {@code random} ("equal jitter").
     *
     * @param retry 1 for the first retry
     * @param random a number in {@code [0, 1)}
     * @return the wait, between half the capped exponential value and the value itself
     */
    public Duration backoff(int retry, double random) {
        long initial = initialBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long exponential = initial > (cap >> shift) ? cap : Math.min(cap, initial << shift);
        long half = exponential / 2;
        double r = Math.min(Math.max(random, 0.0), 1.0);
        return Duration.ofMillis(half + (long) ((exponential - half) * r));
    }
}
