package vn.smartcity.card.sod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One signed attribute of a SignerInfo (RFC 5652, section 5.3): its type and the DER encodings of
 * its values as read.
 */
public final class SignedAttribute {

    /** The content-type attribute (RFC 5652, section 11.1). */
    public static final String CONTENT_TYPE = "1.2.840.113549.1.9.3";

    /** The message-digest attribute (RFC 5652, section 11.2). */
    public static final String MESSAGE_DIGEST = "1.2.840.113549.1.9.4";

    private final String type;
    private final List<byte[]> values;

    SignedAttribute(String type, List<byte[]> values) {
        this.type = type;
        this.values = List.copyOf(values);
    }

    /**
     * The attribute type.
     *
     * @return a dotted OID such as {@link #MESSAGE_DIGEST}
     */
    public String type() {
        return type;
    }

    /**
     * The DER encodings of the values.
     *
     * @return copies, in the order read
     */
    public List<byte[]> values() {
        List<byte[]> copies = new ArrayList<>(values.size());
        for (byte[] value : values) {
            copies.add(value.clone());
        }
        return List.copyOf(copies);
    }

    /**
     * Whether another object is the same attribute.
     *
     * @param other the other object
     * @return true when type and values are equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        if (!(other instanceof SignedAttribute that)
                || !type.equals(that.type)
                || values.size() != that.values.size()) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!Arrays.equals(values.get(i), that.values.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash of type and values.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int hash = Objects.hashCode(type);
        for (byte[] value : values) {
            hash = hash * 31 + Arrays.hashCode(value);
        }
        return hash;
    }

    /**
     * The type and the number of values.
     *
     * @return such as {@code SignedAttribute[1.2.840.113549.1.9.4, 1 value]}
     */
    @Override
    public String toString() {
        return "SignedAttribute[" + type + ", " + values.size() + (values.size() == 1 ? " value]" : " values]");
    }
}
