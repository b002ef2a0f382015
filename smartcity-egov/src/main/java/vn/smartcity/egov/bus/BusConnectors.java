package vn.smartcity.egov.bus;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.smartcity.core.plugin.PluginRegistry;

/** Finding the {@link BusConnector} for a bus URI. */
public final class BusConnectors {

    private BusConnectors() {}

    /**
     * The connectors on the class path and module path, loaded through {@link PluginRegistry}
     * (tuned by {@code smartcity.plugins.bus-connector.disable} and {@code .prefer}).
     *
     * @return a new registry
     */
    public static PluginRegistry<BusConnector> load() {
        return PluginRegistry.load(BusConnector.class);
    }

    /**
     * The connector handling a URI scheme. When several do, the one with the highest {@link
     * BusConnector#priority()} wins, then the smallest id.
     *
     * @param registry the connectors
     * @param scheme such as {@code lgsp}, or {@code lgsp+http} (the {@code +http} suffix is
     *     ignored)
     * @return the connector
     * @throws IllegalArgumentException if none handles the scheme; the message lists the schemes
     *     that are handled
     */
    public static BusConnector forScheme(PluginRegistry<BusConnector> registry, String scheme) {
        String s = baseScheme(Objects.requireNonNull(scheme, "scheme"));
        List<BusConnector> candidates = registry.plugins().stream()
                .filter(c -> s.equals(c.scheme()))
                .sorted(Comparator.comparingInt(BusConnector::priority)
                        .reversed()
                        .thenComparing(BusConnector::id))
                .collect(Collectors.toList());
        if (candidates.isEmpty()) {
            String known = registry.plugins().stream()
                    .map(BusConnector::scheme)
                    .sorted()
                    .distinct()
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("no bus connector handles the scheme '" + s + "'; schemes handled: "
                    + (known.isEmpty() ? "none" : known)
                    + " (add a connector jar with META-INF/services/vn.smartcity.egov.bus.BusConnector)");
        }
        return candidates.get(0);
    }

    /**
     * The scheme without a {@code +http} or {@code +https} suffix, lower-cased.
     *
     * @param scheme such as {@code LGSP+http}
     * @return such as {@code lgsp}
     */
    static String baseScheme(String scheme) {
        String s = scheme.toLowerCase(Locale.ROOT);
        if (s.endsWith("+https")) {
            return s.substring(0, s.length() - 6);
        }
        if (s.endsWith("+http")) {
            return s.substring(0, s.length() - 5);
        }
        return s;
    }
}
