package vn.smartcity.core.plugin;

import java.util.List;

/** Thrown when a plugin id is asked for that no registered plugin has. */
public final class UnknownPluginException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String typeKey;
    private final String requestedId;
    private final List<String> availableIds;

    UnknownPluginException(String typeKey, String requestedId, List<String> availableIds, String message) {
        super(message);
        this.typeKey = typeKey;
        this.requestedId = requestedId;
        this.availableIds = List.copyOf(availableIds);
    }

    /**
     * The extension type's key.
     *
     * @return such as {@code sensor-codec}
     */
    public String typeKey() {
        return typeKey;
    }

    /**
     * The id that was asked for, as given.
     *
     * @return the requested id
     */
    public String requestedId() {
        return requestedId;
    }

    /**
     * The ids the registry knows, sorted.
     *
     * @return the available ids
     */
    public List<String> availableIds() {
        return availableIds;
    }
}
