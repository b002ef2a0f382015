package vn.smartcity.cli;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.core.id.PersonalIdNumber;
import vn.smartcity.core.money.VndAmount;
import vn.smartcity.egov.TransportException;
import vn.smartcity.egov.dossier.Dossier;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.egov.dossier.DossierCodeGenerator;
import vn.smartcity.egov.dossier.DossierEvent;
import vn.smartcity.egov.dossier.DossierLifecycle;
import vn.smartcity.egov.dossier.DossierStatistics;
import vn.smartcity.egov.dossier.DossierStatus;
import vn.smartcity.egov.dossier.InMemoryDossierSequence;
import vn.smartcity.egov.dossier.ProcedureCode;
import vn.smartcity.egov.dossier.WorkingDayCalendar;
import vn.smartcity.egov.dvcqg.ApplicantType;
import vn.smartcity.egov.dvcqg.DossierRecord;
import vn.smartcity.egov.dvcqg.DossierSync;
import vn.smartcity.egov.dvcqg.DvcqgClient;
import vn.smartcity.egov.dvcqg.Fee;
import vn.smartcity.egov.dvcqg.Field;
import vn.smartcity.egov.dvcqg.ProcedureDetail;
import vn.smartcity.egov.dvcqg.ProcedureSummary;
import vn.smartcity.egov.dvcqg.ProcessingStep;
import vn.smartcity.egov.payment.CallbackFields;
import vn.smartcity.egov.payment.CallbackReply;
import vn.smartcity.egov.payment.GatewaySettings;
import vn.smartcity.egov.payment.MerchantAccount;
import vn.smartcity.egov.payment.PayGovGateway;
import vn.smartcity.egov.payment.PaymentClient;
import vn.smartcity.egov.payment.PaymentOrder;
import vn.smartcity.egov.payment.PaymentVerification;
import vn.smartcity.testkit.sandbox.EgovSandbox;
import vn.smartcity.testkit.sandbox.SandboxCredentials;

/**
 * Step 3 of the demo: the one-stop-shop counter's day. The citizen's dossier for a real national
 * procedure is numbered, received with its appointment date, its fee paid through the PayGov
 * sandbox, processed and its result returned; three other walk-ins of the day go through the same
 * machinery. Every state change is a {@link DossierLifecycle} event whose listener syncs the
 * dossier and its processing steps to the DVCQG sandbox. The day's timeline moves a {@link
 * DemoClock}: nothing sleeps. At the end of the day the operations centre reads every dossier
 * back from DVCQG ({@code TraCuuHoSo}) and counts them.
 */
final class DemoDossiers {

    /** Working days: Monday to Friday (no public holiday falls in the demo's fortnight). */
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.weekendsOnly();

    /** Office hours end: appointment dates fall at this time of the due working day. */
    static final LocalTime CLOSING = LocalTime.of(17, 0);

    /** Who handles the steps: roles, not people. */
    private static final String DESK = "Bộ phận một cửa";

    private static final String EXPERT = "Cán bộ chuyên môn";

    private static final String PAYGOV = "PayGov";

    /**
     * What one state change of a walk-in does: when, to which state, in the officer's words.
     *
     * @param at the time of the day
     * @param to the new state
     * @param content what was done ({@code NoiDungXuLy})
     */
    record Move(LocalTime at, DossierStatus to, String content) {}

    /**
     * A dossier handed in at the counter and how its day goes.
     *
     * @param nationalCode the procedure's code in the national database
     * @param workingDays the processing time the procedure publishes, in working days (0: the
     *     same day)
     * @param owner the applicant's name (synthetic except for the citizen, whose name comes from
     *     her chip)
     * @param ownerId the applicant's ID number, or {@code null}
     * @param fee the fee paid through PayGov, or {@code null} when none is due
     * @param receivedAt when the counter receives it
     * @param moves the state changes after the receipt, in order; a move from {@link
     *     DossierStatus#FEES_DUE} is the payment: the citizen pays through PayGov and the verified
     *     callback resumes processing
     */
    record WalkIn(
            String nationalCode,
            int workingDays,
            String owner,
            @Nullable PersonalIdNumber ownerId,
            @Nullable VndAmount fee,
            LocalTime receivedAt,
            List<Move> moves) {}

