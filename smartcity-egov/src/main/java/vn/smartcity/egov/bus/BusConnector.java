package vn.smartcity.egov.bus;

import okhttp3.Interceptor;
import vn.smartcity.core.plugin.Plugin;

/**
 * How to talk to one kind of government service bus: the extension point a province implements
 * when its bus authenticates or identifies callers differently from the standard OAuth 2 bus.
 *
 * <p>A connector turns a {@link BusConfig} into an OkHttp {@link Interceptor} that authenticates
 * every request and adds the identification headers; {@link BusClient} and every other client
 * routed through the bus run it on each attempt. Connectors are found through {@link
 * vn.smartcity.core.plugin.PluginRegistry} ({@code META-INF/services/vn.smartcity.egov.bus.BusConnector}
 * on the class path, {@code provides vn.smartcity.egov.bus.BusConnector with ...} on the module
 * path) and chosen by {@link #scheme()}: {@code lgsp://lgsp.example.gov.vn/api} picks the
 * connector whose scheme is {@code lgsp}.
 *
 * <pre>{@code
 * public final class HueBusConnector implements BusConnector {
 *     public String id() { return "hue-lgsp"; }
 *     public String description() { return "Thừa Thiên Huế LGSP (API key + OAuth 2)"; }
 *     public String scheme() { return "hue-lgsp"; }
 *     public Interceptor connect(BusConfig config) { return new HueAuthenticator(config); }
 * }
 * }</pre>
 */
public interface BusConnector extends Plugin {

    /**
     * The URI scheme this connector handles: lower-case letters, digits, {@code '+'}, {@code '-'}
     * or {@code '.'}, such as {@code lgsp}. {@code SCHEME+http} is accepted too and means plain
     * HTTP (tests and sandboxes only).
     *
     * @return the scheme
     */
    String scheme();

    /**
     * Makes the interceptor that authenticates and identifies every request sent through this bus.
     * It must add the identification headers ({@link BusClient#CLIENT_HEADER}, {@link
     * BusClient#USER_HEADER}, {@link BusClient#ID_HEADER} or the bus's own), keep credentials out
     * of logs and exception messages, and throw the typed exceptions of {@code vn.smartcity.egov}
     * when authentication fails.
     *
     * @param config the bus's address, credentials and caller identity
     * @return the interceptor, safe to share between threads
     */
    Interceptor connect(BusConfig config);
}
