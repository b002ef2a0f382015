package vn.smartcity.egov.open311;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.geo.GeoPoint;

class NewServiceRequestTest {

    /** A definition with one attribute of every datatype (synthetic, for the sandbox's road-damage service). */
    static final ServiceDefinition ROAD_DAMAGE = new ServiceDefinition(
            "001",
            List.of(
                    new ServiceAttribute(
                            false, "HUONG_DAN", AttributeDatatype.STRING, false, null, 1, "Chụp rõ", List.of()),
                    new ServiceAttribute(
                            true,
                            "MUC_DO",
                            AttributeDatatype.SINGLE_VALUE_LIST,
                            true,
                            null,
                            2,
                            "Mức độ hư hỏng",
                            List.of(new AttributeValue("nhe", "Nhẹ"), new AttributeValue("nang", "Nặng"))),
                    new ServiceAttribute(
                            true,
                            "LAN_DUONG",
                            AttributeDatatype.MULTI_VALUE_LIST,
                            false,
                            null,
                            3,
                            null,
                            List.of(
                                    new AttributeValue("trai", "Làn trái"),
                                    new AttributeValue("phai", "Làn phải"),
                                    new AttributeValue("via-he", "Vỉa hè"))),
                    new ServiceAttribute(true, "DIEN_TICH", AttributeDatatype.NUMBER, false, "m²", 4, null, List.of()),
                    new ServiceAttribute(
                            true, "PHAT_HIEN", AttributeDatatype.DATETIME, false, null, 5, null, List.of()),
                    new ServiceAttribute(true, "MA_COT", AttributeDatatype.STRING, false, null, 6, null, List.of()),
                    new ServiceAttribute(true, "GHI_CHU", AttributeDatatype.TEXT, false, null, 7, null, List.of())));

    private static NewServiceRequest.Builder atTheCitadel() {
        return NewServiceRequest.builder("001").location(GeoPoint.of(16.4637, 107.5909));
    }

    @Test
    void encodesTheSpecificationsExampleRequestByteForByte() {
        // GeoReport v2, POST Service Request, "Example Request" (spec/post-request.txt): the same
        // arguments give the same body, in the same order and the same encoding.
        NewServiceRequest request = NewServiceRequest.builder("001")
                .location(GeoPoint.of(37.76524078, -122.4212043))
                .addressString("1234 5th street")
                .email("smit333@sfgov.edu")
                .deviceId("tt222111")
                .accountId("123456")
                .firstName("john")
                .lastName("smith")
                .phone("111111111")
                .description("A large sinkhole is destroying the street")
                .mediaUrl("http://farm3.static.flickr.com/2002/2212426634_5ed477a060.jpg")
                .attribute("WHISPAWN", "123456")
                .attribute("WHISDORN", "COISL001")
                .build();

        String spec = new String(GeoReportReaderTest.spec("post-request.txt"), StandardCharsets.UTF_8);
        String specBody = spec.substring(spec.indexOf("\n\n") + 2).strip();

        assertEquals(specBody, request.formBody("xyz", "city.gov", null));
    }

    @Test
    void encodesMultiValueListsAndAttributeCodes() {
        NewServiceRequest request = atTheCitadel()
                .description("Ổ gà lớn & sâu")
                .attribute("MUC_DO", "nang")
                .attribute("LAN_DUONG", List.of("trai", "via-he"))
                .attribute("mã cột/số", "C-12")
                .build();

        assertEquals(
                "api_key=k&service_code=001&lat=16.4637&long=107.5909"
                        + "&description=%E1%BB%94+g%C3%A0+l%E1%BB%9Bn+%26+s%C3%A2u"
                        + "&attribute[MUC_DO]=nang"
                        + "&attribute[LAN_DUONG][]=trai&attribute[LAN_DUONG][]=via-he"
                        + "&attribute[m%C3%A3+c%E1%BB%99t%2Fs%E1%BB%91]=C-12",
                request.formBody("k", null, null));
    }

    @Test
    void theDefinitionDecidesWhichAttributesAreMultiValued() {
        NewServiceRequest request = atTheCitadel()
                .attribute("MUC_DO", "nang")
                .attribute("LAN_DUONG", "phai")
                .build();

        assertEquals(
                "api_key=k&service_code=001&lat=16.4637&long=107.5909"
                        + "&attribute[MUC_DO]=nang&attribute[LAN_DUONG][]=phai",
                request.formBody("k", null, ROAD_DAMAGE));
    }

