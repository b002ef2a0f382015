package vn.smartcity.egov.payment.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.payment.CallbackFields;
import vn.smartcity.egov.payment.MerchantAccount;
import vn.smartcity.egov.payment.OrderLookup;
import vn.smartcity.egov.payment.PaymentVerification;
import vn.smartcity.egov.payment.RejectReason;
import vn.smartcity.egov.payment.ReplayGuard;

/**
 * What the built-in gateways' merchant accounts share: the gateway's id, the endpoint, the replay
 * guard, and the first checks of every callback, in this order: the fields could be read, the
 * required ones are present and not empty, the signature matches (compared in constant time). A
 * callback that passes goes to {@link #verifySigned}, which reads the gateway's own fields and
 * ends in {@link Verdicts#check}; a payer's return skips the replay guard.
 */
abstract class GatewayAccount implements MerchantAccount {

    private final String id;
    private final URI endpoint;
    private final ReplayGuard replays;
    private final String orderField;
    private final String signatureField;
    private final List<String> required;

    /**
     * Creates the shared part of an account.
     *
     * @param id the gateway's id
     * @param endpoint the gateway's URL
     * @param replays the replay guard of callbacks
     * @param orderField the callback field naming the order, reported with a rejection
     * @param signatureField the callback field holding the signature
     * @param required the callback fields that must be present and not empty, checked in order
     */
    GatewayAccount(
            String id,
            URI endpoint,
            ReplayGuard replays,
            String orderField,
            String signatureField,
            List<String> required) {
        this.id = id;
        this.endpoint = endpoint;
        this.replays = replays;
        this.orderField = orderField;
        this.signatureField = signatureField;
        this.required = List.copyOf(required);
    }

    @Override
    public final String gatewayId() {
        return id;
    }

    @Override
    public final URI endpoint() {
        return endpoint;
    }

    @Override
    public final PaymentVerification verifyCallback(CallbackFields callback, OrderLookup orders) {
        return verify(callback, orders, replays);
    }

    @Override
    public final PaymentVerification verifyReturn(CallbackFields callback, OrderLookup orders) {
        return verify(callback, orders, null);
    }

    private PaymentVerification verify(CallbackFields callback, OrderLookup orders, @Nullable ReplayGuard guard) {
        if (callback.problem().isPresent()) {
            return Verdicts.reject(
                    id, RejectReason.MALFORMED, callback.problem().get(), null, null, null);
        }
        Map<String, String> f = callback.asMap();
        for (String name : required) {
            String value = f.get(name);
            if (value == null || value.isEmpty()) {
                return Verdicts.reject(id, RejectReason.MALFORMED, name + " is missing", f.get(orderField), null, null);
            }
        }
        if (!Digests.hexEquals(signature(f), f.get(signatureField))) {
            return Verdicts.reject(
                    id,
                    RejectReason.BAD_SIGNATURE,
                    signatureField + " does not match the fields",
                    f.get(orderField),
                    null,
                    null);
        }
        return verifySigned(f, orders, guard);
    }

    /**
     * The signature a callback's fields should carry.
     *
     * @param fields the callback's fields, the required ones present
     * @return the expected value of the signature field, in hex
     */
    abstract String signature(Map<String, String> fields);

    /**
     * Checks a callback whose required fields are present and whose signature holds.
     *
     * @param fields the callback's fields
     * @param orders the merchant's expected amounts
     * @param guard the replay guard, or {@code null} for a payer's return
     * @return the verdict
     */
    abstract PaymentVerification verifySigned(
            Map<String, String> fields, OrderLookup orders, @Nullable ReplayGuard guard);
}
