package vn.example.quangninh.smartcity.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.plugin.PluginIds;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.bus.BusClient;
import vn.smartcity.egov.bus.BusClientId;
import vn.smartcity.egov.bus.BusConnector;
import vn.smartcity.egov.bus.BusConnectors;
import vn.smartcity.egov.http.EgovHttp;
import vn.smartcity.egov.http.EgovResponse;
import vn.smartcity.egov.http.RetryPolicy;
import vn.smartcity.egov.http.TraceLevel;

/**
 * The made-up {@code qnlgsp} bus on the wire. The token request and answers follow RFC 6749 §4.4.2
 * and §5.1 (the client {@code s6BhdRkqt3}/{@code gX1fBat3bV} and its Basic header are the
 * example of §4.4.2 and §2.3.1); the API key, tokens and bus behaviour are synthetic.
 */
class QnLgspConnectorTest {

    private static final String API_KEY = "qn-7f3a9c1e-demo-key";
    /** Agency code of the example; the value is only an identifier here. */
    private static final AgencyCode AGENCY = AgencyCode.parse("000.00.00.H40");

    private final MockWebServer server = new MockWebServer();
    private final List<String> trace = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        System.clearProperty(QnLgspConnector.API_KEY_PROPERTY);
    }

    private BusClient.Builder builder(BusConnector connector) {
        return BusClient.builder()
                .baseUrl(server.url("/api/"))
                .allowHttp(true)
                .connector(connector)
                .credentials("s6BhdRkqt3", "gX1fBat3bV")
                .agency(AGENCY)
                .endUser("officer.tran")
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10)))
                .traceLevel(TraceLevel.HEADERS)
                .tracer(trace::add);
    }

    private static MockResponse token(String value) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json;charset=UTF-8")
                .setHeader("Cache-Control", "no-store")
                .body("{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                .build();
    }

    private static MockResponse ok() {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body("{}")
                .build();
    }

    @Test
    void tokenComesFromTheGatewayRootWithClientCredentials() throws InterruptedException {
        server.enqueue(token("tok-1"));
        server.enqueue(ok());
        BusClient bus = builder(QnLgspConnector.withApiKey(API_KEY)).build();
        bus.executeSuccessful(bus.request("dancu/v1/lookup").get().build());

        RecordedRequest tokenRequest = server.takeRequest();
        assertEquals("POST", tokenRequest.getMethod());
        assertEquals("/token", tokenRequest.getUrl().encodedPath());
        // RFC 6749 §4.4.2: "Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW" and the grant type.
        assertEquals(
                "Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW", tokenRequest.getHeaders().get("Authorization"));
        assertEquals("grant_type=client_credentials", tokenRequest.getBody().utf8());
        assertNull(tokenRequest.getHeaders().get("apikey"), "the API key goes to services only");

        RecordedRequest call = server.takeRequest();
        assertEquals("/api/dancu/v1/lookup", call.getUrl().encodedPath());
    }

    @Test
    void everyCallCarriesTheTokenTheApiKeyAndTheBusOwnHeaders() throws InterruptedException {
        server.enqueue(token("tok-1"));
        server.enqueue(ok());
        server.enqueue(ok());
        BusClient bus = builder(QnLgspConnector.withApiKey(API_KEY))
                .client(BusClientId.of(AGENCY).withSubsystem("one-stop"))
                .build();
        EgovResponse first =
                bus.executeSuccessful(bus.request("dvc/v1/dossiers").get().build());
        bus.executeSuccessful(BusClient.onBehalfOf(bus.request("dvc/v1/dossiers"), "citizen-42")
                .post(RequestBody.create("{}", EgovHttp.JSON))
                .build());

        server.takeRequest();
        RecordedRequest call = server.takeRequest();
        assertEquals("Bearer tok-1", call.getHeaders().get("Authorization"));
        assertEquals(API_KEY, call.getHeaders().get("apikey"));
        assertEquals("000.00.00.H40", call.getHeaders().get("X-QN-Agency"));
        assertEquals("one-stop", call.getHeaders().get("X-QN-System"));
        assertEquals("officer.tran", call.getHeaders().get("X-QN-UserId"));
        assertEquals(first.requestId(), call.getHeaders().get("X-QN-Transaction"));
        assertEquals(first.requestId(), call.getHeaders().get("X-Request-Id"));
        assertNull(call.getHeaders().get(BusClient.CLIENT_HEADER), "not the standard bus's headers");
        assertNull(call.getHeaders().get(BusClient.USER_HEADER));

        RecordedRequest second = server.takeRequest();
        assertEquals("Bearer tok-1", second.getHeaders().get("Authorization"), "the token is cached");
        assertEquals("citizen-42", second.getHeaders().get("X-QN-UserId"));
        assertFalse(first.requestId().equals(second.getHeaders().get("X-QN-Transaction")));
    }

    @Test
    void noSystemHeaderWithoutASubsystem() throws InterruptedException {
        server.enqueue(token("tok-1"));
        server.enqueue(ok());
        BusClient bus = builder(QnLgspConnector.withApiKey(API_KEY)).build();
        bus.executeSuccessful(bus.request("x").get().build());
        server.takeRequest();
        assertNull(server.takeRequest().getHeaders().get("X-QN-System"));
    }

    @Test
    void aTokenUrlOrPathTheCallerChoseIsKept() throws InterruptedException {
        server.enqueue(token("tok-1"));
        server.enqueue(ok());
        BusClient bus = builder(QnLgspConnector.withApiKey(API_KEY))
                .tokenUrl(server.url("/sso/oauth2/token").toString())
                .build();
        bus.executeSuccessful(bus.request("x").get().build());
        assertEquals("/sso/oauth2/token", server.takeRequest().getUrl().encodedPath());
        server.takeRequest();

        server.enqueue(token("tok-2"));
        server.enqueue(ok());
        BusClient other = builder(QnLgspConnector.withApiKey(API_KEY))
                .tokenPath("auth/token")
                .build();
        other.executeSuccessful(other.request("x").get().build());
        assertEquals("/api/auth/token", server.takeRequest().getUrl().encodedPath());
    }

    @Test
    void aRejectedTokenIsReplacedOnceAndTheCallSentAgain() throws InterruptedException {
        server.enqueue(token("tok-1"));
        server.enqueue(new MockResponse.Builder().code(401).build());
        server.enqueue(token("tok-2"));
        server.enqueue(ok());
        BusClient bus = builder(QnLgspConnector.withApiKey(API_KEY)).build();
        EgovResponse response = bus.executeSuccessful(bus.request("x").get().build());

        assertEquals(200, response.status());
        assertEquals(4, server.getRequestCount());
        server.takeRequest();
        assertEquals("Bearer tok-1", server.takeRequest().getHeaders().get("Authorization"));
        assertEquals("/token", server.takeRequest().getUrl().encodedPath());
        RecordedRequest again = server.takeRequest();
        assertEquals("Bearer tok-2", again.getHeaders().get("Authorization"));
        assertEquals(API_KEY, again.getHeaders().get("apikey"));
    }

    @Test
    void refusedClientCredentialsAreAnAuthenticationError() {
        server.enqueue(new MockResponse.Builder()
                .code(401)
                .setHeader("Content-Type", "application/json")
                .setHeader("WWW-Authenticate", "Basic")
                .body("{\"error\":\"invalid_client\"}")
                .build());
        BusClient bus = builder(QnLgspConnector.withApiKey(API_KEY)).build();
        AuthenticationException e = assertThrows(
                AuthenticationException.class,
                () -> bus.execute(bus.request("x").get().build()));
        assertEquals("invalid_client", e.errorCode());
        assertEquals(1, server.getRequestCount(), "no service call without a token");
    }

    @Test
    void tracesShowNeitherTheApiKeyNorTheToken() {
        server.enqueue(token("tok-secret-1"));
        server.enqueue(ok());
        BusClient bus = builder(QnLgspConnector.withApiKey(API_KEY)).build();
        bus.executeSuccessful(bus.request("x").get().build());
        String all = String.join("\n", trace);
        assertTrue(all.contains("apikey"), all);
        assertFalse(all.contains(API_KEY), all);
        assertFalse(all.contains("tok-secret-1"), all);
    }

    @Test
    void apiKeyFromThePropertyThenTheEnvironment() throws InterruptedException {
        server.enqueue(token("tok-1"));
        server.enqueue(ok());
        BusClient fromEnvironment = builder(
                        QnLgspConnector.withEnvironment(name -> name.equals("QNLGSP_API_KEY") ? "env-key" : null))
                .build();
        fromEnvironment.executeSuccessful(fromEnvironment.request("x").get().build());
        server.takeRequest();
        assertEquals("env-key", server.takeRequest().getHeaders().get("apikey"));

        System.setProperty(QnLgspConnector.API_KEY_PROPERTY, "property-key");
        server.enqueue(token("tok-2"));
        server.enqueue(ok());
        BusClient fromProperty =
                builder(QnLgspConnector.withEnvironment(name -> "env-key")).build();
        fromProperty.executeSuccessful(fromProperty.request("x").get().build());
        server.takeRequest();
        assertEquals("property-key", server.takeRequest().getHeaders().get("apikey"));
    }

    @Test
    void aMissingOrMalformedApiKeyIsRefusedWithoutShowingIt() {
        IllegalStateException missing = assertThrows(
                IllegalStateException.class,
                () -> builder(QnLgspConnector.withEnvironment(name -> null)).build());
        assertEquals(
                "qn-lgsp: no API key: set the environment variable QNLGSP_API_KEY or -Dqnlgsp.api-key, or use"
                        + " QnLgspConnector.withApiKey(key)",
                missing.getMessage());

        IllegalArgumentException spaced = assertThrows(
                IllegalArgumentException.class,
                () -> builder(QnLgspConnector.withEnvironment(name -> "secret with spaces"))
                        .build());
        assertEquals(
                "qn-lgsp: QNLGSP_API_KEY must be 1 to 512 printable ASCII characters without spaces",
                spaced.getMessage());

        System.setProperty(QnLgspConnector.API_KEY_PROPERTY, "");
        IllegalArgumentException empty = assertThrows(
                IllegalArgumentException.class,
                () -> builder(QnLgspConnector.withEnvironment(name -> null)).build());
        assertEquals(
                "qn-lgsp: -Dqnlgsp.api-key must be 1 to 512 printable ASCII characters without spaces",
                empty.getMessage());

        IllegalArgumentException given =
                assertThrows(IllegalArgumentException.class, () -> QnLgspConnector.withApiKey("khóa-bí-mật"));
        assertEquals(
                "qn-lgsp: the API key must be 1 to 512 printable ASCII characters without spaces", given.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QnLgspConnector.withApiKey("k".repeat(513)));
    }

    @Test
    void foundByItsSchemeOnTheClassPath() throws InterruptedException {
        BusConnector byScheme = BusConnectors.forScheme(BusConnectors.load(), "qnlgsp");
        assertInstanceOf(QnLgspConnector.class, byScheme);
        assertTrue(PluginIds.isValid(byScheme.id()));

        System.setProperty(QnLgspConnector.API_KEY_PROPERTY, API_KEY);
        server.enqueue(token("tok-1"));
        server.enqueue(ok());
        BusClient bus = BusClient.builder()
                .busUri("qnlgsp+http://" + server.getHostName() + ":" + server.getPort() + "/api")
                .allowHttp(true)
                .credentials("s6BhdRkqt3", "gX1fBat3bV")
                .agency(AGENCY)
                .endUser("officer.tran")
                .build();
        assertEquals("qn-lgsp", bus.connector().id());
        bus.executeSuccessful(bus.request("x").get().build());
        assertEquals("/token", server.takeRequest().getUrl().encodedPath());
        RecordedRequest call = server.takeRequest();
        assertEquals("/api/x", call.getUrl().encodedPath());
        assertEquals(API_KEY, call.getHeaders().get("apikey"));
    }
}
