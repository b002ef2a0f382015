package vn.example.quangninh.smartcity.bus;

import java.util.Objects;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import org.jspecify.annotations.Nullable;
import vn.example.quangninh.smartcity.internal.QnLgspInterceptor;
import vn.smartcity.egov.bus.BusClient;
import vn.smartcity.egov.bus.BusConfig;
import vn.smartcity.egov.bus.BusConnector;
import vn.smartcity.egov.bus.ClientCredentialsTokens;

/**
 * The bus of a province whose LGSP differs from the standard one, scheme {@value #SCHEME}. <b>Made
 * up</b> for the example: it shows the kinds of difference a province meets and how a connector
 * absorbs them, not how any real province's bus works.
 *
 * <p>How this bus differs from the SDK's {@code lgsp} connector:
 *
 * <ul>
 *   <li>tokens come from {@code /}{@value #TOKEN_PATH} at the root of the gateway (as API gateways
 *       such as WSO2 API Manager place it), not from {@code oauth2/token} below the base URL; a
 *       token URL the caller set with {@link BusClient.Builder#tokenUrl(String)} or a token path
 *       other than the default is kept;
 *   <li>every service call carries an API key in {@value #API_KEY_HEADER} besides the OAuth 2 bearer
 *       token (the token request does not);
 *   <li>the caller is named in headers of the bus's own: {@value #AGENCY_HEADER} (the agency code
 *       alone), {@value #SYSTEM_HEADER} (the calling system, when the {@link
 *       vn.smartcity.egov.bus.BusClientId} has a subsystem), {@value #USER_HEADER} (the end user)
 *       and {@value #TRANSACTION_HEADER} (the request id, equal to {@code X-Request-Id}).
 * </ul>
 *
 * <p>Tokens are cached and refreshed by the SDK's {@link ClientCredentialsTokens}; after a {@code
 * 401} the token is replaced once and the call sent once more.
 *
 * <p>The API key is a credential the province issues per system. {@link
 * java.util.ServiceLoader} creates this connector without one: it then reads the system property
 * {@value #API_KEY_PROPERTY} or the environment variable {@value #API_KEY_ENV} when a client is
 * built. {@link #withApiKey(String)} gives it explicitly:
 *
 * <pre>{@code
 * BusClient bus = BusClient.builder()
 *         .busUri("qnlgsp://lgsp.example.invalid/api")            // this connector, by scheme
 *         .credentials(clientId, clientSecret)
 *         .agency(AgencyCode.parse("000.00.00.H40"))
 *         .endUser("officer.tran")
 *         .build();                                               // API key from QNLGSP_API_KEY
 * BusClient explicit = BusClient.builder().baseUrl("https://lgsp.example.invalid/api")
 *         .connector(QnLgspConnector.withApiKey(apiKey)) ... .build();
 * }</pre>
 */
public final class QnLgspConnector implements BusConnector {

    /** The plugin id. */
    public static final String ID = "qn-lgsp";

    /** The URI scheme: {@code qnlgsp://host/path}. */
    public static final String SCHEME = "qnlgsp";

    /** The token endpoint's path at the root of the gateway. */
    public static final String TOKEN_PATH = "token";

    /** The header carrying the API key. */
    public static final String API_KEY_HEADER = "apikey";

    /** The header naming the calling agency by its code, such as {@code 000.00.00.H40}. */
    public static final String AGENCY_HEADER = "X-QN-Agency";

    /** The header naming the calling system within the agency. */
    public static final String SYSTEM_HEADER = "X-QN-System";

    /** The header naming the end user. */
    public static final String USER_HEADER = "X-QN-UserId";

    /** The header carrying the call's unique id. */
    public static final String TRANSACTION_HEADER = "X-QN-Transaction";

    /** The system property read for the API key when none was given. */
    public static final String API_KEY_PROPERTY = "qnlgsp.api-key";

    /** The environment variable read for the API key when neither it nor the property was given. */
    public static final String API_KEY_ENV = "QNLGSP_API_KEY";

    private static final int MAX_API_KEY_LENGTH = 512;

