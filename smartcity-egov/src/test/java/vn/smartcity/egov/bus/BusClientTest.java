package vn.smartcity.egov.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.http.EgovHttp;
import vn.smartcity.egov.http.EgovResponse;
import vn.smartcity.egov.http.RetryPolicy;
import vn.smartcity.egov.http.TraceLevel;

/**
 * The bus client on the wire. Token requests and answers follow RFC 6749 §4.4.2 (request), §5.1
 * (success, example in §4.4.3) and §5.2 (error); the tokens and secrets here are synthetic.
 */
class BusClientTest {

    private static final String SECRET = "s3cr:et/+";
    private static final AgencyCode HUE = AgencyCode.parse("000.00.00.H57");

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2024-01-15T01:30:00Z"));
    private final List<String> trace = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private BusClient.Builder builder() {
        return BusClient.builder()
                .baseUrl(server.url("/"))
                .allowHttp(true)
                .credentials("hue:one-stop", SECRET)
                .agency(HUE)
                .endUser("officer.nguyen")
                .clock(clock)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10)))
                .traceLevel(TraceLevel.BODY)
                .tracer(trace::add);
    }

    private static MockResponse token(String value, long expiresIn) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json;charset=UTF-8")
                .setHeader("Cache-Control", "no-store")
                .body("{\"access_token\":\"" + value + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                        + ",\"scope\":\"dvcqg\"}")
                .build();
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static MockResponse error(int code, String json) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(json)
                .build();
    }

    @Test
    void tokenRequestUsesBasicAuthAndTheClientCredentialsGrant() throws InterruptedException {
        server.enqueue(token("tok-1", 3600));
        server.enqueue(ok("{}"));
        BusClient bus = builder().scope("dvcqg.read", "dvcqg.write").build();
        bus.executeSuccessful(bus.request("api/x").get().build());

        RecordedRequest tokenRequest = server.takeRequest();
        assertEquals("POST", tokenRequest.getMethod());
        assertEquals("/oauth2/token", tokenRequest.getUrl().encodedPath());
        // RFC 6749 §2.3.1: id and secret form-urlencoded, then HTTP Basic.
        String expected = "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(
                                "hue%3Aone-stop:s3cr%3Aet%2F%2B".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(expected, tokenRequest.getHeaders().get("Authorization"));
        assertEquals(
                "application/x-www-form-urlencoded", tokenRequest.getHeaders().get("Content-Type"));
        // RFC 6749 §4.4.2 and Appendix B (form encoding: a space becomes '+').
        assertEquals(
                "grant_type=client_credentials&scope=dvcqg.read+dvcqg.write",
                tokenRequest.getBody().utf8());
    }

    @Test
    void everyCallIsAuthenticatedAndIdentified() throws InterruptedException {
        server.enqueue(token("tok-1", 3600));
        server.enqueue(ok("{}"));
        server.enqueue(ok("{}"));
        BusClient bus =
                builder().client(BusClientId.of(HUE).withSubsystem("one-stop")).build();
        EgovResponse first = bus.executeSuccessful(bus.request("api/x").get().build());
        bus.executeSuccessful(BusClient.onBehalfOf(bus.request("api/y"), "citizen-42")
                .post(RequestBody.create("{}", EgovHttp.JSON))
                .build());

        server.takeRequest();
        RecordedRequest call = server.takeRequest();
        assertEquals("Bearer tok-1", call.getHeaders().get("Authorization"));
        assertEquals("VN/GOV/000.00.00.H57/one-stop", call.getHeaders().get("X-Road-Client"));
        assertEquals("officer.nguyen", call.getHeaders().get("X-Road-UserId"));
        assertEquals(first.requestId(), call.getHeaders().get("X-Road-Id"));
        assertEquals(first.requestId(), call.getHeaders().get("X-Request-Id"));
        RecordedRequest second = server.takeRequest();
        assertEquals("citizen-42", second.getHeaders().get("X-Road-UserId"));
        assertEquals("Bearer tok-1", second.getHeaders().get("Authorization"));
        assertEquals(3, server.getRequestCount(), "one token for both calls");
    }

    @Test
    void tokenIsReplacedBeforeItExpires() throws InterruptedException {
        server.enqueue(token("tok-1", 60));
        server.enqueue(ok("{}"));
        server.enqueue(ok("{}"));
        server.enqueue(token("tok-2", 60));
        server.enqueue(ok("{}"));
        BusClient bus = builder().refreshSkew(Duration.ofSeconds(10)).build();
        bus.executeSuccessful(bus.request("x").get().build());
        clock.advance(Duration.ofSeconds(49));
        bus.executeSuccessful(bus.request("x").get().build());
        clock.advance(Duration.ofSeconds(2)); // 51 s: inside the 10 s skew
        bus.executeSuccessful(bus.request("x").get().build());

        List<String> authorizations = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            authorizations.add(server.takeRequest().getHeaders().get("Authorization"));
        }
        assertEquals("Bearer tok-1", authorizations.get(1));
        assertEquals("Bearer tok-1", authorizations.get(2));
        assertTrue(authorizations.get(3).startsWith("Basic "), "a new token request");
        assertEquals("Bearer tok-2", authorizations.get(4));
    }

    @Test
    void aRejectedTokenIsRefreshedOnceAndThePostSentAgain() throws InterruptedException {
        server.enqueue(token("tok-1", 3600));
        server.enqueue(error(401, "{\"error\":\"invalid_token\"}"));
        server.enqueue(token("tok-2", 3600));
        server.enqueue(ok("{\"done\":true}"));
        BusClient bus = builder().build();
        EgovResponse response = bus.executeSuccessful(bus.request("x")
                .post(RequestBody.create("{\"a\":1}", EgovHttp.JSON))
                .build());
        assertEquals("{\"done\":true}", response.bodyText());
        assertEquals(4, server.getRequestCount());
        server.takeRequest();
        RecordedRequest rejected = server.takeRequest();
        server.takeRequest();
        RecordedRequest resent = server.takeRequest();
        assertEquals("Bearer tok-1", rejected.getHeaders().get("Authorization"));
        assertEquals("Bearer tok-2", resent.getHeaders().get("Authorization"));
        assertEquals("{\"a\":1}", resent.getBody().utf8());
        assertEquals(rejected.getHeaders().get("X-Road-Id"), resent.getHeaders().get("X-Road-Id"));
    }

    @Test
    void aSecond401IsTheCallersAuthenticationError() {
        server.enqueue(token("tok-1", 3600));
        server.enqueue(error(401, "{}"));
        server.enqueue(token("tok-2", 3600));
        server.enqueue(error(401, "{}"));
        server.enqueue(ok("{}"));
        BusClient bus = builder().build();
        AuthenticationException e = assertThrows(
                AuthenticationException.class,
                () -> bus.executeSuccessful(bus.request("x").get().build()));
        assertEquals(401, e.httpStatus());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void invalidClientIsAnAuthenticationErrorWithoutTheSecret() {
        // RFC 6749 §5.2: error response, HTTP 401 for client authentication failures.
        server.enqueue(
                error(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));
        BusClient bus = builder().build();
        AuthenticationException e = assertThrows(
                AuthenticationException.class,
                () -> bus.execute(bus.request("x").get().build()));
        assertEquals("invalid_client", e.errorCode());
        assertEquals("Client authentication failed", e.errorMessage());
        assertEquals("lgsp", e.service());
        assertTrue(
                e.getMessage()
                        .startsWith("lgsp: service error invalid_client: Client authentication failed (HTTP 401)"),
                e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
        assertEquals(1, server.getRequestCount(), "the service was not called");
    }

    @Test
    void otherOAuthErrorsAreServiceErrors() {
        server.enqueue(error(400, "{\"error\":\"invalid_scope\"}"));
        BusClient bus = builder().scope("everything").build();
        ServiceException e = assertThrows(
                ServiceException.class, () -> bus.execute(bus.request("x").get().build()));
        assertFalse(e instanceof AuthenticationException);
        assertEquals("invalid_scope", e.errorCode());
        assertNull(e.errorMessage());
        assertEquals(400, e.httpStatus());
    }

    @Test
    void aTokenThatIsNotBearerIsRefused() {
        server.enqueue(ok("{\"access_token\":\"x\",\"token_type\":\"mac\"}"));
        BusClient bus = builder().build();
        InvalidResponseException e = assertThrows(
                InvalidResponseException.class,
                () -> bus.execute(bus.request("x").get().build()));
        assertTrue(e.getMessage().contains("token_type is 'mac', expected Bearer (RFC 6750)"), e.getMessage());
    }

    @Test
    void aTokenAnswerWithoutAccessTokenIsRefused() {
        server.enqueue(ok("{\"token_type\":\"Bearer\"}"));
        BusClient bus = builder().build();
        InvalidResponseException e = assertThrows(
                InvalidResponseException.class,
                () -> bus.execute(bus.request("x").get().build()));
        assertTrue(e.getMessage().startsWith("lgsp: token response without access_token"), e.getMessage());
    }

    @Test
    void concurrentCallsShareOneTokenRequest() throws Exception {
        AtomicInteger tokenRequests = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getUrl().encodedPath().equals("/oauth2/token")) {
                    tokenRequests.incrementAndGet();
                    Thread.sleep(100);
                    return token("tok-shared", 3600);
                }
                return ok("{}");
            }
        });
        BusClient bus = builder().build();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return bus.executeSuccessful(bus.request("x").get().build()).status();
                }));
            }
            go.countDown();
            for (Future<Integer> result : results) {
                assertEquals(200, result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, tokenRequests.get());
        assertEquals(threads + 1, server.getRequestCount());
    }

    @Test
    void traceShowsNeitherTokenNorSecret() {
        server.enqueue(token("tok-visible?", 3600));
        server.enqueue(ok("{}"));
        BusClient bus = builder().build();
        bus.executeSuccessful(bus.request("x").get().build());
        String all = String.join("\n", trace);
        assertFalse(all.contains("tok-visible?"), all);
        assertFalse(all.contains("officer.nguyen"), all);
        assertTrue(all.contains("X-Road-Client: VN/GOV/000.00.00.H57"), all);
        assertTrue(all.contains("\"access_token\":\"[redacted]\""), all);
    }

    @Test
    void missingSettingsAreNamed() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> BusClient.builder()
                        .baseUrl("https://lgsp.example.gov.vn")
                        .credentials("id", "secret")
                        .endUser("u")
                        .build());
        assertEquals("bus: no calling agency: call agency(AgencyCode) or client(BusClientId)", e.getMessage());
        e = assertThrows(
                IllegalStateException.class,
                () -> BusClient.builder()
                        .baseUrl("https://lgsp.example.gov.vn")
                        .agency(HUE)
                        .endUser("u")
                        .build());
        assertEquals("bus: no client credentials: call credentials(clientId, clientSecret)", e.getMessage());
    }
}
