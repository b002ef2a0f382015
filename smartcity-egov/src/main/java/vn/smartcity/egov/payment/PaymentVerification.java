package vn.smartcity.egov.payment;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.money.VndAmount;

/**
 * The outcome of verifying a gateway's callback or return: {@link Verified} (the payment went
 * through and everything matches) or {@link Rejected} with a {@link RejectReason}.
 *
 * <pre>{@code
 * PaymentVerification v = account.verifyCallback(CallbackFields.ofQuery(query), orders);
 * if (v instanceof PaymentVerification.Verified ok) {
 *     markPaid(ok.orderId(), ok.transactionRef());
 * } else if (((PaymentVerification.Rejected) v).reason() == RejectReason.GATEWAY_FAILURE) {
 *     markFailed(v.orderId());
 * }
 * }</pre>
 *
 * <p>Values are immutable; {@code toString} carries no secret and no signature.
 */
public sealed interface PaymentVerification permits PaymentVerification.Verified, PaymentVerification.Rejected {

    /**
     * The gateway's plugin id.
     *
     * @return such as {@code vnpay}
     */
    String gatewayId();

    /**
     * The order the callback is about, when it could be read.
     *
     * @return the order id, or {@code null} for a callback too malformed to name one
     */
    @Nullable
    String orderId();

    /**
     * Whether the payment is verified.
     *
     * @return {@code true} for {@link Verified}
     */
    boolean isVerified();

    /**
     * A verified, successful payment.
     *
     * @param gatewayId the gateway's id
     * @param orderId the merchant's order id
     * @param amount the amount paid, equal to the amount expected
     * @param transactionRef the gateway's transaction number
     * @param paidAt when the gateway says it was paid (UTC+7), or {@code null} if it did not say
     * @param code the gateway's success code
     */
    record Verified(
            String gatewayId,
            String orderId,
            VndAmount amount,
            String transactionRef,
            @Nullable OffsetDateTime paidAt,
            GatewayCode code)
            implements PaymentVerification {

        /**
         * Checks the components.
         *
         * @param gatewayId the gateway's id
         * @param orderId the order id
         * @param amount the amount
         * @param transactionRef the transaction number
         * @param paidAt the payment time, or {@code null}
         * @param code the success code
         */
        public Verified {
            Objects.requireNonNull(gatewayId, "gatewayId");
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(transactionRef, "transactionRef");
            Objects.requireNonNull(code, "code");
        }

        @Override
        public boolean isVerified() {
            return true;
        }
    }

    /**
     * A callback that was not accepted.
     *
     * @param gatewayId the gateway's id
     * @param reason why
     * @param detail what exactly, in a sentence that is safe to log
     * @param orderId the order id, if the callback named one
     * @param transactionRef the gateway's transaction number, if the callback named one
     * @param code the gateway's result code, if the callback carried one
     */
    record Rejected(
            String gatewayId,
            RejectReason reason,
            String detail,
            @Nullable String orderId,
            @Nullable String transactionRef,
            @Nullable GatewayCode code)
            implements PaymentVerification {

        /**
         * Checks the components.
         *
         * @param gatewayId the gateway's id
         * @param reason why
         * @param detail what exactly
         * @param orderId the order id, or {@code null}
         * @param transactionRef the transaction number, or {@code null}
         * @param code the result code, or {@code null}
         */
        public Rejected {
            Objects.requireNonNull(gatewayId, "gatewayId");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public boolean isVerified() {
            return false;
        }
    }
}
