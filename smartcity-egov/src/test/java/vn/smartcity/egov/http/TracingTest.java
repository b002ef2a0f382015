package vn.smartcity.egov.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.FormBody;
import okhttp3.Interceptor;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the tracer sees: the exchange, with secrets and personal data gone. Data is synthetic. */
class TracingTest {

    private static final String ID_NUMBER = "001089012345";
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.c2VjcmV0.c2ln";

    private final MockWebServer server = new MockWebServer();
    private final List<String> lines = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private EgovHttp http(TraceLevel level) {
        Interceptor bearer = chain -> chain.proceed(chain.request()
                .newBuilder()
                .header("Authorization", "Bearer " + TOKEN)
                .header("X-Road-UserId", "VN/CCCD/" + ID_NUMBER)
                .build());
        return EgovHttp.create(
                "test",
                HttpSettings.builder()
                        .baseUrl(server.url("/"))
                        .allowHttp(true)
                        .traceLevel(level)
                        .tracer(lines::add)
                        .build(),
                List.of(bearer));
    }

    private String all() {
        return String.join("\n", lines);
    }

    @Test
    void jsonBodiesAndHeadersAreRedacted() {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .setHeader("Set-Cookie", "JSESSIONID=abc123")
                .body("{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                        + "\"result\":{\"ChuHoSo\":\"Nguyễn Văn A\",\"MaHoSo\":\"000.00.00.H57-240115-0001\"}}")
                .build());
        EgovHttp http = http(TraceLevel.BODY);
        String body = "{\"session\":\"5f2c1b\",\"password\":\"p@ss\\\"word\",\"madonvi\":\"000.00.00.H57\","
                + "\"MaDoiTuong\":\"" + ID_NUMBER + "\",\"TrichYeuHoSo\":\"CCCD " + ID_NUMBER + "\"}";
        http.execute(http.request("dvcqg")
                .post(RequestBody.create(body, EgovHttp.JSON))
                .build());

        String trace = all();
        assertFalse(trace.contains(TOKEN), trace);
        assertFalse(trace.contains(ID_NUMBER), trace);
        assertFalse(trace.contains("p@ss"), trace);
        assertFalse(trace.contains("5f2c1b"), trace);
        assertFalse(trace.contains("abc123"), trace);
        assertFalse(trace.contains("Nguyễn"), trace);
        assertTrue(lines.contains("Authorization: [redacted]"), trace);
        assertTrue(lines.contains("X-Road-UserId: [redacted]"), trace);
        assertTrue(lines.contains("Set-Cookie: [redacted]"), trace);
        assertTrue(
                lines.contains("{\"session\":\"[redacted]\",\"password\":\"[redacted]\",\"madonvi\":\"000.00.00.H57\","
                        + "\"MaDoiTuong\":\"[redacted]\",\"TrichYeuHoSo\":\"CCCD 001*******45\"}"),
                trace);
        assertTrue(
                lines.contains("{\"access_token\":\"[redacted]\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                        + "\"result\":{\"ChuHoSo\":\"[redacted]\",\"MaHoSo\":\"000.00.00.H57-240115-0001\"}}"),
                trace);
    }

    @Test
    void formBodiesAndQueriesAreRedacted() {
        server.enqueue(new MockResponse.Builder().body("ok").build());
        EgovHttp http = http(TraceLevel.BODY);
        http.execute(new okhttp3.Request.Builder()
                .url(server.url("/oauth2/token?api_key=k3y&jurisdiction_id=hue.gov.vn"))
                .post(new FormBody.Builder()
                        .add("grant_type", "client_credentials")
                        .add("client_secret", "sh-secret")
                        .add("scope", "dvc")
                        .build())
                .build());
        String trace = all();
        assertFalse(trace.contains("sh-secret"), trace);
        assertFalse(trace.contains("k3y"), trace);
        assertTrue(lines.contains("grant_type=client_credentials&client_secret=[redacted]&scope=dvc"), trace);
        assertTrue(lines.get(0).contains("/oauth2/token?api_key=[redacted]&jurisdiction_id=hue.gov.vn"), lines.get(0));
    }

    @Test
    void basicLevelTracesOnlyTheLines() {
        server.enqueue(new MockResponse.Builder().code(201).body("{}").build());
        EgovHttp http = http(TraceLevel.BASIC);
        EgovResponse response = http.execute(
                http.request("x").post(RequestBody.create("{}", EgovHttp.JSON)).build());
        assertEquals(2, lines.size(), all());
        assertEquals(
                "test --> POST http://" + server.getHostName() + ":" + server.getPort() + "/x (id "
                        + response.requestId() + ")",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("test <-- 201 http://"), lines.get(1));
        assertTrue(lines.get(1).endsWith(" ms (id " + response.requestId() + ")"), lines.get(1));
    }

    @Test
    void noneTracesNothing() {
        server.enqueue(new MockResponse.Builder().body("{}").build());
        EgovHttp http = http(TraceLevel.NONE);
        http.execute(http.request("x").get().build());
        assertTrue(lines.isEmpty(), all());
    }

    @Test
    void exceptionMessagesMaskDigitRuns() {
        vn.smartcity.egov.ServiceException e = new vn.smartcity.egov.ServiceException(
                "dvcqg", 200, "1", "Không tìm thấy hồ sơ của công dân " + ID_NUMBER, "id-1");
        assertEquals(
                "dvcqg: service error 1: Không tìm thấy hồ sơ của công dân 001*******45 (HTTP 200) (request id id-1)",
                e.getMessage());
        assertEquals("Không tìm thấy hồ sơ của công dân " + ID_NUMBER, e.errorMessage());
    }
}