    /**
     * The fee's payment, as the one-stop shop saw it.
     *
     * @param gateway the gateway's id
     * @param orderId the order (the dossier code)
     * @param expected the fee expected
     * @param callbackVerified whether PayGov's server-to-server callback was verified
     * @param returnVerified whether the payer's return was verified
     * @param transaction PayGov's transaction number
     * @param paid the amount the verified callback carries
     * @param reply what the endpoint answered PayGov
     * @param at when the callback resumed the dossier
     */
    record Payment(
            String gateway,
            String orderId,
            VndAmount expected,
            boolean callbackVerified,
            boolean returnVerified,
            String transaction,
            VndAmount paid,
            String reply,
            LocalDateTime at) {}

    /**
     * The day's dossiers as the operations centre counts them.
     *
     * @param total every dossier of the day
     * @param resolved finished, on time or late
     * @param onTime finished by the appointment time
     * @param late finished after it
     * @param inProgress still processing, appointment not passed
     * @param overdue still processing, appointment passed
     * @param onTimePercent on time among the finished, rounded; -1 when none finished
     * @param at the time of the count
     */
    record Counts(
            int total,
            int resolved,
            int onTime,
            int late,
            int inProgress,
            int overdue,
            long onTimePercent,
            LocalDateTime at) {}

    /**
     * The citizen's dossier and the day's figures.
     *
     * @param code its code
     * @param procedure the procedure's local code
     * @param procedureName its name
     * @param agency the receiving agency
     * @param agencyName its name
     * @param workingDays the processing time
     * @param receivedAt when received
     * @param dueAt the appointment date
     * @param timeline the dossier's events
     * @param payment the fee's payment
     * @param stepsSent processing steps sent to DVCQG
     * @param portal the dossier as DVCQG returns it ({@code TraCuuHoSo})
     * @param counts the day's dossiers
     */
    record Result(
            DossierCode code,
            ProcedureCode procedure,
            String procedureName,
            AgencyCode agency,
            String agencyName,
            int workingDays,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            List<DossierEvent> timeline,
            Payment payment,
            int stepsSent,
            DossierRecord portal,
            Counts counts) {

        /** Minutes from receipt to the result handed over. */
        long minutesToResult() {
            OffsetDateTime returned = Objects.requireNonNull(portal.dossier().returnedAt(), "NgayTra");
            return java.time.Duration.between(receivedAt, returned.toLocalDateTime())
                    .toMinutes();
        }

        /** Working days left before the appointment date when the result was handed over. */
        long workingDaysEarly() {
            OffsetDateTime returned = Objects.requireNonNull(portal.dossier().returnedAt(), "NgayTra");
            return CALENDAR.workingDaysBetween(returned.toLocalDate(), dueAt.toLocalDate());
        }
    }

