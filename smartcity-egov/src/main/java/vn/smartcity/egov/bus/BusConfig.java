package vn.smartcity.egov.bus;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import vn.smartcity.egov.http.Credentials;
import vn.smartcity.egov.http.HttpSettings;

/**
 * What a {@link BusConnector} needs to authenticate and identify calls: the HTTP settings (the bus
 * gateway's base URL and the OAuth 2 client credentials), the token endpoint, the scopes, the
 * calling agency and the default end user.
 *
 * <p>{@link BusClient.Builder} makes one; a connector written by a province receives it in {@link
 * BusConnector#connect(BusConfig)}. {@link #toString()} hides the secret and the end user.
 *
 * @param settings the HTTP settings; {@link HttpSettings#credentials()} holds the OAuth 2 client id
 *     and secret
 * @param tokenUrl the token endpoint (RFC 6749 §3.2)
 * @param scopes the scopes to request, empty for the client's default
 * @param client the calling agency and system, sent as {@link BusClient#CLIENT_HEADER}
 * @param endUser the end user on whose behalf calls are made unless a request names another
 *     ({@link BusClient#onBehalfOf(okhttp3.Request.Builder, String)}), such as an officer's account
 * @param refreshSkew how long before expiry a token is replaced
 * @param clock the clock token lifetimes are measured with
 */
public record BusConfig(
        HttpSettings settings,
        HttpUrl tokenUrl,
        List<String> scopes,
        BusClientId client,
        String endUser,
        Duration refreshSkew,
        Clock clock) {

    /**
     * Validates the components.
     *
     * @param settings the {@code settings} component, with credentials
     * @param tokenUrl the {@code tokenUrl} component
     * @param scopes the {@code scopes} component, each without spaces (RFC 6749 §3.3)
     * @param client the {@code client} component
     * @param endUser the {@code endUser} component, not blank
     * @param refreshSkew the {@code refreshSkew} component, not negative
     * @param clock the {@code clock} component
     * @throws IllegalArgumentException if the settings have no credentials, a scope holds a space
     *     or a quote, the end user is blank or the skew negative
     */
    public BusConfig {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(endUser, "endUser");
        Objects.requireNonNull(refreshSkew, "refreshSkew");
        Objects.requireNonNull(clock, "clock");
        scopes = List.copyOf(scopes);
        if (settings.credentials() == null) {
            throw new IllegalArgumentException("bus: no client credentials: call credentials(clientId, clientSecret)");
        }
        for (String scope : scopes) {
            if (scope.isEmpty() || scope.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '\\' || c > '~')) {
                throw new IllegalArgumentException(
                        "bus: a scope must be printable ASCII without spaces, quotes or backslashes (RFC 6749 §3.3)");
            }
        }
        if (endUser.isBlank()) {
            throw new IllegalArgumentException("bus: the end user is blank");
        }
        if (refreshSkew.isNegative()) {
            throw new IllegalArgumentException("bus: refreshSkew is negative: " + refreshSkew);
        }
    }

    /**
     * The OAuth 2 client credentials.
     *
     * @return the client id and secret
     */
    public Credentials credentials() {
        return Objects.requireNonNull(settings.credentials(), "credentials");
    }

    /**
     * Shows the configuration without the secret and the end user.
     *
     * @return a summary
     */
    @Override
    public String toString() {
        return "BusConfig[settings=" + settings + ", tokenUrl=" + tokenUrl + ", scopes=" + scopes + ", client=" + client
                + ", endUser=****, refreshSkew=" + refreshSkew + "]";
    }
}
