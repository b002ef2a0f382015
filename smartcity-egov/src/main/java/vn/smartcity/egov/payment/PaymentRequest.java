package vn.smartcity.egov.payment;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A signed payment request, ready to send: either a URL to redirect the payer's browser to
 * ({@link Kind#REDIRECT}, VNPay), or a JSON body to POST to the gateway ({@link Kind#POST_JSON},
 * PayGov and the DVCQG platform), whose answer holds the URL of the payment page.
 *
 * <p>{@link #toString()} shows the gateway, kind, host and order id only: the body carries the
 * merchant's access codes and the payer's address.
 *
 * @param gatewayId the gateway's plugin id
 * @param orderId the order id the gateway will echo back
 * @param kind how the request is sent
 * @param uri the redirect URL (with its signed query) or the endpoint to POST to
 * @param body the JSON body for {@link Kind#POST_JSON}, empty for {@link Kind#REDIRECT}
 * @param fields the signed fields by wire name, in the order they were signed or sent
 */
public record PaymentRequest(
        String gatewayId, String orderId, Kind kind, URI uri, String body, Map<String, String> fields) {

    /** How a request reaches the gateway. */
    public enum Kind {
        /** Send the payer's browser to {@link #uri()} (HTTP 302 or a link). */
        REDIRECT,
        /** POST {@link #body()} as {@code application/json} to {@link #uri()}. */
        POST_JSON
    }

    /**
     * Checks the components and copies the fields.
     *
     * @param gatewayId the gateway's id
     * @param orderId the order id
     * @param kind how the request is sent
     * @param uri the URL or endpoint
     * @param body the body, empty for a redirect
     * @param fields the signed fields
     */
    public PaymentRequest {
        Objects.requireNonNull(gatewayId, "gatewayId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /**
     * A short description without the query, body or fields.
     *
     * @return such as {@code PaymentRequest[vnpay REDIRECT sandbox.vnpayment.vn order=HS-1]}
     */
    @Override
    public String toString() {
        return "PaymentRequest[" + gatewayId + " " + kind + " " + uri.getHost() + " order=" + orderId + "]";
    }
}
