package vn.smartcity.egov.payment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One setting a {@link PaymentGateway} reads: its name, what it is, whether it is a secret (never
 * printed, never logged) and its default, if it has one.
 *
 * @param name the key in {@link GatewaySettings}, such as {@code hashSecret}
 * @param description what it is, in a few words
 * @param secret whether the value is a secret key
 * @param defaultValue the value used when the setting is absent, or {@code null} if it is required
 */
public record GatewaySetting(
        String name,
        String description,
        boolean secret,
        @Nullable String defaultValue) {

    /**
     * Checks the components.
     *
     * @param name the key
     * @param description what it is
     * @param secret whether the value is secret
     * @param defaultValue the default, or {@code null} if required
     */
    public GatewaySetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    /**
     * A required setting.
     *
     * @param name the key
     * @param description what it is
     * @param secret whether the value is secret
     * @return the setting
     */
    public static GatewaySetting required(String name, String description, boolean secret) {
        return new GatewaySetting(name, description, secret, null);
    }

    /**
     * An optional, non-secret setting with a default.
     *
     * @param name the key
     * @param description what it is
     * @param defaultValue the default
     * @return the setting
     */
    public static GatewaySetting optional(String name, String description, String defaultValue) {
        return new GatewaySetting(name, description, false, Objects.requireNonNull(defaultValue, "defaultValue"));
    }

    /**
     * Whether the setting must be given.
     *
     * @return {@code true} if there is no default
     */
    public boolean isRequired() {
        return defaultValue == null;
    }
}
