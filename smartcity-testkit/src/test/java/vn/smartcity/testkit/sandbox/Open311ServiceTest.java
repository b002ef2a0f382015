package vn.smartcity.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.http.TraceLevel;
import vn.smartcity.egov.open311.AttributeDatatype;
import vn.smartcity.egov.open311.Format;
import vn.smartcity.egov.open311.NewServiceRequest;
import vn.smartcity.egov.open311.Open311Client;
import vn.smartcity.egov.open311.Rating;
import vn.smartcity.egov.open311.RatingResult;
import vn.smartcity.egov.open311.RequestQuery;
import vn.smartcity.egov.open311.RequestStatus;
import vn.smartcity.egov.open311.Service;
import vn.smartcity.egov.open311.ServiceAttribute;
import vn.smartcity.egov.open311.ServiceDefinition;
import vn.smartcity.egov.open311.ServiceRequest;
import vn.smartcity.egov.open311.ServiceType;
import vn.smartcity.egov.open311.SubmitResult;
import vn.smartcity.egov.open311.TokenStatus;

/** The SDK's Open311 client against the sandbox, in both formats. */
class Open311ServiceTest {

    private static EgovSandbox sandbox;
    private static final OkHttpClient RAW = new OkHttpClient();

    @BeforeAll
    static void start() {
        sandbox = EgovSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Open311Client client(Format format) {
        return Open311Client.builder()
                .baseUrl(sandbox.endpoint("/open311/v2"))
                .allowHttp(true)
                .traceLevel(TraceLevel.NONE)
                .apiKey(sandbox.credentials().open311ApiKey())
                .jurisdictionId("hue.gov.vn")
                .format(format)
                .build();
    }

    /** The sandbox's admin resource, as tests and the demo call it. */
    private static int advance(String id, String... fields) {
        FormBody.Builder form =
                new FormBody.Builder().add("api_key", sandbox.credentials().open311ApiKey());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.add(fields[i], fields[i + 1]);
        }
        return post("/open311/v2/admin/requests/" + id + "/advance.xml", form.build());
    }

