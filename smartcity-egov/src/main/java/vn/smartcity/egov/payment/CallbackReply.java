package vn.smartcity.egov.payment;

import java.util.Objects;

/**
 * What the merchant answers the gateway's server-to-server callback, such as VNPay's {@code
 * {"RspCode":"00","Message":"Confirm Success"}}.
 *
 * @param code the gateway's answer code, such as {@code 00} or {@code 97}
 * @param contentType the HTTP content type
 * @param body the HTTP body
 */
public record CallbackReply(String code, String contentType, String body) {

    /**
     * Checks the components.
     *
     * @param code the answer code
     * @param contentType the content type
     * @param body the body
     */
    public CallbackReply {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }
}
