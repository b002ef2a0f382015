package vn.smartcity.egov.payment.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.egov.payment.GatewayCode;
import vn.smartcity.egov.payment.OrderLookup;
import vn.smartcity.egov.payment.PaymentVerification;
import vn.smartcity.egov.payment.RejectReason;
import vn.smartcity.egov.payment.ReplayGuard;

/**
 * The checks every gateway makes once a callback's signature holds: the order exists, the amount
 * matches, the callback is not a replay, and the gateway's code means success.
 */
public final class Verdicts {

    private static final Logger LOG = LoggerFactory.getLogger("vn.smartcity.egov.payment");

    private Verdicts() {}

    /**
     * A callback that names its order and transaction, and whose signature holds.
     *
     * @param gatewayId the gateway's id
     * @param merchantCode the merchant's code at the gateway (part of the replay reference)
     * @param orderId the order id
     * @param amount the amount paid
     * @param transactionRef the gateway's transaction number
     * @param paidAt the payment time, or {@code null}
     * @param code the gateway's result code
     */
    public record Signed(
            String gatewayId,
            String merchantCode,
            String orderId,
            VndAmount amount,
            String transactionRef,
            @Nullable OffsetDateTime paidAt,
            GatewayCode code) {}

    /**
     * A rejection, logged.
     *
     * @param gatewayId the gateway's id
     * @param reason why
     * @param detail what exactly, safe to log
     * @param orderId the order id, or {@code null}
     * @param transactionRef the transaction number, or {@code null}
     * @param code the result code, or {@code null}
     * @return the rejection
     */
    public static PaymentVerification.Rejected reject(
            String gatewayId,
            RejectReason reason,
            String detail,
            @Nullable String orderId,
            @Nullable String transactionRef,
            @Nullable GatewayCode code) {
        if (reason == RejectReason.GATEWAY_FAILURE) {
            LOG.debug("{} callback for order {}: payment failed: {}", gatewayId, orderId, detail);
        } else {
            LOG.warn("{} callback rejected ({}): {}", gatewayId, reason, detail);
        }
        return new PaymentVerification.Rejected(gatewayId, reason, detail, orderId, transactionRef, code);
    }

    /**
     * Checks order, amount, replay and result code, in that order.
     *
     * @param signed the callback
     * @param orders the merchant's expected amounts
     * @param replays where to record the callback, or {@code null} to skip the replay check (the
     *     payer's return)
     * @return the verdict
     */
    public static PaymentVerification check(Signed signed, OrderLookup orders, @Nullable ReplayGuard replays) {
        String gateway = signed.gatewayId();
        Optional<VndAmount> expected = orders.expectedAmount(signed.orderId());
        if (expected.isEmpty()) {
            return reject(
                    gateway,
                    RejectReason.UNKNOWN_ORDER,
                    "the merchant has no order " + signed.orderId(),
                    signed.orderId(),
                    signed.transactionRef(),
                    signed.code());
        }
        if (!expected.get().equals(signed.amount())) {
            return reject(
                    gateway,
                    RejectReason.AMOUNT_MISMATCH,
                    "order " + signed.orderId() + " expects " + expected.get() + " but the callback says "
                            + signed.amount(),
                    signed.orderId(),
                    signed.transactionRef(),
                    signed.code());
        }
        if (replays != null) {
            String reference =
                    gateway + ":" + signed.merchantCode() + ":" + signed.orderId() + ":" + signed.transactionRef();
            if (!replays.firstSeen(reference)) {
                return reject(
                        gateway,
                        RejectReason.REPLAY,
                        "order " + signed.orderId() + ", transaction " + signed.transactionRef()
                                + " has already been accepted",
                        signed.orderId(),
                        signed.transactionRef(),
                        signed.code());
            }
        }
        if (!signed.code().success()) {
            return reject(
                    gateway,
                    RejectReason.GATEWAY_FAILURE,
                    signed.code().field() + " " + signed.code().code() + ": "
                            + signed.code().meaning(),
                    signed.orderId(),
                    signed.transactionRef(),
                    signed.code());
        }
        LOG.debug("{} callback verified for order {}", gateway, signed.orderId());
        return new PaymentVerification.Verified(
                gateway, signed.orderId(), signed.amount(), signed.transactionRef(), signed.paidAt(), signed.code());
    }

    /**
     * Parses a whole, non-negative number of at most 18 digits.
     *
     * @param text the text
     * @return the number, or {@code -1} if the text is not one
     */
    public static long parseDigits(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
