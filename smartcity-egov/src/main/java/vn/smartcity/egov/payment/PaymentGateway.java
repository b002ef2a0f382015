package vn.smartcity.egov.payment;

import java.util.List;
import vn.smartcity.core.plugin.Plugin;

/**
 * An online payment gateway: a {@link Plugin} that, given one merchant's settings, opens a {@link
 * MerchantAccount} which builds signed payment requests and verifies callbacks.
 *
 * <p>The built-in gateways are {@code paygov} ({@link PayGovGateway}), {@code dvcqg-pay} ({@link
 * DvcqgPayGateway}) and {@code vnpay} ({@link VnPayGateway}); a province adds its own by
 * implementing this interface and listing the class in {@code
 * META-INF/services/vn.smartcity.egov.payment.PaymentGateway}.
 *
 * <pre>{@code
 * PaymentGateway vnpay = PluginRegistry.load(PaymentGateway.class).get("vnpay");
 * MerchantAccount account = vnpay.account(GatewaySettings.builder()
 *         .set(VnPayGateway.TMN_CODE, "ABCD1234")
 *         .set(VnPayGateway.HASH_SECRET, secretFromVault)
 *         .build());
 * }</pre>
 *
 * <p>A gateway instance holds no merchant state: it is cheap, immutable and shared.
 */
public interface PaymentGateway extends Plugin {

    /**
     * The settings {@link #account(GatewaySettings)} reads, in the order a form would ask for
     * them.
     *
     * @return the settings, each saying whether it is secret and whether it has a default
     */
    List<GatewaySetting> settings();

    /**
     * Opens this gateway for one merchant, with its own {@linkplain ReplayGuard#inMemory()
     * in-memory replay guard}. Open the account once and share it: an account opened per request
     * would remember no callback.
     *
     * @param settings the merchant's codes and keys
     * @return the configured account, immutable and safe to share between threads
     * @throws vn.smartcity.core.InvalidValueException if a required setting is missing or malformed;
     *     the message names the setting, never its value
     */
    MerchantAccount account(GatewaySettings settings);

    /**
     * Opens this gateway for one merchant with a replay guard shared with other accounts or
     * backed by the merchant's database.
     *
     * @param settings the merchant's codes and keys
     * @param replays where the references of verified callbacks are recorded
     * @return the configured account
     * @throws vn.smartcity.core.InvalidValueException if a required setting is missing or malformed
     */
    MerchantAccount account(GatewaySettings settings, ReplayGuard replays);
}
