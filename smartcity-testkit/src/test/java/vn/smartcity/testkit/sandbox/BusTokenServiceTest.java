package vn.smartcity.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.bus.BusClient;
import vn.smartcity.egov.http.EgovHttp;
import vn.smartcity.egov.http.TraceLevel;

/** The sandbox's OAuth 2 token endpoint (RFC 6749 §4.4, §5.1, §5.2) against the SDK's bus client. */
class BusTokenServiceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-01-15T01:30:00Z"));
    private final EgovSandbox sandbox = EgovSandbox.builder()
            .clock(clock)
            .busTokenLifetime(Duration.ofMinutes(10))
            .start();
    private final List<String> trace = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private BusClient.Builder bus(String secret) {
        SandboxCredentials c = sandbox.credentials();
        return BusClient.builder()
                .busUri("lgsp+http://127.0.0.1:" + sandbox.port() + "/")
                .allowHttp(true)
                .credentials(c.clientId(), secret)
                .agency(AgencyCode.parse(c.agencyCode()))
                .endUser("sandbox-officer")
                .clock(clock)
                .traceLevel(TraceLevel.BASIC)
                .tracer(trace::add);
    }

    private long tokenRequests() {
        return trace.stream()
                .filter(l -> l.contains("--> POST") && l.contains("/oauth2/token"))
                .count();
    }

    /** A DVCQG login through the bus: needs a live bearer token as well as the adapter's password. */
    private int loginThroughBus(BusClient bus) {
        SandboxCredentials c = sandbox.credentials();
        String body = "{\"username\":\"" + c.dvcqgUsername() + "\",\"password\":\"" + c.dvcqgPassword() + "\"}";
        return bus.execute(bus.request("dvcqg/mapi/login")
                        .header("dstcode", c.dvcqgDstCode())
                        .post(okhttp3.RequestBody.create(body, EgovHttp.JSON))
                        .build())
                .status();
    }

    @Test
    void issuesBearerTokensTheOtherServicesAccept() {
        BusClient bus = bus(sandbox.credentials().clientSecret()).build();
        assertEquals(200, loginThroughBus(bus));
        assertEquals(200, loginThroughBus(bus));
        assertEquals(1, tokenRequests(), trace.toString());
    }

    @Test
    void anExpiredTokenIsRefusedThenReplacedOnce() {
        BusClient bus = bus(sandbox.credentials().clientSecret()).build();
        assertEquals(200, loginThroughBus(bus));
        sandbox.expireBusTokens();
        assertEquals(200, loginThroughBus(bus));
        assertEquals(2, tokenRequests(), trace.toString());
        assertTrue(trace.stream().anyMatch(l -> l.contains("<-- 401")), trace.toString());
    }

    @Test
    void tokensAreReplacedBeforeTheyExpire() {
        BusClient bus = bus(sandbox.credentials().clientSecret()).build();
        assertEquals(200, loginThroughBus(bus));
        clock.advance(Duration.ofMinutes(9).plusSeconds(45)); // within the 30 s skew of a 10 min token
        assertEquals(200, loginThroughBus(bus));
        assertEquals(2, tokenRequests(), trace.toString());
        assertTrue(trace.stream().noneMatch(l -> l.contains("<-- 401")), trace.toString());
    }

    @Test
    void aWrongSecretIsInvalidClient() {
        BusClient bus = bus("wrong").build();
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> loginThroughBus(bus));
        assertEquals("invalid_client", e.errorCode());
        assertEquals(401, e.httpStatus());
    }

    @Test
    void aScopeIsEchoed() {
        BusClient bus = bus(sandbox.credentials().clientSecret()).scope("dvcqg").build();
        assertEquals(200, loginThroughBus(bus));
    }

    @Test
    void protocolErrorsFollowRfc6749() throws IOException {
        OkHttpClient http = new OkHttpClient();
        String url = sandbox.endpoint("/oauth2/token").toString();
        SandboxCredentials c = sandbox.credentials();
        try (Response r =
                http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            assertEquals(405, r.code());
            assertEquals("POST", r.header("Allow"));
        }
        // §2.3.1: credentials in the body are accepted too.
        try (Response r = http.newCall(new Request.Builder()
                        .url(url)
                        .post(new FormBody.Builder()
                                .add("grant_type", "client_credentials")
                                .add("client_id", c.clientId())
                                .add("client_secret", c.clientSecret())
                                .build())
                        .build())
                .execute()) {
            assertEquals(200, r.code());
            assertEquals("no-store", r.header("Cache-Control"));
            String body = r.body().string();
            assertTrue(body.contains("\"token_type\":\"Bearer\""), body);
            assertTrue(body.contains("\"expires_in\":600"), body);
        }
        try (Response r = http.newCall(new Request.Builder()
                        .url(url)
                        .header("Authorization", okhttp3.Credentials.basic(c.clientId(), c.clientSecret()))
                        .post(new FormBody.Builder()
                                .add("grant_type", "password")
                                .build())
                        .build())
                .execute()) {
            assertEquals(400, r.code());
            assertTrue(r.body().string().contains("\"error\":\"unsupported_grant_type\""));
        }
        try (Response r = http.newCall(new Request.Builder()
                        .url(url)
                        .header("Authorization", okhttp3.Credentials.basic("nobody", "x"))
                        .post(new FormBody.Builder()
                                .add("grant_type", "client_credentials")
                                .build())
                        .build())
                .execute()) {
            assertEquals(401, r.code());
            assertEquals("Basic realm=\"smartcity-sandbox\"", r.header("WWW-Authenticate"));
            assertTrue(r.body().string().contains("\"error\":\"invalid_client\""));
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void aServiceErrorStaysAServiceError() {
        BusClient bus = bus(sandbox.credentials().clientSecret()).build();
        ServiceException e = assertThrows(
                ServiceException.class,
                () -> bus.executeSuccessful(bus.request("nowhere").get().build()));
        assertEquals(404, e.httpStatus());
    }
}
