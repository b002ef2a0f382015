package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.egov.dossier.DossierCodeGenerator;
import vn.smartcity.egov.dossier.DossierSequenceExhaustedException;
import vn.smartcity.egov.dossier.DossierStatus;
import vn.smartcity.egov.dossier.ProcedureCode;
import vn.smartcity.egov.dossier.WorkingDayCalendar;
import vn.smartcity.egov.dvcqg.DossierRecord;
import vn.smartcity.egov.dvcqg.DossierSync;
import vn.smartcity.egov.dvcqg.DvcqgClient;
import vn.smartcity.egov.dvcqg.Field;
import vn.smartcity.egov.dvcqg.ProcedureDetail;
import vn.smartcity.egov.dvcqg.ProcedureSummary;
import vn.smartcity.egov.dvcqg.ProcessingStep;
import vn.smartcity.egov.http.WireDates;
import vn.smartcity.testkit.sandbox.SandboxCredentials;

/**
 * {@code smartcity egov procedures} and {@code smartcity egov dossier submit|status}: the national
 * public-service portal (DVCQG) through its adapter ({@link DvcqgClient}).
 */
final class EgovDvcqgCommands {

    /** The environment variable holding the adapter password. */
    static final String PASSWORD_VARIABLE = "SMARTCITY_DVCQG_PASSWORD";

    /** The adapter's path below the sandbox's base URL. */
    static final String SANDBOX_PATH = "/dvcqg";

    /** The officer named in the receipt step the CLI records. */
    static final String OFFICER = "smartcity-cli";

    /** Working days from receipt to the appointment date the CLI sets. */
    static final int DUE_WORKING_DAYS = 3;

    /** The owner's name {@code submit} sends when none is given: already masked. */
    static final String DEFAULT_OWNER_PREFIX = "Chủ hồ sơ ";

    private static final Pattern DEFAULT_OWNER =
            Pattern.compile(Pattern.quote(DEFAULT_OWNER_PREFIX) + "[0-9]{3}\\*{7}[0-9]{2}");

    /** Wire members of a dossier that hold the owner's personal data. */
    private static final List<String> PERSONAL_MEMBERS = List.of("MaDoiTuong", "SoDienThoai", "Email");

    private EgovDvcqgCommands() {}

    /** The adapter account: {@code --user}, the password, {@code --dstcode}, {@code --calling-agency}. */
    static final class Login {
        @Option(
                names = "--user",
                paramLabel = "NAME",
                description = "the adapter user name (default: the sandbox's); the password then comes from "
                        + PASSWORD_VARIABLE + " or --password")
        @Nullable
        String user;

        @Option(
                names = "--password",
                paramLabel = "env:NAME|@FILE",
                description = "where to read the adapter password (default: " + PASSWORD_VARIABLE
                        + ", else the sandbox's); never the password itself")
        @Nullable
        String password;

        @Option(names = "--dstcode", paramLabel = "CODE", description = "the dstcode header (default: the sandbox's)")
        @Nullable
        String dstCode;

        @Option(
                names = "--calling-agency",
                paramLabel = "CODE",
                description = "the calling agency, madonvi (default: the sandbox's, 000.00.00.H57)")
        @Nullable
        String callingAgency;

        DvcqgClient client(CommandSpec spec, EgovCommand.Connection connection, EgovSecrets secrets) {
            String endpoint = connection.endpoint(SANDBOX_PATH);
            SandboxCredentials sandbox = SandboxCredentials.DEFAULT;
            @Nullable String given = EgovCommand.secret(spec, secrets, "--password", password, PASSWORD_VARIABLE);
            String pw;
            if (given != null) {
                pw = given;
            } else if (user == null) {
                pw = sandbox.dvcqgPassword();
            } else {
                throw new SmartCity.InputError("no password for DVCQG user " + user + ": set " + PASSWORD_VARIABLE
                        + " or give --password env:NAME|@FILE");
            }
            AgencyCode agency = AgencyCode.parse(callingAgency != null ? callingAgency : sandbox.agencyCode());
            return EgovCommand.configured(() -> DvcqgClient.builder()
                    .baseUrl(endpoint)
                    .allowHttp(connection.allowHttp)
                    .credentials(user != null ? user : sandbox.dvcqgUsername(), pw)
                    .dstCode(dstCode != null ? dstCode : sandbox.dvcqgDstCode())
                    .agency(agency)
                    .build());
        }
    }

    /** What every DVCQG command holds: the connection and the {@link Login}. */
    abstract static class DvcqgCall extends EgovCommand.ServiceCall {
        @Mixin
        Login login;

        /** The adapter client the options describe. */
        DvcqgClient client() {
            return login.client(spec, connection, EgovSecrets.system());
        }
    }

