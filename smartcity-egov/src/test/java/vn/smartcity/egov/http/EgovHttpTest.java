package vn.smartcity.egov.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.TransportException;

/** The common layer on the wire, against MockWebServer. */
class EgovHttpTest {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(20));

    private final MockWebServer server = new MockWebServer();
    private final List<String> trace = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private EgovHttp http(RetryPolicy policy) {
        return EgovHttp.create("test", settings(policy).build());
    }

    private HttpSettings.Builder settings(RetryPolicy policy) {
        return HttpSettings.builder()
                .baseUrl(server.url("/api/"))
                .allowHttp(true)
                .retryPolicy(policy)
                .traceLevel(TraceLevel.BASIC)
                .tracer(trace::add);
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).body("{}").build();
    }

    private static MockResponse disconnect() {
        return new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket())
                .build();
    }

    private static RequestBody json(String text) {
        return RequestBody.create(text, EgovHttp.JSON);
    }

    @Test
    void everyRequestCarriesAUniqueRequestIdAndTheUserAgent() throws InterruptedException {
        server.enqueue(status(200));
        server.enqueue(status(200));
        EgovHttp http = http(FAST);
        EgovResponse first = http.execute(http.request("a").get().build());
        EgovResponse second = http.execute(http.request("b").get().build());

        RecordedRequest one = server.takeRequest();
        RecordedRequest two = server.takeRequest();
        String id1 = one.getHeaders().get("X-Request-Id");
        String id2 = two.getHeaders().get("X-Request-Id");
        assertTrue(UUID.matcher(id1).matches(), id1);
        assertTrue(UUID.matcher(id2).matches(), id2);
        assertNotEquals(id1, id2);
        assertEquals(id1, first.requestId());
        assertEquals(id2, second.requestId());
        assertEquals(HttpSettings.DEFAULT_USER_AGENT, one.getHeaders().get("User-Agent"));
        assertEquals("/api/a", one.getUrl().encodedPath());
    }

    @Test
    void aCallersRequestIdIsKept() throws InterruptedException {
        server.enqueue(status(200));
        EgovHttp http = http(FAST);
        http.execute(http.request("").header("X-Request-Id", "trace-42").get().build());
        assertEquals("trace-42", server.takeRequest().getHeaders().get("X-Request-Id"));
    }

    @Test
    void getIsRetriedOn503ThenSucceedsWithTheSameRequestId() throws InterruptedException {
        server.enqueue(status(503));
        server.enqueue(status(503));
        server.enqueue(status(200));
        EgovHttp http = http(FAST);
        EgovResponse response = http.executeSuccessful(http.request("x").get().build());
        assertEquals(200, response.status());
        assertEquals(3, server.getRequestCount());
        String id = server.takeRequest().getHeaders().get("X-Request-Id");
        assertEquals(id, server.takeRequest().getHeaders().get("X-Request-Id"));
        assertEquals(id, server.takeRequest().getHeaders().get("X-Request-Id"));
        assertEquals(2, trace.stream().filter(l -> l.startsWith("--- retry")).count(), trace.toString());
    }

    @Test
    void retriesStopAtMaxAttempts() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(status(503));
        }
        EgovHttp http = http(FAST);
        ServiceException e = assertThrows(
                ServiceException.class,
                () -> http.executeSuccessful(http.request("x").get().build()));
        assertEquals(503, e.httpStatus());
        assertEquals("503", e.errorCode());
        assertEquals(3, server.getRequestCount());
        assertTrue(e.getMessage().startsWith("test: service error 503: HTTP 503 from http://"), e.getMessage());
    }

    @Test
    void getIsRetriedOn429AndAfterADroppedConnection() {
        server.enqueue(status(429));
        server.enqueue(disconnect());
        server.enqueue(status(200));
        EgovHttp http = http(FAST);
        assertEquals(200, http.execute(http.request("x").get().build()).status());
        assertEquals(3, server.getRequestCount());
    }

    @Test
    void putAndDeleteAreRetried() {
        server.enqueue(status(503));
        server.enqueue(status(200));
        server.enqueue(status(503));
        server.enqueue(new MockResponse.Builder().code(204).build());
        EgovHttp http = http(FAST);
        assertEquals(
                200, http.execute(http.request("x").put(json("{}")).build()).status());
        assertEquals(204, http.execute(http.request("x").delete().build()).status());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void postIsNeverRetried() {
        server.enqueue(status(503));
        server.enqueue(status(200));
        EgovHttp http = http(FAST);
        assertEquals(
                503, http.execute(http.request("x").post(json("{}")).build()).status());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void postIsNotRetriedAfterADroppedConnection() {
        server.enqueue(disconnect());
        server.enqueue(status(200));
        EgovHttp http = http(FAST);
        TransportException e = assertThrows(
                TransportException.class,
                () -> http.execute(http.request("x").post(json("{}")).build()));
        assertEquals(TransportException.Kind.IO, e.kind());
        assertEquals(1, server.getRequestCount());
        assertNotNull(e.requestId());
    }

    @Test
    void aPostMarkedIdempotentIsRetried() {
        server.enqueue(status(503));
        server.enqueue(status(200));
        EgovHttp http = http(FAST);
        Request request =
                Idempotency.IDEMPOTENT.tag(http.request("x").post(json("{}"))).build();
        assertEquals(200, http.execute(request).status());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aGetMarkedNotIdempotentIsNotRetried() {
        server.enqueue(status(503));
        EgovHttp http = http(FAST);
        Request request =
                Idempotency.NOT_IDEMPOTENT.tag(http.request("x").get()).build();
        assertEquals(503, http.execute(request).status());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void retryAfterWithinTheCapIsHonoured() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "0")
                .build());
        server.enqueue(status(200));
        EgovHttp http = http(FAST);
        assertEquals(200, http.execute(http.request("x").get().build()).status());
        assertEquals(2, server.getRequestCount());
        assertTrue(trace.stream().anyMatch(l -> l.contains("after HTTP 503 in 0 ms")), trace.toString());
    }

    @Test
    void postIsNotRetriedEvenWhenAskedToRetryAtOnce() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "0")
                .build());
        server.enqueue(status(200));
        EgovHttp http = http(FAST);
        assertEquals(
                503, http.execute(http.request("x").post(json("{}")).build()).status());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void retryAfterBeyondTheCapReturnsTheAnswer() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "3600")
                .build());
        server.enqueue(status(200));
        EgovHttp http = http(FAST);
        ServiceException e = assertThrows(
                ServiceException.class,
                () -> http.executeSuccessful(http.request("x").get().build()));
        assertEquals(429, e.httpStatus());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void noRetryPolicyMeansOneAttempt() {
        server.enqueue(status(503));
        EgovHttp http = http(RetryPolicy.NONE);
        assertEquals(503, http.execute(http.request("x").get().build()).status());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void unauthorizedMapsToAuthenticationException() {
        server.enqueue(status(401));
        EgovHttp http = http(FAST);
        AuthenticationException e = assertThrows(
                AuthenticationException.class,
                () -> http.executeSuccessful(http.request("x").get().build()));
        assertEquals(401, e.httpStatus());
        assertEquals("test", e.service());
    }

    @Test
    void readTimeoutMapsToTransportTimeout() {
        server.enqueue(new MockResponse.Builder()
                .body("{}")
                .headersDelay(2, TimeUnit.SECONDS)
                .build());
        EgovHttp http = EgovHttp.create(
                "test",
                settings(RetryPolicy.NONE).readTimeout(Duration.ofMillis(100)).build());
        TransportException e = assertThrows(
                TransportException.class,
                () -> http.execute(http.request("x").get().build()));
        assertEquals(TransportException.Kind.TIMEOUT, e.kind());
        assertTrue(e.getMessage().startsWith("test: timed out on GET http://"), e.getMessage());
    }

    @Test
    void refusedConnectionMapsToTransportConnection() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EgovHttp http = EgovHttp.create(
                "test",
                HttpSettings.builder()
                        .baseUrl("http://127.0.0.1:" + port + "/")
                        .allowHttp(true)
                        .retryPolicy(FAST)
                        .build());
        TransportException e = assertThrows(
                TransportException.class,
                () -> http.execute(http.request("x").get().build()));
        assertEquals(TransportException.Kind.CONNECTION, e.kind());
        assertTrue(e.getMessage().contains("could not connect on GET http://127.0.0.1:" + port + "/x"), e.getMessage());
    }

    @Test
    void tlsFailureMapsToTransportTls() throws Exception {
        // A server that answers the TLS ClientHello with plain-text bytes, then hangs up.
        try (ServerSocket plain = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (java.net.Socket socket = plain.accept()) {
                    socket.getOutputStream()
                            .write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                } catch (IOException ignored) {
                    // the client gave up first: the assertion below reports it
                }
            });
            answer.setDaemon(true);
            answer.start();
            EgovHttp http = EgovHttp.create(
                    "test",
                    HttpSettings.builder()
                            .baseUrl("https://127.0.0.1:" + plain.getLocalPort() + "/")
                            .retryPolicy(RetryPolicy.NONE)
                            .readTimeout(Duration.ofSeconds(10))
                            .build());
            TransportException e = assertThrows(
                    TransportException.class,
                    () -> http.execute(http.request("x").get().build()));
            assertEquals(TransportException.Kind.TLS, e.kind(), e.getMessage());
            answer.join(10_000);
        }
    }

    @Test
    void plainHttpRequestsAreRefusedUnlessAllowed() {
        EgovHttp http = EgovHttp.create(
                "test",
                HttpSettings.builder().baseUrl("https://example.gov.vn/").build());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> http.execute(new Request.Builder().url(server.url("/x")).build()));
        assertTrue(e.getMessage().startsWith("test: refusing plain HTTP request to http://"), e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void oversizedBodiesAreRefused() {
        server.enqueue(new MockResponse.Builder().body("x".repeat(2000)).build());
        EgovHttp http =
                EgovHttp.create("test", settings(FAST).maxResponseBytes(1000).build());
        InvalidResponseException e = assertThrows(
                InvalidResponseException.class,
                () -> http.execute(http.request("x").get().build()));
        assertEquals(
                "test: the answer's body (2000 bytes) exceeds the limit of 1000 bytes (HTTP 200) (request id "
                        + e.requestId() + ")",
                e.getMessage());
    }

    /** A synthetic reply. */
    public record Reply(String name, int count) {}

    @Test
    void jsonIsWrittenAndRead() throws InterruptedException {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body("{\"name\":\"Huế\",\"count\":2}")
                .build());
        EgovHttp http = http(FAST);
        EgovResponse response = http.executeSuccessful(
                http.request("x").post(http.jsonBody(new Reply("Đà Nẵng", 1))).build());
        assertEquals(new Reply("Huế", 2), http.readJson(response, Reply.class));
        RecordedRequest request = server.takeRequest();
        assertEquals("{\"count\":1,\"name\":\"Đà Nẵng\"}", request.getBody().utf8());
        assertEquals("application/json; charset=utf-8", request.getHeaders().get("Content-Type"));
    }

    @Test
    void malformedJsonMapsToInvalidResponse() {
        server.enqueue(
                new MockResponse.Builder().body("<html>gateway error</html>").build());
        EgovHttp http = http(FAST);
        EgovResponse response = http.execute(http.request("x").get().build());
        InvalidResponseException e =
                assertThrows(InvalidResponseException.class, () -> http.readJson(response, Reply.class));
        assertTrue(e.getMessage().startsWith("test: the answer is not the JSON expected for Reply: "), e.getMessage());
        assertFalse(e.getMessage().contains("gateway error"), e.getMessage());
    }

    @Test
    void urlsAreResolvedBelowTheBase() {
        EgovHttp http = http(FAST);
        assertEquals("/api/requests.json", http.url("requests.json").encodedPath());
        assertEquals("/api/oauth2/token", http.url("/oauth2/token").encodedPath());
        assertEquals("/api/", http.url("").encodedPath());
    }
}