    private final @Nullable String apiKey;
    private final Function<String, @Nullable String> environment;

    /**
     * Creates the connector that reads its API key from {@value #API_KEY_PROPERTY} or {@value
     * #API_KEY_ENV}; {@link java.util.ServiceLoader} calls this.
     */
    public QnLgspConnector() {
        this(null, QnLgspConnector::getenv);
    }

    private QnLgspConnector(@Nullable String apiKey, Function<String, @Nullable String> environment) {
        this.apiKey = apiKey;
        this.environment = environment;
    }

    private static @Nullable String getenv(String name) {
        return System.getenv(name);
    }

    /**
     * A connector with its API key given, for {@link BusClient.Builder#connector(BusConnector)}.
     *
     * @param apiKey the key the province issued to the calling system
     * @return the connector
     * @throws IllegalArgumentException if the key is empty, longer than 512 characters or holds
     *     anything but printable ASCII without spaces (the message does not show the key)
     */
    public static QnLgspConnector withApiKey(String apiKey) {
        return new QnLgspConnector(checkApiKey(Objects.requireNonNull(apiKey, "apiKey"), "the API key"), name -> null);
    }

    /**
     * A connector that looks the API key up in this environment instead of the process's, for tests.
     *
     * @param environment environment variable names to values
     * @return the connector
     */
    static QnLgspConnector withEnvironment(Function<String, @Nullable String> environment) {
        return new QnLgspConnector(null, environment);
    }

    private static String checkApiKey(String key, String where) {
        boolean valid = !key.isEmpty() && key.length() <= MAX_API_KEY_LENGTH;
        for (int i = 0; valid && i < key.length(); i++) {
            char c = key.charAt(i);
            valid = c > ' ' && c <= '~';
        }
        if (!valid) {
            throw new IllegalArgumentException(ID + ": " + where + " must be 1 to " + MAX_API_KEY_LENGTH
                    + " printable ASCII characters without spaces");
        }
        return key;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Quang Ninh LGSP, made-up example: OAuth 2 token at /token, API key header, X-QN-* headers";
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    /**
     * Makes the interceptor for one client.
     *
     * @param config the bus's address, credentials and caller identity
     * @return the interceptor
     * @throws IllegalStateException if no API key was given and neither {@value #API_KEY_PROPERTY}
     *     nor {@value #API_KEY_ENV} is set
     * @throws IllegalArgumentException if the configured API key is malformed
     */
    @Override
    public Interceptor connect(BusConfig config) {
        Objects.requireNonNull(config, "config");
        String key = apiKey();
        BusConfig qn = new BusConfig(
                config.settings(),
                tokenUrl(config),
                config.scopes(),
                config.client(),
                config.endUser(),
                config.refreshSkew(),
                config.clock());
        return new QnLgspInterceptor(qn, key, new ClientCredentialsTokens(qn, ID));
    }

    private String apiKey() {
        if (apiKey != null) {
            return apiKey;
        }
        String property = System.getProperty(API_KEY_PROPERTY);
        if (property != null) {
            return checkApiKey(property, "-D" + API_KEY_PROPERTY);
        }
        String variable = environment.apply(API_KEY_ENV);
        if (variable != null) {
            return checkApiKey(variable, API_KEY_ENV);
        }
        throw new IllegalStateException(ID + ": no API key: set the environment variable " + API_KEY_ENV + " or -D"
                + API_KEY_PROPERTY + ", or use QnLgspConnector.withApiKey(key)");
    }

    /**
     * The token endpoint: {@code /token} at the gateway's root, unless the caller chose another
     * than the SDK's default.
     */
    static HttpUrl tokenUrl(BusConfig config) {
        HttpUrl base = config.settings().baseUrl();
        HttpUrl sdkDefault =
                base.newBuilder().addPathSegments(BusClient.DEFAULT_TOKEN_PATH).build();
        if (!config.tokenUrl().equals(sdkDefault)) {
            return config.tokenUrl();
        }
        return base.newBuilder()
                .encodedPath("/" + TOKEN_PATH)
                .query(null)
                .fragment(null)
                .build();
    }
}