    /** The day's walk-ins; the citizen's first. */
    static List<WalkIn> walkIns(DemoCard.Result citizen, VndAmount fee) {
        return List.of(
                // Permanent residence: 7 working days (Luật Cư trú 2020, art. 22); fee 20.000 đ at
                // the counter (Circular 75/2022/TT-BTC).
                new WalkIn(
                        DemoDay.PROCEDURE,
                        7,
                        citizen.fullName(),
                        citizen.id(),
                        fee,
                        LocalTime.of(8, 15),
                        List.of(
                                new Move(
                                        LocalTime.of(8, 16),
                                        DossierStatus.FEES_DUE,
                                        "Thông báo lệ phí, thu qua PayGov"),
                                new Move(
                                        LocalTime.of(8, 18),
                                        DossierStatus.PROCESSING,
                                        "Đã nộp lệ phí qua PayGov (giao dịch đã xác minh), chuyển xử lý"),
                                new Move(
                                        LocalTime.of(15, 30),
                                        DossierStatus.RESULT_READY,
                                        "Cập nhật thông tin thường trú vào Cơ sở dữ liệu về cư trú"),
                                new Move(
                                        LocalTime.of(16, 40),
                                        DossierStatus.RESULT_RETURNED,
                                        "Trả kết quả tại bộ phận một cửa"))),
                // Birth registration: the same working day (Luật Hộ tịch 2014, art. 16); finished
                // after closing time, so late.
                new WalkIn(
                        "1.001193",
                        0,
                        "Trần Văn Bình (dữ liệu mẫu)",
                        null,
                        null,
                        LocalTime.of(8, 40),
                        List.of(
                                new Move(LocalTime.of(8, 45), DossierStatus.PROCESSING, "Kiểm tra giấy chứng sinh"),
                                new Move(LocalTime.of(17, 20), DossierStatus.RESULT_READY, "Ký giấy khai sinh"))),
                // Temporary residence: 3 working days (Luật Cư trú 2020, art. 28); still in hand.
                new WalkIn(
                        "1.004194",
                        3,
                        "Lê Thị Cúc (dữ liệu mẫu)",
                        null,
                        null,
                        LocalTime.of(9, 30),
                        List.of(new Move(LocalTime.of(10, 0), DossierStatus.PROCESSING, "Thẩm định hồ sơ"))),
                // Household business: 3 working days (Decree 01/2021/NĐ-CP, art. 87); done the same day.
                new WalkIn(
                        "1.001612",
                        3,
                        "Phạm Minh Đức (dữ liệu mẫu)",
                        null,
                        null,
                        LocalTime.of(10, 15),
                        List.of(
                                new Move(LocalTime.of(10, 30), DossierStatus.PROCESSING, "Thẩm định hồ sơ"),
                                new Move(
                                        LocalTime.of(16, 10),
                                        DossierStatus.RESULT_READY,
                                        "Cấp giấy chứng nhận đăng ký hộ kinh doanh"),
                                new Move(
                                        LocalTime.of(16, 50),
                                        DossierStatus.RESULT_RETURNED,
                                        "Trả kết quả tại bộ phận một cửa"))));
    }

    private final EgovSandbox sandbox;
    private final OkHttpClient http;
    private final DemoClock clock;
    private final DvcqgClient dvcqg;
    private final DossierCodeGenerator codes;
    private final DossierLifecycle lifecycle;
    private final Map<DossierCode, Case> cases = new LinkedHashMap<>();
    private final Map<WalkIn, Case> byWalkIn = new IdentityHashMap<>();

    /** What the counter knows of one dossier while the day runs. */
    private static final class Case {
        final WalkIn walkIn;
        final ProcedureDetail procedure;
        final DossierCode code;
        final List<DossierEvent> events = new ArrayList<>();

        @Nullable
        Dossier dossier;

        int stepsSent;

        @Nullable
        Payment payment;

        Case(WalkIn walkIn, ProcedureDetail procedure, DossierCode code) {
            this.walkIn = walkIn;
            this.procedure = procedure;
            this.code = code;
        }

        Dossier dossier() {
            return Objects.requireNonNull(dossier, "dossier");
        }

        /** The first time the dossier entered one of the states, from its events. */
        @Nullable
        LocalDateTime firstAt(DossierStatus... states) {
            for (DossierEvent e : events) {
                for (DossierStatus s : states) {
                    if (e.to() == s) {
                        return e.at();
                    }
                }
            }
            return null;
        }
    }

    private DemoDossiers(EgovSandbox sandbox, OkHttpClient http, DemoClock clock) {
        this.sandbox = sandbox;
        this.http = http;
        this.clock = clock;
        SandboxCredentials credentials = sandbox.credentials();
        this.dvcqg = DvcqgClient.builder()
                .baseUrl(sandbox.endpoint("/dvcqg"))
                .allowHttp(true) // the sandbox is plain HTTP on loopback; production is https
                .httpClient(http)
                .credentials(credentials.dvcqgUsername(), credentials.dvcqgPassword())
                .dstCode(credentials.dvcqgDstCode())
                .agency(AgencyCode.parse(credentials.agencyCode()))
                .build();
        this.codes = new DossierCodeGenerator(new InMemoryDossierSequence(), clock);
        this.lifecycle = new DossierLifecycle((event, e) -> {
            throw e; // a failed sync stops the demo: it is not logged and forgotten
        });
        this.lifecycle.addListener(this::sync);
    }