    private static int post(String path, FormBody body) {
        Request request = new Request.Builder()
                .url(sandbox.endpoint(path).toString())
                .post(body)
                .build();
        try (Response response = RAW.newCall(request).execute()) {
            return response.code();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NewServiceRequest.Builder pothole() {
        return NewServiceRequest.builder("001")
                .location(GeoPoint.of(16.4637, 107.5909))
                .description("Ổ gà lớn trước cổng Ngọ Môn")
                .mediaUrl("https://cdn.example.vn/anh/o-ga.jpg")
                .attribute("MUC_DO", "nghiem-trong");
    }

    @Test
    void servicesInBothFormats() {
        List<Service> xml = client(Format.XML).services();

        assertEquals(
                List.of("001", "002", "003", "004", "005"),
                xml.stream().map(Service::code).toList());
        assertEquals("Hư hỏng mặt đường", xml.get(0).name());
        assertTrue(xml.get(0).metadata());
        assertFalse(xml.get(1).metadata());
        assertEquals(ServiceType.BATCH, xml.get(3).type());
        assertEquals(
                List.of("ổ gà", "sụt lún", "mặt đường", "vỉa hè"), xml.get(0).keywords());
        assertEquals(xml, client(Format.JSON).services());
    }

    @Test
    void aDefinitionWithEveryDatatype() {
        ServiceDefinition definition = client(Format.XML).serviceDefinition("001");

        assertEquals(
                List.of(
                        AttributeDatatype.STRING,
                        AttributeDatatype.SINGLE_VALUE_LIST,
                        AttributeDatatype.MULTI_VALUE_LIST,
                        AttributeDatatype.NUMBER,
                        AttributeDatatype.DATETIME,
                        AttributeDatatype.TEXT),
                definition.attributes().stream().map(ServiceAttribute::datatype).toList());
        assertFalse(definition.attributes().get(0).variable());
        assertTrue(definition.attribute("MUC_DO").required());
        assertEquals(3, definition.attribute("MUC_DO").values().size());
        assertEquals(definition, client(Format.JSON).serviceDefinition("001"));
        assertEquals(List.of(), client(Format.XML).serviceDefinition("002").attributes());
    }

    @Test
    void fileFollowCloseAndRate() {
        Open311Client open311 = client(Format.XML);
        ServiceDefinition definition = open311.serviceDefinition("001");
        NewServiceRequest report = pothole()
                .attribute("LAN_DUONG", List.of("phai", "via-he"))
                .attribute("DIEN_TICH", "1.5")
                .attribute("PHAT_HIEN", "2025-06-20T07:30:00+07:00")
                .build();

        SubmitResult.Created created = assertInstanceOf(SubmitResult.Created.class, open311.submit(report, definition));
        String id = created.serviceRequestId();
        assertTrue(id.startsWith("HUE-"), id);
        assertTrue(created.serviceNotice().contains("24 giờ"), created.serviceNotice());

        ServiceRequest filed = open311.request(id);
        assertEquals(RequestStatus.OPEN, filed.status());
        assertEquals(GeoPoint.of(16.4637, 107.5909), filed.location());
        assertEquals("https://cdn.example.vn/anh/o-ga.jpg", filed.mediaUrl());
        assertEquals("Ổ gà lớn trước cổng Ngọ Môn", filed.description());
        assertNull(filed.agencyResponsible());

        ServiceException early = assertThrows(ServiceException.class, () -> open311.rate(id, Rating.of(5)));
        assertEquals("rating_not_allowed", early.errorCode());

        assertEquals(200, advance(id));
        ServiceRequest forwarded = open311.request(id);
        assertEquals(RequestStatus.OPEN, forwarded.status());
        assertEquals("Sở Xây dựng thành phố Huế", forwarded.agencyResponsible());
        assertEquals("Đã tiếp nhận, chuyển Sở Xây dựng thành phố Huế xử lý.", forwarded.statusNotes());

        assertEquals(200, advance(id));
        ServiceRequest closed = open311.request(id);
        assertTrue(closed.isClosed());
        assertEquals("Đã vá mặt đường bằng bê tông nhựa, thông xe bình thường.", closed.statusNotes());
        assertEquals(400, advance(id), "already closed");

        RatingResult rating = open311.rate(id, new Rating(5, "Xử lý nhanh, cảm ơn!"));
        RatingResult.Recorded recorded = assertInstanceOf(RatingResult.Recorded.class, rating);
        assertEquals(id, recorded.serviceRequestId());
        assertEquals(5, recorded.score());
    }

    @Test
    void theBatchServiceAnswersWithATokenThatResolves() {
        Open311Client open311 = client(Format.JSON);
        NewServiceRequest flood = NewServiceRequest.builder("004")
                .addressString("Đường Hùng Vương, phường Phú Hội, thành phố Huế")
                .attribute("DO_SAU", "35")
                .attribute("LUU_THONG", "kho-khan")
                .build();

        SubmitResult.Pending pending =
                assertInstanceOf(SubmitResult.Pending.class, open311.submit(flood, open311.serviceDefinition("004")));
        TokenStatus first = open311.tokenStatus(pending.token());
        assertFalse(first.isResolved(), "not on the first lookup");
        Optional<String> id = open311.awaitServiceRequestId(pending.token(), 3, Duration.ZERO);

        assertTrue(id.isPresent());
        assertEquals("004", open311.request(id.get()).serviceCode());
    }

    @Test
    void listAndFilter() {
        Open311Client open311 = client(Format.XML);

        List<ServiceRequest> closed = open311.requests(
                RequestQuery.builder().status(RequestStatus.CLOSED).build());
        assertTrue(closed.stream().allMatch(ServiceRequest::isClosed));
        assertTrue(closed.stream().anyMatch(r -> r.id().equals("HUE-000001")));

        List<ServiceRequest> june = client(Format.JSON)
                .requests(RequestQuery.builder()
                        .serviceCodes("002", "003")
                        .startDate(OffsetDateTime.parse("2025-06-01T00:00:00+07:00"))
                        .endDate(OffsetDateTime.parse("2025-06-30T23:59:59+07:00"))
                        .build());
        assertEquals(
                List.of("HUE-000002", "HUE-000003"),
                june.stream().map(ServiceRequest::id).toList());

        List<ServiceRequest> byId = open311.requests(RequestQuery.builder()
                .serviceRequestIds("HUE-000004", "HUE-000001")
                .build());
        assertEquals(
                List.of("HUE-000001", "HUE-000004"),
                byId.stream().map(ServiceRequest::id).toList());
        assertEquals(
                OffsetDateTime.parse("2025-06-02T07:42:10+07:00"), byId.get(0).requestedAt());
    }

    @Test
    void errorDocuments() {
        Open311Client open311 = client(Format.XML);

        ServiceException unknown = assertThrows(ServiceException.class, () -> open311.serviceDefinition("999"));
        assertEquals(404, unknown.httpStatus());
        assertEquals("service_code not found: 999", unknown.errorMessage());

        ServiceException missing = assertThrows(ServiceException.class, () -> open311.request("HUE-999999"));
        assertEquals("404", missing.errorCode());

        Open311Client wrongKey = Open311Client.builder()
                .baseUrl(sandbox.endpoint("/open311/v2"))
                .allowHttp(true)
                .traceLevel(TraceLevel.NONE)
                .apiKey("not-the-key")
                .format(Format.JSON)
                .build();
        AuthenticationException forbidden = assertThrows(
                AuthenticationException.class, () -> wrongKey.submit(pothole().build()));
        assertEquals("403", forbidden.errorCode());

        Open311Client elsewhere = Open311Client.builder()
                .baseUrl(sandbox.endpoint("/open311/v2"))
                .allowHttp(true)
                .traceLevel(TraceLevel.NONE)
                .jurisdictionId("danang.gov.vn")
                .build();
        assertEquals(
                404, assertThrows(ServiceException.class, elsewhere::services).httpStatus());
    }

    @Test
    void theSandboxChecksWhatItReceives() {
        // the client refuses these before sending; the sandbox refuses them too
        String key = sandbox.credentials().open311ApiKey();
        assertEquals(
                400,
                post(
                        "/open311/v2/requests.xml",
                        new FormBody.Builder()
                                .add("api_key", key)
                                .add("service_code", "002")
                                .add("description", "no location")
                                .build()));
        assertEquals(
                400,
                post(
                        "/open311/v2/requests.json",
                        new FormBody.Builder()
                                .add("api_key", key)
                                .add("service_code", "001")
                                .add("lat", "16.46")
                                .add("long", "107.59")
                                .build()),
                "MUC_DO is required");
        assertEquals(
                400,
                post(
                        "/open311/v2/requests.xml",
                        new FormBody.Builder()
                                .add("api_key", key)
                                .add("service_code", "001")
                                .add("address_id", "A1")
                                .add("attribute[MUC_DO]", "rat-nang")
                                .build()));
        assertEquals(
                200,
                post(
                        "/open311/v2/requests.xml",
                        new FormBody.Builder()
                                .add("api_key", key)
                                .add("service_code", "001")
                                .add("address_id", "A1")
                                .add("attribute[MUC_DO]", "nhe")
                                .add("attribute[LAN_DUONG][]", "trai")
                                .add("attribute[LAN_DUONG][]", "giua")
                                .build()));
    }

    @Test
    void statusesRealServersSendAreKept() {
        Open311Client open311 = client(Format.XML);
        String id = assertInstanceOf(
                        SubmitResult.Created.class, open311.submit(pothole().build()))
                .serviceRequestId();

        assertEquals(200, advance(id, "status", "investigating", "status_notes", "Đang xác minh"));

        ServiceRequest request = open311.request(id);
        assertEquals("investigating", request.status().value());
        assertEquals(RequestStatus.Kind.OTHER, request.status().kind());
        assertEquals("Đang xác minh", request.statusNotes());
    }

    @Test
    void ratingErrors() {
        Open311Client open311 = client(Format.JSON);

        assertEquals(
                "request_not_found",
                assertThrows(ServiceException.class, () -> open311.rate("HUE-999999", Rating.of(4)))
                        .errorCode());
        // the client refuses a score outside 1-5 before sending; the sandbox refuses it too
        assertEquals(
                400,
                post(
                        "/open311/v2/requests/HUE-000004/rating.json",
                        new FormBody.Builder()
                                .add("api_key", sandbox.credentials().open311ApiKey())
                                .add("rating", "7")
                                .build()));
        assertTrue(open311.rate("HUE-000004", Rating.of(4)).isRecorded());
    }
}
