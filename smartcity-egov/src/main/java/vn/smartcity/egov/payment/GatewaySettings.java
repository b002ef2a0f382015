package vn.smartcity.egov.payment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A merchant's settings for one gateway: codes, keys and endpoints by name. Values are opaque
 * strings; which names a gateway reads is in {@link PaymentGateway#settings()}.
 *
 * <p>{@link #toString()} lists the names only, never a value, so settings are safe to log.
 */
public final class GatewaySettings {

    private final Map<String, String> values;

    private GatewaySettings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Starts a settings object.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Settings from a map (a configuration file, environment variables).
     *
     * @param values names to values
     * @return the settings
     */
    public static GatewaySettings of(Map<String, String> values) {
        Builder builder = new Builder();
        values.forEach(builder::set);
        return builder.build();
    }

    /**
     * One value.
     *
     * @param name the setting's name
     * @return the value, or empty if not set
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * The names that are set.
     *
     * @return the names, in the order they were set
     */
    public Set<String> names() {
        return values.keySet();
    }

    /**
     * The names only; values may be secret.
     *
     * @return such as {@code GatewaySettings[tmnCode, hashSecret]}
     */
    @Override
    public String toString() {
        return "GatewaySettings" + values.keySet();
    }

    /** Collects settings. */
    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets one value, replacing an earlier one.
         *
         * @param name the setting's name
         * @param value its value
         * @return this builder
         */
        public Builder set(String name, String value) {
            values.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * The settings.
         *
         * @return an immutable copy
         */
        public GatewaySettings build() {
            return new GatewaySettings(values);
        }
    }
}
