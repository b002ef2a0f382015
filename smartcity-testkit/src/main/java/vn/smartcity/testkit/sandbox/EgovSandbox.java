package vn.smartcity.testkit.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
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
 * <p>Paths: {@code /oauth2/token} (the bus's token endpoint), {@code /dvcqg} (the DVCQG adapter),
 * {@code /open311/v2} (GeoReport v2), {@code /paygov}, {@code /dvcqg-pay} and {@code /vnpay}
 * (payment gateways). The server binds the loopback address only and stops on {@link #close()},
 * leaving no thread behind.
 */
public final class EgovSandbox implements AutoCloseable {

    /** The port {@code smartcity egov sandbox} uses when none is given. */
    public static final int DEFAULT_PORT = 8311;

    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxCredentials credentials;

    private EgovSandbox(HttpServer server, ExecutorService executor, SandboxCredentials credentials) {
        this.server = server;
        this.executor = executor;
        this.credentials = credentials;
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
        SandboxCredentials credentials = SandboxCredentials.DEFAULT;
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the sandbox to loopback port " + port, e);
        }
        for (SandboxService service : services(credentials)) {
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
        return new EgovSandbox(server, executor, credentials);
    }

    private static List<SandboxService> services(SandboxCredentials credentials) {
        // Each protocol adds its service here.
        return List.of(new PayGovService(credentials), new DvcqgPayService(credentials), new VnPayService(credentials));
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
}
