package vn.smartcity.egov.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1000));

    @Test
    void backoffDoublesBetweenHalfAndFullValue() {
        assertEquals(Duration.ofMillis(50), policy.backoff(1, 0.0));
        assertEquals(Duration.ofMillis(100), policy.backoff(1, 1.0));
        assertEquals(Duration.ofMillis(100), policy.backoff(2, 0.0));
        assertEquals(Duration.ofMillis(200), policy.backoff(2, 1.0));
        assertEquals(Duration.ofMillis(300), policy.backoff(3, 0.5));
    }

    @Test
    void backoffIsCapped() {
        assertEquals(Duration.ofMillis(1000), policy.backoff(5, 1.0));
        assertEquals(Duration.ofMillis(500), policy.backoff(40, 0.0));
        assertEquals(Duration.ofMillis(1000), policy.backoff(Integer.MAX_VALUE, 1.0));
    }

    @Test
    void componentsAreChecked() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
        assertEquals("retry policy: maxAttempts must be 1 to 10, got 0", e.getMessage());
        e = assertThrows(
                IllegalArgumentException.class, () -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertEquals("retry policy: need 0 <= initialBackoff <= maxBackoff, got PT2S and PT1S", e.getMessage());
    }
}
