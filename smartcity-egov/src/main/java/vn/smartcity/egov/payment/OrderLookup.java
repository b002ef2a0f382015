package vn.smartcity.egov.payment;

import java.util.Optional;
import vn.smartcity.core.money.VndAmount;

/**
 * The merchant's answer to "which amount do I expect for this order?", asked while verifying a
 * callback. Usually a lookup in the merchant's own order table:
 *
 * <pre>{@code
 * OrderLookup orders = orderId -> repository.findOpenOrder(orderId).map(Order::amount);
 * }</pre>
 *
 * <p>An exception thrown by the lookup is the merchant's own failure and propagates unchanged;
 * verification does not treat it as a bad callback.
 */
@FunctionalInterface
public interface OrderLookup {

    /**
     * The amount the merchant expects to be paid for an order.
     *
     * @param orderId the order id from the callback
     * @return the expected amount, or empty if the merchant has no such order
     */
    Optional<VndAmount> expectedAmount(String orderId);
}
