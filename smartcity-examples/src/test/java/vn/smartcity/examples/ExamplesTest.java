package vn.smartcity.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.testkit.SampleFeeds;

/** Runs every example so that none can rot. */
class ExamplesTest {

    /** A {@code main} that may throw, as {@link PublishNgsiLd#main} does. */
    @FunctionalInterface
    private interface Main {
        void run() throws Exception;
    }

    private static String captureMain(Main main) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkCitizenId() {
        String out = captureMain(() -> CheckCitizenId.main(new String[] {"049190000123", "04919000012"}));
        List<String> lines = out.lines().toList();
        assertEquals(
                "049*******23: FEMALE, born 1990, registered in Tỉnh Quảng Nam -> now Thành phố Đà Nẵng", lines.get(0));
        assertEquals("rejected: PersonalIdNumber: expected 12 digits, got 11", lines.get(1));
    }

    @Test
    void findProvince() {
        String out = captureMain(() -> FindProvince.main(new String[] {"Tỉnh Kon Tum", "TP. Huế", "Atlantis"}));
        assertEquals(
                List.of(
                        "Tỉnh Kon Tum -> 51 Tỉnh Quảng Ngãi",
                        "TP. Huế -> 46 Thành phố Huế",
                        "Atlantis -> no match; check the spelling"),
                out.lines().toList());
        assertTrue(FindProvince.formedFrom("ninh binh").containsAll(List.of("Ninh Bình", "Hà Nam", "Nam Định")));
    }

    @Test
    void stationFeedAqi() {
        String out = captureMain(() -> StationFeedAqi.main(new String[0]));
        // The sample day's 24-hour PM2.5 mean gives the daily index; its evening peak does not
        // dominate a day that is mostly clean.
        assertEquals(
                "VN_AQI 83 (Trung bình), dominant PM2.5; urn:ngsi-ld:AirQualityObserved:QN-CAMPHA-01-2025-10-31T17:00:00Z",
                out.strip());
    }

    @Test
    void readCardAtCounter() {
        // The test kit's simulated chip: PACE with the CAN printed on the card, passive
        // authentication against the test kit's CSCA, the number masked.
        assertEquals(
                List.of(
                        "access: PACE id-PACE-ECDH-GM-AES-CBC-CMAC-128 on brainpoolP256r1",
                        "passive authentication: PASSED",
                        "citizen: 001*******45, FEMALE, born 1995",
                        "photo: JPEG 180x240"),
                captureMain(() -> ReadCardAtCounter.main(new String[0])).lines().toList());

        String denied = captureMain(() -> ReadCardAtCounter.main(new String[] {"111111"}));
        assertTrue(denied.startsWith("access denied: the card refused the access key (CAN)"), denied);
        assertFalse(denied.contains("111111"), "the key is never echoed");
    }

    @Test
    void submitAndTrackDossier() {
        List<String> lines = captureMain(() -> SubmitAndTrackDossier.main(new String[0]))
                .lines()
                .toList();
        Matcher submitted = Pattern.compile(
                        "submitted (\\S+): Thủ tục đăng ký khai sinh \\(1\\.001193\\.000\\.00\\.00\\.H57\\)")
                .matcher(lines.get(0));
        assertTrue(submitted.matches(), lines.get(0));
        DossierCode code = DossierCode.parse(submitted.group(1));
        assertEquals("000.00.14.H57", code.agency().value(), "the agency that carries the procedure out");
        assertEquals(1, code.sequence());
        assertTrue(lines.get(1).startsWith("owner 046*******45, due "), lines.get(1));
        assertEquals(
                List.of("DVCQG says: Đã xử lý xong, 3 steps", "  Được tiếp nhận", "  Đang xử lý", "  Đã xử lý xong"),
                lines.subList(2, lines.size()));
    }

