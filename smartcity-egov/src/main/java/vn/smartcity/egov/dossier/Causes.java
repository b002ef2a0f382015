package vn.smartcity.egov.dossier;

import java.util.Objects;
import vn.smartcity.core.InvalidValueException;

/** Re-homes an error of a nested value (an agency code inside a longer code) to the outer type. */
final class Causes {

    private Causes() {}

    /**
     * An error of {@code type} at {@code offset + e.position()} carrying {@code e}'s reason.
     *
     * @param type the outer type, such as {@code DossierCode}
     * @param offset where the nested value starts in the outer text
     * @param fallback the position to report when {@code e} has none
     * @param part the name of the nested part
     * @param e the nested error
     * @return the error to throw
     */
    static InvalidValueException nested(String type, int offset, int fallback, String part, InvalidValueException e) {
        int position = e.position() >= 0 ? offset + e.position() : fallback;
        InvalidValueException wrapped = new InvalidValueException(type, position, part + ": " + reason(e));
        wrapped.initCause(e);
        return wrapped;
    }

    /** The nested message without its type prefix and position suffix. */
    private static String reason(InvalidValueException e) {
        String m = Objects.requireNonNullElse(e.getMessage(), "");
        String prefix = e.valueType() + ": ";
        if (m.startsWith(prefix)) {
            m = m.substring(prefix.length());
        }
        String suffix = " (at position " + e.position() + ")";
        if (m.endsWith(suffix)) {
            m = m.substring(0, m.length() - suffix.length());
        }
        return m;
    }
}
