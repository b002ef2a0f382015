package vn.smartcity.egov.payment;

import java.util.List;
import java.util.Objects;
import vn.smartcity.egov.payment.internal.SettingValues;

/**
 * What the built-in gateways share: the id, description and settings each declares, an account
 * with its own in-memory replay guard, and the merchant's settings checked against the declared
 * ones before the gateway opens its account. Not API: the gateways' public type is {@link
 * PaymentGateway}.
 */
abstract class BuiltInGateway implements PaymentGateway {

    private final String id;
    private final String description;
    private final List<GatewaySetting> settings;

    /**
     * Declares a gateway.
     *
     * @param id the plugin id
     * @param description the plugin description
     * @param settings the settings an account reads, in the order a form would ask for them
     */
    BuiltInGateway(String id, String description, List<GatewaySetting> settings) {
        this.id = id;
        this.description = description;
        this.settings = List.copyOf(settings);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<GatewaySetting> settings() {
        return settings;
    }

    @Override
    public final MerchantAccount account(GatewaySettings settings) {
        return account(settings, ReplayGuard.inMemory());
    }

    @Override
    public final MerchantAccount account(GatewaySettings settings, ReplayGuard replays) {
        Objects.requireNonNull(replays, "replays");
        return open(new SettingValues(id, Objects.requireNonNull(settings, "settings"), this.settings), replays);
    }

    /**
     * Opens the account the settings describe.
     *
     * @param values the merchant's settings, none of them unknown to this gateway
     * @param replays the replay guard of callbacks
     * @return the account
     * @throws vn.smartcity.core.InvalidValueException if a required setting is missing or malformed
     */
    abstract MerchantAccount open(SettingValues values, ReplayGuard replays);

    @Override
    public final String toString() {
        return getClass().getSimpleName();
    }
}
