package vn.smartcity.egov.bus;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth 2 bearer access token (RFC 6749 §5.1, RFC 6750) and when it stops being used.
 *
 * <p>{@link #toString()} hides the token.
 *
 * @param value the access token
 * @param issuedAt when it was received
 * @param expiresAt when the server says it expires ({@code expires_in} after receipt)
 * @param scope the granted scope, or {@code null} if the server did not say
 */
public record AccessToken(
        String value,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable String scope) {

    /**
     * Validates the components.
     *
     * @param value the {@code value} component, not empty
     * @param issuedAt the {@code issuedAt} component
     * @param expiresAt the {@code expiresAt} component, not before {@code issuedAt}
     * @param scope the {@code scope} component
     * @throws IllegalArgumentException if the token is empty or expires before it was issued
     */
    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("access token is empty");
        }
        if (expiresAt.isBefore(issuedAt)) {
            throw new IllegalArgumentException("access token expires before it was issued");
        }
    }

    /**
     * Whether the token may still be sent at {@code now}: until {@code skew} before it expires, the
     * skew capped at half the token's lifetime so short-lived tokens are used too.
     *
     * @param now the current time
     * @param skew how long before expiry to stop using it
     * @return {@code true} if it is fresh enough
     */
    public boolean isFresh(Instant now, Duration skew) {
        Duration lifetime = Duration.between(issuedAt, expiresAt);
        Duration margin = skew.compareTo(lifetime.dividedBy(2)) > 0 ? lifetime.dividedBy(2) : skew;
        return now.isBefore(expiresAt.minus(margin));
    }

    /**
     * Shows the lifetime, never the token.
     *
     * @return such as {@code AccessToken[****, expiresAt=...]}
     */
    @Override
    public String toString() {
        return "AccessToken[****, issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + ", scope=" + scope + "]";
    }
}
