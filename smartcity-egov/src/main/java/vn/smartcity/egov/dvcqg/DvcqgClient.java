package vn.smartcity.egov.dvcqg;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.EgovException;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.egov.dossier.ProcedureCode;
import vn.smartcity.egov.http.Credentials;
import vn.smartcity.egov.http.EgovClientBuilder;
import vn.smartcity.egov.http.EgovHttp;
import vn.smartcity.egov.http.EgovResponse;
import vn.smartcity.egov.http.HttpSettings;
import vn.smartcity.egov.http.Idempotency;
import vn.smartcity.egov.internal.Redactor;

/**
 * A client of the DVCQG adapter: the procedure catalogue, agencies and fields, and the
 * synchronisation of one-stop-shop dossiers, their progress, state and ratings.
 *
 * <pre>{@code
 * DvcqgClient dvcqg = DvcqgClient.builder()
 *         .baseUrl("https://adapter.example.gov.vn")        // mapi/login and mapi/g below it
 *         .credentials("hue-mc", password)
 *         .dstCode("HUE")                                   // the dstcode header
 *         .agency(AgencyCode.parse("000.00.00.H57"))        // madonvi
 *         .build();
 * List<ProcedureSummary> catalogue = dvcqg.procedures();
 * dvcqg.syncDossier(dossier);
 * dvcqg.updateProgress(ProcessingStep.of(code, "Trần Thị B", now, "Chuyển phòng chuyên môn", PROCESSING));
 * Optional<DossierRecord> record = dvcqg.lookUp(code);
 * }</pre>
 *
 * <p>Protocol. {@link #login()} POSTs {@code {"username", "password"}} with a {@code dstcode} header
 * to {@code mapi/login} and keeps the {@code session}. Every service POSTs {@code {"session",
 * "madonvi", "service", ...}} with the same header to {@code mapi/g}; the answer's {@code
 * error_code} is {@code 0} (or {@code "0"}, {@code "00"}) on success, and anything else becomes a
 * {@link ServiceException} carrying the code and {@code message}. When the code says the session
 * expired ({@link Builder#sessionErrorCodes(Set)}; DVCQG publishes no list, the default is the
 * sandbox's {@code 2}) or the adapter answers {@code 401}, the client logs in again and sends the
 * call once more. Reads and the idempotent {@code DongBoHoSoMC} (keyed by {@code MaHoSo}) and
 * {@code DongBoTrangThaiHoSo} are retried on transport failures; {@code CapNhatTienDoHoSoMC}
 * (which appends steps) and {@code DongBoDanhGia} are not.
 *
 * <p>Thread-safe; one login is shared by all threads.
 */
public final class DvcqgClient {

    /** The service name in exceptions and traces. */
    public static final String SERVICE = "dvcqg";

    /** The default login path below the base URL. */
    public static final String DEFAULT_LOGIN_PATH = "mapi/login";

    /** The default service path below the base URL. */
    public static final String DEFAULT_SERVICE_PATH = "mapi/g";

    /** The error codes taken to mean "session expired" unless configured: the sandbox's. */
    public static final Set<String> DEFAULT_SESSION_ERROR_CODES = Set.of("2");

    private final EgovHttp http;
    private final Credentials credentials;
    private final String dstCode;
    private final AgencyCode agency;
    private final String loginPath;
    private final String servicePath;
    private final Set<String> sessionErrorCodes;
    private final Object loginLock = new Object();
    private volatile @Nullable String session;

    private DvcqgClient(Builder b, HttpSettings settings, Credentials credentials, String dstCode, AgencyCode agency) {
        this.http = EgovHttp.create(SERVICE, settings);
        this.credentials = credentials;
        this.dstCode = dstCode;
        this.agency = agency;
        this.loginPath = b.loginPath;
        this.servicePath = b.servicePath;
        this.sessionErrorCodes = Set.copyOf(b.sessionErrorCodes);
    }

    /**
     * Starts a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The agency calls are made for, sent as {@code madonvi}.
     *
     * @return the agency
     */
    public AgencyCode agency() {
        return agency;
    }

    // ------------------------------------------------------------------ catalogue

    /**
     * The procedure catalogue, {@code LayDanhSachTTHC}.
     *
     * @return the procedures
     * @throws EgovException if the call fails
     */
    public List<ProcedureSummary> procedures() {
        return list(call("LayDanhSachTTHC", Map.of(), Idempotency.IDEMPOTENT), ProcedureSummary.class);
    }