    @Test
    void takeFieldReport() {
        assertEquals(
                List.of(
                        "filed HUE-000005 (002 Rác thải, vệ sinh môi trường)",
                        "HUE-000005 open",
                        "HUE-000005 open: Đã tiếp nhận, chuyển Công ty Cổ phần Môi trường và Công trình đô thị Huế xử lý.",
                        "HUE-000005 closed: Đã thu gom rác và vệ sinh khu vực.",
                        "rating recorded"),
                captureMain(() -> TakeFieldReport.main(new String[0])).lines().toList());
    }

    @Test
    void verifyPaymentCallback() {
        assertEquals(
                List.of(
                        "VERIFIED order HS-000.00.14.H57-0001 8.000 ₫, VNPay transaction 14000001",
                        "  answered {\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}",
                        "the same IPN again:",
                        "REJECTED REPLAY: order HS-000.00.14.H57-0001, transaction 14000001 has already been accepted",
                        "  answered {\"RspCode\":\"02\",\"Message\":\"Order already confirmed\"}",
                        "a forged IPN (amount changed):",
                        "REJECTED BAD_SIGNATURE: vnp_SecureHash does not match the fields",
                        "  answered {\"RspCode\":\"97\",\"Message\":\"Invalid signature\"}"),
                captureMain(() -> VerifyPaymentCallback.main(new String[0]))
                        .lines()
                        .toList());
    }

    @Test
    void publishNgsiLdToABroker() throws IOException {
        // A stand-in broker: takes POST /ngsi-ld/v1/entities and answers 201 with a Location, as
        // NGSI-LD (ETSI GS CIM 009, "Create Entity") says.
        AtomicReference<String> contentType = new AtomicReference<>();
        AtomicReference<String> body = new AtomicReference<>();
        HttpServer broker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        broker.createContext("/ngsi-ld/v1/entities", exchange -> {
            try (exchange) {
                contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
                body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                JsonObject entity =
                        Json.createReader(new StringReader(body.get())).readObject();
                exchange.getResponseHeaders().set("Location", "/ngsi-ld/v1/entities/" + entity.getString("id"));
                exchange.sendResponseHeaders(201, -1);
            }
        });
        broker.start();
        String out;
        try {
            out = captureMain(() -> PublishNgsiLd.main(
                    new String[] {"http://127.0.0.1:" + broker.getAddress().getPort()}));
        } finally {
            broker.stop(0);
        }
        assertEquals("application/ld+json", contentType.get());
        JsonObject entity = Json.createReader(new StringReader(body.get())).readObject();
        assertEquals("AirQualityObserved", entity.getString("type"));
        // The day's worst hour: 20:00 in Huế is 13:00 UTC.
        String id = "urn:ngsi-ld:AirQualityObserved:HUE-AQ-01-2025-11-03T13:00:00Z";
        assertEquals(id, entity.getString("id"));
        int aqi = entity.getJsonObject("airQualityIndex").getInt("value");
        assertTrue(aqi > 150, "the evening peak: " + aqi);
        assertEquals("unhealthy", entity.getJsonObject("airQualityLevel").getString("value"));
        assertEquals("GQ", entity.getJsonObject("pm25").getString("unitCode"));
        assertEquals(
                List.of(107.5909, 16.4637),
                entity.getJsonObject("location").getJsonObject("value").getJsonArray("coordinates").stream()
                        .map(v -> ((JsonNumber) v).doubleValue())
                        .toList());
        assertEquals("201 " + id + " at /ngsi-ld/v1/entities/" + id, out.strip());

        // Without a broker it prints the entity.
        JsonObject printed = Json.createReader(new StringReader(captureMain(() -> PublishNgsiLd.main(new String[0]))))
                .readObject();
        assertEquals(entity, printed);
        assertEquals(
                entity,
                PublishNgsiLd.worstHour(
                        SampleFeeds.hj212Day(LocalDate.of(2025, 11, 3), "HUE-AQ-01"), LocalDate.of(2025, 11, 3)));
    }
}
