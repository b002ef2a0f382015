package vn.smartcity.egov.open311;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the server answered to a new service request (GeoReport v2, POST Service Request,
 * Response): an id at once ({@link Created}, {@code realtime} services), a token to exchange for
 * the id later ({@link Pending}, {@code batch} services), or neither ({@link Untracked}, {@code
 * blackbox} services).
 *
 * <pre>{@code
 * SubmitResult result = client.submit(report);
 * if (result instanceof SubmitResult.Pending) {
 *     String id = client.awaitServiceRequestId(((SubmitResult.Pending) result).token(), ...);
 * }
 * }</pre>
 */
public sealed interface SubmitResult permits SubmitResult.Created, SubmitResult.Pending, SubmitResult.Untracked {

    /**
     * Information about the action expected to address the report ({@code service_notice}).
     *
     * @return the notice, or {@code null}
     */
    @Nullable
    String serviceNotice();

    /**
     * The citizen's account on the server ({@code account_id}).
     *
     * @return the account id, or {@code null}
     */
    @Nullable
    String accountId();

    /**
     * The request was created and has an id.
     *
     * @param serviceRequestId the id, {@code service_request_id}
     * @param serviceNotice the {@code service_notice}, or {@code null}
     * @param accountId the {@code account_id}, or {@code null}
     */
    record Created(
            String serviceRequestId,
            @Nullable String serviceNotice,
            @Nullable String accountId) implements SubmitResult {
        /**
         * Checks the components.
         *
         * @param serviceRequestId the {@code serviceRequestId} component
         * @param serviceNotice the {@code serviceNotice} component
         * @param accountId the {@code accountId} component
         */
        public Created {
            Objects.requireNonNull(serviceRequestId, "serviceRequestId");
        }

        /**
         * The result without the account id, which identifies the citizen.
         *
         * @return such as {@code Created[serviceRequestId=293944]}
         */
        @Override
        public String toString() {
            return "Created[serviceRequestId=" + serviceRequestId + "]";
        }
    }

    /**
     * The request was queued; the token gives its id later ({@code GET tokens/{token}}).
     *
     * @param token the token
     * @param serviceNotice the {@code service_notice}, or {@code null}
     * @param accountId the {@code account_id}, or {@code null}
     */
    record Pending(
            String token,
            @Nullable String serviceNotice,
            @Nullable String accountId) implements SubmitResult {
        /**
         * Checks the components.
         *
         * @param token the {@code token} component
         * @param serviceNotice the {@code serviceNotice} component
         * @param accountId the {@code accountId} component
         */
        public Pending {
            Objects.requireNonNull(token, "token");
        }

        /**
         * The pending result without its token, which lets anyone look the request up.
         *
         * @return such as {@code Pending[token=ab***]}
         */
        @Override
        public String toString() {
            return "Pending[token=" + (token.length() <= 2 ? "***" : token.substring(0, 2) + "***") + "]";
        }
    }

    /**
     * The request was accepted but the server gives no way to follow it.
     *
     * @param serviceNotice the {@code service_notice}, or {@code null}
     * @param accountId the {@code account_id}, or {@code null}
     */
    record Untracked(
            @Nullable String serviceNotice, @Nullable String accountId) implements SubmitResult {}
}