    /**
     * One procedure in detail, {@code LayThuTuc} with {@code MaTTHC}.
     *
     * @param code the procedure code
     * @return the procedure, or empty if the catalogue has none with that code
     * @throws EgovException if the call fails
     */
    public Optional<ProcedureDetail> procedure(ProcedureCode code) {
        List<ProcedureDetail> found =
                list(call("LayThuTuc", Map.of("MaTTHC", code.value()), Idempotency.IDEMPOTENT), ProcedureDetail.class);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * The public bodies, {@code LayDanhMucCoQuan}.
     *
     * @return the bodies
     * @throws EgovException if the call fails
     */
    public List<Agency> agencies() {
        return list(call("LayDanhMucCoQuan", Map.of(), Idempotency.IDEMPOTENT), Agency.class);
    }

    /**
     * The fields of public services, {@code LayDanhMucLinhVuc}.
     *
     * @return the fields
     * @throws EgovException if the call fails
     */
    public List<Field> fields() {
        return list(call("LayDanhMucLinhVuc", Map.of(), Idempotency.IDEMPOTENT), Field.class);
    }

    // ------------------------------------------------------------------ dossiers

    /**
     * Looks a dossier up, {@code TraCuuHoSo} with {@code mahoso} (lower case, as public
     * integrations send it).
     *
     * @param code the dossier code
     * @return the dossier and its steps, or empty if the portal has no such dossier
     * @throws EgovException if the call fails
     */
    public Optional<DossierRecord> lookUp(DossierCode code) {
        Reply reply = call("TraCuuHoSo", Map.of("mahoso", code.toString()), Idempotency.IDEMPOTENT);
        JsonValue result = reply.result();
        if (!(result instanceof JsonArray) || ((JsonArray) result).isEmpty()) {
            return Optional.empty();
        }
        JsonValue first = ((JsonArray) result).get(0);
        DossierSync dossier = bind(first, DossierSync.class, reply, "result[0]");
        Steps steps = bind(first, Steps.class, reply, "result[0]");
        return Optional.of(new DossierRecord(dossier, steps.steps() == null ? List.of() : steps.steps()));
    }

    /** The steps member of a {@code TraCuuHoSo} item. */
    public record Steps(
            @JsonbProperty(DossierRecord.STEPS_MEMBER) @Nullable
            List<ProcessingStep> steps) {}

    /**
     * Sends one dossier, {@code DongBoHoSoMC}; sending it again replaces it (keyed by {@code
     * MaHoSo}).
     *
     * @param dossier the dossier
     * @throws EgovException if the call fails or the portal refuses the data
     */
    public void syncDossier(DossierSync dossier) {
        syncDossiers(List.of(dossier), false);
    }

    /**
     * Sends dossiers, {@code DongBoHoSoMC} with {@code isUpdating} ({@code "True"} or {@code
     * "False"}, as {@code VietOpenCPS/opencps-v2} sends it) and {@code data}.
     *
     * @param dossiers the dossiers, at least one
     * @param updating whether they were sent before
     * @throws EgovException if the call fails or the portal refuses the data
     */
    public void syncDossiers(List<DossierSync> dossiers, boolean updating) {
        requireSome(dossiers, "dossiers");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("isUpdating", updating ? "True" : "False");
        fields.put("data", List.copyOf(dossiers));
        call("DongBoHoSoMC", fields, Idempotency.IDEMPOTENT);
    }

    /**
     * Records processing steps, {@code CapNhatTienDoHoSoMC} with {@code data}. Not retried after a
     * transport failure: the portal appends steps, so a repeat would record them twice.
     *
     * @param steps the steps, at least one
     * @throws EgovException if the call fails or the portal refuses the data
     */
    public void updateProgress(List<ProcessingStep> steps) {
        requireSome(steps, "steps");
        call("CapNhatTienDoHoSoMC", Map.of("data", List.copyOf(steps)), Idempotency.NOT_IDEMPOTENT);
    }

    /**
     * Records one processing step.
     *
     * @param step the step
     * @throws EgovException if the call fails or the portal refuses the data
     */
    public void updateProgress(ProcessingStep step) {
        updateProgress(List.of(step));
    }

    /**
     * Sets a dossier's state, {@code DongBoTrangThaiHoSo} with {@code data}.
     *
     * @param update the new state
     * @throws EgovException if the call fails or the portal refuses the data
     */
    public void updateStatus(StatusUpdate update) {
        call("DongBoTrangThaiHoSo", Map.of("data", update), Idempotency.IDEMPOTENT);
    }

    /**
     * Sends citizens' satisfaction ratings, {@code DongBoDanhGia} with {@code data}.
     *
     * @param ratings the ratings, at least one
     * @throws EgovException if the call fails or the portal refuses the data
     */
    public void syncRatings(List<Rating> ratings) {
        requireSome(ratings, "ratings");
        call("DongBoDanhGia", Map.of("data", List.copyOf(ratings)), Idempotency.NOT_IDEMPOTENT);
    }

    /**
     * Calls any adapter service and binds its {@code result}, for services this class does not
     * cover.
     *
     * @param service the service name, such as {@code LayDanhMucCapThucHien}
     * @param fields the members besides {@code session}, {@code madonvi} and {@code service}
     * @param idempotency whether the call may be repeated after a transport failure
     * @param resultType the type to bind {@code result} to
     * @param <T> the result type
     * @return the result, or {@code null} if the answer had none
     * @throws EgovException if the call fails
     */
    public <T> @Nullable T call(String service, Map<String, ?> fields, Idempotency idempotency, Type resultType) {
        Reply reply = call(service, fields, idempotency);
        return reply.result() == JsonValue.NULL ? null : bind(reply.result(), resultType, reply, "result");
    }

    // ------------------------------------------------------------------ session

    /**
     * Logs in now (otherwise the first call does), replacing any session.
     *
     * @throws AuthenticationException if the adapter refuses the user name, password or {@code
     *     dstcode}
     * @throws EgovException for other failures
     */
    public void login() {
        synchronized (loginLock) {
            session = fetchSession();
        }
    }

    private String session() {
        String s = session;
        if (s != null) {
            return s;
        }
        synchronized (loginLock) {
            if (session == null) {
                session = fetchSession();
            }
            return Objects.requireNonNull(session);
        }
    }

    private void sessionRejected(String stale) {
        synchronized (loginLock) {
            if (stale.equals(session)) {
                session = null;
            }
        }
    }

    private String fetchSession() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", credentials.id());
        body.put("password", credentials.secret());
        Request request = Idempotency.IDEMPOTENT
                .tag(http.request(loginPath).header("dstcode", dstCode).post(http.jsonBody(body)))
                .build();
        EgovResponse response = http.execute(request);
        if (response.status() == 401 || response.status() == 403) {
            throw new AuthenticationException(
                    SERVICE,
                    response.status(),
                    Integer.toString(response.status()),
                    "login refused",
                    response.requestId());
        }
        if (!response.isSuccessful()) {
            throw http.statusFailure(response);
        }
        JsonObject reply = parse(response);
        String code = errorCode(reply, response);
        if (!isSuccess(code)) {
            throw new AuthenticationException(SERVICE, response.status(), code, message(reply), response.requestId());
        }
        JsonValue s = reply.get("session");
        if (!(s instanceof JsonString) || ((JsonString) s).getString().isEmpty()) {
            throw new InvalidResponseException(
                    SERVICE, response.status(), "login answer without a session", response.requestId(), null);
        }
        return ((JsonString) s).getString();
    }

