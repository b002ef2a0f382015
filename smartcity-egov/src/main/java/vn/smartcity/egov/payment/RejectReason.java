package vn.smartcity.egov.payment;

/** Why a callback or return was not accepted. */
public enum RejectReason {
    /** A required field is missing, unreadable or out of range, or the input could not be parsed. */
    MALFORMED,
    /** The signature does not match the fields and the merchant's key. */
    BAD_SIGNATURE,
    /** The merchant has no such order, or the callback is for another merchant. */
    UNKNOWN_ORDER,
    /** The amount paid differs from the amount the merchant expects. */
    AMOUNT_MISMATCH,
    /** This callback (same order and transaction) has already been accepted. */
    REPLAY,
    /** The callback is genuine, but the gateway reports that the payment failed. */
    GATEWAY_FAILURE
}