    /**
     * Runs the counter's day.
     *
     * @param sandbox the running sandbox
     * @param http the HTTP client every call shares
     * @param clock the day's clock, before the first walk-in
     * @param citizen the citizen read at the counter
     * @return her dossier and the day's figures
     */
    static Result run(EgovSandbox sandbox, OkHttpClient http, DemoClock clock, DemoCard.Result citizen) {
        return new DemoDossiers(sandbox, http, clock).run(walkIns(citizen, DemoDay.FEE));
    }

    /** One thing that happens at a time of the day. */
    private record Action(LocalDateTime at, int order, Runnable run) {}

    private Result run(List<WalkIn> walkIns) {
        LocalDate today = clock.localNow().toLocalDate();
        List<ProcedureSummary> catalogue = dvcqg.procedures();
        MerchantAccount paygov = payGovAccount();
        try (DemoMerchant merchant = DemoMerchant.start(paygov)) {
            registerCallback(merchant.callbackUrl());

            // The day's timeline: every walk-in's receipt and moves, in time order.
            List<Action> actions = new ArrayList<>();
            for (WalkIn w : walkIns) {
                ProcedureDetail procedure = procedure(catalogue, w.nationalCode());
                actions.add(new Action(today.atTime(w.receivedAt()), actions.size(), () -> receive(w, procedure)));
                for (Move m : w.moves()) {
                    actions.add(new Action(today.atTime(m.at()), actions.size(), () -> move(w, m, merchant, paygov)));
                }
            }
            actions.sort(Comparator.comparing(Action::at).thenComparingInt(Action::order));
            for (Action a : actions) {
                clock.moveTo(a.at());
                a.run().run();
            }

            // The operations centre, at the end of the day, reads every dossier back from DVCQG.
            LocalDateTime endOfDay = today.atTime(LocalTime.of(23, 59));
            clock.moveTo(endOfDay);
            List<Dossier> portal = new ArrayList<>();
            Map<DossierCode, DossierRecord> records = new HashMap<>();
            for (Case c : cases.values()) {
                DossierRecord record = dvcqg.lookUp(c.code)
                        .orElseThrow(() -> new IllegalStateException("DVCQG does not know dossier " + c.code));
                records.put(c.code, record);
                portal.add(fromPortal(record));
            }
            DossierStatistics.Counts counts =
                    DossierStatistics.of(portal, endOfDay).overall();
            Case mine = byWalkIn.get(walkIns.get(0));
            Payment payment = Objects.requireNonNull(mine.payment, "the citizen's fee was not paid");
            return new Result(
                    mine.code,
                    mine.procedure.code(),
                    mine.procedure.name(),
                    mine.code.agency(),
                    mine.procedure.agencies().get(0).name(),
                    mine.walkIn.workingDays(),
                    mine.dossier().receivedAt().orElseThrow(),
                    mine.dossier().dueAt().orElseThrow(),
                    List.copyOf(mine.events),
                    payment,
                    mine.stepsSent,
                    records.get(mine.code),
                    new Counts(
                            counts.total(),
                            counts.resolved(),
                            counts.onTime(),
                            counts.late(),
                            counts.inProgress(),
                            counts.overdue(),
                            counts.onTimePercent().isPresent()
                                    ? Math.round(counts.onTimePercent().getAsDouble())
                                    : -1,
                            endOfDay));
        }
    }

    /** The catalogue's local copy of a national procedure, in detail. */
    private ProcedureDetail procedure(List<ProcedureSummary> catalogue, String nationalCode) {
        for (ProcedureSummary p : catalogue) {
            if (p.code().nationalCode().equals(nationalCode)) {
                return dvcqg.procedure(p.code())
                        .orElseThrow(() -> new IllegalStateException("DVCQG lists but does not describe " + p.code()));
            }
        }
        throw new IllegalStateException("the DVCQG catalogue has no procedure " + nationalCode);
    }

    // ------------------------------------------------------------------ the counter

    private void receive(WalkIn w, ProcedureDetail procedure) {
        // The receiving agency is the one the catalogue says carries the procedure out.
        AgencyCode agency = AgencyCode.parse(procedure.agencies().get(0).code());
        DossierCode code = codes.next(agency);
        Case c = new Case(w, procedure, code);
        cases.put(code, c);
        byWalkIn.put(w, c);
        LocalDateTime now = clock.localNow();
        LocalDateTime due = LocalDateTime.of(CALENDAR.plusWorkingDays(now.toLocalDate(), w.workingDays()), CLOSING);
        c.dossier = lifecycle.receive(code, procedure.code(), now, due, DESK);
    }