    // ------------------------------------------------------------------ calls

    /** A successful answer's {@code result} with where it came from, for error messages. */
    private record Reply(JsonValue result, int status, String requestId) {}

    private Reply call(String service, Map<String, ?> fields, Idempotency idempotency) {
        for (int attempt = 1; ; attempt++) {
            String current = session();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("session", current);
            body.put("madonvi", agency.value());
            body.put("service", service);
            body.putAll(fields);
            Request request = idempotency
                    .tag(http.request(servicePath).header("dstcode", dstCode).post(http.jsonBody(body)))
                    .build();
            EgovResponse response = http.execute(request);
            if (response.status() == 401 && attempt == 1) {
                sessionRejected(current);
                continue;
            }
            if (!response.isSuccessful()) {
                throw http.statusFailure(response);
            }
            JsonObject reply = parse(response);
            String code = errorCode(reply, response);
            if (isSuccess(code)) {
                JsonValue result = reply.get("result");
                return new Reply(result == null ? JsonValue.NULL : result, response.status(), response.requestId());
            }
            if (attempt == 1 && sessionErrorCodes.contains(code)) {
                sessionRejected(current);
                continue;
            }
            throw new ServiceException(SERVICE, response.status(), code, message(reply), response.requestId());
        }
    }

    private JsonObject parse(EgovResponse response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.bodyText()))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidResponseException(
                    SERVICE,
                    response.status(),
                    "the answer is not a JSON object: " + Redactor.safeText(String.valueOf(e.getMessage()), 200),
                    response.requestId(),
                    e);
        }
    }

    private static String errorCode(JsonObject reply, EgovResponse response) {
        JsonValue code = reply.get("error_code");
        if (code instanceof JsonNumber) {
            return code.toString();
        }
        if (code instanceof JsonString) {
            return ((JsonString) code).getString().strip();
        }
        throw new InvalidResponseException(
                SERVICE, response.status(), "the answer has no error_code", response.requestId(), null);
    }

    private static boolean isSuccess(String code) {
        return !code.isEmpty() && code.chars().allMatch(c -> c == '0');
    }

    private static @Nullable String message(JsonObject reply) {
        JsonValue m = reply.get("message");
        return m instanceof JsonString ? ((JsonString) m).getString() : null;
    }

    private <T> List<T> list(Reply reply, Class<T> type) {
        JsonValue result = reply.result();
        if (result == JsonValue.NULL) {
            return List.of();
        }
        if (!(result instanceof JsonArray)) {
            throw new InvalidResponseException(
                    SERVICE, reply.status(), "result is not a JSON array", reply.requestId(), null);
        }
        List<T> out = new ArrayList<>();
        JsonArray array = (JsonArray) result;
        for (int i = 0; i < array.size(); i++) {
            out.add(bind(array.get(i), type, reply, "result[" + i + "]"));
        }
        return List.copyOf(out);
    }

    private static <T> T bind(JsonValue value, Type type, Reply reply, String where) {
        T bound;
        try {
            bound = EgovHttp.jsonb().fromJson(value.toString(), type);
        } catch (JsonbException e) {
            throw new InvalidResponseException(
                    SERVICE,
                    reply.status(),
                    where + ": not the JSON expected for " + simpleName(type) + ": " + rootMessage(e),
                    reply.requestId(),
                    e);
        }
        if (bound == null) {
            throw new InvalidResponseException(
                    SERVICE, reply.status(), where + " is JSON null", reply.requestId(), null);
        }
        return bound;
    }

    private static String simpleName(Type type) {
        if (type instanceof Class) {
            return ((Class<?>) type).getSimpleName();
        }
        return type instanceof ParameterizedType ? type.getTypeName() : type.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return Redactor.safeText(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage(), 200);
    }

    private static void requireSome(List<?> items, String name) {
        if (Objects.requireNonNull(items, name).isEmpty()) {
            throw new IllegalArgumentException("dvcqg: " + name + " is empty");
        }
    }

    /** Builds a {@link DvcqgClient}. */
    public static final class Builder extends EgovClientBuilder<Builder> {

        private @Nullable String dstCode;
        private @Nullable AgencyCode agency;
        private String loginPath = DEFAULT_LOGIN_PATH;
        private String servicePath = DEFAULT_SERVICE_PATH;
        private Set<String> sessionErrorCodes = DEFAULT_SESSION_ERROR_CODES;

        Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The {@code dstcode} header the adapter was issued for this connection.
         *
         * @param dstCode the code
         * @return this builder
         */
        public Builder dstCode(String dstCode) {
            if (Objects.requireNonNull(dstCode, "dstCode").isBlank()) {
                throw new IllegalArgumentException("dvcqg: dstCode is blank");
            }
            this.dstCode = dstCode;
            return this;
        }

        /**
         * The calling agency, sent as {@code madonvi}.
         *
         * @param agency such as {@code 000.00.00.H57}
         * @return this builder
         */
        public Builder agency(AgencyCode agency) {
            this.agency = Objects.requireNonNull(agency, "agency");
            return this;
        }

        /**
         * The login path below the base URL.
         *
         * @param path {@value DvcqgClient#DEFAULT_LOGIN_PATH} by default
         * @return this builder
         */
        public Builder loginPath(String path) {
            this.loginPath = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * The service path below the base URL.
         *
         * @param path {@value DvcqgClient#DEFAULT_SERVICE_PATH} by default
         * @return this builder
         */
        public Builder servicePath(String path) {
            this.servicePath = Objects.requireNonNull(path, "path");
            return this;
        }

        /**
         * The {@code error_code} values that mean the session expired, after which the client logs
         * in again and repeats the call once.
         *
         * @param codes such as {@code Set.of("2")}, the default
         * @return this builder
         */
        public Builder sessionErrorCodes(Set<String> codes) {
            this.sessionErrorCodes = Set.copyOf(codes);
            return this;
        }

        /**
         * Builds the client; it logs in on first use.
         *
         * @return the client
         * @throws IllegalStateException if the base URL, the credentials, the {@code dstcode} or
         *     the agency is missing, or the base URL uses plain HTTP without {@code allowHttp(true)}
         */
        public DvcqgClient build() {
            HttpSettings settings = httpSettings();
            Credentials credentials = settings.credentials();
            if (credentials == null) {
                throw new IllegalStateException("dvcqg: no credentials: call credentials(username, password)");
            }
            if (dstCode == null) {
                throw new IllegalStateException("dvcqg: no dstcode: call dstCode(code)");
            }
            if (agency == null) {
                throw new IllegalStateException("dvcqg: no agency (madonvi): call agency(AgencyCode)");
            }
            return new DvcqgClient(this, settings, credentials, dstCode, agency);
        }
    }
}
