package vn.smartcity.egov.open311;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The kind of input an attribute takes (GeoReport v2, GET Service Definition, {@code datatype}). */
public enum AttributeDatatype {
    /** {@code string}: text without line breaks. */
    STRING("string"),
    /** {@code number}: a numeric value. */
    NUMBER("number"),
    /** {@code datetime}: an ISO 8601 date-time. */
    DATETIME("datetime"),
    /** {@code text}: text that may contain line breaks. */
    TEXT("text"),
    /** {@code singlevaluelist}: exactly one of the attribute's values, by key. */
    SINGLE_VALUE_LIST("singlevaluelist"),
    /** {@code multivaluelist}: several of the attribute's values, by key. */
    MULTI_VALUE_LIST("multivaluelist");

    private final String wireName;

    AttributeDatatype(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name on the wire.
     *
     * @return such as {@code singlevaluelist}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Whether the input is chosen from the attribute's values.
     *
     * @return {@code true} for the two list types
     */
    public boolean isList() {
        return this == SINGLE_VALUE_LIST || this == MULTI_VALUE_LIST;
    }

    /**
     * Reads a wire name, ignoring case and surrounding spaces. A name this SDK does not know, or
     * none, is read as {@link #STRING}, the specification's plain input, so an attribute of a newer
     * kind can still be filled in.
     *
     * @param text the text, or {@code null}
     * @return the datatype
     */
    public static AttributeDatatype fromWire(@Nullable String text) {
        if (text != null) {
            String key = text.strip().toLowerCase(Locale.ROOT);
            for (AttributeDatatype type : values()) {
                if (type.wireName.equals(key)) {
                    return type;
                }
            }
        }
        return STRING;
    }
}
