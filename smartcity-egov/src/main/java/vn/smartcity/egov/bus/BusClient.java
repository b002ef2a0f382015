package vn.smartcity.egov.bus;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.plugin.PluginRegistry;
import vn.smartcity.egov.EgovException;
import vn.smartcity.egov.http.EgovClientBuilder;
import vn.smartcity.egov.http.EgovHttp;
import vn.smartcity.egov.http.EgovResponse;
import vn.smartcity.egov.http.HttpSettings;

/**
 * Calls to services published on a government service bus (LGSP or NGSP), authenticated and
 * identified by the bus's {@link BusConnector}.
 *
 * <pre>{@code
 * BusClient bus = BusClient.builder()
 *         .busUri("lgsp://lgsp.thuathienhue.gov.vn/api")        // connector by scheme, https
 *         .credentials("hue-one-stop", clientSecret)            // OAuth 2 client credentials
 *         .agency(AgencyCode.parse("000.00.00.H57"))            // X-Road-Client: VN/GOV/000.00.00.H57
 *         .endUser("officer.nguyen")                            // X-Road-UserId unless a call says otherwise
 *         .build();
 * EgovResponse r = bus.executeSuccessful(bus.request("dancu/v1/citizens/lookup").get().build());
 * DvcqgClient dvcqg = DvcqgClient.builder().baseUrl(bus.url("dvcqg")).interceptor(bus.interceptor())...;
 * }</pre>
 *
 * <p>Every call carries {@code Authorization: Bearer}, {@value #CLIENT_HEADER}, {@value
 * #USER_HEADER} and {@value #ID_HEADER} (the same value as {@code X-Request-Id}). Thread-safe.
 */
public final class BusClient {

    /** The header naming the calling agency and system, X-Road style. */
    public static final String CLIENT_HEADER = "X-Road-Client";

    /** The header naming the end user on whose behalf the call is made. */
    public static final String USER_HEADER = "X-Road-UserId";

    /** The header carrying the unique id of the call, equal to {@code X-Request-Id}. */
    public static final String ID_HEADER = "X-Road-Id";

    /** The default token endpoint, below the base URL. */
    public static final String DEFAULT_TOKEN_PATH = "oauth2/token";

    /** The default refresh skew: tokens are replaced 30 s before they expire. */
    public static final Duration DEFAULT_REFRESH_SKEW = Duration.ofSeconds(30);

    private final EgovHttp http;
    private final BusConfig config;
    private final BusConnector connector;
    private final Interceptor interceptor;

    private BusClient(EgovHttp http, BusConfig config, BusConnector connector, Interceptor interceptor) {
        this.http = http;
        this.config = config;
        this.connector = connector;
        this.interceptor = interceptor;
    }

    /**
     * Starts a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The end user of one request, as a request tag. */
    private record EndUser(String id) {}

    /**
     * Marks a request as made on behalf of a user other than the configured {@linkplain
     * Builder#endUser(String) end user}.
     *
     * @param request the request being built
     * @param userId the user's identifier on the bus, such as an officer's account or a citizen's
     *     identifier (sent in {@value #USER_HEADER}, never logged)
     * @return {@code request}
     */
    public static Request.Builder onBehalfOf(Request.Builder request, String userId) {
        if (Objects.requireNonNull(userId, "userId").isBlank()) {
            throw new IllegalArgumentException("bus: the end user is blank");
        }
        return request.tag(EndUser.class, new EndUser(userId));
    }

    /**
     * The end user a request was marked with, for connectors.
     *
     * @param request the request
     * @return the user set by {@link #onBehalfOf(Request.Builder, String)}, or {@code null}
     */
    public static @Nullable String endUserOf(Request request) {
        EndUser user = request.tag(EndUser.class);
        return user == null ? null : user.id();
    }

    /**
     * The interceptor that authenticates and identifies requests: add it to another client to send
     * that client's calls through this bus.
     *
     * @return the connector's interceptor, shared with this client (one token cache)
     */
    public Interceptor interceptor() {
        return interceptor;
    }

    /**
     * The connector in use.
     *
     * @return such as the {@code lgsp} connector
     */
    public BusConnector connector() {
        return connector;
    }

    /**
     * The configuration handed to the connector.
     *
     * @return the configuration
     */
    public BusConfig config() {
        return config;
    }

