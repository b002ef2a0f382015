package vn.smartcity.testkit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.bus.BusClient;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.egov.dossier.DossierStatus;
import vn.smartcity.egov.dossier.ProcedureCode;
import vn.smartcity.egov.dvcqg.Agency;
import vn.smartcity.egov.dvcqg.DossierRecord;
import vn.smartcity.egov.dvcqg.DossierSync;
import vn.smartcity.egov.dvcqg.DvcqgClient;
import vn.smartcity.egov.dvcqg.Field;
import vn.smartcity.egov.dvcqg.ProcedureDetail;
import vn.smartcity.egov.dvcqg.ProcedureSummary;
import vn.smartcity.egov.dvcqg.ProcessingStep;
import vn.smartcity.egov.dvcqg.Rating;
import vn.smartcity.egov.dvcqg.StatusUpdate;
import vn.smartcity.egov.http.Idempotency;
import vn.smartcity.egov.http.TraceLevel;

/** The DVCQG client against the sandbox's adapter, end to end. Dossiers and people are synthetic. */
class DvcqgServiceTest {

    private static final DossierCode CODE = DossierCode.parse("000.00.00.H57-240115-0001");
    private static final ProcedureCode HKD = ProcedureCode.parse("1.001612.000.00.00.H57");
    private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2024, 1, 15, 8, 30, 0, 0, ZoneOffset.ofHours(7));

    private final EgovSandbox sandbox = EgovSandbox.start();
    private final List<String> trace = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private DvcqgClient.Builder builder() {
        SandboxCredentials c = sandbox.credentials();
        return DvcqgClient.builder()
                .baseUrl(sandbox.endpoint("/dvcqg"))
                .allowHttp(true)
                .credentials(c.dvcqgUsername(), c.dvcqgPassword())
                .dstCode(c.dvcqgDstCode())
                .agency(AgencyCode.parse(c.agencyCode()))
                .traceLevel(TraceLevel.BASIC)
                .tracer(trace::add);
    }

    private static DossierSync dossier(DossierStatus status) {
        return DossierSync.builder(CODE, HKD, "Đăng ký thành lập hộ kinh doanh")
                .field("HKD", "Thành lập và hoạt động của hộ kinh doanh")
                .citizen("Nguyễn Văn A", PersonalIdNumber.parse("046089012345"))
                .summary("Đăng ký hộ kinh doanh quán cà phê")
                .receivedAt(RECEIVED)
                .dueAt(RECEIVED.plusDays(3))
                .status(status)
                .build();
    }

    private long logins() {
        return trace.stream()
                .filter(l -> l.contains("--> POST") && l.contains("/mapi/login"))
                .count();
    }

    @Test
    void cataloguesAreServed() {
        DvcqgClient dvcqg = builder().build();
        List<ProcedureSummary> procedures = dvcqg.procedures();
        assertTrue(
                procedures.contains(new ProcedureSummary(HKD, "Đăng ký thành lập hộ kinh doanh", "HKD")),
                procedures.toString());
        ProcedureDetail detail =
                dvcqg.procedure(ProcedureCode.parse("1.001193.000.00.00.H57")).orElseThrow();
        assertEquals("Thủ tục đăng ký khai sinh", detail.name());
        assertEquals("Hộ tịch", detail.fields().get(0).name());
        assertTrue(detail.isPublished());
        assertEquals(Optional.empty(), dvcqg.procedure(ProcedureCode.parse("2.999999")));
        List<Agency> agencies = dvcqg.agencies();
        assertEquals(
                Optional.of(AgencyCode.parse("000.00.00.H57")), agencies.get(0).agencyCode());
        List<Field> fields = dvcqg.fields();
        assertEquals(3, fields.size());
        assertEquals(1, logins(), "one session for all calls");
    }

    @Test
    void aDossierIsSyncedProgressedRatedAndLookedUp() {
        DvcqgClient dvcqg = builder().build();
        assertEquals(Optional.empty(), dvcqg.lookUp(CODE));
        dvcqg.syncDossier(dossier(DossierStatus.NEWLY_REGISTERED));
        dvcqg.syncDossier(dossier(DossierStatus.RECEIVED)); // idempotent by MaHoSo: replaces
        dvcqg.updateProgress(ProcessingStep.of(
                CODE,
                "Trần Thị B",
                RECEIVED.plusHours(1),
                "Chuyển phòng chuyên môn thẩm định",
                DossierStatus.PROCESSING));
        dvcqg.updateProgress(ProcessingStep.of(
                CODE, "Lê Văn C", RECEIVED.plusDays(2), "Đã ký giấy chứng nhận", DossierStatus.RESULT_READY));
        dvcqg.updateStatus(
                new StatusUpdate(CODE, DossierStatus.RESULT_RETURNED, "Đã trả kết quả", RECEIVED.plusDays(3)));
        dvcqg.syncRatings(List.of(new Rating(CODE, 5, "Nhanh, đúng hẹn", RECEIVED.plusDays(3))));

        DossierRecord record = dvcqg.lookUp(CODE).orElseThrow();
        assertEquals(DossierStatus.RESULT_RETURNED, record.dossier().status());
        assertEquals(RECEIVED, record.dossier().receivedAt());
        assertEquals("046089012345", record.dossier().ownerId());
        assertEquals(2, record.steps().size());
        assertEquals("Chuyển phòng chuyên môn thẩm định", record.steps().get(0).content());
        assertEquals(DossierStatus.RESULT_READY, record.steps().get(1).status());
    }

    @Test
    void anExpiredSessionIsRenewedTransparently() {
        DvcqgClient dvcqg = builder().build();
        dvcqg.fields();
        sandbox.expireDvcqgSessions();
        dvcqg.fields();
        assertEquals(2, logins(), trace.toString());
    }

    @Test
    void progressOfAnUnknownDossierIsRefused() {
        DvcqgClient dvcqg = builder().build();
        ServiceException e = assertThrows(
                ServiceException.class,
                () -> dvcqg.updateProgress(ProcessingStep.of(CODE, "B", RECEIVED, "x", DossierStatus.PROCESSING)));
        assertEquals("5", e.errorCode());
        assertEquals("data[0].MaHoSo: hồ sơ chưa được đồng bộ", e.errorMessage());
    }

    @Test
    void invalidDataIsNamedByMember() {
        DvcqgClient dvcqg = builder().build();
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("MaHoSo", CODE.toString());
        bad.put("MaTTHC", "1-001612");
        bad.put("TenTTHC", "x");
        bad.put("ChuHoSo", "x");
        bad.put("LoaiDoiTuong", "1");
        bad.put("NgayTiepNhan", "20240115083000");
        bad.put("TrangThaiHoSo", "2");
        ServiceException e = assertThrows(
                ServiceException.class,
                () -> dvcqg.call("DongBoHoSoMC", Map.of("data", List.of(bad)), Idempotency.IDEMPOTENT, Object.class));
        assertEquals("4", e.errorCode());
        assertTrue(e.errorMessage().startsWith("data[0].MaTTHC: ProcedureCode: "), e.errorMessage());
    }

    @Test
    void anUnknownServiceIsRefused() {
        DvcqgClient dvcqg = builder().build();
        ServiceException e = assertThrows(
                ServiceException.class,
                () -> dvcqg.call("LayDanhMucVuTru", Map.of(), Idempotency.IDEMPOTENT, Object.class));
        assertEquals("3", e.errorCode());
    }

    @Test
    void aWrongPasswordIsAnAuthenticationError() {
        DvcqgClient dvcqg = builder()
                .credentials(sandbox.credentials().dvcqgUsername(), "wrong")
                .build();
        AuthenticationException e = assertThrows(AuthenticationException.class, dvcqg::procedures);
        assertEquals("1", e.errorCode());
    }

    @Test
    void aWrongDstCodeIsRefused() {
        DvcqgClient dvcqg = builder().dstCode("OTHER").build();
        AuthenticationException e = assertThrows(AuthenticationException.class, dvcqg::procedures);
        assertEquals("6", e.errorCode());
    }

    @Test
    void theAdapterCanBeReachedThroughTheBus() {
        SandboxCredentials c = sandbox.credentials();
        BusClient bus = BusClient.builder()
                .busUri("lgsp+http://127.0.0.1:" + sandbox.port() + "/")
                .allowHttp(true)
                .credentials(c.clientId(), c.clientSecret())
                .agency(AgencyCode.parse(c.agencyCode()))
                .endUser("sandbox-officer")
                .build();
        DvcqgClient dvcqg = builder()
                .baseUrl(bus.url("dvcqg"))
                .interceptor(bus.interceptor())
                .retryPolicy(vn.smartcity.egov.http.RetryPolicy.NONE)
                .build();
        dvcqg.syncDossier(dossier(DossierStatus.RECEIVED));
        sandbox.expireBusTokens();
        sandbox.expireDvcqgSessions();
        assertEquals(
                DossierStatus.RECEIVED,
                dvcqg.lookUp(CODE).orElseThrow().dossier().status());
        assertEquals(2, logins(), trace.toString());
        assertTrue(trace.stream().anyMatch(l -> l.contains("<-- 401")), "the bus refused the stale token once");
    }

    @Test
    void lifetimesMustBePositive() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> EgovSandbox.builder().dvcqgSessionLifetime(Duration.ZERO));
        assertEquals("dvcqgSessionLifetime must be positive, got PT0S", e.getMessage());
    }
}