    @Test
    void refusesAReportWithoutLocation() {
        InvalidValueException e = assertThrows(
                InvalidValueException.class,
                () -> NewServiceRequest.builder("001")
                        .description("Đèn đường hỏng")
                        .build());
        assertEquals(
                "NewServiceRequest: a location is required: lat/long, address_string or address_id"
                        + " (GeoReport v2, POST Service Request)",
                e.getMessage());
    }

    @Test
    void anAddressIsALocation() {
        NewServiceRequest request = NewServiceRequest.builder("002")
                .addressString("12 Lê Lợi, Phú Hội, Huế")
                .build();

        assertEquals("NewServiceRequest[serviceCode=002, location=address_string, attributes=[]]", request.toString());
    }

    @Test
    void toStringLeavesOutPersonalData() {
        NewServiceRequest request = atTheCitadel()
                .firstName("An")
                .lastName("Nguyễn Văn")
                .email("an@example.vn")
                .phone("0905123456")
                .description("Trước nhà tôi")
                .attribute("MUC_DO", "nang")
                .build();

        assertEquals("NewServiceRequest[serviceCode=001, location=lat/long, attributes=[MUC_DO]]", request.toString());
    }

    @Test
    void refusesBadFields() {
        assertEquals(
                "NewServiceRequest: media_url must be an absolute http or https URL",
                assertThrows(
                                InvalidValueException.class,
                                () -> atTheCitadel()
                                        .mediaUrl("file:///etc/passwd")
                                        .build())
                        .getMessage());
        assertEquals(
                "NewServiceRequest: email is not an e-mail address",
                assertThrows(
                                InvalidValueException.class,
                                () -> atTheCitadel().email("an.example.vn").build())
                        .getMessage());
        assertEquals(
                "NewServiceRequest: description is longer than 4000 characters",
                assertThrows(
                                InvalidValueException.class,
                                () -> atTheCitadel()
                                        .description("x".repeat(4001))
                                        .build())
                        .getMessage());
        assertEquals(
                "NewServiceRequest: an attribute code cannot contain brackets or control characters (at position 3)",
                assertThrows(InvalidValueException.class, () -> atTheCitadel().attribute("MUC[0]", "x"))
                        .getMessage());
        assertEquals(
                "NewServiceRequest: service_code is required",
                assertThrows(
                                InvalidValueException.class,
                                () -> NewServiceRequest.builder(" ")
                                        .addressId("A1")
                                        .build())
                        .getMessage());
    }

    @Test
    void acceptsAnswersThatFitTheDefinition() {
        NewServiceRequest request = atTheCitadel()
                .attribute("MUC_DO", "nang")
                .attribute("LAN_DUONG", List.of("trai", "phai"))
                .attribute("DIEN_TICH", "2.5")
                .attribute("PHAT_HIEN", "2025-05-24T07:45:00+07:00")
                .attribute("MA_COT", "C-12")
                .attribute("GHI_CHU", "Nhiều xe máy ngã.\nCần rào tạm.")
                .build();

        assertDoesNotThrow(() -> request.checkAgainst(ROAD_DAMAGE));
    }

