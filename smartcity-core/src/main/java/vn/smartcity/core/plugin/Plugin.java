package vn.smartcity.core.plugin;

/**
 * The base interface of every extension type in the SDK: sensor codecs, bus connectors, payment
 * gateways, card profiles and whatever a province adds.
 *
 * <p>An implementation is found through {@link java.util.ServiceLoader} (a {@code
 * META-INF/services} file on the class path, {@code provides ... with ...} on the module path) or
 * handed to a {@link PluginRegistry} explicitly. It needs a public no-argument constructor (or a
 * public static {@code provider()} method on the module path) and should be cheap to construct and
 * safe to share between threads.
 *
 * <p>Example:
 *
 * <pre>{@code
 * public final class AcmeStationCodec implements SensorCodec {
 *     public String id() { return "acme-station"; }
 *     public String description() { return "ACME data-logger frames (v2)"; }
 *     ...
 * }
 * }</pre>
 */
public interface Plugin {

    /**
     * The stable key users type to choose this plugin ({@code smartcity decode --codec hj212}). It
     * is lower-case ASCII: a letter or digit, then letters, digits, {@code '-'}, {@code '_'} or
     * {@code '.'}, at most 64 characters ({@link PluginIds#isValid(String)}). It must not change
     * between releases.
     *
     * @return the plugin's id
     */
    String id();

    /**
     * A one-line, human-readable description shown by {@code smartcity plugins}.
     *
     * @return what this plugin does, in a few words
     */
    String description();

    /**
     * Decides which of two plugins that share an {@link #id()} wins when no system property says
     * otherwise: the higher priority wins, then the lexicographically smaller class name. Built-in
     * plugins use {@code 0}; a vendor that replaces one on purpose returns a larger number.
     *
     * @return this plugin's priority, {@code 0} by default
     */
    default int priority() {
        return 0;
    }
}
