package vn.smartcity.egov.dvcqg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.egov.dossier.DossierStatus;
import vn.smartcity.egov.dossier.ProcedureCode;
import vn.smartcity.egov.http.RetryPolicy;

/**
 * The DVCQG adapter protocol on the wire. Request shapes follow {@code VietOpenCPS/opencps-v2}
 * ({@code DVCQGIntegrationActionImpl}: login with {@code username}, {@code password} and a {@code
 * dstcode} header; services as {@code {session, madonvi, service, ...}}; {@code DongBoHoSoMC} with
 * {@code isUpdating} and {@code data}). Dossiers, names and numbers here are synthetic.
 */
class DvcqgClientTest {

    private static final AgencyCode HUE = AgencyCode.parse("000.00.00.H57");
    private static final DossierCode CODE = DossierCode.parse("000.00.00.H57-240115-0001");
    private static final ProcedureCode HKD = ProcedureCode.parse("1.001612.000.00.00.H57");
    private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2024, 1, 15, 1, 30, 0, 0, ZoneOffset.UTC);

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private DvcqgClient client() {
        return DvcqgClient.builder()
                .baseUrl(server.url("/dvcqg"))
                .allowHttp(true)
                .credentials("hue-mc", "pw")
                .dstCode("HUE")
                .agency(HUE)
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(10)))
                .build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body)
                .build();
    }

    private static MockResponse session(String session) {
        return json("{\"error_code\":0,\"message\":\"Thành công\",\"session\":\"" + session + "\"}");
    }

    static DossierSync dossier() {
        return DossierSync.builder(CODE, HKD, "Đăng ký thành lập hộ kinh doanh")
                .field("HKD", "Thành lập và hoạt động của hộ kinh doanh")
                .citizen("Nguyễn Văn A", PersonalIdNumber.parse("046089012345"))
                .summary("Đăng ký hộ kinh doanh")
                .receivedAt(RECEIVED)
                .dueAt(RECEIVED.plusDays(3))
                .status(DossierStatus.RECEIVED)
                .fee(new Fee("Lệ phí đăng ký hộ kinh doanh", null, null, VndAmount.of(100_000), null))
                .build();
    }

    @Test
    void logsInThenCallsWithSessionAgencyAndService() throws InterruptedException {
        server.enqueue(session("S1"));
        server.enqueue(json("{\"error_code\":0,\"result\":[{\"MATTHC\":\"1.001612.000.00.00.H57\","
                + "\"TENTTHC\":\"Đăng ký thành lập hộ kinh doanh\"},{\"MATTHC\":\"1.001193\","
                + "\"TENTTHC\":\"Thủ tục đăng ký khai sinh\",\"MALINHVUC\":\"HOTICH\",\"KHAC\":1}]}"));
        List<ProcedureSummary> procedures = client().procedures();

        assertEquals(
                List.of(
                        new ProcedureSummary(HKD, "Đăng ký thành lập hộ kinh doanh", null),
                        new ProcedureSummary(ProcedureCode.parse("1.001193"), "Thủ tục đăng ký khai sinh", "HOTICH")),
                procedures);
        RecordedRequest login = server.takeRequest();
        assertEquals("POST", login.getMethod());
        assertEquals("/dvcqg/mapi/login", login.getUrl().encodedPath());
        assertEquals("HUE", login.getHeaders().get("dstcode"));
        assertEquals(
                "{\"username\":\"hue-mc\",\"password\":\"pw\"}", login.getBody().utf8());
        RecordedRequest call = server.takeRequest();
        assertEquals("/dvcqg/mapi/g", call.getUrl().encodedPath());
        assertEquals("HUE", call.getHeaders().get("dstcode"));
        assertEquals(
                "{\"session\":\"S1\",\"madonvi\":\"000.00.00.H57\",\"service\":\"LayDanhSachTTHC\"}",
                call.getBody().utf8());
    }

    @Test
    void syncsADossierWithWireNamesAndVietnamTime() throws InterruptedException {
        server.enqueue(session("S1"));
        server.enqueue(json("{\"error_code\":0,\"message\":\"Thành công\"}"));
        client().syncDossier(dossier());
        server.takeRequest();
        assertEquals(
                "{\"session\":\"S1\",\"madonvi\":\"000.00.00.H57\",\"service\":\"DongBoHoSoMC\",\"isUpdating\":\"False\","
                        + "\"data\":[{\"MaHoSo\":\"000.00.00.H57-240115-0001\",\"MaTTHC\":\"1.001612.000.00.00.H57\","
                        + "\"TenTTHC\":\"Đăng ký thành lập hộ kinh doanh\",\"MaLinhVuc\":\"HKD\","
                        + "\"TenLinhVuc\":\"Thành lập và hoạt động của hộ kinh doanh\",\"ChuHoSo\":\"Nguyễn Văn A\","
                        + "\"LoaiDoiTuong\":\"1\",\"MaDoiTuong\":\"046089012345\","
                        + "\"TrichYeuHoSo\":\"Đăng ký hộ kinh doanh\",\"NgayTiepNhan\":\"20240115083000\","
                        + "\"NgayHenTra\":\"20240118083000\",\"TrangThaiHoSo\":\"2\",\"TaiLieuNop\":[],"
                        + "\"DanhSachLePhi\":[{\"Gia\":100000,\"TenPhiLePhi\":\"Lệ phí đăng ký hộ kinh doanh\"}]}]}",
                server.takeRequest().getBody().utf8());
    }

    @Test
    void progressStatusAndRatingsGoOutAsData() throws InterruptedException {
        server.enqueue(session("S1"));
        server.enqueue(json("{\"error_code\":0}"));
        server.enqueue(json("{\"error_code\":0}"));
        server.enqueue(json("{\"error_code\":0}"));
        DvcqgClient dvcqg = client();
        dvcqg.updateProgress(new ProcessingStep(
                CODE,
                "Trần Thị B",
                "Chuyên viên",
                RECEIVED,
                "Phòng Kinh tế",
                "Thẩm định hồ sơ",
                DossierStatus.PROCESSING,
                null,
                RECEIVED.plusDays(2)));
        dvcqg.updateStatus(new StatusUpdate(CODE, DossierStatus.RESULT_READY, "Đã có kết quả", RECEIVED.plusDays(2)));
        dvcqg.syncRatings(List.of(new Rating(CODE, 5, "Nhanh", RECEIVED.plusDays(3))));
        server.takeRequest();
        assertEquals(
                "{\"session\":\"S1\",\"madonvi\":\"000.00.00.H57\",\"service\":\"CapNhatTienDoHoSoMC\",\"data\":[{"
                        + "\"ChucDanh\":\"Chuyên viên\",\"MaHoSo\":\"000.00.00.H57-240115-0001\","
                        + "\"NgayKetThucTheoQuyDinh\":\"20240117083000\",\"NguoiXuLy\":\"Trần Thị B\","
                        + "\"NoiDungXuLy\":\"Thẩm định hồ sơ\",\"PhongBanXuLy\":\"Phòng Kinh tế\","
                        + "\"ThoiDiemXuLy\":\"20240115083000\",\"TrangThai\":\"4\"}]}",
                server.takeRequest().getBody().utf8());
        assertEquals(
                "{\"session\":\"S1\",\"madonvi\":\"000.00.00.H57\",\"service\":\"DongBoTrangThaiHoSo\",\"data\":{"
                        + "\"MaHoSo\":\"000.00.00.H57-240115-0001\",\"NgayXuLy\":\"20240117083000\","
                        + "\"NoiDung\":\"Đã có kết quả\",\"TrangThai\":\"9\"}}",
                server.takeRequest().getBody().utf8());
        assertEquals(
                "{\"session\":\"S1\",\"madonvi\":\"000.00.00.H57\",\"service\":\"DongBoDanhGia\",\"data\":[{"
                        + "\"MaHoSo\":\"000.00.00.H57-240115-0001\",\"MucDoHaiLong\":5,\"NoiDungDanhGia\":\"Nhanh\","
                        + "\"ThoiDiemDanhGia\":\"20240118083000\"}]}",
                server.takeRequest().getBody().utf8());
    }

    @Test
    void looksUpADossierWithItsSteps() throws InterruptedException {
        server.enqueue(session("S1"));
        server.enqueue(json("{\"error_code\":\"00\",\"result\":[{\"MaHoSo\":\"000.00.00.H57-240115-0001\","
                + "\"MaTTHC\":\"1.001612.000.00.00.H57\",\"TenTTHC\":\"Đăng ký thành lập hộ kinh doanh\","
                + "\"ChuHoSo\":\"Nguyễn Văn A\",\"LoaiDoiTuong\":\"1\",\"NgayTiepNhan\":\"20240115083000\","
                + "\"NgayHenTra\":\"\",\"TrangThaiHoSo\":\"4\",\"QuaTrinhXuLy\":[{\"MaHoSo\":\"000.00.00.H57-240115-0001\","
                + "\"NguoiXuLy\":\"Trần Thị B\",\"ThoiDiemXuLy\":\"20240115090000\",\"NoiDungXuLy\":\"Thẩm định\","
                + "\"TrangThai\":\"4\"}]}]}"));
        Optional<DossierRecord> found = client().lookUp(CODE);
        server.takeRequest();
        assertEquals(
                "{\"session\":\"S1\",\"madonvi\":\"000.00.00.H57\",\"service\":\"TraCuuHoSo\","
                        + "\"mahoso\":\"000.00.00.H57-240115-0001\"}",
                server.takeRequest().getBody().utf8());
        DossierRecord record = found.orElseThrow();
        assertEquals(DossierStatus.PROCESSING, record.dossier().status());
        assertEquals(ApplicantType.CITIZEN, record.dossier().applicantType());
        assertEquals(
                OffsetDateTime.of(2024, 1, 15, 8, 30, 0, 0, ZoneOffset.ofHours(7)),
                record.dossier().receivedAt());
        assertEquals(null, record.dossier().dueAt());
        assertEquals(1, record.steps().size());
        assertEquals("Thẩm định", record.steps().get(0).content());
    }

    @Test
    void anEmptyLookUpIsEmpty() {
        server.enqueue(session("S1"));
        server.enqueue(json("{\"error_code\":0,\"result\":[]}"));
        assertEquals(Optional.empty(), client().lookUp(CODE));
    }

    @Test
    void aNonZeroErrorCodeIsAServiceErrorWithItsMessage() {
        server.enqueue(session("S1"));
        server.enqueue(json("{\"error_code\":4,\"message\":\"Dữ liệu không hợp lệ: MaTTHC\"}"));
        ServiceException e = assertThrows(ServiceException.class, () -> client().syncDossier(dossier()));
        assertEquals("4", e.errorCode());
        assertEquals("Dữ liệu không hợp lệ: MaTTHC", e.errorMessage());
        assertEquals("dvcqg", e.service());
        assertEquals(200, e.httpStatus());
    }

    @Test
    void anExpiredSessionLogsInAgainAndRepeatsTheCallOnce() throws InterruptedException {
        server.enqueue(session("S1"));
        server.enqueue(json("{\"error_code\":2,\"message\":\"Phiên làm việc đã hết hạn\"}"));
        server.enqueue(session("S2"));
        server.enqueue(json("{\"error_code\":0}"));
        client().updateProgress(ProcessingStep.of(CODE, "B", RECEIVED, "Tiếp nhận", DossierStatus.RECEIVED));
        assertEquals(4, server.getRequestCount());
        server.takeRequest();
        assertTrue(server.takeRequest().getBody().utf8().startsWith("{\"session\":\"S1\""));
        assertEquals("/dvcqg/mapi/login", server.takeRequest().getUrl().encodedPath());
        assertTrue(server.takeRequest().getBody().utf8().startsWith("{\"session\":\"S2\""));
    }

    @Test
    void aSecondSessionErrorIsTheCallersError() {
        server.enqueue(session("S1"));
        server.enqueue(json("{\"error_code\":2,\"message\":\"Phiên làm việc đã hết hạn\"}"));
        server.enqueue(session("S2"));
        server.enqueue(json("{\"error_code\":2,\"message\":\"Phiên làm việc đã hết hạn\"}"));
        ServiceException e = assertThrows(ServiceException.class, () -> client().fields());
        assertEquals("2", e.errorCode());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void aRefusedLoginIsAnAuthenticationError() {
        server.enqueue(json("{\"error_code\":1,\"message\":\"Sai tên đăng nhập hoặc mật khẩu\"}"));
        AuthenticationException e = assertThrows(AuthenticationException.class, () -> client().agencies());
        assertEquals("1", e.errorCode());
        assertFalse(e.getMessage().contains("pw"));
        assertEquals(1, server.getRequestCount());
    }

    @Test
    void anAnswerWithoutErrorCodeIsInvalid() {
        server.enqueue(session("S1"));
        server.enqueue(json("{\"result\":[]}"));
        InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client().procedures());
        assertTrue(e.getMessage().startsWith("dvcqg: the answer has no error_code (HTTP 200)"), e.getMessage());
    }

    @Test
    void aMalformedCatalogueItemIsNamedByIndex() {
        server.enqueue(session("S1"));
        server.enqueue(json("{\"error_code\":0,\"result\":[{\"MATTHC\":\"1.001193\",\"TENTTHC\":\"A\"},"
                + "{\"MATTHC\":\"1-001193\",\"TENTTHC\":\"B\"}]}"));
        InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client().procedures());
        assertTrue(
                e.getMessage()
                        .startsWith("dvcqg: result[1]: not the JSON expected for ProcedureSummary: ProcedureCode: "),
                e.getMessage());
    }

    @Test
    void syncIsRetriedAfter503ButProgressIsNot() {
        server.enqueue(session("S1"));
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(json("{\"error_code\":0}"));
        server.enqueue(new MockResponse.Builder().code(503).build());
        DvcqgClient dvcqg = client();
        dvcqg.syncDossier(dossier());
        assertEquals(3, server.getRequestCount());
        ServiceException e = assertThrows(
                ServiceException.class,
                () -> dvcqg.updateProgress(ProcessingStep.of(CODE, "B", RECEIVED, "x", DossierStatus.PROCESSING)));
        assertEquals(503, e.httpStatus());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void dossiersHideThePersonalDataInToString() {
        String text = dossier().toString();
        assertFalse(text.contains("Nguyễn"), text);
        assertFalse(text.contains("046089012345"), text);
        assertEquals(
                "DossierSync[000.00.00.H57-240115-0001, 1.001612.000.00.00.H57, RECEIVED, received"
                        + " 2024-01-15T01:30Z, owner=****]",
                text);
    }

    @Test
    void missingSettingsAreNamed() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> DvcqgClient.builder()
                        .baseUrl("https://adapter.example.gov.vn")
                        .credentials("u", "p")
                        .agency(HUE)
                        .build());
        assertEquals("dvcqg: no dstcode: call dstCode(code)", e.getMessage());
    }
}
