package vn.smartcity.egov.open311;

import java.util.Objects;

/**
 * One option of a list attribute (GeoReport v2, GET Service Definition, {@code values/value}).
 *
 * @param key the identifier to send, like an HTML option's {@code value}
 * @param name the human readable title, like an HTML option's text (the key if none was sent)
 */
public record AttributeValue(String key, String name) {

    /**
     * Checks the components.
     *
     * @param key the {@code key} component
     * @param name the {@code name} component
     */
    public AttributeValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
