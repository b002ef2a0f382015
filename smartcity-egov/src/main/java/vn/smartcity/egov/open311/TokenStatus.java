package vn.smartcity.egov.open311;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a token stands for now (GeoReport v2, GET service_request_id from a token): the request's
 * id once the server has created it, nothing before.
 *
 * @param token the token looked up
 * @param serviceRequestId the request's id, or {@code null} if the server has not created it yet
 */
public record TokenStatus(String token, @Nullable String serviceRequestId) {

    /**
     * Checks the components.
     *
     * @param token the {@code token} component
     * @param serviceRequestId the {@code serviceRequestId} component
     */
    public TokenStatus {
        Objects.requireNonNull(token, "token");
    }

    /**
     * Whether the id is known.
     *
     * @return {@code true} once the server has created the request
     */
    public boolean isResolved() {
        return serviceRequestId != null;
    }

    /**
     * The status without the token.
     *
     * @return such as {@code TokenStatus[serviceRequestId=638344]}
     */
    @Override
    public String toString() {
        return "TokenStatus[serviceRequestId=" + serviceRequestId + "]";
    }
}
