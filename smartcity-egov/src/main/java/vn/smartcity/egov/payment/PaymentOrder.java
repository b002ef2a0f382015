package vn.smartcity.egov.payment;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.money.VndAmount;

/**
 * What the merchant wants paid: the order id the gateway echoes back, the amount, a description,
 * where the payer returns, and when the payment was created and expires.
 *
 * <pre>{@code
 * PaymentOrder order = PaymentOrder.builder("HS-000.00.00.H57-250101-0001", VndAmount.of(150_000))
 *         .orderInfo("Lệ phí cấp bản sao trích lục hộ tịch")
 *         .returnUrl(URI.create("https://dichvucong.hue.gov.vn/thanh-toan/ket-qua"))
 *         .clientIp("203.113.10.5")
 *         .build();
 * }</pre>
 *
 * <p>{@link #extras()} carries gateway-specific fields (such as {@code vnp_BankCode} for VNPay or
 * {@code serviceCode} for PayGov); each gateway's Javadoc lists the names it accepts.
 *
 * @param orderId the merchant's order (transaction reference) id, unique per payment attempt
 * @param amount the amount, more than zero
 * @param orderInfo what is paid for, shown to the payer
 * @param returnUrl where the payer's browser goes after paying, or {@code null} if the gateway
 *     takes it from the merchant's registration
 * @param clientIp the payer's IP address, or {@code null} where the gateway does not need it
 * @param createdAt when the payment was created
 * @param expiresAt when it stops being payable, or {@code null} for the gateway's default
 * @param extras gateway-specific fields by their wire name
 */
public record PaymentOrder(
        String orderId,
        VndAmount amount,
        String orderInfo,
        @Nullable URI returnUrl,
        @Nullable String clientIp,
        Instant createdAt,
        @Nullable Instant expiresAt,
        Map<String, String> extras) {

    private static final String TYPE = "PaymentOrder";

    /**
     * Checks the components.
     *
     * @param orderId the order id, not blank
     * @param amount the amount, more than zero
     * @param orderInfo the description
     * @param returnUrl the return URL, absolute, or {@code null}
     * @param clientIp the payer's IP address, or {@code null}
     * @param createdAt the creation time
     * @param expiresAt the expiry, after {@code createdAt}, or {@code null}
     * @param extras gateway-specific fields
     * @throws InvalidValueException if a component is out of range
     */
    public PaymentOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(orderInfo, "orderInfo");
        Objects.requireNonNull(createdAt, "createdAt");
        extras = Map.copyOf(Objects.requireNonNull(extras, "extras"));
        if (orderId.isBlank()) {
            throw new InvalidValueException(TYPE, -1, "orderId is blank");
        }
        if (amount.dong() <= 0) {
            throw new InvalidValueException(TYPE, -1, "amount must be more than zero, was " + amount);
        }
        if (returnUrl != null && !returnUrl.isAbsolute()) {
            throw new InvalidValueException(TYPE, -1, "returnUrl must be absolute");
        }
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new InvalidValueException(TYPE, -1, "expiresAt must be after createdAt");
        }
    }

    /**
     * Starts an order.
     *
     * @param orderId the merchant's order id
     * @param amount the amount
     * @return a builder whose creation time defaults to now
     */
    public static Builder builder(String orderId, VndAmount amount) {
        return new Builder(orderId, amount);
    }

    /**
     * One gateway-specific field.
     *
     * @param name the wire name
     * @return the value, or {@code null} if not given
     */
    public @Nullable String extra(String name) {
        return extras.get(name);
    }

    /**
     * The order id and amount only: the description and the payer's address stay out of logs.
     *
     * @return such as {@code PaymentOrder[HS-1, 150000 VND]}
     */
    @Override
    public String toString() {
        return "PaymentOrder[" + orderId + ", " + amount + "]";
    }

    /** Builds a {@link PaymentOrder}. */
    public static final class Builder {
        private final String orderId;
        private final VndAmount amount;
        private String orderInfo = "";
        private @Nullable URI returnUrl;
        private @Nullable String clientIp;
        private @Nullable Instant createdAt;
        private @Nullable Instant expiresAt;
        private final Map<String, String> extras = new LinkedHashMap<>();

        private Builder(String orderId, VndAmount amount) {
            this.orderId = Objects.requireNonNull(orderId, "orderId");
            this.amount = Objects.requireNonNull(amount, "amount");
        }

        /**
         * Sets what is paid for.
         *
         * @param orderInfo the description
         * @return this builder
         */
        public Builder orderInfo(String orderInfo) {
            this.orderInfo = Objects.requireNonNull(orderInfo, "orderInfo");
            return this;
        }

        /**
         * Sets where the payer returns.
         *
         * @param returnUrl an absolute URL
         * @return this builder
         */
        public Builder returnUrl(URI returnUrl) {
            this.returnUrl = Objects.requireNonNull(returnUrl, "returnUrl");
            return this;
        }

        /**
         * Sets the payer's IP address.
         *
         * @param clientIp such as {@code 203.113.10.5}
         * @return this builder
         */
        public Builder clientIp(String clientIp) {
            this.clientIp = Objects.requireNonNull(clientIp, "clientIp");
            return this;
        }

        /**
         * Sets the creation time (now by default).
         *
         * @param createdAt the time
         * @return this builder
         */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
            return this;
        }

        /**
         * Sets when the payment stops being payable.
         *
         * @param expiresAt the time
         * @return this builder
         */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
            return this;
        }

        /**
         * Sets a gateway-specific field.
         *
         * @param name the wire name, such as {@code vnp_BankCode}
         * @param value the value
         * @return this builder
         */
        public Builder extra(String name, String value) {
            extras.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * The order.
         *
         * @return the order
         * @throws InvalidValueException if a value is out of range
         */
        public PaymentOrder build() {
            Instant created = createdAt != null ? createdAt : Instant.now();
            return new PaymentOrder(orderId, amount, orderInfo, returnUrl, clientIp, created, expiresAt, extras);
        }
    }
}