    /** {@code smartcity egov procedures}. */
    @Command(
            name = "procedures",
            description = "List the DVCQG procedure catalogue (LayDanhSachTTHC): code, name, field.")
    static final class ProceduresCommand extends DvcqgCall {
        @Option(names = "--json", description = "print one JSON object, the procedures with the portal's names")
        boolean json;

        @Override
        public Integer call() {
            DvcqgClient dvcqg = client();
            List<ProcedureSummary> procedures = EgovCommand.call(dvcqg::procedures);
            PrintWriter out = out();
            if (json) {
                out.println(Json.createObjectBuilder()
                        .add("procedures", EgovCommand.jsonb(procedures))
                        .build());
                return SmartCity.OK;
            }
            int width = procedures.stream()
                    .mapToInt(p -> p.code().value().length())
                    .max()
                    .orElse(0);
            for (ProcedureSummary p : procedures) {
                out.println(pad(p.code().value(), width) + "  " + p.name()
                        + (p.fieldCode() == null ? "" : "  (" + p.fieldCode() + ")"));
            }
            if (procedures.isEmpty()) {
                out.println("the catalogue is empty");
            }
            return SmartCity.OK;
        }
    }

    /** {@code smartcity egov dossier ...}. */
    @Command(
            name = "dossier",
            description = "Submit a one-stop-shop dossier to DVCQG or look one up.",
            subcommands = {SubmitCommand.class, StatusCommand.class})
    static final class DossierCommand implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** {@code smartcity egov dossier submit --procedure CODE --owner ID [--agency CODE]}. */
    @Command(
            name = "submit",
            description = "Receive a dossier for a procedure: number it (agency-YYMMDD-NNNN, Circular 01/2018/TT-VPCP),"
                    + " sync it to DVCQG (DongBoHoSoMC) with a receipt step, and print its code.")
    static final class SubmitCommand extends DvcqgCall {
        @Option(
                names = "--procedure",
                required = true,
                paramLabel = "CODE",
                description = "the procedure, such as 1.001612.000.00.00.H57")
        String procedure;

        @Option(
                names = "--owner",
                required = true,
                paramLabel = "ID_NUMBER",
                description = "the applicant's 12-digit personal identification number (shown masked)")
        String owner;

        @Option(
                names = "--agency",
                paramLabel = "CODE",
                description = "the receiving agency that numbers the dossier (default: the calling agency)")
        @Nullable
        String agency;

        @Option(
                names = "--name",
                paramLabel = "NAME",
                description = "the applicant's name (default: \"Chủ hồ sơ\" and the masked number)")
        @Nullable
        String name;

        @Option(names = "--summary", paramLabel = "TEXT", description = "what the dossier asks for")
        @Nullable
        String summary;

        @Option(
                names = "--json",
                description = "print one JSON object: the code and the dossier as synced, personal data masked")
        boolean json;

        @Override
        public Integer call() {
            ProcedureCode code = ProcedureCode.parse(procedure);
            PersonalIdNumber id = PersonalIdNumber.parse(owner);
            @Nullable AgencyCode receiving = agency == null ? null : AgencyCode.parse(agency);
            DvcqgClient dvcqg = client();
            AgencyCode numbering = receiving != null ? receiving : dvcqg.agency();
            ProcedureDetail detail = EgovCommand.call(() -> dvcqg.procedure(code))
                    .orElseThrow(
                            () -> new SmartCity.InputError("no procedure " + code.value() + " in the DVCQG catalogue"));
            DossierCode dossierCode = newCode(dvcqg, numbering);
            OffsetDateTime now = OffsetDateTime.now(WireDates.ZONE).truncatedTo(ChronoUnit.SECONDS);
            OffsetDateTime due = WorkingDayCalendar.weekendsOnly()
                    .plusWorkingDays(now.toLocalDate(), DUE_WORKING_DAYS)
                    .atTime(now.toLocalTime())
                    .atOffset(now.getOffset());
            DossierSync.Builder builder = DossierSync.builder(dossierCode, detail.code(), detail.name())
                    .citizen(name != null ? name : DEFAULT_OWNER_PREFIX + id.masked(), id)
                    .receivedAt(now)
                    .dueAt(due)
                    .status(DossierStatus.RECEIVED);
            if (!detail.fields().isEmpty()) {
                Field field = detail.fields().get(0);
                builder.field(field.code(), field.name());
            }
            if (summary != null) {
                builder.summary(summary);
            }
            DossierSync dossier = builder.build();
            EgovCommand.run(() -> dvcqg.syncDossier(dossier));
            EgovCommand.run(() -> dvcqg.updateProgress(
                    ProcessingStep.of(dossierCode, OFFICER, now, "Tiếp nhận hồ sơ", DossierStatus.RECEIVED)));
            PrintWriter out = out();
            if (json) {
                out.println(Json.createObjectBuilder()
                        .add("dossierCode", dossierCode.toString())
                        .add("dossier", masked(EgovCommand.jsonb(dossier)))
                        .build());
            } else {
                out.println(dossierCode);
            }
            return SmartCity.OK;
        }

