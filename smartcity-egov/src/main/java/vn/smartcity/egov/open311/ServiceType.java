package vn.smartcity.egov.open311;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How a service answers a new request (GeoReport v2, GET Service List, field {@code type}). */
public enum ServiceType {
    /** {@code realtime}: the service request id comes back at once. */
    REALTIME("realtime"),
    /** {@code batch}: a token comes back, to be exchanged for the id later ({@code GET tokens}). */
    BATCH("batch"),
    /** {@code blackbox}: neither an id nor a token comes back. */
    BLACKBOX("blackbox");

    private final String wireName;

    ServiceType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name on the wire.
     *
     * @return such as {@code realtime}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Reads a wire name, ignoring case and surrounding spaces.
     *
     * @param text the text, or {@code null}
     * @return the type, or {@code null} if the text is absent or none of the three
     */
    public static @Nullable ServiceType fromWire(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (ServiceType type : values()) {
            if (type.wireName.equals(key)) {
                return type;
            }
        }
        return null;
    }
}
