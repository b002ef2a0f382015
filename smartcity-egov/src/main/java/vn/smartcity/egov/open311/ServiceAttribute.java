package vn.smartcity.egov.open311;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.egov.open311.internal.W3cDateTime;

/**
 * One field of a service definition (GeoReport v2, GET Service Definition, {@code
 * attributes/attribute}).
 *
 * @param variable {@code true} if the citizen fills it in; {@code false} if it only presents
 *     information (such attributes are never sent)
 * @param code the unique identifier, sent as {@code attribute[code]}
 * @param datatype the kind of input
 * @param required whether a request must carry a value
 * @param datatypeDescription help on the expected input, or {@code null}
 * @param order the position in which to present it, 1 first (0 if the server sent none)
 * @param description the question or instruction shown to the citizen, or {@code null}
 * @param values the options of a list datatype, in the server's order; empty otherwise
 */
public record ServiceAttribute(
        boolean variable,
        String code,
        AttributeDatatype datatype,
        boolean required,
        @Nullable String datatypeDescription,
        int order,
        @Nullable String description,
        List<AttributeValue> values) {

    private static final String TYPE = "NewServiceRequest";

    /**
     * Checks and copies the components.
     *
     * @param variable the {@code variable} component
     * @param code the {@code code} component
     * @param datatype the {@code datatype} component
     * @param required the {@code required} component
     * @param datatypeDescription the {@code datatypeDescription} component
     * @param order the {@code order} component
     * @param description the {@code description} component
     * @param values the {@code values} component
     */
    public ServiceAttribute {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(datatype, "datatype");
        values = List.copyOf(values);
    }

    /**
     * The option with a key.
     *
     * @param key the key
     * @return the option, or {@code null} if the attribute has none with that key
     */
    public @Nullable AttributeValue value(String key) {
        for (AttributeValue value : values) {
            if (value.key().equals(key)) {
                return value;
            }
        }
        return null;
    }

    /**
     * Checks values a caller wants to send for this attribute against its datatype: a number for
     * {@code number}, an ISO 8601 date-time for {@code datetime}, no line break in a {@code string},
     * exactly one known key for {@code singlevaluelist}, known distinct keys for {@code
     * multivaluelist}.
     *
     * @param given the values, at least one
     * @throws InvalidValueException saying which attribute and what is wrong (never the value of a
     *     free-text attribute)
     */
    public void check(List<String> given) {
        if (!variable) {
            throw problem("is informational (variable=false) and cannot be sent");
        }
        if (given.isEmpty()) {
            throw problem("has no value");
        }
        if (datatype != AttributeDatatype.MULTI_VALUE_LIST && given.size() > 1) {
            throw problem("takes one value (datatype " + datatype.wireName() + "), got " + given.size());
        }
        Set<String> seen = new HashSet<>();
        for (String value : given) {
            switch (datatype) {
                case NUMBER:
                    checkNumber(value);
                    break;
                case DATETIME:
                    checkDateTime(value);
                    break;
                case STRING:
                    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                        throw problem("is a string and may not contain line breaks (use datatype text for that)");
                    }
                    break;
                case SINGLE_VALUE_LIST:
                case MULTI_VALUE_LIST:
                    if (value(value) == null) {
                        throw problem("has no option with key '" + shorten(value) + "'; keys are " + keys());
                    }
                    if (!seen.add(value)) {
                        throw problem("has the key '" + shorten(value) + "' twice");
                    }
                    break;
                default:
                    break; // TEXT: anything
            }
        }
    }

    private void checkNumber(String value) {
        try {
            new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw problem("takes a number, got something else");
        }
    }

    private void checkDateTime(String value) {
        try {
            W3cDateTime.parse(value, ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw problem("takes an ISO 8601 date-time such as 2025-05-24T08:30:00+07:00");
        }
    }

    private String keys() {
        StringBuilder out = new StringBuilder();
        for (AttributeValue value : values) {
            out.append(out.length() == 0 ? "" : ", ").append(value.key());
        }
        return out.length() == 0 ? "(none)" : out.toString();
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }

    private InvalidValueException problem(String message) {
        return new InvalidValueException(TYPE, -1, "attribute '" + code + "' " + message);
    }
}