    @Test
    void refusesAnswersThatDoNotFitTheDefinition() {
        assertEquals(
                "NewServiceRequest: attribute 'MUC_DO' is required by service 001",
                reason(atTheCitadel().attribute("DIEN_TICH", "2")));
        assertEquals(
                "NewServiceRequest: attribute 'MUC_DO' is required by service 001",
                reason(atTheCitadel().attribute("MUC_DO", " ")));
        assertEquals(
                "NewServiceRequest: attribute 'MUC_DO' has no option with key 'rat-nang'; keys are nhe, nang",
                reason(atTheCitadel().attribute("MUC_DO", "rat-nang")));
        assertEquals(
                "NewServiceRequest: attribute 'MUC_DO' takes one value (datatype singlevaluelist), got 2",
                reason(atTheCitadel().attribute("MUC_DO", List.of("nhe", "nang"))));
        assertEquals(
                "NewServiceRequest: attribute 'LAN_DUONG' has the key 'trai' twice",
                reason(atTheCitadel().attribute("MUC_DO", "nhe").attribute("LAN_DUONG", List.of("trai", "trai"))));
        assertEquals(
                "NewServiceRequest: attribute 'DIEN_TICH' takes a number, got something else",
                reason(atTheCitadel().attribute("MUC_DO", "nhe").attribute("DIEN_TICH", "hai mét")));
        assertEquals(
                "NewServiceRequest: attribute 'PHAT_HIEN' takes an ISO 8601 date-time such as 2025-05-24T08:30:00+07:00",
                reason(atTheCitadel().attribute("MUC_DO", "nhe").attribute("PHAT_HIEN", "sáng nay")));
        assertEquals(
                "NewServiceRequest: attribute 'MA_COT' is a string and may not contain line breaks (use datatype text for that)",
                reason(atTheCitadel().attribute("MUC_DO", "nhe").attribute("MA_COT", "C-12\nC-13")));
        assertEquals(
                "NewServiceRequest: attribute 'HUONG_DAN' is informational (variable=false) and cannot be sent",
                reason(atTheCitadel().attribute("MUC_DO", "nhe").attribute("HUONG_DAN", "x")));
        assertEquals(
                "NewServiceRequest: attribute 'MAU_SON' is not defined by service 001",
                reason(atTheCitadel().attribute("MUC_DO", "nhe").attribute("MAU_SON", "do")));
        assertEquals(
                "NewServiceRequest: the definition is for service 001, the report for 003",
                reason(atTheCitadel().serviceCode("003").attribute("MUC_DO", "nhe")));
    }

    private static String reason(NewServiceRequest.Builder builder) {
        NewServiceRequest request = builder.build();
        return assertThrows(InvalidValueException.class, () -> request.checkAgainst(ROAD_DAMAGE))
                .getMessage();
    }

    @Test
    void newBuilderCopies() {
        NewServiceRequest original =
                atTheCitadel().attribute("LAN_DUONG", List.of("trai")).build();
        NewServiceRequest copy = original.newBuilder().description("thêm").build();

        assertEquals(original.attributes(), copy.attributes());
        assertEquals(
                "api_key=k&service_code=001&lat=16.4637&long=107.5909&description=th%C3%AAm&attribute[LAN_DUONG][]=trai",
                copy.formBody("k", null, null));
    }

    @Test
    void queryParameters() {
        RequestQuery query = RequestQuery.builder()
                .serviceCodes("001", "002")
                .startDate(OffsetDateTime.parse("2010-05-24T00:00:00Z"))
                .endDate(OffsetDateTime.parse("2010-06-24T07:00:00.5+07:00"))
                .status(RequestStatus.of("OPEN"))
                .build();

        // GeoReport v2, GET Service Requests, "Sample URL": start_date=2010-05-24T00:00:00Z&...&status=open
        assertEquals(
                Map.of(
                        "service_code", "001,002",
                        "start_date", "2010-05-24T00:00:00Z",
                        "end_date", "2010-06-24T07:00:00+07:00",
                        "status", "open"),
                query.parameters());
        assertEquals(
                Map.of("service_request_id", "638344,638349"),
                RequestQuery.builder()
                        .serviceRequestIds("638344", "638349")
                        .serviceCodes("006")
                        .build()
                        .parameters());
    }

    @Test
    void queryRejections() {
        assertEquals(
                "RequestQuery: status can filter by open or closed only, got 'investigating'",
                assertThrows(
                                InvalidValueException.class,
                                () -> RequestQuery.builder().status(RequestStatus.of("investigating")))
                        .getMessage());
        assertEquals(
                "RequestQuery: service_code cannot contain a comma (at position 3)",
                assertThrows(
                                InvalidValueException.class,
                                () -> RequestQuery.builder().serviceCodes("001,002"))
                        .getMessage());
        assertEquals(
                "RequestQuery: start_date is after end_date",
                assertThrows(
                                InvalidValueException.class,
                                () -> RequestQuery.builder()
                                        .startDate(OffsetDateTime.parse("2025-06-01T00:00:00Z"))
                                        .endDate(OffsetDateTime.parse("2025-05-01T00:00:00Z"))
                                        .build())
                        .getMessage());
    }
}
