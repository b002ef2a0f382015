package vn.smartcity.egov.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void plainHttpIsRefusedAtBuildTime() {
        HttpSettings.Builder builder = HttpSettings.builder().baseUrl("http://lgsp.example.gov.vn/api");
        IllegalStateException e = assertThrows(IllegalStateException.class, builder::build);
        assertEquals(
                "refusing plain HTTP base URL http://lgsp.example.gov.vn:80/api: use https://, or call"
                        + " allowHttp(true) for a sandbox or test server",
                e.getMessage());
    }

    @Test
    void plainHttpIsAcceptedWhenAllowed() {
        HttpSettings settings = HttpSettings.builder()
                .baseUrl(URI.create("http://127.0.0.1:8311/dvcqg"))
                .allowHttp(true)
                .build();
        assertTrue(settings.allowHttp());
        assertEquals("http://127.0.0.1:8311/dvcqg", settings.baseUrl().toString());
    }

    @Test
    void aBaseUrlIsRequired() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> HttpSettings.builder().build());
        assertEquals("no base URL: call baseUrl(...) before build()", e.getMessage());
    }

    @Test
    void malformedBaseUrlIsRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> HttpSettings.builder().baseUrl("ftp://example.gov.vn"));
        assertEquals("base URL is not an http:// or https:// URL: ftp://example.gov.vn", e.getMessage());
    }

    @Test
    void negativeTimeoutIsRejected() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> HttpSettings.builder().readTimeout(Duration.ofSeconds(-1)));
        assertEquals("readTimeout is negative: PT-1S", e.getMessage());
    }

    @Test
    void defaultsAndCopies() {
        OkHttpClient shared = new OkHttpClient();
        HttpSettings settings = HttpSettings.builder()
                .baseUrl("https://lgsp.example.gov.vn")
                .credentials("client", "s3cret")
                .httpClient(shared)
                .build();
        assertEquals(HttpSettings.DEFAULT_CALL_TIMEOUT, settings.callTimeout());
        assertEquals(RetryPolicy.DEFAULT, settings.retryPolicy());
        assertEquals(TraceLevel.HEADERS, settings.traceLevel());
        assertFalse(settings.allowHttp());
        HttpSettings copy =
                settings.newBuilder().callTimeout(Duration.ofSeconds(5)).build();
        assertEquals(Duration.ofSeconds(5), copy.callTimeout());
        assertSame(shared, copy.httpClient());
        assertEquals(settings.credentials(), copy.credentials());
    }

    @Test
    void secretsStayOutOfToString() {
        HttpSettings settings = HttpSettings.builder()
                .baseUrl("https://lgsp.example.gov.vn")
                .credentials("client", "s3cret")
                .build();
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
        assertEquals("Credentials[id=client, secret=****]", new Credentials("client", "s3cret").toString());
    }

    @Test
    void credentialsAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Credentials(" ", "x"));
        assertEquals("credentials: the id is blank", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Credentials("id", ""));
        assertEquals("credentials: the secret is empty", e.getMessage());
    }
}
