package vn.smartcity.testkit.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The government bus's OAuth 2 token endpoint, {@code /oauth2/token}: the client-credentials grant
 * (RFC 6749 §4.4) with client authentication by HTTP Basic or by {@code client_id} and {@code
 * client_secret} in the form (§2.3.1), answers as §5.1 and errors as §5.2.
 *
 * <ul>
 *   <li>{@code POST} only ({@code 405} otherwise), {@code application/x-www-form-urlencoded} body;
 *   <li>unknown client or wrong secret: {@code 401 invalid_client} with {@code WWW-Authenticate:
 *       Basic};
 *   <li>no {@code grant_type}, or credentials sent twice: {@code 400 invalid_request}; another grant
 *       type: {@code 400 unsupported_grant_type};
 *   <li>success: {@code {"access_token", "token_type": "Bearer", "expires_in", "scope"}} with {@code
 *       Cache-Control: no-store}; tokens live for the configured lifetime and can be expired at
 *       once with {@link #expireAll()}.
 * </ul>
 *
 * <p>Other sandbox services accept a bearer token issued here ({@link #isActive(String)}).
 */
final class BusTokenService implements SandboxService {

    /** The largest form accepted. */
    private static final int MAX_BODY = 64 * 1024;

    /** More live tokens than this and the expired ones are dropped, then all if need be. */
    private static final int MAX_TOKENS = 10_000;

    private final SandboxCredentials credentials;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();

    BusTokenService(SandboxCredentials credentials, Duration lifetime, Clock clock) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive: " + lifetime);
        }
        this.credentials = credentials;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public String path() {
        return "/oauth2/token";
    }

    /** Whether a bearer token was issued here and has not expired. */
    boolean isActive(String token) {
        Instant expiry = tokens.get(token);
        return expiry != null && clock.instant().isBefore(expiry);
    }

    /** Expires every token issued so far. */
    void expireAll() {
        tokens.clear();
    }

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        if (!exchange.subPath().isEmpty()) {
            exchange.json(404, error("invalid_request", "no such endpoint"));
            return;
        }
        if (!"POST".equals(exchange.method())) {
            exchange.setHeader("Allow", "POST");
            exchange.json(405, error("invalid_request", "the token endpoint takes POST only"));
            return;
        }
        String type = exchange.header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            exchange.json(400, error("invalid_request", "expected application/x-www-form-urlencoded"));
            return;
        }
        String length = exchange.header("Content-Length");
        if (length == null || !length.matches("\\d{1,9}") || Integer.parseInt(length) > MAX_BODY) {
            exchange.json(400, error("invalid_request", "a Content-Length up to " + MAX_BODY + " bytes is required"));
            return;
        }
        Map<String, List<String>> form = exchange.form();
        String[] basic = basic(exchange.header("Authorization"));
        String formId = single(form, "client_id");
        String formSecret = single(form, "client_secret");
        if (basic != null && (formId != null || formSecret != null)) {
            exchange.json(400, error("invalid_request", "client credentials sent both in the header and the body"));
            return;
        }
        String id = basic != null ? basic[0] : formId;
        String secret = basic != null ? basic[1] : formSecret;
        if (!credentials.clientId().equals(id) || !credentials.clientSecret().equals(secret)) {
            exchange.setHeader("WWW-Authenticate", "Basic realm=\"smartcity-sandbox\"");
            exchange.json(401, error("invalid_client", "Client authentication failed"));
            return;
        }
        String grant = single(form, "grant_type");
        if (grant == null) {
            exchange.json(400, error("invalid_request", "grant_type is missing"));
            return;
        }
        if (!"client_credentials".equals(grant)) {
            exchange.json(400, error("unsupported_grant_type", "only client_credentials is supported"));
            return;
        }
        String token = issue();
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("access_token", token)
                .add("token_type", "Bearer")
                .add("expires_in", Math.max(1, lifetime.toSeconds()));
        String scope = single(form, "scope");
        if (scope != null) {
            answer.add("scope", scope);
        }
        exchange.setHeader("Cache-Control", "no-store");
        exchange.setHeader("Pragma", "no-cache");
        exchange.json(200, answer.build().toString());
    }

    private String issue() {
        Instant now = clock.instant();
        if (tokens.size() >= MAX_TOKENS) {
            tokens.values().removeIf(expiry -> !now.isBefore(expiry));
            if (tokens.size() >= MAX_TOKENS) {
                tokens.clear();
            }
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "sbx." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, now.plus(lifetime));
        return token;
    }

    /** The id and secret of an HTTP Basic header, form-decoded (RFC 6749 §2.3.1), or null. */
    private static String @Nullable [] basic(@Nullable String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String single(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String error(String code, String description) {
        return Json.createObjectBuilder()
                .add("error", code)
                .add("error_description", description)
                .build()
                .toString();
    }
}
