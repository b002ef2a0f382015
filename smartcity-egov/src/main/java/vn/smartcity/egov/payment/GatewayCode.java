package vn.smartcity.egov.payment;

import java.util.Objects;

/**
 * A gateway's own result code with its meaning, such as VNPay's {@code 24}, "Giao dịch không thành
 * công do: Khách hàng hủy giao dịch".
 *
 * @param field the wire field it came from, such as {@code vnp_ResponseCode}
 * @param code the code as sent
 * @param meaning what the gateway's documentation says it means
 * @param success whether the code means the payment went through
 */
public record GatewayCode(String field, String code, String meaning, boolean success) {

    /**
     * Checks the components.
     *
     * @param field the wire field
     * @param code the code
     * @param meaning its meaning
     * @param success whether it means success
     */
    public GatewayCode {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(meaning, "meaning");
    }
}
