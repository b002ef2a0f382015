package vn.smartcity.egov.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.geo.GeoPoint;

/**
 * The reader against the example documents of the GeoReport v2 specification (wiki.open311.org
 * page "GeoReport v2", source open311/open311.github.io GeoReport/v2/index.md at commit 18029a9;
 * copied verbatim under {@code src/test/resources/vn/smartcity/egov/open311/spec}, see the README
 * there), then synthetic documents for leniency and rejection.
 */
class GeoReportReaderTest {

    private final GeoReportReader reader = GeoReportReader.create();

    static byte[] spec(String name) {
        try (InputStream in = GeoReportReaderTest.class.getResourceAsStream("spec/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource spec/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // --- The specification's examples ---

    @Test
    void specServiceListXml() {
        // GeoReport v2, GET Service List, Example Response (XML)
        List<Service> services = reader.services(spec("services.xml"), Format.XML);

        assertEquals(3, services.size());
        Service cans = services.get(0);
        assertEquals("001", cans.code());
        assertEquals("Cans left out 24x7", cans.name());
        assertEquals(
                "Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.",
                cans.description());
        assertTrue(cans.metadata());
        assertEquals(ServiceType.REALTIME, cans.type());
        assertEquals(List.of("lorem", "ipsum", "dolor"), cans.keywords());
        assertEquals("sanitation", cans.group());
        // the second service lists its elements in another order
        assertEquals("002", services.get(1).code());
        assertEquals("Construction plate shifted", services.get(1).name());
        assertEquals("street", services.get(1).group());
        assertEquals("Curb or curb ramp defect", services.get(2).name());
    }

    @Test
    void specServiceListJsonMatchesTheXml() {
        // GeoReport v2, GET Service List, Example Response (JSON): "service_code":001 keeps its zeros
        List<Service> json = reader.services(spec("services.json"), Format.JSON);

        assertEquals("001", json.get(0).code());
        assertEquals(reader.services(spec("services.xml"), Format.XML), json);
    }

    @Test
    void specServiceDefinitionXml() {
        // GeoReport v2, GET Service Definition, Example Response (XML)
        ServiceDefinition definition = reader.serviceDefinition(spec("service-definition.xml"), Format.XML);

        assertEquals("DMV66", definition.serviceCode());
        assertEquals(1, definition.attributes().size());
        ServiceAttribute attribute = definition.attributes().get(0);
        assertTrue(attribute.variable());
        assertEquals("WHISHETN", attribute.code());
        assertEquals(AttributeDatatype.SINGLE_VALUE_LIST, attribute.datatype());
        assertTrue(attribute.required());
        assertNull(attribute.datatypeDescription(), "<datatype_description></datatype_description>");
        assertEquals(1, attribute.order());
        assertEquals("What is the ticket/tag/DL number?", attribute.description());
        assertEquals(
                List.of(new AttributeValue("123", "Ford"), new AttributeValue("124", "Chrysler")), attribute.values());
    }

    @Test
    void specServiceDefinitionJsonMatchesTheXml() {
        // GeoReport v2, GET Service Definition, Example Response (JSON): "key":123, "datatype_description":null
        assertEquals(
                reader.serviceDefinition(spec("service-definition.xml"), Format.XML),
                reader.serviceDefinition(spec("service-definition.json"), Format.JSON));
    }

    @Test
    void specPostResponseXml() {
        // GeoReport v2, POST Service Request, Example Response (XML): an id, a notice, an empty account_id
        SubmitResult result = reader.submitResult(spec("post-request-response.xml"), Format.XML);

        SubmitResult.Created created = assertInstanceOf(SubmitResult.Created.class, result);
        assertEquals("293944", created.serviceRequestId());
        assertEquals(
                "The City will inspect and require the responsible party to correct within 24 hours and/or issue a"
                        + " Correction Notice or Notice of Violation of the Public Works Code",
                created.serviceNotice());
        assertNull(created.accountId(), "<account_id/>");
    }

    @Test
    void specPostResponseJsonMatchesTheXml() {
        // GeoReport v2, POST Service Request, Example Response (JSON)
        assertEquals(
                reader.submitResult(spec("post-request-response.xml"), Format.XML),
                reader.submitResult(spec("post-request-response.json"), Format.JSON));
    }

    @Test
    void specTokenXmlAndJson() {
        // GeoReport v2, GET service_request_id from a token, Example Response (XML and JSON)
        TokenStatus xml = reader.tokenStatus(spec("token.xml"), Format.XML, "12345");
        TokenStatus json = reader.tokenStatus(spec("token.json"), Format.JSON, "12345");

        assertEquals(new TokenStatus("12345", "638344"), xml);
        assertTrue(xml.isResolved());
        assertEquals(xml, json);
    }

    @Test
    void specServiceRequestsXml() {
        // GeoReport v2, GET Service Requests, Example Response (XML)
        List<ServiceRequest> requests = reader.serviceRequests(spec("requests.xml"), Format.XML);

        assertEquals(2, requests.size());
        ServiceRequest first = requests.get(0);
        assertEquals("638344", first.id());
        assertEquals(RequestStatus.CLOSED, first.status());
        assertTrue(first.isClosed());
        assertEquals("Duplicate request.", first.statusNotes());
        assertEquals("Sidewalk and Curb Issues", first.serviceName());
        assertEquals("006", first.serviceCode());
        assertNull(first.description(), "<description></description>");
        assertNull(first.agencyResponsible());
        assertNull(first.serviceNotice());
        assertEquals(OffsetDateTime.parse("2010-04-14T06:37:38-08:00"), first.requestedAt());
        assertEquals(OffsetDateTime.parse("2010-04-14T06:37:38-08:00"), first.updatedAt());
        assertEquals(OffsetDateTime.parse("2010-04-15T06:37:38-08:00"), first.expectedAt());
        assertEquals("8TH AVE and JUDAH ST", first.address());
        assertEquals("545483", first.addressId());
        assertEquals("94122", first.zipcode());
        assertEquals(GeoPoint.of(37.762221815, -122.4651145), first.location());
        assertEquals("http://city.gov.s3.amazonaws.com/requests/media/638344.jpg", first.mediaUrl(), "trailing space");

        ServiceRequest second = requests.get(1);
        assertEquals("638349", second.id());
        assertEquals(RequestStatus.OPEN, second.status());
        assertNull(second.statusNotes());
        assertFalse(second.isClosed());
    }

    @Test
    void specServiceRequestsJsonMatchesTheXml() {
        // GeoReport v2, GET Service Requests, Example Response (JSON): bare ids, "service_code":006
        assertEquals(
                reader.serviceRequests(spec("requests.xml"), Format.XML),
                reader.serviceRequests(spec("requests.json"), Format.JSON));
    }

    @Test
    void specOneServiceRequestXmlAndJson() {
        // GeoReport v2, GET Service Request, Example Response (XML and JSON)
        List<ServiceRequest> xml = reader.serviceRequests(spec("request.xml"), Format.XML);

        assertEquals(1, xml.size());
        assertEquals(reader.serviceRequests(spec("requests.xml"), Format.XML).get(0), xml.get(0));
        assertEquals(xml, reader.serviceRequests(spec("request.json"), Format.JSON));
    }

    @Test
    void specErrorsXmlAndJson() {
        // GeoReport v2, Errors, Example Response (XML and JSON), bodies of the 403 answer
        List<Open311Error> expected =
                List.of(new Open311Error("403", "Invalid api_key received -- can't proceed with create_request."));

        assertEquals(expected, reader.errors(spec("errors.xml"), Format.XML));
        assertEquals(expected, reader.errors(spec("errors.json"), Format.JSON));
    }

    // --- Leniency (synthetic documents) ---

    @Test
    void keepsUnknownStatusesAndIgnoresUnknownElementsAndTheSpecNamespace() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<service_requests xmlns=\"http://wiki.open311.org/GeoReport_v2\">\n"
                + "  <request><service_request_id>HUE-2025-000123</service_request_id>"
                + "<status>investigating</status><priority>cao</priority>"
                + "<extended_attributes><x>1</x></extended_attributes></request>\n"
                + "  <request><service_request_id>HUE-2025-000124</service_request_id><status>Acknowledged</status></request>\n"
                + "</service_requests>";

        List<ServiceRequest> requests = reader.serviceRequests(utf8(xml), Format.XML);

        assertEquals("investigating", requests.get(0).status().value());
        assertEquals(RequestStatus.Kind.OTHER, requests.get(0).status().kind());
        assertFalse(requests.get(0).isClosed());
        assertEquals("Acknowledged", requests.get(1).status().value());
        assertNull(requests.get(1).requestedAt());
        assertNull(requests.get(1).location());
    }

    @Test
    void readsDatesWithAndWithoutOffsets() {
        String json = "[{\"service_request_id\":\"1\","
                + "\"requested_datetime\":\"2025-05-24T08:30:00+07:00\","
                + "\"updated_datetime\":\"2025-05-24 09:15:00\","
                + "\"expected_datetime\":\"2025-05-25T01:00:00.250Z\"}]";

        ServiceRequest request = reader.serviceRequests(utf8(json), Format.JSON).get(0);

        assertEquals(OffsetDateTime.parse("2025-05-24T08:30:00+07:00"), request.requestedAt());
        // no offset: the reader's default zone, Asia/Ho_Chi_Minh
        assertEquals(OffsetDateTime.parse("2025-05-24T09:15:00+07:00"), request.updatedAt());
        assertEquals(OffsetDateTime.parse("2025-05-25T01:00:00.250Z"), request.expectedAt());
        assertEquals(
                OffsetDateTime.parse("2025-05-24T09:15:00Z"),
                GeoReportReader.withDefaultZone(java.time.ZoneOffset.UTC)
                        .serviceRequests(utf8(json), Format.JSON)
                        .get(0)
                        .updatedAt());
    }

    @Test
    void readsJsonListsWrappedInAnObjectOrSentAsOneObject() {
        String wrapped = "{\"service_requests\":[{\"service_request_id\":7,\"status\":\"open\"}]}";
        String single = "{\"service_request_id\":7,\"status\":\"open\"}";

        assertEquals(
                "7", reader.serviceRequests(utf8(wrapped), Format.JSON).get(0).id());
        assertEquals(
                "7", reader.serviceRequests(utf8(single), Format.JSON).get(0).id());
    }

    @Test
    void tokenNotYetResolvedAndBlackboxAnswers() {
        String pending =
                "<service_requests><request><token>abc</token><service_request_id/></request></service_requests>";
        String empty = "<service_requests/>";
        String blackbox = "[{\"service_notice\":\"Cảm ơn bạn đã phản ánh\"}]";

        assertFalse(reader.tokenStatus(utf8(pending), Format.XML, "abc").isResolved());
        assertEquals(new TokenStatus("abc", null), reader.tokenStatus(utf8(empty), Format.XML, "abc"));
        SubmitResult untracked = reader.submitResult(utf8(blackbox), Format.JSON);
        assertEquals(new SubmitResult.Untracked("Cảm ơn bạn đã phản ánh", null), untracked);
        assertEquals(new SubmitResult.Pending("abc", null, null), reader.submitResult(utf8(pending), Format.XML));
    }

    @Test
    void errorsOfSomethingElseAreEmpty() {
        assertEquals(List.of(), reader.errors(utf8("<html><body>502 Bad Gateway</body></html>"), Format.XML));
        assertEquals(List.of(), reader.errors(utf8("Service Unavailable"), Format.JSON));
        assertEquals(List.of(), reader.errors(new byte[0], Format.XML));
        // an XML error document answering a JSON call
        assertEquals(
                List.of(new Open311Error("404", "not found")),
                reader.errors(
                        utf8("<errors><error><code>404</code><description>not found</description></error></errors>"),
                        Format.JSON));
    }

    // --- Rejection ---

    @Test
    void refusesAnXxeDocument() {
        String xxe = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE services [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<services><service><service_code>&xxe;</service_code></service></services>";

        GeoReportFormatException e =
                assertThrows(GeoReportFormatException.class, () -> reader.services(utf8(xxe), Format.XML));
        assertEquals(
                "GeoReport document, at line 2, column 65: a DTD (<!DOCTYPE>) is not allowed in a GeoReport document",
                e.getMessage());
    }

    @Test
    void refusesEntityExpansion() {
        String laughs =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n"
                        + "<services><service><service_code>&lol2;</service_code></service></services>";

        GeoReportFormatException e =
                assertThrows(GeoReportFormatException.class, () -> reader.services(utf8(laughs), Format.XML));
        assertTrue(
                e.getMessage().endsWith("a DTD (<!DOCTYPE>) is not allowed in a GeoReport document"), e.getMessage());
    }

    @Test
    void refusesAnUndeclaredEntityReference() {
        String xml = "<services><service><service_code>&nbsp;</service_code></service></services>";

        GeoReportFormatException e =
                assertThrows(GeoReportFormatException.class, () -> reader.services(utf8(xml), Format.XML));
        assertTrue(e.getMessage().startsWith("GeoReport document, at line 1"), e.getMessage());
    }

    @Test
    void namesTheFieldOfABadLatitude() {
        String xml = "<service_requests><request><service_request_id>1</service_request_id></request>"
                + "<request><service_request_id>2</service_request_id><lat>abc</lat><long>107.59</long></request>"
                + "</service_requests>";

        GeoReportFormatException e =
                assertThrows(GeoReportFormatException.class, () -> reader.serviceRequests(utf8(xml), Format.XML));
        assertEquals("service_requests.request[1].lat", e.where());
        assertEquals(
                "GeoReport document, at service_requests.request[1].lat: expected a decimal number, got 'abc'",
                e.getMessage());
    }

    @Test
    void namesTheFieldOfABadDateInJson() {
        String json = "[{\"service_request_id\":1,\"requested_datetime\":\"hôm qua\"}]";

        GeoReportFormatException e =
                assertThrows(GeoReportFormatException.class, () -> reader.serviceRequests(utf8(json), Format.JSON));
        assertEquals("$[0].requested_datetime", e.where());
        assertTrue(e.getMessage().contains("expected a W3C date-time"), e.getMessage());
    }

    @Test
    void refusesADateThatDoesNotExist() {
        String xml = "<service_requests><request><service_request_id>1</service_request_id>"
                + "<requested_datetime>2025-02-30T08:00:00+07:00</requested_datetime></request></service_requests>";

        GeoReportFormatException e =
                assertThrows(GeoReportFormatException.class, () -> reader.serviceRequests(utf8(xml), Format.XML));
        assertEquals("service_requests.request[0].requested_datetime", e.where());
    }

    @Test
    void resultsLeaveOutTheCitizensAccountAndToken() {
        String json = "[{\"service_request_id\":\"HUE-1\",\"account_id\":\"citizen-0905123456\"}]";
        String token = "[{\"token\":\"a1b2c3\",\"account_id\":\"citizen-0905123456\"}]";

        assertEquals(
                "Created[serviceRequestId=HUE-1]",
                reader.submitResult(utf8(json), Format.JSON).toString());
        assertEquals(
                "Pending[token=a1***]",
                reader.submitResult(utf8(token), Format.JSON).toString());
    }

    @Test
    void refusesAServiceWithoutCode() {
        String xml = "<services><service><service_code>001</service_code></service>"
                + "<service><service_name>Rác thải</service_name></service></services>";

        GeoReportFormatException e =
                assertThrows(GeoReportFormatException.class, () -> reader.services(utf8(xml), Format.XML));
        assertEquals("GeoReport document, at services.service[1].service_code: missing or empty", e.getMessage());
    }

    @Test
    void refusesAnOutOfRangePosition() {
        String json = "[{\"service_request_id\":1,\"lat\":96.5,\"long\":107.59}]";

        GeoReportFormatException e =
                assertThrows(GeoReportFormatException.class, () -> reader.serviceRequests(utf8(json), Format.JSON));
        assertEquals("$[0].lat", e.where());
    }

    @Test
    void refusesMalformedDocuments() {
        GeoReportFormatException xml = assertThrows(
                GeoReportFormatException.class,
                () -> reader.services(utf8("<services><service></services>"), Format.XML));
        assertTrue(xml.getMessage().endsWith(": not well-formed XML"), xml.getMessage());

        GeoReportFormatException json = assertThrows(
                GeoReportFormatException.class,
                () -> reader.services(utf8("[{\"service_code\":\"001\",}"), Format.JSON));
        assertEquals("GeoReport document, at line 1: not well-formed JSON", json.getMessage());
    }

    @Test
    void refusesANonBooleanMetadata() {
        String json = "[{\"service_code\":\"001\",\"metadata\":\"maybe\"}]";

        GeoReportFormatException e =
                assertThrows(GeoReportFormatException.class, () -> reader.services(utf8(json), Format.JSON));
        assertEquals("GeoReport document, at $[0].metadata: expected true or false, got 'maybe'", e.getMessage());
    }
}
