package vn.smartcity.egov.bus;

import jakarta.json.bind.annotation.JsonbProperty;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.EgovException;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.http.Credentials;
import vn.smartcity.egov.http.EgovHttp;
import vn.smartcity.egov.http.EgovResponse;
import vn.smartcity.egov.http.Idempotency;

/**
 * OAuth 2 access tokens by the client-credentials grant (RFC 6749 §4.4), cached and replaced ahead
 * of expiry, one request at a time however many threads ask.
 *
 * <p>The token request authenticates the client with HTTP Basic, the id and secret
 * form-urlencoded first (§2.3.1), and sends {@code grant_type=client_credentials} and the scopes
 * (§4.4.2). A successful answer (§5.1) must carry {@code access_token} and a {@code token_type} of
 * {@code Bearer}; {@code expires_in} sets the lifetime ({@value #DEFAULT_LIFETIME_SECONDS} s when
 * absent). An error answer (§5.2) becomes an {@link AuthenticationException} for {@code
 * invalid_client}, {@code invalid_grant} and {@code unauthorized_client}, otherwise a {@link
 * ServiceException}, with the {@code error} code and {@code error_description}.
 *
 * <p>Thread-safe: a thread that finds no fresh token fetches one while the others wait for it
 * (single flight), and {@link #refreshAfterRejection(AccessToken)} fetches a new one only if no
 * other thread already replaced the rejected token.
 */
public final class ClientCredentialsTokens {

    /** The lifetime assumed when the server sends no {@code expires_in}, in seconds. */
    public static final long DEFAULT_LIFETIME_SECONDS = 300;

    /** The longest lifetime believed, one day: a larger {@code expires_in} is capped. */
    public static final long MAX_LIFETIME_SECONDS = 86_400;

    private static final Set<String> CREDENTIAL_ERRORS =
            Set.of("invalid_client", "invalid_grant", "unauthorized_client");

    private final BusConfig config;
    private final EgovHttp http;
    private final Object lock = new Object();
    private volatile @Nullable AccessToken current;

    /**
     * Creates the token source for a bus. Token requests go out with the bus's HTTP settings but
     * without its interceptors.
     *
     * @param config the bus configuration
     * @param service the name used in exceptions and traces, such as {@code lgsp}
     */
    public ClientCredentialsTokens(BusConfig config, String service) {
        this.config = config;
        this.http = EgovHttp.create(service, config.settings().withoutInterceptors());
    }

    /** The token endpoint's answer, success (§5.1) and error (§5.2) members together. */
    public record TokenResponse(
            @JsonbProperty("access_token") @Nullable String accessToken,
            @JsonbProperty("token_type") @Nullable String tokenType,
            @JsonbProperty("expires_in") @Nullable Long expiresIn,
            @JsonbProperty("scope") @Nullable String scope,
            @JsonbProperty("error") @Nullable String error,
            @JsonbProperty("error_description") @Nullable String errorDescription) {}

    /**
     * A token that is fresh for at least the configured skew, fetched if need be.
     *
     * @return the token
     * @throws AuthenticationException if the server refuses the client credentials
     * @throws EgovException for other failures of the token request
     */
    public AccessToken token() {
        AccessToken token = current;
        Instant now = config.clock().instant();
        if (token != null && token.isFresh(now, config.refreshSkew())) {
            return token;
        }
        synchronized (lock) {
            token = current;
            if (token != null && token.isFresh(config.clock().instant(), config.refreshSkew())) {
                return token;
            }
            token = fetch();
            current = token;
            return token;
        }
    }

    /**
     * A token to use after the server rejected {@code rejected} with {@code 401}: a new one, unless
     * another thread already replaced it.
     *
     * @param rejected the token the server refused
     * @return a different, newly fetched token
     * @throws EgovException if the token request fails
     */
    public AccessToken refreshAfterRejection(AccessToken rejected) {
        synchronized (lock) {
            AccessToken token = current;
            if (token != null
                    && token != rejected
                    && token.isFresh(config.clock().instant(), config.refreshSkew())) {
                return token;
            }
            token = fetch();
            current = token;
            return token;
        }
    }

    /** Forgets the cached token, so the next {@link #token()} fetches one. */
    public void clear() {
        synchronized (lock) {
            current = null;
        }
    }

    private AccessToken fetch() {
        Credentials credentials = config.credentials();
        FormBody.Builder form = new FormBody.Builder().add("grant_type", "client_credentials");
        if (!config.scopes().isEmpty()) {
            form.add("scope", String.join(" ", config.scopes()));
        }
        Request request = Idempotency.IDEMPOTENT
                .tag(new Request.Builder()
                        .url(config.tokenUrl())
                        .header("Authorization", basic(credentials))
                        .header("Accept", "application/json")
                        .post(form.build()))
                .build();
        Instant sent = config.clock().instant();
        EgovResponse response = http.execute(request);
        TokenResponse body = parse(response);
        if (!response.isSuccessful() || body == null || body.error() != null) {
            throw failure(response, body);
        }
        String accessToken = body.accessToken();
        if (accessToken == null || accessToken.isEmpty()) {
            throw new InvalidResponseException(
                    http.service(),
                    response.status(),
                    "token response without access_token",
                    response.requestId(),
                    null);
        }
        if (body.tokenType() == null || !"bearer".equals(body.tokenType().toLowerCase(Locale.ROOT))) {
            throw new InvalidResponseException(
                    http.service(),
                    response.status(),
                    "token_type is " + (body.tokenType() == null ? "missing" : "'" + body.tokenType() + "'")
                            + ", expected Bearer (RFC 6750)",
                    response.requestId(),
                    null);
        }
        Long expiresIn = body.expiresIn();
        long seconds =
                expiresIn == null ? DEFAULT_LIFETIME_SECONDS : Math.min(Math.max(expiresIn, 1), MAX_LIFETIME_SECONDS);
        return new AccessToken(accessToken, sent, sent.plus(Duration.ofSeconds(seconds)), body.scope());
    }

    private @Nullable TokenResponse parse(EgovResponse response) {
        String contentType = response.header("Content-Type");
        boolean json =
                contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
        if (!json && !response.isSuccessful()) {
            return null;
        }
        return http.readJson(response, TokenResponse.class);
    }

    private ServiceException failure(EgovResponse response, @Nullable TokenResponse body) {
        if (body == null || body.error() == null) {
            return http.statusFailure(response);
        }
        String error = body.error();
        if (CREDENTIAL_ERRORS.contains(error)) {
            return new AuthenticationException(
                    http.service(), response.status(), error, body.errorDescription(), response.requestId());
        }
        return new ServiceException(
                http.service(), response.status(), error, body.errorDescription(), response.requestId());
    }

    /** HTTP Basic with the id and secret form-urlencoded first, RFC 6749 §2.3.1. */
    private static String basic(Credentials credentials) {
        return okhttp3.Credentials.basic(
                formEncode(credentials.id()), formEncode(credentials.secret()), StandardCharsets.UTF_8);
    }

    private static String formEncode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
