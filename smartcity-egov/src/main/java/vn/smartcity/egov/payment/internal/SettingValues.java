package vn.smartcity.egov.payment.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.egov.payment.GatewaySetting;
import vn.smartcity.egov.payment.GatewaySettings;

/** Reads a gateway's settings, failing with the setting's name (never its value). */
public final class SettingValues {

    private static final String TYPE = "GatewaySettings";

    private final String gatewayId;
    private final GatewaySettings settings;
    private final List<GatewaySetting> specs;

    /**
     * Starts reading.
     *
     * @param gatewayId the gateway's id, for messages
     * @param settings the merchant's settings
     * @param specs the settings the gateway knows
     */
    public SettingValues(String gatewayId, GatewaySettings settings, List<GatewaySetting> specs) {
        this.gatewayId = gatewayId;
        this.settings = settings;
        this.specs = specs;
        for (String name : settings.names()) {
            if (specs.stream().noneMatch(s -> s.name().equals(name))) {
                throw new InvalidValueException(
                        TYPE, -1, gatewayId + " has no setting '" + name + "'; it knows " + names());
            }
        }
    }

    private String names() {
        StringBuilder out = new StringBuilder();
        for (GatewaySetting s : specs) {
            out.append(out.length() == 0 ? "" : ", ").append(s.name());
        }
        return out.toString();
    }

    /**
     * A setting's value, or its default.
     *
     * @param name the setting
     * @return the value, not blank unless the setting is optional with an empty default
     * @throws InvalidValueException if it is required and missing or blank
     */
    public String get(String name) {
        GatewaySetting spec = specs.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown setting " + name));
        String value = settings.get(name).orElse(spec.defaultValue());
        if (value == null || (value.isBlank() && spec.isRequired())) {
            throw new InvalidValueException(
                    TYPE, -1, gatewayId + " needs setting '" + name + "' (" + spec.description() + ")");
        }
        return value;
    }

    /**
     * A setting that must be letters, digits and a few separators.
     *
     * @param name the setting
     * @return the value
     * @throws InvalidValueException if missing or malformed
     */
    public String code(String name) {
        String value = get(name);
        if (value.length() > 64 || !value.matches("[A-Za-z0-9._-]+")) {
            throw new InvalidValueException(
                    TYPE, -1, gatewayId + " setting '" + name + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return value;
    }

    /**
     * A setting that is an absolute http(s) URL without a query.
     *
     * @param name the setting
     * @return the URL
     * @throws InvalidValueException if missing or malformed
     */
    public URI url(String name) {
        String value = get(name);
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new InvalidValueException(TYPE, e.getIndex(), gatewayId + " setting '" + name + "' is not a URL");
        }
        if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null
                || uri.getRawQuery() != null) {
            throw new InvalidValueException(
                    TYPE, -1, gatewayId + " setting '" + name + "' must be an http(s) URL without a query");
        }
        return uri;
    }
}
