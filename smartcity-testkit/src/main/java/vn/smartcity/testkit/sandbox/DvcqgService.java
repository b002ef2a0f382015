package vn.smartcity.testkit.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.id.AgencyCode;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.egov.dossier.DossierStatus;
import vn.smartcity.egov.dossier.ProcedureCode;
import vn.smartcity.egov.http.WireDates;

/**
 * The DVCQG adapter, {@code /dvcqg}, in memory: {@code POST /dvcqg/mapi/login} with {@code
 * {"username", "password"}} and a {@code dstcode} header gives a session; {@code POST
 * /dvcqg/mapi/g} with {@code {"session", "madonvi", "service", ...}} answers {@code {"error_code",
 * "message", "result"}}.
 *
 * <p>Services: {@code LayDanhSachTTHC}, {@code LayThuTuc} ({@code MaTTHC}), {@code
 * LayDanhMucCoQuan}, {@code LayDanhMucLinhVuc}, {@code TraCuuHoSo} ({@code mahoso} or {@code
 * MaHoSo}; the dossier with its steps in {@code QuaTrinhXuLy}, an empty result if unknown), {@code
 * DongBoHoSoMC} ({@code data}: dossiers, stored by {@code MaHoSo}, so sending one again replaces
 * it), {@code CapNhatTienDoHoSoMC} ({@code data}: steps appended to known dossiers, which take the
 * step's {@code TrangThai}), {@code DongBoTrangThaiHoSo} ({@code data}: one object or an array),
 * {@code DongBoDanhGia} ({@code data}: ratings of known dossiers).
 *
 * <p>The sandbox's {@code error_code}s (the portal publishes none): {@value #OK} success, {@value
 * #ERR_LOGIN} wrong user name or password, {@value #ERR_SESSION} unknown or expired session,
 * {@value #ERR_SERVICE} unknown service, {@value #ERR_DATA} invalid data (the message names the
 * member, such as {@code data[0].MaTTHC}), {@value #ERR_NOT_FOUND} unknown dossier, {@value
 * #ERR_FORBIDDEN} wrong {@code dstcode} or {@code madonvi}. A request carrying {@code
 * Authorization: Bearer} (sent through the bus) must carry a live token of {@link BusTokenService},
 * else it gets {@code 401 invalid_token} (RFC 6750 §3.1).
 *
 * <p>Catalogue data. The national procedure codes and names are real: {@code 1.001612} Đăng ký
 * thành lập hộ kinh doanh and {@code 1.001193} Thủ tục đăng ký khai sinh (both as published on
 * dichvucong.gov.vn, e.g. {@code ma_thu_tuc=1.001612.000.00.00.H01}), {@code 1.000894} Thủ tục đăng
 * ký kết hôn, {@code 1.000656} Thủ tục đăng ký khai tử, {@code 1.004222} Đăng ký thường trú and
 * {@code 1.004194} Đăng ký tạm trú; the local copies under {@code 000.00.00.H57} are formed the way
 * provinces publish theirs. {@code 000.00.00.H57} (UBND tỉnh Thừa Thiên Huế) is a published agency
 * code; the other agency codes and all field codes are the sandbox's own.
 */
final class DvcqgService implements SandboxService {

    static final int OK = 0;
    static final int ERR_LOGIN = 1;
    static final int ERR_SESSION = 2;
    static final int ERR_SERVICE = 3;
    static final int ERR_DATA = 4;
    static final int ERR_NOT_FOUND = 5;
    static final int ERR_FORBIDDEN = 6;

    private static final int MAX_BODY = 1024 * 1024;
    private static final int MAX_SESSIONS = 10_000;
    private static final int MAX_DOSSIERS = 100_000;
    private static final int MAX_ITEMS = 1_000;

    private final SandboxCredentials credentials;
    private final Duration sessionLifetime;
    private final Clock clock;
    private final BusTokenService bus;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> dossiers = new LinkedHashMap<>();
    private final Map<String, List<JsonObject>> steps = new LinkedHashMap<>();
    private final Map<String, List<JsonObject>> ratings = new LinkedHashMap<>();

