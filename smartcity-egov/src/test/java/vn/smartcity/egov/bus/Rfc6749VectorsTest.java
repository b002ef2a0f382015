package vn.smartcity.egov.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.egov.ServiceException;

/** The published examples of RFC 6749 and RFC 6750, replayed through the bus client. */
class Rfc6749VectorsTest {

    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2024-01-15T01:30:00Z"));

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The client of RFC 6749 §2.3.1 / §4.4.2: client id {@code s6BhdRkqt3}, secret {@code gX1fBat3bV}. */
    private BusClient client() {
        return BusClient.builder()
                .baseUrl(server.url("/"))
                .tokenPath("token")
                .allowHttp(true)
                .credentials("s6BhdRkqt3", "gX1fBat3bV")
                .agency(AgencyCode.parse("000.00.00.H57"))
                .endUser("system")
                .clock(clock)
                .build();
    }

    @Test
    void clientCredentialsRequestOfSection442() throws InterruptedException {
        // RFC 6750 §4, example access token response (a Bearer token).
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json;charset=UTF-8")
                .body("{\"access_token\":\"mF_9.B5f-4.1JqM\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                        + "\"refresh_token\":\"tGzv3JOkF0XG5Qx2TlKWIA\"}")
                .build());
        server.enqueue(new MockResponse.Builder().body("{}").build());
        BusClient bus = client();
        bus.executeSuccessful(bus.request("resource").get().build());

        // RFC 6749 §4.4.2: "POST /token ... Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW ...
        // grant_type=client_credentials".
        RecordedRequest token = server.takeRequest();
        assertEquals("POST", token.getMethod());
        assertEquals("/token", token.getUrl().encodedPath());
        assertEquals("Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW", token.getHeaders().get("Authorization"));
        assertEquals("application/x-www-form-urlencoded", token.getHeaders().get("Content-Type"));
        assertEquals("grant_type=client_credentials", token.getBody().utf8());
        // RFC 6750 §2.1: the token goes in the Authorization request header.
        assertEquals("Bearer mF_9.B5f-4.1JqM", server.takeRequest().getHeaders().get("Authorization"));
    }

    @Test
    void errorResponseOfSection52() {
        // RFC 6749 §5.2, example: HTTP/1.1 400 Bad Request, {"error":"invalid_request"}.
        server.enqueue(new MockResponse.Builder()
                .code(400)
                .setHeader("Content-Type", "application/json;charset=UTF-8")
                .setHeader("Cache-Control", "no-store")
                .body("{\"error\":\"invalid_request\"}")
                .build());
        BusClient bus = client();
        ServiceException e = assertThrows(
                ServiceException.class,
                () -> bus.execute(bus.request("resource").get().build()));
        assertEquals("invalid_request", e.errorCode());
        assertEquals(400, e.httpStatus());
    }

    @Test
    void theSection443ExampleTokenTypeIsNotBearer() {
        // RFC 6749 §4.4.3 answers with token_type "example"; a bus client only sends Bearer tokens.
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json;charset=UTF-8")
                .body("{\"access_token\":\"2YotnFZFEjr1zCsicMWpAA\",\"token_type\":\"example\",\"expires_in\":3600,"
                        + "\"example_parameter\":\"example_value\"}")
                .build());
        BusClient bus = client();
        vn.smartcity.egov.InvalidResponseException e = assertThrows(
                vn.smartcity.egov.InvalidResponseException.class,
                () -> bus.execute(bus.request("resource").get().build()));
        assertEquals(
                "lgsp: token_type is 'example', expected Bearer (RFC 6750) (HTTP 200) (request id " + e.requestId()
                        + ")",
                e.getMessage());
    }
}
