package vn.smartcity.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.smartcity.core.plugin.Plugin;
import vn.smartcity.egov.bus.BusConnector;
import vn.smartcity.egov.payment.PaymentGateway;
import vn.smartcity.iot.SensorCodec;

/**
 * The extension types {@code smartcity plugins} reports: the SDK's own, plus any named in the
 * system property {@value #PROPERTY} (comma-separated interface names, for a province that defines
 * an extension type of its own).
 */
final class ExtensionTypes {

    /** System property naming further extension types. */
    static final String PROPERTY = "smartcity.plugins.types";

    /**
     * The SDK's extension types. Each module adds its own here as it gains one (the sensor codecs
     * of smartcity-iot, the bus connectors of smartcity-egov, ...).
     */
    private static final List<Class<? extends Plugin>> BUILT_IN =
            List.of(SensorCodec.class, BusConnector.class, PaymentGateway.class);

    private ExtensionTypes() {}

    /** A type the user named that could not be used, and why. */
    record Problem(String name, String reason) {}

    /** The types found and the names that could not be used. */
    record Found(List<Class<? extends Plugin>> types, List<Problem> problems) {}

    static Found all(ClassLoader loader) {
        Set<Class<? extends Plugin>> types = new LinkedHashSet<>(BUILT_IN);
        List<Problem> problems = new ArrayList<>();
        String extra = System.getProperty(PROPERTY, "");
        for (String raw : extra.split(",")) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (!c.isInterface() || !Plugin.class.isAssignableFrom(c)) {
                    problems.add(new Problem(name, "not an interface extending " + Plugin.class.getName()));
                    continue;
                }
                types.add(c.asSubclass(Plugin.class));
            } catch (ClassNotFoundException | LinkageError e) {
                problems.add(new Problem(name, "class not found on the class path"));
            }
        }
        return new Found(List.copyOf(types), List.copyOf(problems));
    }
}
