package vn.smartcity.egov.payment;

import java.net.URI;
import vn.smartcity.egov.http.EgovResponse;

/**
 * One merchant's account at a gateway: builds signed payment requests and verifies what the
 * gateway sends back. Obtained from {@link PaymentGateway#account(GatewaySettings)}; immutable and
 * safe to share between threads.
 *
 * <p>Two kinds of message come back from a gateway, and they are verified differently:
 *
 * <ul>
 *   <li>the <em>callback</em> (VNPay's IPN, PayGov's and the DVCQG platform's notification),
 *       server to server: {@link #verifyCallback} checks it and records its reference in the
 *       {@link ReplayGuard}, so that the merchant updates the order once;
 *   <li>the <em>return</em>, the payer's browser coming back with the same signed fields: {@link
 *       #verifyReturn} checks it the same way but does not record it, since a payer reloading the
 *       result page is normal. Show the result from it; change the order's state only from the
 *       callback.
 * </ul>
 */
public interface MerchantAccount {

    /**
     * The gateway's plugin id.
     *
     * @return such as {@code vnpay}
     */
    String gatewayId();

    /**
     * Where this account's payment requests go: the payment page (redirect gateways) or the
     * endpoint that creates payments.
     *
     * @return the URL from the settings
     */
    URI endpoint();

    /**
     * Builds and signs the request that starts a payment.
     *
     * @param order what to pay
     * @return the redirect URL or the body to POST
     * @throws vn.smartcity.core.InvalidValueException if the order cannot be expressed in this
     *     gateway's fields (an order id too long, a character the gateway cannot carry); the message
     *     names the field and position
     */
    PaymentRequest createPayment(PaymentOrder order);

    /**
     * Reads the gateway's answer to a {@link PaymentRequest.Kind#POST_JSON} request: the URL of the
     * payment page to send the payer to. {@link PaymentClient} calls this.
     *
     * @param request the request that was posted
     * @param answer the gateway's answer
     * @return the payment page
     * @throws vn.smartcity.egov.ServiceException if the gateway refused the request (its code and
     *     message)
     * @throws vn.smartcity.egov.InvalidResponseException if the answer does not follow the protocol
     * @throws IllegalArgumentException if the request is a {@link PaymentRequest.Kind#REDIRECT},
     *     which has no answer
     */
    URI paymentPage(PaymentRequest request, EgovResponse answer);

    /**
     * Verifies a server-to-server callback: fields readable, signature, merchant, order, amount,
     * not a replay, and the gateway's result code, in that order. Never throws for a bad callback.
     *
     * @param callback the fields received
     * @param orders the merchant's expected amounts
     * @return the verdict
     */
    PaymentVerification verifyCallback(CallbackFields callback, OrderLookup orders);

    /**
     * Verifies the payer's return like {@link #verifyCallback} but without replay bookkeeping.
     *
     * @param callback the fields of the return URL
     * @param orders the merchant's expected amounts
     * @return the verdict
     */
    PaymentVerification verifyReturn(CallbackFields callback, OrderLookup orders);

    /**
     * The answer the gateway expects to a callback, given its verdict.
     *
     * @param verification the verdict of {@link #verifyCallback}
     * @param callback the callback's fields (some gateways echo them)
     * @return the code, content type and body to send
     */
    CallbackReply reply(PaymentVerification verification, CallbackFields callback);
}