    /**
     * A URL below the bus's base URL.
     *
     * @param path such as {@code dvcqg/mapi/g}
     * @return the URL
     */
    public HttpUrl url(String path) {
        return http.url(path);
    }

    /**
     * Starts a request below the bus's base URL.
     *
     * @param path such as {@code dancu/v1/citizens}
     * @return a request builder
     */
    public Request.Builder request(String path) {
        return http.request(path);
    }

    /**
     * Sends a request through the bus and reads the whole answer, whatever its status.
     *
     * @param request the request
     * @return the answer
     * @throws EgovException if the token could not be obtained or no answer arrived
     */
    public EgovResponse execute(Request request) {
        return http.execute(request);
    }

    /**
     * Sends a request through the bus and requires a 2xx answer.
     *
     * @param request the request
     * @return the answer
     * @throws vn.smartcity.egov.AuthenticationException if the bus still refuses after one token
     *     refresh
     * @throws EgovException for other failures
     */
    public EgovResponse executeSuccessful(Request request) {
        return http.executeSuccessful(request);
    }

    /**
     * The call machinery, for reading JSON answers with {@link EgovHttp#readJson}.
     *
     * @return the machinery
     */
    public EgovHttp http() {
        return http;
    }

    /** Builds a {@link BusClient}. */
    public static final class Builder extends EgovClientBuilder<Builder> {

