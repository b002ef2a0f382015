package vn.smartcity.examples;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.egov.dossier.Dossier;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.egov.dossier.DossierCodeGenerator;
import vn.smartcity.egov.dossier.DossierLifecycle;
import vn.smartcity.egov.dossier.DossierStatus;
import vn.smartcity.egov.dossier.WorkingDayCalendar;
import vn.smartcity.egov.dvcqg.DossierRecord;
import vn.smartcity.egov.dvcqg.DossierSync;
import vn.smartcity.egov.dvcqg.DvcqgClient;
import vn.smartcity.egov.dvcqg.ProcedureDetail;
import vn.smartcity.egov.dvcqg.ProcedureSummary;
import vn.smartcity.egov.dvcqg.ProcessingStep;
import vn.smartcity.egov.http.WireDates;
import vn.smartcity.testkit.sandbox.EgovSandbox;
import vn.smartcity.testkit.sandbox.SandboxCredentials;

/**
 * For a province's one-stop-shop system: number a dossier for a procedure of the national
 * catalogue, send it to the national public-service portal (DVCQG), report each processing step
 * as it happens, and look it up the way a citizen's tracking page does.
 *
 * <p>The test kit's sandbox plays DVCQG here. Against the real adapter, drop the sandbox, use its
 * {@code https://} base URL without {@code allowHttp}, and your province's credentials.
 */
public final class SubmitAndTrackDossier {

    /** Thủ tục đăng ký khai sinh (birth registration) in the national procedures database. */
    static final String BIRTH_REGISTRATION = "1.001193";

    private SubmitAndTrackDossier() {}

    /**
     * Runs the example against a fresh sandbox.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (EgovSandbox sandbox = EgovSandbox.start()) {
            SandboxCredentials c = sandbox.credentials();
            DvcqgClient dvcqg = DvcqgClient.builder()
                    .baseUrl(sandbox.endpoint("/dvcqg"))
                    .allowHttp(true) // the sandbox only
                    .credentials(c.dvcqgUsername(), c.dvcqgPassword())
                    .dstCode(c.dvcqgDstCode())
                    .agency(AgencyCode.parse(c.agencyCode()))
                    .build();
            // A synthetic applicant: no real person has this number.
            submitAndTrack(dvcqg, "Nguyễn Văn An", PersonalIdNumber.parse("046089012345"))
                    .forEach(System.out::println);
        }
    }

    /**
     * Submits a birth registration and follows it to "result ready".
     *
     * @param dvcqg the portal client
     * @param owner the applicant's name
     * @param ownerId the applicant's ID number
     * @return what the tracking page shows
     */
    static List<String> submitAndTrack(DvcqgClient dvcqg, String owner, PersonalIdNumber ownerId) {
        // 1. The procedure, from the portal's catalogue: its local code, name and agency.
        ProcedureSummary summary = dvcqg.procedures().stream()
                .filter(p -> p.code().nationalCode().equals(BIRTH_REGISTRATION))
                .findFirst()
                .orElseThrow();
        ProcedureDetail procedure = dvcqg.procedure(summary.code()).orElseThrow();
        AgencyCode agency = AgencyCode.parse(procedure.agencies().get(0).code());

        // 2. The dossier code (Circular 01/2018/TT-VPCP): agency, receipt day, daily number. Back
        //    the generator with your database (DossierSequenceSource) so numbers survive restarts.
        DossierCode code = DossierCodeGenerator.inMemory().next(agency);
        LocalDateTime received = LocalDateTime.now(WireDates.ZONE).withNano(0);
        LocalDateTime due = LocalDateTime.of(
                WorkingDayCalendar.weekendsOnly().plusWorkingDays(received.toLocalDate(), 1), LocalTime.of(17, 0));

        // 3. Send the dossier (DongBoHoSoMC; idempotent by code, so resending after a failure is safe).
        dvcqg.syncDossier(DossierSync.builder(code, procedure.code(), procedure.name())
                .citizen(owner, ownerId)
                .receivedAt(vn(received))
                .dueAt(vn(due))
                .status(DossierStatus.RECEIVED)
                .build());

        // 4. Every state change goes to the portal as a processing step (CapNhatTienDoHoSoMC).
        DossierLifecycle lifecycle = new DossierLifecycle();
        lifecycle.addListener(event -> dvcqg.updateProgress(ProcessingStep.of(
                event.dossier(), event.actor(), vn(event.at()), event.to().vietnameseLabel(), event.to())));
        Dossier dossier = lifecycle.receive(code, procedure.code(), received, due, "Bộ phận một cửa");
        dossier = lifecycle.moveTo(dossier, DossierStatus.PROCESSING, received.plusMinutes(20), "Công chức tư pháp");
        lifecycle.moveTo(dossier, DossierStatus.RESULT_READY, received.plusHours(2), "Công chức tư pháp");

        // 5. Track it: TraCuuHoSo, as the citizen's tracking page would.
        DossierRecord found = dvcqg.lookUp(code).orElseThrow();
        List<String> lines = new ArrayList<>();
        lines.add("submitted " + code + ": " + procedure.name() + " (" + procedure.code() + ")");
        lines.add("owner " + ownerId.masked() + ", due " + due.toLocalDate());
        lines.add("DVCQG says: " + found.dossier().status().vietnameseLabel() + ", "
                + found.steps().size() + " steps");
        for (ProcessingStep step : found.steps()) {
            lines.add("  " + step.content());
        }
        return lines;
    }

    private static OffsetDateTime vn(LocalDateTime time) {
        return time.atZone(WireDates.ZONE).toOffsetDateTime();
    }
}
