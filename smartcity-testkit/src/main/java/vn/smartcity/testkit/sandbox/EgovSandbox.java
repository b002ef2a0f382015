package vn.smartcity.testkit.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The embedded e-government sandbox: one loopback HTTP server, in-memory state, fixed paths.
 *
 * <pre>{@code
 * try (EgovSandbox sandbox = EgovSandbox.start()) {
 *     URI dvcqg = sandbox.endpoint("/dvcqg");
 *     // point a client at it with sandbox.credentials() and allow plain HTTP
 * }
 * }</pre>
 *
 * <p>Lifetimes of bus tokens and DVCQG sessions can be shortened for tests with {@link
 * #builder()}, or everything issued so far expired at once with {@link #expireBusTokens()} and
 * {@link #expireDvcqgSessions()}.
 *
 * <p>Paths: {@code /oauth2/token} (the bus's token endpoint), {@code /dvcqg} (the DVCQG adapter),
 * {@code /open311/v2} (GeoReport v2), {@code /paygov}, {@code /dvcqg-pay} and {@code /vnpay}
 * (payment gateways). The server binds the loopback address only and stops on {@link #close()},
 * leaving no thread behind.
 */
public final class EgovSandbox implements AutoCloseable {

    /** The port {@code smartcity egov sandbox} uses when none is given. */
    public static final int DEFAULT_PORT = 8311;

    /** How long a bus access token lives unless {@link Builder#busTokenLifetime(Duration)} says. */
    public static final Duration DEFAULT_BUS_TOKEN_LIFETIME = Duration.ofHours(1);

    /** How long a DVCQG session lives unless {@link Builder#dvcqgSessionLifetime(Duration)} says. */
    public static final Duration DEFAULT_DVCQG_SESSION_LIFETIME = Duration.ofMinutes(30);

    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxCredentials credentials;
    private final BusTokenService bus;
    private final DvcqgService dvcqg;

    private EgovSandbox(
            HttpServer server,
            ExecutorService executor,
            SandboxCredentials credentials,
            BusTokenService bus,
            DvcqgService dvcqg) {
        this.server = server;
        this.executor = executor;
        this.credentials = credentials;
        this.bus = bus;
        this.dvcqg = dvcqg;
    }

    /**
     * Starts a sandbox with chosen settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a sandbox on a free loopback port.
     *
     * @return the running sandbox
     * @throws UncheckedIOException if no port could be bound
     */
    public static EgovSandbox start() {
        return start(0);
    }

    /**
     * Starts a sandbox on the given loopback port.
     *
     * @param port the port, or 0 for a free one
     * @return the running sandbox
     * @throws UncheckedIOException if the port could not be bound (it is in use, say)
     */
    public static EgovSandbox start(int port) {
        return builder().port(port).start();
    }

    private static EgovSandbox start(Builder settings) {
        int port = settings.port;
        SandboxCredentials credentials = SandboxCredentials.DEFAULT;
        BusTokenService bus = new BusTokenService(credentials, settings.busTokenLifetime, settings.clock);
        DvcqgService dvcqg = new DvcqgService(credentials, settings.dvcqgSessionLifetime, settings.clock, bus);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the sandbox to loopback port " + port, e);
        }
        for (SandboxService service : services(credentials, bus, dvcqg)) {
            server.createContext(service.path(), exchange -> {
                try (exchange) {
                    service.handle(new SandboxExchange(exchange, service.path()));
                }
            });
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "smartcity-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new EgovSandbox(server, executor, credentials, bus, dvcqg);
    }

    private static List<SandboxService> services(
            SandboxCredentials credentials, BusTokenService bus, DvcqgService dvcqg) {
        // Each protocol adds its service here.
        return List.of(
                bus,
                dvcqg,
                new PayGovService(credentials),
                new DvcqgPayService(credentials),
                new VnPayService(credentials),
                new Open311Service(credentials));
    }

    /**
     * The port the sandbox listens on.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The base URI, {@code http://127.0.0.1:PORT}.
     *
     * @return the base URI without a trailing slash
     */
    public URI baseUri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port());
    }

    /**
     * The URI of one service, such as {@code endpoint("/dvcqg")}.
     *
     * @param path the service path, starting with a slash
     * @return the URI
     */
    public URI endpoint(String path) {
        return URI.create(baseUri() + path);
    }

    /**
     * The test credentials this sandbox accepts.
     *
     * @return the credentials
     */
    public SandboxCredentials credentials() {
        return credentials;
    }

    /** Expires every bus access token issued so far: the next call with one gets {@code 401}. */
    public void expireBusTokens() {
        bus.expireAll();
    }

    /** Expires every DVCQG session: the next call with one gets the session error. */
    public void expireDvcqgSessions() {
        dvcqg.expireSessions();
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Chooses the port and the lifetimes of a sandbox. */
    public static final class Builder {
        private int port;
        private Duration busTokenLifetime = DEFAULT_BUS_TOKEN_LIFETIME;
        private Duration dvcqgSessionLifetime = DEFAULT_DVCQG_SESSION_LIFETIME;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * The loopback port.
         *
         * @param port the port, or 0 (the default) for a free one
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * How long bus access tokens live.
         *
         * @param lifetime positive; one hour by default
         * @return this builder
         */
        public Builder busTokenLifetime(Duration lifetime) {
            this.busTokenLifetime = positive(lifetime, "busTokenLifetime");
            return this;
        }

        /**
         * How long DVCQG sessions live.
         *
         * @param lifetime positive; 30 minutes by default
         * @return this builder
         */
        public Builder dvcqgSessionLifetime(Duration lifetime) {
            this.dvcqgSessionLifetime = positive(lifetime, "dvcqgSessionLifetime");
            return this;
        }

        /**
         * The clock lifetimes are measured with.
         *
         * @param clock the system UTC clock by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Starts the sandbox.
         *
         * @return the running sandbox
         * @throws UncheckedIOException if the port could not be bound
         */
        public EgovSandbox start() {
            return EgovSandbox.start(this);
        }

        private static Duration positive(Duration lifetime, String name) {
            Objects.requireNonNull(lifetime, name);
            if (lifetime.isNegative() || lifetime.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, got " + lifetime);
            }
            return lifetime;
        }
    }
}
