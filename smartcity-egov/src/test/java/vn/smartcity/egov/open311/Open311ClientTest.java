package vn.smartcity.egov.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.http.RetryPolicy;
import vn.smartcity.egov.http.TraceLevel;

/**
 * The client on the wire, against MockWebServer: exact request lines, form bodies, the API key,
 * and how answers (the specification's examples under {@code spec/}) and failures come back.
 */
class Open311ClientTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10));

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Open311Client.Builder builder() {
        return Open311Client.builder()
                .baseUrl(server.url("/open311/v2"))
                .allowHttp(true)
                .retryPolicy(FAST)
                .traceLevel(TraceLevel.NONE)
                .apiKey("xyz");
    }

    private Open311Client client() {
        return builder().jurisdictionId("hue.gov.vn").build();
    }

    private static MockResponse xml(int code, byte[] body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "text/xml; charset=utf-8")
                .body(new String(body, StandardCharsets.UTF_8))
                .build();
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build();
    }

    private static MockResponse text(int code, String contentType, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", contentType)
                .body(body)
                .build();
    }

    private static byte[] spec(String name) {
        return GeoReportReaderTest.spec(name);
    }

    private RecordedRequest taken() throws InterruptedException {
        return server.takeRequest();
    }

    @Test
    void servicesInXmlWithTheJurisdiction() throws InterruptedException {
        server.enqueue(xml(200, spec("services.xml")));

        List<Service> services = client().services();

        assertEquals(3, services.size());
        RecordedRequest request = taken();
        assertEquals("GET /open311/v2/services.xml?jurisdiction_id=hue.gov.vn HTTP/1.1", request.getRequestLine());
        assertEquals("text/xml", request.getHeaders().get("Accept"));
    }

    @Test
    void serviceDefinitionInJson() throws InterruptedException {
        server.enqueue(json(200, new String(spec("service-definition.json"), StandardCharsets.UTF_8)));

        ServiceDefinition definition = builder().format(Format.JSON).build().serviceDefinition("DMV66");

        assertEquals("WHISHETN", definition.attributes().get(0).code());
        RecordedRequest request = taken();
        assertEquals("GET /open311/v2/services/DMV66.json HTTP/1.1", request.getRequestLine());
        assertEquals("application/json", request.getHeaders().get("Accept"));
    }

    @Test
    void pathSegmentsAreEncoded() throws InterruptedException {
        server.enqueue(xml(200, spec("request.xml")));

        client().request("HUE/2025 #1");

        assertEquals(
                "GET /open311/v2/requests/HUE%2F2025%20%231.xml?jurisdiction_id=hue.gov.vn HTTP/1.1",
                taken().getRequestLine());
    }

    @Test
    void submitPostsTheFormWithTheApiKeyOnce() throws InterruptedException {
        server.enqueue(xml(200, spec("post-request-response.xml")));

        SubmitResult result = client().submit(NewServiceRequest.builder("001")
                .location(GeoPoint.of(16.4637, 107.5909))
                .description("Ổ gà lớn")
                .mediaUrl("https://cdn.example.vn/anh/o-ga.jpg")
                .attribute("MUC_DO", "nang")
                .build());

        assertEquals(
                "293944", assertInstanceOf(SubmitResult.Created.class, result).serviceRequestId());
        RecordedRequest request = taken();
        assertEquals("POST /open311/v2/requests.xml HTTP/1.1", request.getRequestLine());
        assertEquals(
                "application/x-www-form-urlencoded; charset=utf-8",
                request.getHeaders().get("Content-Type"));
        assertEquals(
                "api_key=xyz&jurisdiction_id=hue.gov.vn&service_code=001&lat=16.4637&long=107.5909"
                        + "&description=%E1%BB%94+g%C3%A0+l%E1%BB%9Bn"
                        + "&media_url=https%3A%2F%2Fcdn.example.vn%2Fanh%2Fo-ga.jpg"
                        + "&attribute[MUC_DO]=nang",
                request.getBody().utf8());
    }

    @Test
    void submitIsNeverRetried() {
        server.enqueue(text(503, "text/html", "<html>busy</html>"));
        server.enqueue(xml(200, spec("post-request-response.xml")));

        ServiceException e = assertThrows(
                ServiceException.class,
                () -> client().submit(NewServiceRequest.builder("001")
                        .addressString("12 Lê Lợi, Huế")
                        .build()));

        assertEquals(503, e.httpStatus());
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void readsAreRetried() {
        server.enqueue(text(503, "text/html", "<html>busy</html>"));
        server.enqueue(xml(200, spec("services.xml")));

        assertEquals(3, client().services().size());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void aReportThatDoesNotFitItsDefinitionIsNotSent() {
        ServiceDefinition definition =
                GeoReportReader.create().serviceDefinition(spec("service-definition.xml"), Format.XML);
        NewServiceRequest report = NewServiceRequest.builder("DMV66")
                .addressId("545483")
                .attribute("WHISHETN", "999")
                .build();

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> client().submit(report, definition));

        assertEquals(
                "NewServiceRequest: attribute 'WHISHETN' has no option with key '999'; keys are 123, 124",
                e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theDefinitionMakesMultiValueListsRepeat() throws InterruptedException {
        server.enqueue(json(200, "[{\"token\":\"tk-1\"}]"));
        ServiceDefinition definition = new ServiceDefinition(
                "004",
                List.of(new ServiceAttribute(
                        true,
                        "DUONG",
                        AttributeDatatype.MULTI_VALUE_LIST,
                        true,
                        null,
                        1,
                        null,
                        List.of(new AttributeValue("a", "A"), new AttributeValue("b", "B")))));

        SubmitResult result = builder()
                .format(Format.JSON)
                .build()
                .submit(
                        NewServiceRequest.builder("004")
                                .addressString("Kiệt 5")
                                .attribute("DUONG", "a")
                                .build(),
                        definition);

        assertEquals(
                "tk-1", assertInstanceOf(SubmitResult.Pending.class, result).token());
        RecordedRequest request = taken();
        assertEquals("POST /open311/v2/requests.json HTTP/1.1", request.getRequestLine());
        assertEquals(
                "api_key=xyz&service_code=004&address_string=Ki%E1%BB%87t+5&attribute[DUONG][]=a",
                request.getBody().utf8());
    }

    @Test
    void submitNeedsAnApiKey() {
        Open311Client anonymous = Open311Client.builder()
                .baseUrl(server.url("/open311/v2"))
                .allowHttp(true)
                .build();

        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> anonymous.submit(
                        NewServiceRequest.builder("001").addressId("1").build()));
        assertEquals("no api_key: GeoReport v2 requires one to file a report; call apiKey(...)", e.getMessage());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void theSpecsErrorDocumentBecomesAnAuthenticationException() {
        // GeoReport v2, Errors, Example Response: HTTP/1.1 403 Forbidden with errors/error
        server.enqueue(xml(403, spec("errors.xml")));

        AuthenticationException e = assertThrows(
                AuthenticationException.class,
                () -> client().submit(
                                NewServiceRequest.builder("001").addressId("1").build()));

        assertEquals(403, e.httpStatus());
        assertEquals("403", e.errorCode());
        assertEquals("Invalid api_key received -- can't proceed with create_request.", e.errorMessage());
    }

    @Test
    void aJsonErrorDocumentBecomesAServiceException() {
        server.enqueue(json(
                404,
                "[{\"code\":404,\"description\":\"service_request_id not found\"},"
                        + "{\"code\":\"E17\",\"description\":\"check the id\"}]"));

        ServiceException e = assertThrows(
                ServiceException.class,
                () -> builder().format(Format.JSON).build().request("42"));

        assertEquals(404, e.httpStatus());
        assertEquals("404", e.errorCode());
        assertEquals("service_request_id not found; check the id", e.errorMessage());
    }

    @Test
    void anErrorWithoutDocumentStillGivesTheStatus() {
        server.enqueue(text(500, "text/html", "<html><body>Internal Server Error</body></html>"));

        ServiceException e = assertThrows(ServiceException.class, () -> client().request("42"));

        assertEquals(500, e.httpStatus());
        assertEquals("500", e.errorCode());
    }

    @Test
    void anErrorDocumentSentWith200IsStillAnError() {
        server.enqueue(xml(200, spec("errors.xml")));

        ServiceException e = assertThrows(ServiceException.class, () -> client().services());

        assertEquals("403", e.errorCode());
    }

    @Test
    void anUnreadableAnswerIsAnInvalidResponse() {
        server.enqueue(text(200, "text/xml", "<services><service><service_code>001</service_code>"));

        InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client().services());

        assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
    }

    @Test
    void anXxeAnswerIsRefused() {
        server.enqueue(text(
                200,
                "text/xml",
                "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                        + "<services><service><service_code>&x;</service_code></service></services>"));

        InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client().services());

        assertTrue(e.getMessage().contains("a DTD (<!DOCTYPE>) is not allowed"), e.getMessage());
    }

    @Test
    void tokenLookupAndWaiting() throws InterruptedException {
        server.enqueue(xml(
                200,
                "<service_requests><request><token>12345</token></request></service_requests>"
                        .getBytes(StandardCharsets.UTF_8)));
        server.enqueue(xml(200, spec("token.xml")));

        Optional<String> id = client().awaitServiceRequestId("12345", 5, Duration.ZERO);

        assertEquals(Optional.of("638344"), id);
        assertEquals("GET /open311/v2/tokens/12345.xml?jurisdiction_id=hue.gov.vn HTTP/1.1", taken().getRequestLine());
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void waitingGivesUp() {
        server.enqueue(json(200, "[]"));
        server.enqueue(json(200, "[]"));

        assertEquals(
                Optional.empty(), builder().format(Format.JSON).build().awaitServiceRequestId("t", 2, Duration.ZERO));
        assertEquals(2, server.getRequestCount());
    }

    @Test
    void requestsWithAFilter() throws InterruptedException {
        server.enqueue(xml(200, spec("requests.xml")));

        List<ServiceRequest> requests = client().requests(RequestQuery.builder()
                .serviceCodes("006", "007")
                .startDate(OffsetDateTime.parse("2010-05-24T00:00:00Z"))
                .endDate(OffsetDateTime.parse("2010-06-24T07:00:00+07:00"))
                .status(RequestStatus.OPEN, RequestStatus.CLOSED)
                .build());

        assertEquals(2, requests.size());
        assertEquals(
                "GET /open311/v2/requests.xml?service_code=006%2C007&start_date=2010-05-24T00%3A00%3A00Z"
                        + "&end_date=2010-06-24T07%3A00%3A00%2B07%3A00&status=open%2Cclosed&jurisdiction_id=hue.gov.vn"
                        + " HTTP/1.1",
                taken().getRequestLine());
    }

    @Test
    void ratingRecorded() throws InterruptedException {
        server.enqueue(xml(
                200,
                ("<service_requests><request><service_request_id>HUE-000001</service_request_id>"
                                + "<rating>5</rating><rated_datetime>2025-06-04T09:00:00+07:00</rated_datetime>"
                                + "</request></service_requests>")
                        .getBytes(StandardCharsets.UTF_8)));

        RatingResult result = client().rate("HUE-000001", new Rating(5, "Xử lý nhanh, cảm ơn!"));

        assertEquals(
                new RatingResult.Recorded("HUE-000001", 5, OffsetDateTime.parse("2025-06-04T09:00:00+07:00")), result);
        RecordedRequest request = taken();
        assertEquals("POST /open311/v2/requests/HUE-000001/rating.xml HTTP/1.1", request.getRequestLine());
        assertEquals(
                "api_key=xyz&jurisdiction_id=hue.gov.vn&rating=5"
                        + "&comment=X%E1%BB%AD+l%C3%BD+nhanh%2C+c%E1%BA%A3m+%C6%A1n%21",
                request.getBody().utf8());
    }

    @Test
    void aServerWithoutTheRatingExtensionIsNotAnError() {
        server.enqueue(text(404, "text/html", "<html><body>Not Found</body></html>"));
        server.enqueue(xml(
                404,
                "<errors><error><code>404</code><description>No route</description></error></errors>"
                        .getBytes(StandardCharsets.UTF_8)));
        server.enqueue(text(501, "text/plain", ""));
        server.enqueue(text(405, "text/plain", "Method Not Allowed"));
        Open311Client client = client();

        assertEquals(
                new RatingResult.NotSupported(404, "the rating extension is not supported by this server (HTTP 404)"),
                client.rate("1", Rating.of(4)));
        assertEquals(
                new RatingResult.NotSupported(404, "the rating extension is not supported by this server: No route"),
                client.rate("1", Rating.of(4)));
        assertEquals(501, ((RatingResult.NotSupported) client.rate("1", Rating.of(4))).httpStatus());
        RatingResult last = client.rate("1", Rating.of(4));
        assertEquals(false, last.isRecorded());
        assertEquals(4, server.getRequestCount(), "never retried");
    }

    @Test
    void aServerWithTheRatingExtensionCanRefuseARating() {
        server.enqueue(
                json(400, "[{\"code\":\"rating_not_allowed\",\"description\":\"the request is not closed yet\"}]"));
        server.enqueue(json(404, "[{\"code\":\"request_not_found\",\"description\":\"no request HUE-9\"}]"));
        server.enqueue(json(403, "[{\"code\":403,\"description\":\"api_key is missing or invalid\"}]"));
        Open311Client client = builder().format(Format.JSON).build();

        ServiceException notClosed = assertThrows(ServiceException.class, () -> client.rate("HUE-2", Rating.of(3)));
        assertEquals("rating_not_allowed", notClosed.errorCode());
        assertEquals(400, notClosed.httpStatus());
        ServiceException unknown = assertThrows(ServiceException.class, () -> client.rate("HUE-9", Rating.of(3)));
        assertEquals("request_not_found", unknown.errorCode());
        assertThrows(AuthenticationException.class, () -> client.rate("HUE-2", Rating.of(3)));
    }

    @Test
    void plainHttpNeedsToBeAllowed() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Open311Client.builder()
                        .baseUrl("http://open311.example.vn/v2")
                        .build());
        assertTrue(e.getMessage().startsWith("refusing plain HTTP base URL"), e.getMessage());
    }

    @Test
    void toStringHidesTheApiKey() {
        String text = client().toString();

        assertTrue(text.startsWith("Open311Client[http://"), text);
        assertTrue(text.endsWith("/open311/v2, xml, jurisdiction hue.gov.vn]"), text);
        assertTrue(!text.contains("xyz"), text);
    }
}