    private void move(WalkIn w, Move m, DemoMerchant merchant, MerchantAccount paygov) {
        Case c = Objects.requireNonNull(byWalkIn.get(w), "a move before the receipt");
        if (c.dossier().status() == DossierStatus.FEES_DUE) {
            pay(c, m.to(), merchant, paygov);
            return;
        }
        String actor = m.to() == DossierStatus.FEES_DUE || m.to() == DossierStatus.RESULT_RETURNED ? DESK : EXPERT;
        c.dossier = lifecycle.moveTo(c.dossier(), m.to(), clock.localNow(), actor);
    }

    // ------------------------------------------------------------------ PayGov

    private MerchantAccount payGovAccount() {
        SandboxCredentials c = sandbox.credentials();
        return new PayGovGateway()
                .account(GatewaySettings.builder()
                        .set(PayGovGateway.PARTNER_CODE, c.payGovPartnerCode())
                        .set(PayGovGateway.ACCESS_KEY, c.payGovAccessKey())
                        .set(PayGovGateway.SECRET_KEY, c.payGovSecretKey())
                        .set(
                                PayGovGateway.ENDPOINT,
                                sandbox.endpoint("/paygov/api/payment").toString())
                        .build());
    }

    /** PayGov keeps the merchant's callback URL with its registration; the sandbox takes it by form. */
    private void registerCallback(URI callbackUrl) {
        Request request = new Request.Builder()
                .url(sandbox.endpoint("/paygov/merchant/callback").toString())
                .post(new FormBody.Builder()
                        .add("partnerCode", sandbox.credentials().payGovPartnerCode())
                        .add("callbackUrl", callbackUrl.toString())
                        .build())
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IllegalStateException("the PayGov sandbox refused the callback URL: HTTP " + response.code());
            }
        } catch (IOException e) {
            throw new TransportException(
                    PayGovGateway.ID, TransportException.Kind.IO, "cannot register the callback URL", null, e);
        }
    }

    private void pay(Case c, DossierStatus resumeTo, DemoMerchant merchant, MerchantAccount paygov) {
        VndAmount fee = Objects.requireNonNull(c.walkIn.fee(), "fee");
        String orderId = c.code.toString();
        merchant.expect(orderId, fee);
        PaymentOrder order = PaymentOrder.builder(orderId, fee)
                .orderInfo("Lệ phí " + c.procedure.name() + " " + orderId)
                .returnUrl(URI.create("https://motcua.hue.example/thanh-toan/ket-qua"))
                .clientIp("127.0.0.1")
                .createdAt(clock.instant())
                .build();
        PaymentClient.PaymentStart start = PaymentClient.builder(paygov)
                .allowHttp(true)
                .httpClient(http)
                .build()
                .start(order);
        // The citizen pays on PayGov's page: PayGov calls the merchant's endpoint back, then sends
        // her browser to the return URL with the same signed fields.
        URI back = payerVisits(start.paymentPage());
        PaymentVerification shown = paygov.verifyReturn(CallbackFields.ofQuery(back.getRawQuery()), merchant.orders());
        PaymentVerification verdict = merchant.verdict(orderId)
                .orElseThrow(() -> new IllegalStateException("PayGov did not call back for " + orderId));
        if (!(verdict instanceof PaymentVerification.Verified)) {
            throw new IllegalStateException("the PayGov callback was rejected: " + verdict);
        }
        PaymentVerification.Verified ok = (PaymentVerification.Verified) verdict;
        // Only the verified server-to-server callback moves the dossier on.
        c.dossier = lifecycle.resume(c.dossier(), resumeTo, clock.localNow(), PAYGOV, CALENDAR);
        c.payment = new Payment(
                ok.gatewayId(),
                orderId,
                fee,
                true,
                shown.isVerified(),
                ok.transactionRef(),
                ok.amount(),
                merchant.reply(orderId).map(CallbackReply::body).orElse(""),
                clock.localNow());
    }

    private URI payerVisits(URI page) {
        OkHttpClient browser = http.newBuilder().followRedirects(false).build();
        try (Response response = browser.newCall(
                        new Request.Builder().url(page.toString()).build())
                .execute()) {
            String location = response.header("Location");
            if (response.code() != 302 || location == null) {
                throw new IllegalStateException("the PayGov payment page answered HTTP " + response.code());
            }
            return URI.create(location);
        } catch (IOException e) {
            throw new TransportException(
                    PayGovGateway.ID, TransportException.Kind.IO, "cannot open the payment page", null, e);
        }
    }

    // ------------------------------------------------------------------ DVCQG

    /**
     * The lifecycle listener: the receipt and the finishing and return dates go to DVCQG with the
     * dossier ({@code DongBoHoSoMC}, idempotent by code); every event becomes a processing step
     * ({@code CapNhatTienDoHoSoMC}).
     */
    private void sync(DossierEvent event) {
        Case c = Objects.requireNonNull(cases.get(event.dossier()), "case");
        c.events.add(event);
        DossierStatus to = event.to();
        if (event.from() == null || to == DossierStatus.RESULT_READY || to == DossierStatus.RESULT_RETURNED) {
            dvcqg.syncDossier(dossierSync(c, event));
        }
        dvcqg.updateProgress(new ProcessingStep(
                c.code, event.actor(), null, wire(event.at()), null, content(c, event), to, null, null));
        c.stepsSent++;
    }

    private DossierSync dossierSync(Case c, DossierEvent event) {
        WalkIn w = c.walkIn;
        DossierSync.Builder b = DossierSync.builder(c.code, c.procedure.code(), c.procedure.name());
        if (!c.procedure.fields().isEmpty()) {
            Field f = c.procedure.fields().get(0);
            b.field(f.code(), f.name());
        }
        PersonalIdNumber id = w.ownerId();
        if (id != null) {
            b.citizen(w.owner(), id);
        } else {
            b.applicant(ApplicantType.CITIZEN, w.owner(), null);
        }
        b.summary(c.procedure.name())
                .receivedAt(wire(Objects.requireNonNull(c.firstAt(DossierStatus.RECEIVED), "receipt")))
                .dueAt(event.dueAt() == null ? null : wire(event.dueAt()))
                .status(event.to())
                .handlingAgency(c.procedure.agencies().get(0).name());
        LocalDateTime finished = c.firstAt(DossierStatus.RESULT_READY, DossierStatus.RESULT_RETURNED);
        if (finished != null) {
            b.finishedAt(wire(finished));
        }
        LocalDateTime returned = c.firstAt(DossierStatus.RESULT_RETURNED);
        if (returned != null) {
            b.returnedAt(wire(returned));
        }
        VndAmount fee = w.fee();
        if (fee != null) {
            b.fee(new Fee("Lệ phí " + c.procedure.name(), null, null, fee, null));
        }
        return b.build();
    }

    /** What the step says: the receipt's words or the move's. */
    private static String content(Case c, DossierEvent event) {
        for (Move m : c.walkIn.moves()) {
            if (event.from() != null
                    && m.to() == event.to()
                    && m.at().equals(event.at().toLocalTime())) {
                return m.content();
            }
        }
        return "Tiếp nhận hồ sơ, hẹn trả kết quả";
    }

    private static OffsetDateTime wire(LocalDateTime t) {
        return t.atZone(DemoDay.ZONE).toOffsetDateTime();
    }

    /** A dossier as the portal reports it, ready for the statistics. */
    private static Dossier fromPortal(DossierRecord record) {
        DossierSync d = record.dossier();
        return Dossier.builder(d.code(), d.procedureCode())
                .status(d.status())
                .receivedAt(local(d.receivedAt()))
                .dueAt(d.dueAt() == null ? null : local(d.dueAt()))
                .resolvedAt(d.finishedAt() == null ? null : local(d.finishedAt()))
                .returnedAt(d.returnedAt() == null ? null : local(d.returnedAt()))
                .build();
    }

    private static LocalDateTime local(OffsetDateTime t) {
        return t.atZoneSameInstant(DemoDay.ZONE).toLocalDateTime();
    }
}
