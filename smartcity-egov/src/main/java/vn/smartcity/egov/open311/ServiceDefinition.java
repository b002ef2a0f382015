package vn.smartcity.egov.open311;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;

/**
 * The extra fields a service asks for (GeoReport v2, GET Service Definition), needed when its
 * {@link Service#metadata()} is {@code true}.
 *
 * @param serviceCode the service the definition belongs to
 * @param attributes the fields, sorted by {@link ServiceAttribute#order()} (stable: equal orders
 *     keep the server's order)
 */
public record ServiceDefinition(String serviceCode, List<ServiceAttribute> attributes) {

    /**
     * Checks the components and sorts the attributes.
     *
     * @param serviceCode the {@code serviceCode} component
     * @param attributes the {@code attributes} component
     */
    public ServiceDefinition {
        Objects.requireNonNull(serviceCode, "serviceCode");
        List<ServiceAttribute> sorted = new ArrayList<>(attributes);
        sorted.sort(Comparator.comparingInt(ServiceAttribute::order));
        attributes = List.copyOf(sorted);
    }

    /**
     * The attribute with a code.
     *
     * @param code the attribute code
     * @return the attribute, or {@code null} if the definition has none with that code
     */
    public @Nullable ServiceAttribute attribute(String code) {
        for (ServiceAttribute attribute : attributes) {
            if (attribute.code().equals(code)) {
                return attribute;
            }
        }
        return null;
    }

    /**
     * Checks the attribute values of a request against this definition: every required variable
     * attribute has a value, every value belongs to a defined variable attribute and fits its
     * datatype ({@link ServiceAttribute#check(List)}).
     *
     * @param values the values by attribute code
     * @throws InvalidValueException naming the first attribute that does not fit
     */
    public void check(Map<String, List<String>> values) {
        for (ServiceAttribute attribute : attributes) {
            List<String> given = values.get(attribute.code());
            if (attribute.variable() && attribute.required() && (given == null || allBlank(given))) {
                throw new InvalidValueException(
                        "NewServiceRequest",
                        -1,
                        "attribute '" + attribute.code() + "' is required by service " + serviceCode);
            }
        }
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            ServiceAttribute attribute = attribute(entry.getKey());
            if (attribute == null) {
                throw new InvalidValueException(
                        "NewServiceRequest",
                        -1,
                        "attribute '" + entry.getKey() + "' is not defined by service " + serviceCode);
            }
            attribute.check(entry.getValue());
        }
    }

    private static boolean allBlank(List<String> values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