        private @Nullable String connectorId;
        private @Nullable String schemeWanted;
        private @Nullable BusConnector connector;
        private @Nullable PluginRegistry<BusConnector> registry;
        private String tokenPath = DEFAULT_TOKEN_PATH;
        private @Nullable HttpUrl tokenUrl;
        private final List<String> scopes = new ArrayList<>();
        private @Nullable BusClientId client;
        private @Nullable String endUser;
        private Duration refreshSkew = DEFAULT_REFRESH_SKEW;
        private Clock clock = Clock.systemUTC();

        Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The bus as a URI whose scheme picks the connector: {@code lgsp://host/path} means the
         * {@code lgsp} connector at {@code https://host/path}; {@code lgsp+http://host/path} means
         * plain HTTP (also needs {@link #allowHttp(boolean) allowHttp(true)}).
         *
         * @param uri such as {@code lgsp://lgsp.thuathienhue.gov.vn/api}
         * @return this builder
         * @throws IllegalArgumentException if the URI has no scheme or host
         */
        public Builder busUri(URI uri) {
            Objects.requireNonNull(uri, "uri");
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                throw new IllegalArgumentException(
                        "bus URI needs a scheme and a host, such as lgsp://host/path: " + uri);
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            String transport = lower.endsWith("+http") ? "http" : "https";
            this.connectorId = null;
            this.connector = null;
            this.schemeWanted = BusConnectors.baseScheme(lower);
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return baseUrl(transport + "://" + uri.getHost() + port + path);
        }

        /**
         * The bus as a URI string; see {@link #busUri(URI)}.
         *
         * @param uri such as {@code ngsp://ngsp.gov.vn}
         * @return this builder
         */
        public Builder busUri(String uri) {
            return busUri(URI.create(Objects.requireNonNull(uri, "uri")));
        }

        /**
         * Chooses the connector by id from the registry ({@code lgsp} unless a bus URI or this says
         * otherwise).
         *
         * @param id such as {@code ngsp}
         * @return this builder
         */
        public Builder connector(String id) {
            this.connectorId = Objects.requireNonNull(id, "id");
            this.connector = null;
            this.schemeWanted = null;
            return this;
        }

        /**
         * Uses this connector instance, bypassing discovery.
         *
         * @param connector the connector
         * @return this builder
         */
        public Builder connector(BusConnector connector) {
            this.connector = Objects.requireNonNull(connector, "connector");
            this.connectorId = null;
            this.schemeWanted = null;
            return this;
        }

        /**
         * The registry connectors are looked up in; {@link BusConnectors#load()} by default.
         *
         * @param registry the registry
         * @return this builder
         */
        public Builder registry(PluginRegistry<BusConnector> registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * The token endpoint below the base URL.
         *
         * @param path {@value BusClient#DEFAULT_TOKEN_PATH} by default
         * @return this builder
         */
        public Builder tokenPath(String path) {
            this.tokenPath = Objects.requireNonNull(path, "path");
            this.tokenUrl = null;
            return this;
        }

        /**
         * The token endpoint as an absolute URL, when it is not below the base URL.
         *
         * @param url such as {@code https://sso.example.gov.vn/oauth2/token}
         * @return this builder
         * @throws IllegalArgumentException if it is not an http(s) URL
         */
        public Builder tokenUrl(String url) {
            HttpUrl parsed = HttpUrl.parse(Objects.requireNonNull(url, "url"));
            if (parsed == null) {
                throw new IllegalArgumentException("token URL is not an http:// or https:// URL: " + url);
            }
            this.tokenUrl = parsed;
            return this;
        }

        /**
         * Adds scopes to request (RFC 6749 §3.3).
         *
         * @param scopes such as {@code dvcqg.read}
         * @return this builder
         */
        public Builder scope(String... scopes) {
            this.scopes.addAll(List.of(scopes));
            return this;
        }

        /**
         * The calling agency, sent as {@code VN/GOV/AGENCY} in {@value BusClient#CLIENT_HEADER}.
         *
         * @param agency such as {@code 000.00.00.H57}
         * @return this builder
         */
        public Builder agency(AgencyCode agency) {
            this.client = BusClientId.of(agency);
            return this;
        }

        /**
         * The full caller identity, for a subsystem or another instance or member class.
         *
         * @param client such as {@code VN/GOV/000.00.00.H57/one-stop}
         * @return this builder
         */
        public Builder client(BusClientId client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * The default end user, sent in {@value BusClient#USER_HEADER} unless a request says
         * otherwise with {@link BusClient#onBehalfOf(Request.Builder, String)}: an officer's
         * account, or the system's own for unattended jobs.
         *
         * @param userId the user's identifier on the bus
         * @return this builder
         */
        public Builder endUser(String userId) {
            this.endUser = Objects.requireNonNull(userId, "userId");
            return this;
        }

        /**
         * How long before expiry a token is replaced (capped at half its lifetime).
         *
         * @param skew {@code 30 s} by default
         * @return this builder
         */
        public Builder refreshSkew(Duration skew) {
            this.refreshSkew = Objects.requireNonNull(skew, "skew");
            return this;
        }

        /**
         * The clock token lifetimes are measured with (tests).
         *
         * @param clock the system UTC clock by default
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the client, choosing the connector.
         *
         * @return the client
         * @throws IllegalStateException if the base URL, the credentials, the agency or the end user
         *     is missing, or the base URL uses plain HTTP without {@code allowHttp(true)}
         * @throws IllegalArgumentException if no connector has the id or scheme asked for
         */
        public BusClient build() {
            HttpSettings checked = httpSettings();
            // One connection pool for the token requests and the calls.
            HttpSettings settings = checked.httpClient() != null
                    ? checked
                    : checked.newBuilder().httpClient(new OkHttpClient()).build();
            if (settings.credentials() == null) {
                throw new IllegalStateException("bus: no client credentials: call credentials(clientId, clientSecret)");
            }
            BusClientId caller = client;
            if (caller == null) {
                throw new IllegalStateException(
                        "bus: no calling agency: call agency(AgencyCode) or client(BusClientId)");
            }
            String user = endUser;
            if (user == null) {
                throw new IllegalStateException("bus: no end user: call endUser(userId)");
            }
            HttpUrl token = tokenUrl != null
                    ? tokenUrl
                    : settings.baseUrl()
                            .newBuilder()
                            .addPathSegments(tokenPath.startsWith("/") ? tokenPath.substring(1) : tokenPath)
                            .build();
            BusConfig config = new BusConfig(settings, token, scopes, caller, user, refreshSkew, clock);
            BusConnector chosen = chooseConnector();
            Interceptor interceptor = Objects.requireNonNull(
                    chosen.connect(config), () -> "bus connector " + chosen.id() + " returned no interceptor");
            EgovHttp http = EgovHttp.create(chosen.id(), settings, List.of(interceptor));
            return new BusClient(http, config, chosen, interceptor);
        }

        private BusConnector chooseConnector() {
            if (connector != null) {
                return connector;
            }
            PluginRegistry<BusConnector> plugins = registry != null ? registry : BusConnectors.load();
            if (schemeWanted != null) {
                return BusConnectors.forScheme(plugins, schemeWanted);
            }
            return plugins.get(connectorId != null ? connectorId : "lgsp");
        }
    }
}