    DvcqgService(SandboxCredentials credentials, Duration sessionLifetime, Clock clock, BusTokenService bus) {
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("session lifetime must be positive: " + sessionLifetime);
        }
        this.credentials = credentials;
        this.sessionLifetime = sessionLifetime;
        this.clock = clock;
        this.bus = bus;
    }

    @Override
    public String path() {
        return "/dvcqg";
    }

    /** Expires every session. */
    void expireSessions() {
        sessions.clear();
    }

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        String authorization = exchange.header("Authorization");
        if (authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !bus.isActive(authorization.substring(7).strip())) {
            exchange.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            exchange.json(401, "{\"error\":\"invalid_token\"}");
            return;
        }
        if (!"POST".equals(exchange.method())) {
            exchange.setHeader("Allow", "POST");
            exchange.json(405, reply(ERR_SERVICE, "Chỉ hỗ trợ POST"));
            return;
        }
        String sub = exchange.subPath();
        if (!"/mapi/login".equals(sub) && !"/mapi/g".equals(sub)) {
            exchange.json(404, reply(ERR_SERVICE, "Không có đường dẫn " + sub));
            return;
        }
        String length = exchange.header("Content-Length");
        if (length == null || !length.matches("\\d{1,9}") || Integer.parseInt(length) > MAX_BODY) {
            exchange.json(413, reply(ERR_DATA, "Cần Content-Length không quá " + MAX_BODY + " byte"));
            return;
        }
        JsonObject body;
        try (JsonReader reader = Json.createReader(new StringReader(exchange.bodyText()))) {
            body = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            exchange.json(200, reply(ERR_DATA, "Dữ liệu không phải JSON object"));
            return;
        }
        if (!credentials.dvcqgDstCode().equals(exchange.header("dstcode"))) {
            exchange.json(200, reply(ERR_FORBIDDEN, "dstcode không hợp lệ"));
            return;
        }
        String answer = "/mapi/login".equals(sub) ? login(body) : service(body);
        exchange.json(200, answer);
    }

    private String login(JsonObject body) {
        if (!credentials.dvcqgUsername().equals(text(body, "username"))
                || !credentials.dvcqgPassword().equals(text(body, "password"))) {
            return reply(ERR_LOGIN, "Sai tên đăng nhập hoặc mật khẩu");
        }
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(expiry -> !now.isBefore(expiry));
            if (sessions.size() >= MAX_SESSIONS) {
                sessions.clear();
            }
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String session = HexFormat.of().formatHex(bytes);
        sessions.put(session, now.plus(sessionLifetime));
        return Json.createObjectBuilder()
                .add("error_code", OK)
                .add("message", "Thành công")
                .add("session", session)
                .build()
                .toString();
    }

    private String service(JsonObject body) {
        String session = text(body, "session");
        Instant expiry = session == null ? null : sessions.get(session);
        if (expiry == null || !clock.instant().isBefore(expiry)) {
            return reply(ERR_SESSION, "Phiên làm việc không hợp lệ hoặc đã hết hạn");
        }
        if (!credentials.agencyCode().equals(text(body, "madonvi"))) {
            return reply(ERR_FORBIDDEN, "madonvi không khớp với tài khoản kết nối");
        }
        String service = text(body, "service");
        if (service == null) {
            return reply(ERR_SERVICE, "Thiếu tên dịch vụ (service)");
        }
        try {
            switch (service) {
                case "LayDanhSachTTHC":
                    return result(Catalogue.procedureList());
                case "LayThuTuc":
                    return result(Catalogue.procedure(required(body, "MaTTHC", "MaTTHC")));
                case "LayDanhMucCoQuan":
                    return result(Catalogue.agencies());
                case "LayDanhMucLinhVuc":
                    return result(Catalogue.fields());
                case "TraCuuHoSo":
                    return lookUp(body);
                case "DongBoHoSoMC":
                    return syncDossiers(body);
                case "CapNhatTienDoHoSoMC":
                    return addSteps(body);
                case "DongBoTrangThaiHoSo":
                    return updateStates(body);
                case "DongBoDanhGia":
                    return addRatings(body);
                default:
                    return reply(ERR_SERVICE, "Không hỗ trợ dịch vụ " + service);
            }
        } catch (DataException e) {
            return reply(e.code, e.getMessage());
        }
    }

    private synchronized String lookUp(JsonObject body) {
        String code = text(body, "mahoso");
        if (code == null) {
            code = required(body, "MaHoSo", "mahoso");
        }
        JsonObject dossier = dossiers.get(code);
        if (dossier == null) {
            return result(JsonValue.EMPTY_JSON_ARRAY);
        }
        JsonArrayBuilder history = Json.createArrayBuilder();
        steps.getOrDefault(code, List.of()).forEach(history::add);
        JsonObjectBuilder out = Json.createObjectBuilder(dossier).add("QuaTrinhXuLy", history);
        List<JsonObject> rated = ratings.getOrDefault(code, List.of());
        if (!rated.isEmpty()) {
            JsonArrayBuilder r = Json.createArrayBuilder();
            rated.forEach(r::add);
            out.add("DanhGia", r);
        }
        return result(Json.createArrayBuilder().add(out).build());
    }

    private synchronized String syncDossiers(JsonObject body) {
        List<JsonObject> items = items(body);
        for (int i = 0; i < items.size(); i++) {
            String at = "data[" + i + "].";
            JsonObject d = items.get(i);
            checkDossierCode(required(d, "MaHoSo", at + "MaHoSo"), at + "MaHoSo");
            check(ProcedureCode::parse, required(d, "MaTTHC", at + "MaTTHC"), at + "MaTTHC");
            required(d, "TenTTHC", at + "TenTTHC");
            required(d, "ChuHoSo", at + "ChuHoSo");
            String type = required(d, "LoaiDoiTuong", at + "LoaiDoiTuong");
            if (!"1".equals(type) && !"2".equals(type)) {
                throw new DataException(
                        ERR_DATA, at + "LoaiDoiTuong: phải là \"1\" (công dân) hoặc \"2\" (doanh nghiệp)");
            }
            check(WireDates::parse, required(d, "NgayTiepNhan", at + "NgayTiepNhan"), at + "NgayTiepNhan");
            for (String date : List.of("NgayHenTra", "NgayTra", "NgayKetThucXuLy")) {
                String value = text(d, date);
                if (value != null && !value.isEmpty()) {
                    check(WireDates::parse, value, at + date);
                }
            }
            check(
                    DossierStatus::fromWireCode,
                    required(d, "TrangThaiHoSo", at + "TrangThaiHoSo"),
                    at + "TrangThaiHoSo");
        }
        for (JsonObject d : items) {
            String code = text(d, "MaHoSo");
            if (!dossiers.containsKey(code) && dossiers.size() >= MAX_DOSSIERS) {
                throw new DataException(ERR_DATA, "Sandbox đã đủ " + MAX_DOSSIERS + " hồ sơ");
            }
            dossiers.put(code, d);
        }
        return reply(OK, "Thành công");
    }

    private synchronized String addSteps(JsonObject body) {
        List<JsonObject> items = items(body);
        for (int i = 0; i < items.size(); i++) {
            String at = "data[" + i + "].";
            JsonObject s = items.get(i);
            requireSynced(s, at);
            required(s, "NguoiXuLy", at + "NguoiXuLy");
            required(s, "NoiDungXuLy", at + "NoiDungXuLy");
            check(WireDates::parse, required(s, "ThoiDiemXuLy", at + "ThoiDiemXuLy"), at + "ThoiDiemXuLy");
            check(DossierStatus::fromWireCode, required(s, "TrangThai", at + "TrangThai"), at + "TrangThai");
        }
        for (JsonObject s : items) {
            String code = text(s, "MaHoSo");
            List<JsonObject> history = steps.computeIfAbsent(code, k -> new ArrayList<>());
            if (history.size() >= MAX_ITEMS) {
                throw new DataException(ERR_DATA, "Hồ sơ " + code + " đã có " + MAX_ITEMS + " bước xử lý");
            }
            history.add(s);
            setState(code, text(s, "TrangThai"));
        }
        return reply(OK, "Thành công");
    }

    private synchronized String updateStates(JsonObject body) {
        JsonValue data = body.get("data");
        List<JsonObject> items = data instanceof JsonObject ? List.of((JsonObject) data) : items(body);
        for (int i = 0; i < items.size(); i++) {
            String at = data instanceof JsonObject ? "data." : "data[" + i + "].";
            JsonObject u = items.get(i);
            requireSynced(u, at);
            check(DossierStatus::fromWireCode, required(u, "TrangThai", at + "TrangThai"), at + "TrangThai");
            check(WireDates::parse, required(u, "NgayXuLy", at + "NgayXuLy"), at + "NgayXuLy");
        }
        for (JsonObject u : items) {
            setState(text(u, "MaHoSo"), text(u, "TrangThai"));
        }
        return reply(OK, "Thành công");
    }

    private synchronized String addRatings(JsonObject body) {
        List<JsonObject> items = items(body);
        for (int i = 0; i < items.size(); i++) {
            String at = "data[" + i + "].";
            JsonObject r = items.get(i);
            requireSynced(r, at);
            JsonValue level = r.get("MucDoHaiLong");
            if (!(level instanceof JsonNumber)
                    || !((JsonNumber) level).isIntegral()
                    || ((JsonNumber) level).intValue() < 1
                    || ((JsonNumber) level).intValue() > 5) {
                throw new DataException(ERR_DATA, at + "MucDoHaiLong: phải là số nguyên từ 1 đến 5");
            }
            check(WireDates::parse, required(r, "ThoiDiemDanhGia", at + "ThoiDiemDanhGia"), at + "ThoiDiemDanhGia");
        }
        for (JsonObject r : items) {
            List<JsonObject> list = ratings.computeIfAbsent(text(r, "MaHoSo"), k -> new ArrayList<>());
            if (list.size() < MAX_ITEMS) {
                list.add(r);
            }
        }
        return reply(OK, "Thành công");
    }

    private void setState(String code, @Nullable String state) {
        JsonObject dossier = dossiers.get(code);
        if (dossier != null && state != null) {
            dossiers.put(
                    code,
                    Json.createObjectBuilder(dossier)
                            .add("TrangThaiHoSo", state)
                            .build());
        }
    }

    private static List<JsonObject> items(JsonObject body) {
        JsonValue data = body.get("data");
        if (!(data instanceof JsonArray)) {
            throw new DataException(ERR_DATA, "data: phải là một mảng");
        }
        JsonArray array = (JsonArray) data;
        if (array.isEmpty() || array.size() > MAX_ITEMS) {
            throw new DataException(ERR_DATA, "data: cần từ 1 đến " + MAX_ITEMS + " phần tử");
        }
        List<JsonObject> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject)) {
                throw new DataException(ERR_DATA, "data[" + i + "]: phải là một object");
            }
            out.add(array.getJsonObject(i));
        }
        return out;
    }

    private static void checkDossierCode(String value, String where) {
        check(DossierCode::parse, value, where);
    }

    /** Checks that an item's {@code MaHoSo} names a dossier already synced. */
    private void requireSynced(JsonObject item, String at) {
        String code = required(item, "MaHoSo", at + "MaHoSo");
        if (!dossiers.containsKey(code)) {
            throw new DataException(ERR_NOT_FOUND, at + "MaHoSo: hồ sơ chưa được đồng bộ");
        }
    }

    private static void check(java.util.function.Function<String, ?> parser, String value, String where) {
        try {
            parser.apply(value);
        } catch (InvalidValueException e) {
            throw new DataException(ERR_DATA, where + ": " + e.getMessage());
        }
    }

    private static String required(JsonObject object, String member, String where) {
        String value = text(object, member);
        if (value == null || value.isBlank()) {
            throw new DataException(ERR_DATA, where + ": thiếu hoặc rỗng");
        }
        return value;
    }

    private static @Nullable String text(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (value instanceof JsonString) {
            return ((JsonString) value).getString();
        }
        if (value instanceof JsonNumber) {
            return value.toString();
        }
        return null;
    }

    private static String reply(int code, String message) {
        return Json.createObjectBuilder()
                .add("error_code", code)
                .add("message", message)
                .build()
                .toString();
    }

    private static String result(JsonValue result) {
        return Json.createObjectBuilder()
                .add("error_code", OK)
                .add("message", "Thành công")
                .add("result", result)
                .build()
                .toString();
    }

    /** Invalid data or an unknown dossier, answered with its {@code error_code}. */
    private static final class DataException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int code;

        DataException(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /** The sandbox's catalogue. */
    private static final class Catalogue {

        private static final String HUE = "000.00.00.H57";

        private static final String[][] FIELDS = {
            {"HKD", "Thành lập và hoạt động của hộ kinh doanh", "G13"},
            {"HOTICH", "Hộ tịch", "G10"},
            {"CUTRU", "Đăng ký, quản lý cư trú", "G05"}
        };

        private static final String[][] AGENCIES = {
            {HUE, "Ủy ban nhân dân thành phố Huế", "1"},
            {"000.00.14.H57", "Sở Tư pháp thành phố Huế", "2"},
            {"000.00.21.H57", "Sở Tài chính thành phố Huế", "2"},
            {"000.00.31.H57", "Công an thành phố Huế", "2"}
        };

        /** National code, name, field, agency. */
        private static final String[][] PROCEDURES = {
            {"1.001612", "Đăng ký thành lập hộ kinh doanh", "HKD", "000.00.21.H57"},
            {"1.001193", "Thủ tục đăng ký khai sinh", "HOTICH", "000.00.14.H57"},
            {"1.000894", "Thủ tục đăng ký kết hôn", "HOTICH", "000.00.14.H57"},
            {"1.000656", "Thủ tục đăng ký khai tử", "HOTICH", "000.00.14.H57"},
            {"1.004222", "Đăng ký thường trú", "CUTRU", "000.00.31.H57"},
            {"1.004194", "Đăng ký tạm trú", "CUTRU", "000.00.31.H57"}
        };

        private Catalogue() {}

        static String local(String national) {
            return ProcedureCode.of(national, AgencyCode.parse(HUE)).value();
        }

        static JsonArray procedureList() {
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (String[] p : PROCEDURES) {
                out.add(Json.createObjectBuilder()
                        .add("MATTHC", local(p[0]))
                        .add("TENTTHC", p[1])
                        .add("MALINHVUC", p[2]));
            }
            return out.build();
        }

        static JsonArray procedure(String code) {
            for (String[] p : PROCEDURES) {
                if (local(p[0]).equals(code) || p[0].equals(code)) {
                    return Json.createArrayBuilder()
                            .add(Json.createObjectBuilder()
                                    .add("MATTHC", local(p[0]))
                                    .add("TENTTHC", p[1])
                                    .add(
                                            "LINHVUCTHUCHIEN",
                                            Json.createArrayBuilder().add(field(p[2])))
                                    .add(
                                            "COQUANTHUCHIEN",
                                            Json.createArrayBuilder().add(agency(p[3])))
                                    .add("TRANGTHAI", 1))
                            .build();
                }
            }
            return JsonValue.EMPTY_JSON_ARRAY;
        }

        static JsonArray agencies() {
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (String[] a : AGENCIES) {
                out.add(agency(a[0]));
            }
            return out.build();
        }

        static JsonArray fields() {
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (String[] f : FIELDS) {
                out.add(field(f[0]));
            }
            return out.build();
        }

        private static JsonObjectBuilder field(String code) {
            for (String[] f : FIELDS) {
                if (f[0].equals(code)) {
                    return Json.createObjectBuilder()
                            .add("MALINHVUC", f[0])
                            .add("TENLINHVUC", f[1])
                            .add("MANGANH", f[2]);
                }
            }
            throw new IllegalStateException("no field " + code);
        }

        private static JsonObjectBuilder agency(String code) {
            for (String[] a : AGENCIES) {
                if (a[0].equals(code)) {
                    return Json.createObjectBuilder()
                            .add("MADONVI", a[0])
                            .add("TENDONVI", a[1])
                            .add("CAPDONVI", Integer.parseInt(a[2]));
                }
            }
            throw new IllegalStateException("no agency " + code);
        }
    }
}