        /**
         * The next code of the day for the agency that DVCQG does not hold yet: a CLI run starts its
         * in-memory sequence at 0001, so codes already synced today are skipped.
         */
        private static DossierCode newCode(DvcqgClient dvcqg, AgencyCode agency) {
            DossierCodeGenerator codes = DossierCodeGenerator.inMemory();
            try {
                while (true) {
                    DossierCode candidate = codes.next(agency);
                    if (EgovCommand.call(() -> dvcqg.lookUp(candidate)).isEmpty()) {
                        return candidate;
                    }
                }
            } catch (DossierSequenceExhaustedException e) {
                throw new SmartCity.InputError(e.getMessage());
            }
        }
    }

    /** {@code smartcity egov dossier status DOSSIER_CODE}. */
    @Command(
            name = "status",
            description = "Look a dossier up on DVCQG (TraCuuHoSo): its state, dates and processing steps.")
    static final class StatusCommand extends DvcqgCall {
        @Parameters(paramLabel = "DOSSIER_CODE", description = "such as 000.00.00.H57-251122-0001")
        String dossierCode;

        @Option(names = "--json", description = "print one JSON object, personal data masked")
        boolean json;

        @Override
        public Integer call() {
            DossierCode code = DossierCode.parse(dossierCode.strip());
            DvcqgClient dvcqg = client();
            Optional<DossierRecord> found = EgovCommand.call(() -> dvcqg.lookUp(code));
            DossierRecord record =
                    found.orElseThrow(() -> new SmartCity.InputError("no dossier " + code + " on DVCQG"));
            PrintWriter out = out();
            if (json) {
                JsonObject o = EgovCommand.jsonb(record).asJsonObject();
                JsonObjectBuilder b = Json.createObjectBuilder(o).add("dossier", masked(o.get("dossier")));
                out.println(b.add("status", status(record.dossier().status())).build());
                return SmartCity.OK;
            }
            DossierSync d = record.dossier();
            DossierStatus s = d.status();
            out.println(d.code() + "  " + d.procedureName() + " ("
                    + d.procedureCode().value() + ")");
            out.println("  status " + s.code() + " " + s.vietnameseLabel() + " (" + s.englishLabel() + ")");
            out.println("  owner " + maskedName(d.owner())
                    + (d.ownerId() == null ? "" : ", " + EgovCommand.maskId(d.ownerId())));
            out.println("  received " + d.receivedAt() + (d.dueAt() == null ? "" : ", due " + d.dueAt())
                    + (d.finishedAt() == null ? "" : ", finished " + d.finishedAt())
                    + (d.returnedAt() == null ? "" : ", returned " + d.returnedAt()));
            if (record.steps().isEmpty()) {
                out.println("  no processing steps recorded");
            }
            for (ProcessingStep step : record.steps()) {
                out.println("  " + step.handledAt() + "  " + step.content() + "  -> "
                        + step.status().code() + " " + step.status().vietnameseLabel() + "  (" + step.officer() + ")");
            }
            return SmartCity.OK;
        }

        private static JsonObjectBuilder status(DossierStatus s) {
            return Json.createObjectBuilder()
                    .add("code", s.code())
                    .add("vietnamese", s.vietnameseLabel())
                    .add("english", s.englishLabel())
                    .add("final", s.isFinal());
        }
    }

    /** A dossier's wire JSON with the owner's name, identifier, phone and e-mail masked. */
    static JsonValue masked(JsonValue dossier) {
        if (dossier.getValueType() != JsonValue.ValueType.OBJECT) {
            return dossier;
        }
        JsonObject o = dossier.asJsonObject();
        JsonObjectBuilder b = Json.createObjectBuilder(o);
        JsonValue owner = o.get("ChuHoSo");
        if (owner != null && owner.getValueType() == JsonValue.ValueType.STRING) {
            b.add("ChuHoSo", maskedName(((jakarta.json.JsonString) owner).getString()));
        }
        for (String member : PERSONAL_MEMBERS) {
            JsonValue v = o.get(member);
            if (v != null && v.getValueType() == JsonValue.ValueType.STRING) {
                b.add(member, EgovCommand.maskId(((jakarta.json.JsonString) v).getString()));
            }
        }
        return b.build();
    }

    /** A name masked to initials, unless it is the masked default name {@code submit} gives. */
    static String maskedName(String name) {
        return DEFAULT_OWNER.matcher(name).matches() ? name : Views.maskName(name);
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
