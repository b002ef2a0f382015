package vn.smartcity.testkit.sandbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Open311 GeoReport v2 at {@code /open311/v2}: the field reports (phản ánh hiện trường) of a
 * made-up Huế jurisdiction, {@code hue.gov.vn}, in XML and JSON, with in-memory state.
 *
 * <p>The GeoReport v2 resources ({@code [resource].xml} or {@code .json}):
 *
 * <ul>
 *   <li>{@code GET services} — five services: {@code 001} road damage (a definition with a
 *       string, a single- and a multi-value list, a number, a date-time and a text attribute),
 *       {@code 002} garbage, {@code 003} street lights (definition), {@code 004} flooding, a
 *       {@code batch} service that answers with a token (definition), {@code 005} air pollution.
 *   <li>{@code GET services/{code}} — the definitions (empty for services without metadata).
 *   <li>{@code POST requests} — needs {@link SandboxCredentials#open311ApiKey()} ({@code 403}
 *       otherwise), a location ({@code lat} and {@code long}, {@code address_string} or {@code
 *       address_id}), and attributes that fit the definition ({@code 400} otherwise).
 *   <li>{@code GET tokens/{token}} — a token of service {@code 004} resolves to an id on its second
 *       lookup ("after a short while"); the first answers with the token alone.
 *   <li>{@code GET requests} — filters {@code service_request_id}, {@code service_code}, {@code
 *       start_date}, {@code end_date}, {@code status}; no default date window (the seeded requests
 *       of June 2025 stay visible), at most 1,000 results. {@code GET requests/{id}} — one.
 *   <li>Error documents ({@code errors/error/code,description}) with 400, 403, 404 and 405; a
 *       {@code jurisdiction_id} other than {@code hue.gov.vn} is 404.
 * </ul>
 *
 * <p>Beyond GeoReport v2:
 *
 * <ul>
 *   <li>The SDK's rating extension: {@code POST requests/{id}/rating} with {@code api_key}, {@code
 *       rating} 1 to 5 and {@code comment}; {@code 404 request_not_found}, {@code 400
 *       rating_invalid}, {@code 400 rating_not_allowed} (a request not closed yet).
 *   <li>A sandbox-only admin resource to move a request on, for tests and the demo: {@code POST
 *       admin/requests/{id}/advance} with {@code api_key}. Each call takes a request one step: a
 *       new request gets its {@code agency_responsible} and a {@code status_notes} saying it was
 *       forwarded (still {@code open}); the next call closes it with a {@code status_notes} saying
 *       what was done. Optional form fields {@code status} (any text, to try the statuses real
 *       servers send), {@code status_notes} and {@code agency_responsible} set those values
 *       instead. It answers the request as {@code GET requests/{id}} would.
 * </ul>
 *
 * <p>Seeded with four requests in Huế ({@code HUE-000001} to {@code HUE-000004}); new ones
 * continue from {@code HUE-000005}. Times are in Vietnam's zone ({@code +07:00}).
 */
final class Open311Service implements SandboxService {

    /** The path prefix. */
    static final String PATH = "/open311/v2";

    /** The one jurisdiction this sandbox serves. */
    static final String JURISDICTION = "hue.gov.vn";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int MAX_RESULTS = 1000;
    private static final int MAX_TEXT = 4000;
    private static final String XML_TYPE = "text/xml; charset=utf-8";
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final SandboxCredentials credentials;
    private final Clock clock;
    private final Map<String, ServiceType> catalogue = new LinkedHashMap<>();
    private final Map<String, Report> reports = new LinkedHashMap<>(); // guarded by this
    private final Map<String, PendingToken> tokens = new HashMap<>(); // guarded by this
    private int lastId; // guarded by this

    /**
     * Creates the service with the system clock.
     *
     * @param credentials the credentials whose Open311 API key it accepts
     */
    Open311Service(SandboxCredentials credentials) {
        this(credentials, Clock.system(VIETNAM));
    }

    /**
     * Creates the service.
     *
     * @param credentials the credentials whose Open311 API key it accepts
     * @param clock the clock of new and updated requests
     */
    Open311Service(SandboxCredentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
        for (ServiceType type : catalogue()) {
            catalogue.put(type.code, type);
        }
        seed();
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public void handle(SandboxExchange exchange) throws IOException {
        String sub = exchange.subPath();
        int slash = sub.lastIndexOf('/');
        int dot = sub.lastIndexOf('.');
        Format format = null;
        if (dot > slash) {
            String extension = sub.substring(dot + 1).toLowerCase(Locale.ROOT);
            format = extension.equals("xml") ? Format.XML : extension.equals("json") ? Format.JSON : null;
        }
        if (format == null) {
            error(exchange, Format.XML, 404, "404", "no such resource: use [resource].xml or [resource].json");
            return;
        }
        List<String> path = new ArrayList<>();
        for (String segment : sub.substring(0, dot).split("/")) {
            if (!segment.isEmpty()) {
                path.add(segment);
            }
        }
        boolean post = exchange.method().equals("POST");
        boolean get = exchange.method().equals("GET");
        Map<String, List<String>> parameters = post ? exchange.form() : exchange.query();
        String jurisdiction = first(parameters, "jurisdiction_id");
        if (jurisdiction != null && !jurisdiction.equals(JURISDICTION)) {
            error(exchange, format, 404, "404", "jurisdiction_id not found: this sandbox serves " + JURISDICTION);
            return;
        }
        String route = route(path);
        switch (route) {
            case "services":
            case "services/{code}":
            case "tokens/{token}":
            case "requests/{id}":
                if (!get) {
                    methodNotAllowed(exchange, format, "GET");
                } else if (route.equals("services")) {
                    services(exchange, format);
                } else if (route.equals("services/{code}")) {
                    definition(exchange, format, path.get(1));
                } else if (route.equals("tokens/{token}")) {
                    token(exchange, format, path.get(1));
                } else {
                    one(exchange, format, path.get(1));
                }
                break;
            case "requests":
                if (post) {
                    create(exchange, format, parameters);
                } else if (get) {
                    list(exchange, format, parameters);
                } else {
                    methodNotAllowed(exchange, format, "GET, POST");
                }
                break;
            case "requests/{id}/rating":
            case "admin/requests/{id}/advance":
                if (!post) {
                    methodNotAllowed(exchange, format, "POST");
                } else if (route.startsWith("admin")) {
                    advance(exchange, format, path.get(2), parameters);
                } else {
                    rate(exchange, format, path.get(1), parameters);
                }
                break;
            default:
                error(exchange, format, 404, "404", "no such resource");
        }
    }

    private static String route(List<String> path) {
        if (path.size() == 1 && (path.get(0).equals("services") || path.get(0).equals("requests"))) {
            return path.get(0);
        }
        if (path.size() == 2 && (path.get(0).equals("services") || path.get(0).equals("requests"))) {
            return path.get(0) + (path.get(0).equals("services") ? "/{code}" : "/{id}");
        }
        if (path.size() == 2 && path.get(0).equals("tokens")) {
            return "tokens/{token}";
        }
        if (path.size() == 3 && path.get(0).equals("requests") && path.get(2).equals("rating")) {
            return "requests/{id}/rating";
        }
        if (path.size() == 4
                && path.get(0).equals("admin")
                && path.get(1).equals("requests")
                && path.get(3).equals("advance")) {
            return "admin/requests/{id}/advance";
        }
        return "";
    }

    // --- GeoReport v2 resources ---

    private void services(SandboxExchange exchange, Format format) throws IOException {
        List<Fields> items = new ArrayList<>();
        for (ServiceType type : catalogue.values()) {
            items.add(new Fields()
                    .put("service_code", type.code)
                    .put("service_name", type.name)
                    .put("description", type.description)
                    .put("metadata", !type.attributes.isEmpty())
                    .put("type", type.batch ? "batch" : "realtime")
                    .put("keywords", type.keywords)
                    .put("group", type.group));
        }
        respond(exchange, format, 200, "services", "service", items);
    }

    private void definition(SandboxExchange exchange, Format format, String code) throws IOException {
        ServiceType type = catalogue.get(code);
        if (type == null) {
            error(exchange, format, 404, "404", "service_code not found: " + code);
            return;
        }
        List<Fields> attributes = new ArrayList<>();
        for (Attribute attribute : type.attributes) {
            List<Fields> values = new ArrayList<>();
            for (Option option : attribute.options) {
                values.add(new Fields().put("key", option.key).put("name", option.name));
            }
            attributes.add(new Fields()
                    .put("variable", attribute.variable)
                    .put("code", attribute.code)
                    .put("datatype", attribute.datatype)
                    .put("required", attribute.required)
                    .put("datatype_description", attribute.datatypeDescription)
                    .put("order", attribute.order)
                    .put("description", attribute.description)
                    .put("values", new Items("value", values)));
        }
        Fields root = new Fields().put("service_code", type.code).put("attributes", new Items("attribute", attributes));
        String body = format == Format.XML ? Documents.xml("service_definition", root) : Documents.json(root);
        exchange.respond(200, format.contentType, body);
    }

    private void create(SandboxExchange exchange, Format format, Map<String, List<String>> form) throws IOException {
        if (!credentials.open311ApiKey().equals(first(form, "api_key"))) {
            error(exchange, format, 403, "403", "api_key is missing or invalid: can't proceed with create_request");
            return;
        }
        String code = first(form, "service_code");
        if (code == null) {
            error(exchange, format, 400, "400", "service_code was not provided");
            return;
        }
        ServiceType type = catalogue.get(code);
        if (type == null) {
            error(exchange, format, 404, "404", "service_code not found: " + code);
            return;
        }
        String problem = null;
        Report report = new Report(type);
        String lat = first(form, "lat");
        String lon = first(form, "long");
        report.addressString = first(form, "address_string");
        report.addressId = first(form, "address_id");
        report.description = first(form, "description");
        report.mediaUrl = first(form, "media_url");
        report.accountId = first(form, "account_id");
        if ((lat == null) != (lon == null)) {
            problem = "lat and long must be sent together";
        } else if (lat != null) {
            problem = readPosition(report, lat, lon);
        } else if (report.addressString == null && report.addressId == null) {
            problem = "a location is required: lat & long, address_string or address_id";
        }
        if (problem == null && report.description != null && report.description.length() > MAX_TEXT) {
            problem = "description is longer than " + MAX_TEXT + " characters";
        }
        if (problem == null) {
            problem = readAttributes(type, form, report.attributes);
        }
        if (problem != null) {
            error(exchange, format, 400, "400", problem);
            return;
        }
        Fields answer;
        synchronized (this) {
            report.requested = now();
            report.updated = report.requested;
            report.expected = report.requested.plusHours(type.slaHours);
            if (type.batch) {
                String token = UUID.randomUUID().toString();
                tokens.put(token, new PendingToken(report));
                answer = new Fields().put("token", token);
            } else {
                store(report);
                answer = new Fields().put("service_request_id", report.id);
            }
        }
        answer.put("service_notice", type.notice).put("account_id", report.accountId);
        respond(exchange, format, 200, "service_requests", "request", List.of(answer));
    }

    private static @Nullable String readPosition(Report report, String lat, String lon) {
        try {
            double latitude = Double.parseDouble(lat);
            double longitude = Double.parseDouble(lon);
            if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
                return "lat and long must be WGS 84 degrees within [-90, 90] and [-180, 180]";
            }
            report.lat = latitude;
            report.lon = longitude;
            return null;
        } catch (NumberFormatException e) {
            return "lat and long must be decimal numbers";
        }
    }

    /** Reads {@code attribute[code]} and {@code attribute[code][]} fields; returns a problem or null. */
    private static @Nullable String readAttributes(
            ServiceType type, Map<String, List<String>> form, Map<String, List<String>> into) {
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            String name = field.getKey();
            if (!name.startsWith("attribute[")) {
                continue;
            }
            int close = name.indexOf(']');
            String rest = close < 0 ? "?" : name.substring(close + 1);
            if (close < 0 || !(rest.isEmpty() || rest.equals("[]"))) {
                return "malformed attribute field name: use attribute[code] or attribute[code][]";
            }
            String code = name.substring("attribute[".length(), close);
            Attribute attribute = type.attribute(code);
            if (attribute == null || !attribute.variable) {
                return "attribute " + code + " is not defined for service " + type.code;
            }
            into.computeIfAbsent(code, k -> new ArrayList<>()).addAll(field.getValue());
        }
        for (Attribute attribute : type.attributes) {
            List<String> values = into.computeIfAbsent(attribute.code, k -> new ArrayList<>());
            values.removeIf(String::isBlank);
            if (values.isEmpty()) {
                if (attribute.required && attribute.variable) {
                    return "attribute " + attribute.code + " is required for service " + type.code;
                }
                into.remove(attribute.code);
                continue;
            }
            String problem = attribute.check(values);
            if (problem != null) {
                return "attribute " + attribute.code + ": " + problem;
            }
        }
        return null;
    }

    private void token(SandboxExchange exchange, Format format, String token) throws IOException {
        Fields answer;
        synchronized (this) {
            PendingToken pending = tokens.get(token);
            if (pending == null) {
                answer = null;
            } else {
                pending.lookups++;
                if (pending.report.id == null && pending.lookups >= 2) {
                    store(pending.report);
                }
                answer = new Fields()
                        .put("service_request_id", pending.report.id)
                        .put("token", token);
            }
        }
        if (answer == null) {
            error(exchange, format, 404, "404", "token not found");
            return;
        }
        respond(exchange, format, 200, "service_requests", "request", List.of(answer));
    }

    private void list(SandboxExchange exchange, Format format, Map<String, List<String>> query) throws IOException {
        Set<String> ids = csv(first(query, "service_request_id"));
        Set<String> codes = csv(first(query, "service_code"));
        Set<String> statuses = csv(first(query, "status"));
        for (String status : statuses) {
            if (!status.equals("open") && !status.equals("closed")) {
                error(exchange, format, 400, "400", "status must be open or closed, comma separated");
                return;
            }
        }
        OffsetDateTime start;
        OffsetDateTime end;
        try {
            start = date(first(query, "start_date"));
            end = date(first(query, "end_date"));
        } catch (DateTimeParseException e) {
            error(
                    exchange,
                    format,
                    400,
                    "400",
                    "start_date and end_date must be W3C date-times such as 2025-06-01T00:00:00+07:00");
            return;
        }
        List<Fields> items = new ArrayList<>();
        synchronized (this) {
            for (Report report : reports.values()) {
                if (items.size() >= MAX_RESULTS) {
                    break;
                }
                boolean match = ids.isEmpty()
                        ? (codes.isEmpty() || codes.contains(report.type.code))
                                && (statuses.isEmpty() || statuses.contains(report.status))
                                && (start == null || !report.requested.isBefore(start))
                                && (end == null || !report.requested.isAfter(end))
                        : ids.contains(report.id);
                if (match) {
                    items.add(report.fields());
                }
            }
        }
        respond(exchange, format, 200, "service_requests", "request", items);
    }

    private void one(SandboxExchange exchange, Format format, String id) throws IOException {
        Fields fields;
        synchronized (this) {
            Report report = reports.get(id);
            fields = report == null ? null : report.fields();
        }
        if (fields == null) {
            error(exchange, format, 404, "404", "service_request_id not found: " + id);
            return;
        }
        respond(exchange, format, 200, "service_requests", "request", List.of(fields));
    }

    // --- The rating extension and the admin resource ---

    private void rate(SandboxExchange exchange, Format format, String id, Map<String, List<String>> form)
            throws IOException {
        if (!credentials.open311ApiKey().equals(first(form, "api_key"))) {
            error(exchange, format, 403, "403", "api_key is missing or invalid");
            return;
        }
        String text = first(form, "rating");
        String comment = first(form, "comment");
        int score;
        try {
            score = text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            score = 0;
        }
        Fields answer = null;
        String code = null;
        String problem = null;
        synchronized (this) {
            Report report = reports.get(id);
            if (report == null) {
                code = "request_not_found";
                problem = "service_request_id not found: " + id;
            } else if (score < 1 || score > 5 || (comment != null && comment.length() > MAX_TEXT)) {
                code = "rating_invalid";
                problem = "rating must be a whole number from 1 to 5, comment at most " + MAX_TEXT + " characters";
            } else if (!report.status.equals("closed")) {
                code = "rating_not_allowed";
                problem = "the request is not closed yet: rate the answer once it is closed";
            } else {
                report.rating = score;
                report.ratingComment = comment;
                report.ratedAt = now();
                answer = new Fields()
                        .put("service_request_id", report.id)
                        .put("rating", score)
                        .put("rated_datetime", format(report.ratedAt));
            }
        }
        if (answer == null) {
            error(exchange, format, code.equals("request_not_found") ? 404 : 400, code, problem);
            return;
        }
        respond(exchange, format, 200, "service_requests", "request", List.of(answer));
    }

    private void advance(SandboxExchange exchange, Format format, String id, Map<String, List<String>> form)
            throws IOException {
        if (!credentials.open311ApiKey().equals(first(form, "api_key"))) {
            error(exchange, format, 403, "403", "api_key is missing or invalid");
            return;
        }
        String status = first(form, "status");
        String notes = first(form, "status_notes");
        String agency = first(form, "agency_responsible");
        Fields fields = null;
        String problem = null;
        synchronized (this) {
            Report report = reports.get(id);
            if (report == null) {
                problem = "service_request_id not found: " + id;
            } else if (status == null && notes == null && agency == null && report.status.equals("closed")) {
                problem = "the request is already closed";
            } else {
                if (status == null && notes == null && agency == null) {
                    report.stage++;
                    report.agency = report.type.agency;
                    if (report.stage == 1) {
                        report.statusNotes = "Đã tiếp nhận, chuyển " + report.type.agency + " xử lý.";
                    } else {
                        report.status = "closed";
                        report.statusNotes = report.type.closingNote;
                    }
                } else {
                    if (status != null) {
                        report.status = status;
                    }
                    if (notes != null) {
                        report.statusNotes = notes;
                    }
                    if (agency != null) {
                        report.agency = agency;
                    }
                }
                report.updated = now();
                fields = report.fields();
            }
        }
        if (fields == null) {
            int httpStatus = problem.startsWith("service_request_id") ? 404 : 400;
            error(exchange, format, httpStatus, Integer.toString(httpStatus), problem);
            return;
        }
        respond(exchange, format, 200, "service_requests", "request", List.of(fields));
    }

    // --- Helpers ---

    private synchronized void store(Report report) {
        lastId++;
        report.id = String.format(Locale.ROOT, "HUE-%06d", lastId);
        reports.put(report.id, report);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock)
                .atZoneSameInstant(VIETNAM)
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
    }

    private static @Nullable OffsetDateTime date(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return OffsetDateTime.parse(text);
    }

    private static String format(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static Set<String> csv(@Nullable String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0);
    }

    private static void respond(
            SandboxExchange exchange, Format format, int status, String root, String item, List<Fields> items)
            throws IOException {
        String body = format == Format.XML ? Documents.xml(root, item, items) : Documents.json(items);
        exchange.respond(status, format.contentType, body);
    }

    private static void error(SandboxExchange exchange, Format format, int status, String code, String description)
            throws IOException {
        respond(
                exchange,
                format,
                status,
                "errors",
                "error",
                List.of(new Fields().put("code", numericOrText(code)).put("description", description)));
    }

    /** The specification's JSON writes HTTP-status codes as numbers ({@code "code":403}). */
    private static Object numericOrText(String code) {
        return !code.isEmpty() && code.length() <= 3 && code.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Integer.valueOf(code)
                : code;
    }

    private static void methodNotAllowed(SandboxExchange exchange, Format format, String allowed) throws IOException {
        exchange.setHeader("Allow", allowed);
        error(exchange, format, 405, "405", "method not allowed; use " + allowed);
    }

    // --- State and catalogue ---

    private void seed() {
        OffsetDateTime june =
                LocalDateTime.of(2025, 6, 2, 7, 42, 10).atZone(VIETNAM).toOffsetDateTime();
        Report pothole = seeded(
                "001",
                june,
                "Ổ gà sâu khoảng 10 cm giữa làn xe máy, nhiều người suýt ngã.",
                "Đường Lê Lợi, trước Trường Quốc Học, phường Thuận Hóa, thành phố Huế",
                16.4619,
                107.5891);
        pothole.attributes.put("MUC_DO", new ArrayList<>(List.of("nghiem-trong")));
        pothole.status = "closed";
        pothole.stage = 2;
        pothole.agency = pothole.type.agency;
        pothole.statusNotes = pothole.type.closingNote;
        pothole.updated = june.plusHours(32).plusMinutes(23);

        Report garbage = seeded(
                "002",
                june.plusDays(8).plusHours(10).plusMinutes(38),
                "Rác sinh hoạt tồn đọng nhiều ngày ở chân cầu, bốc mùi.",
                "Đường Chi Lăng, chân cầu Gia Hội, phường Phú Xuân, thành phố Huế",
                16.4745,
                107.5935);
        garbage.stage = 1;
        garbage.agency = garbage.type.agency;
        garbage.statusNotes = "Đã tiếp nhận, chuyển " + garbage.type.agency + " xử lý.";
        garbage.updated = garbage.requested.plusHours(2);

        Report lights = seeded(
                "003",
                june.plusDays(9).plusHours(13),
                "Ba cột đèn liền nhau không sáng, đoạn đường tối.",
                "Đường Nguyễn Huệ, phường Thuận Hóa, thành phố Huế",
                16.4627,
                107.5850);
        lights.attributes.put("MA_COT", new ArrayList<>(List.of("NH-21")));
        lights.attributes.put("TINH_TRANG", new ArrayList<>(List.of("khong-sang")));

        Report smoke = seeded(
                "005",
                june.plusDays(3).plusHours(9),
                "Đốt rác thải nhựa vào buổi tối, khói đen bay vào nhà dân.",
                "Kiệt 12 Phan Đình Phùng, phường Thuận Hóa, thành phố Huế",
                16.4589,
                107.5870);
        smoke.status = "closed";
        smoke.stage = 2;
        smoke.agency = smoke.type.agency;
        smoke.statusNotes = smoke.type.closingNote;
        smoke.updated = smoke.requested.plusDays(2);
    }

    private Report seeded(
            String code, OffsetDateTime requested, String description, String address, double lat, double lon) {
        Report report = new Report(catalogue.get(code));
        report.requested = requested;
        report.updated = requested;
        report.expected = requested.plusHours(report.type.slaHours);
        report.description = description;
        report.addressString = address;
        report.lat = lat;
        report.lon = lon;
        store(report);
        report.mediaUrl = "https://sandbox.smartcity.invalid/media/" + report.id + ".jpg";
        return report;
    }

    private static List<ServiceType> catalogue() {
        return List.of(
                new ServiceType(
                        "001",
                        "Hư hỏng mặt đường",
                        "Ổ gà, sụt lún, nứt vỡ mặt đường hoặc vỉa hè gây nguy hiểm cho người đi đường.",
                        "ổ gà, sụt lún, mặt đường, vỉa hè",
                        "Giao thông",
                        false,
                        "Sở Xây dựng thành phố Huế",
                        "Đơn vị quản lý đường bộ sẽ kiểm tra hiện trường trong 24 giờ và rào chắn nếu nguy hiểm.",
                        "Đã vá mặt đường bằng bê tông nhựa, thông xe bình thường.",
                        72,
                        List.of(
                                new Attribute(
                                        false,
                                        "HUONG_DAN",
                                        "string",
                                        false,
                                        null,
                                        1,
                                        "Chụp một ảnh toàn cảnh và một ảnh cận cảnh chỗ hư hỏng.",
                                        List.of()),
                                new Attribute(
                                        true,
                                        "MUC_DO",
                                        "singlevaluelist",
                                        true,
                                        null,
                                        2,
                                        "Mức độ hư hỏng",
                                        List.of(
                                                new Option("nhe", "Nhẹ: nứt nhỏ, chưa ảnh hưởng đi lại"),
                                                new Option("trung-binh", "Trung bình: ổ gà nông"),
                                                new Option("nghiem-trong", "Nghiêm trọng: nguy hiểm cho xe máy"))),
                                new Attribute(
                                        true,
                                        "LAN_DUONG",
                                        "multivaluelist",
                                        false,
                                        null,
                                        3,
                                        "Hư hỏng nằm ở đâu trên đường?",
                                        List.of(
                                                new Option("trai", "Làn trái"),
                                                new Option("giua", "Làn giữa"),
                                                new Option("phai", "Làn phải"),
                                                new Option("via-he", "Vỉa hè"))),
                                new Attribute(
                                        true,
                                        "DIEN_TICH",
                                        "number",
                                        false,
                                        "Mét vuông, ví dụ 1.5",
                                        4,
                                        "Diện tích hư hỏng ước tính",
                                        List.of()),
                                new Attribute(
                                        true,
                                        "PHAT_HIEN",
                                        "datetime",
                                        false,
                                        "ISO 8601, ví dụ 2025-06-02T07:30:00+07:00",
                                        5,
                                        "Thời điểm phát hiện",
                                        List.of()),
                                new Attribute(
                                        true, "GHI_CHU", "text", false, null, 6, "Mô tả thêm (nếu có)", List.of()))),
                new ServiceType(
                        "002",
                        "Rác thải, vệ sinh môi trường",
                        "Rác sinh hoạt tồn đọng, đổ trộm phế thải xây dựng, thùng rác đầy tràn.",
                        "rác, phế thải, vệ sinh, thùng rác",
                        "Môi trường",
                        false,
                        "Công ty Cổ phần Môi trường và Công trình đô thị Huế",
                        "Đơn vị vệ sinh môi trường sẽ thu gom trong ngày.",
                        "Đã thu gom rác và vệ sinh khu vực.",
                        24,
                        List.of()),
                new ServiceType(
                        "003",
                        "Đèn chiếu sáng công cộng",
                        "Đèn đường không sáng, sáng cả ban ngày, chập chờn; cột đèn nghiêng, đổ.",
                        "đèn đường, chiếu sáng, cột đèn",
                        "Hạ tầng đô thị",
                        false,
                        "Trung tâm Công viên cây xanh và Chiếu sáng Huế",
                        "Đội chiếu sáng sẽ kiểm tra và sửa chữa trong 48 giờ.",
                        "Đã thay bóng đèn và kiểm tra lại tủ điện chiếu sáng.",
                        48,
                        List.of(
                                new Attribute(
                                        true,
                                        "MA_COT",
                                        "string",
                                        true,
                                        "Ghi trên thân cột, ví dụ NH-21",
                                        1,
                                        "Số hiệu cột đèn",
                                        List.of()),
                                new Attribute(
                                        true,
                                        "TINH_TRANG",
                                        "singlevaluelist",
                                        true,
                                        null,
                                        2,
                                        "Tình trạng",
                                        List.of(
                                                new Option("khong-sang", "Không sáng"),
                                                new Option("sang-ban-ngay", "Sáng cả ban ngày"),
                                                new Option("chap-chon", "Chập chờn"),
                                                new Option("nghieng-do", "Cột nghiêng, đổ"))))),
                new ServiceType(
                        "004",
                        "Ngập úng",
                        "Ngập nước trên đường sau mưa, cống thoát nước bị tắc.",
                        "ngập, lụt, cống, thoát nước",
                        "Hạ tầng đô thị",
                        true,
                        "Công ty Cổ phần Cấp thoát nước Thừa Thiên Huế",
                        "Phản ánh được xếp hàng xử lý; dùng mã token để tra mã phản ánh.",
                        "Đã nạo vét cống, nước đã rút.",
                        48,
                        List.of(
                                new Attribute(
                                        true,
                                        "DO_SAU",
                                        "number",
                                        true,
                                        "Xăng-ti-mét",
                                        1,
                                        "Độ sâu ngập ước tính",
                                        List.of()),
                                new Attribute(
                                        true,
                                        "LUU_THONG",
                                        "singlevaluelist",
                                        true,
                                        null,
                                        2,
                                        "Xe có qua được không?",
                                        List.of(
                                                new Option("duoc", "Xe máy qua được"),
                                                new Option("kho-khan", "Khó khăn"),
                                                new Option("khong", "Không qua được"))))),
                new ServiceType(
                        "005",
                        "Ô nhiễm không khí",
                        "Khói bụi, đốt rác, mùi hôi từ cơ sở sản xuất hoặc công trình xây dựng.",
                        "khói, bụi, mùi, đốt rác",
                        "Môi trường",
                        false,
                        "Sở Nông nghiệp và Môi trường thành phố Huế",
                        "Đoàn kiểm tra môi trường sẽ xác minh trong 3 ngày làm việc.",
                        "Đã kiểm tra, lập biên bản và xử phạt cơ sở vi phạm.",
                        72,
                        List.of()));
    }

    /** The two formats, by extension. */
    private enum Format {
        XML(XML_TYPE),
        JSON(JSON_TYPE);

        final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }
    }

    /** A service of the catalogue. */
    private static final class ServiceType {
        final String code;
        final String name;
        final String description;
        final String keywords;
        final String group;
        final boolean batch;
        final String agency;
        final String notice;
        final String closingNote;
        final int slaHours;
        final List<Attribute> attributes;

        ServiceType(
                String code,
                String name,
                String description,
                String keywords,
                String group,
                boolean batch,
                String agency,
                String notice,
                String closingNote,
                int slaHours,
                List<Attribute> attributes) {
            this.code = code;
            this.name = name;
            this.description = description;
            this.keywords = keywords;
            this.group = group;
            this.batch = batch;
            this.agency = agency;
            this.notice = notice;
            this.closingNote = closingNote;
            this.slaHours = slaHours;
            this.attributes = attributes;
        }

        @Nullable
        Attribute attribute(String code) {
            for (Attribute attribute : attributes) {
                if (attribute.code.equals(code)) {
                    return attribute;
                }
            }
            return null;
        }
    }

    /** An attribute of a service definition. */
    private static final class Attribute {
        final boolean variable;
        final String code;
        final String datatype;
        final boolean required;
        final @Nullable String datatypeDescription;
        final int order;
        final String description;
        final List<Option> options;

        Attribute(
                boolean variable,
                String code,
                String datatype,
                boolean required,
                @Nullable String datatypeDescription,
                int order,
                String description,
                List<Option> options) {
            this.variable = variable;
            this.code = code;
            this.datatype = datatype;
            this.required = required;
            this.datatypeDescription = datatypeDescription;
            this.order = order;
            this.description = description;
            this.options = options;
        }

        /** Checks non-blank values against the datatype; returns a problem or null. */
        @Nullable
        String check(List<String> values) {
            if (!datatype.equals("multivaluelist") && values.size() > 1) {
                return "takes one value";
            }
            for (String value : values) {
                switch (datatype) {
                    case "number":
                        try {
                            new BigDecimal(value.strip());
                        } catch (NumberFormatException e) {
                            return "is not a number";
                        }
                        break;
                    case "datetime":
                        try {
                            OffsetDateTime.parse(value.strip());
                        } catch (DateTimeParseException e) {
                            return "is not an ISO 8601 date-time with an offset";
                        }
                        break;
                    case "singlevaluelist":
                    case "multivaluelist":
                        if (options.stream().noneMatch(option -> option.key.equals(value))) {
                            return "has no option " + value;
                        }
                        break;
                    case "string":
                        if (value.indexOf('\n') >= 0) {
                            return "may not contain line breaks";
                        }
                        break;
                    default:
                        break;
                }
            }
            return null;
        }
    }

    /** An option of a list attribute. */
    private static final class Option {
        final String key;
        final String name;

        Option(String key, String name) {
            this.key = key;
            this.name = name;
        }
    }

    /** A service request as the sandbox keeps it (guarded by the service's lock once stored). */
    private static final class Report {
        final ServiceType type;

        @Nullable
        String id;

        String status = "open";
        int stage;

        @Nullable
        String statusNotes;

        @Nullable
        String agency;

        @Nullable
        String description;

        @Nullable
        String addressString;

        @Nullable
        String addressId;

        @Nullable
        String accountId;

        @Nullable
        Double lat;

        @Nullable
        Double lon;

        @Nullable
        String mediaUrl;

        final Map<String, List<String>> attributes = new LinkedHashMap<>();
        OffsetDateTime requested = OffsetDateTime.MIN;
        OffsetDateTime updated = OffsetDateTime.MIN;
        OffsetDateTime expected = OffsetDateTime.MIN;

        @Nullable
        Integer rating;

        @Nullable
        String ratingComment;

        @Nullable
        OffsetDateTime ratedAt;

        Report(ServiceType type) {
            this.type = type;
        }

        Fields fields() {
            return new Fields()
                    .put("service_request_id", id)
                    .put("status", status)
                    .put("status_notes", statusNotes)
                    .put("service_name", type.name)
                    .put("service_code", type.code)
                    .put("description", description)
                    .put("agency_responsible", agency)
                    .put("service_notice", type.notice)
                    .put("requested_datetime", format(requested))
                    .put("updated_datetime", format(updated))
                    .put("expected_datetime", format(expected))
                    .put("address", addressString)
                    .put("address_id", addressId)
                    .put("zipcode", null)
                    .put("lat", lat)
                    .put("long", lon)
                    .put("media_url", mediaUrl);
        }
    }

    /** A request of a batch service waiting for its id. */
    private static final class PendingToken {
        final Report report;
        int lookups;

        PendingToken(Report report) {
            this.report = report;
        }
    }

    /** The fields of one element or object, in order. */
    private static final class Fields {
        final List<Map.Entry<String, @Nullable Object>> entries = new ArrayList<>();

        Fields put(String name, @Nullable Object value) {
            entries.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, value));
            return this;
        }
    }

    /** A nested list: XML {@code <attributes><attribute>...}, JSON an array. */
    private static final class Items {
        final String itemName;
        final List<Fields> items;

        Items(String itemName, List<Fields> items) {
            this.itemName = itemName;
            this.items = items;
        }
    }

    /** Writes GeoReport documents: XML as in the specification, JSON by its Spark convention. */
    private static final class Documents {
        private Documents() {}

        static String xml(String root, String item, List<Fields> items) {
            StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<")
                    .append(root)
                    .append(">\n");
            for (Fields fields : items) {
                out.append("  <").append(item).append('>');
                xmlFields(out, fields);
                out.append("</").append(item).append(">\n");
            }
            return out.append("</").append(root).append(">\n").toString();
        }

        static String xml(String root, Fields fields) {
            StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<")
                    .append(root)
                    .append('>');
            xmlFields(out, fields);
            return out.append("</").append(root).append(">\n").toString();
        }

        private static void xmlFields(StringBuilder out, Fields fields) {
            for (Map.Entry<String, @Nullable Object> entry : fields.entries) {
                String name = entry.getKey();
                Object value = entry.getValue();
                out.append('<').append(name).append('>');
                if (value instanceof Items) {
                    Items items = (Items) value;
                    for (Fields item : items.items) {
                        out.append('<').append(items.itemName).append('>');
                        xmlFields(out, item);
                        out.append("</").append(items.itemName).append('>');
                    }
                } else if (value != null) {
                    escapeXml(out, scalar(value));
                }
                out.append("</").append(name).append('>');
            }
        }

        static String json(List<Fields> items) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "\n  " : ",\n  ");
                jsonObject(out, items.get(i));
            }
            return out.append(items.isEmpty() ? "]\n" : "\n]\n").toString();
        }

        static String json(Fields fields) {
            StringBuilder out = new StringBuilder();
            jsonObject(out, fields);
            return out.append('\n').toString();
        }

        private static void jsonObject(StringBuilder out, Fields fields) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, @Nullable Object> entry : fields.entries) {
                out.append(first ? "" : ",");
                first = false;
                jsonString(out, entry.getKey());
                out.append(':');
                Object value = entry.getValue();
                if (value == null) {
                    out.append("null");
                } else if (value instanceof Items) {
                    out.append('[');
                    List<Fields> items = ((Items) value).items;
                    for (int i = 0; i < items.size(); i++) {
                        out.append(i == 0 ? "" : ",");
                        jsonObject(out, items.get(i));
                    }
                    out.append(']');
                } else if (value instanceof String) {
                    jsonString(out, (String) value);
                } else {
                    out.append(scalar(value));
                }
            }
            out.append('}');
        }

        private static String scalar(Object value) {
            if (value instanceof Double) {
                return BigDecimal.valueOf((Double) value).toPlainString();
            }
            return String.valueOf(value);
        }

        private static void escapeXml(StringBuilder out, String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<':
                        out.append("&lt;");
                        break;
                    case '>':
                        out.append("&gt;");
                        break;
                    case '&':
                        out.append("&amp;");
                        break;
                    case '"':
                        out.append("&quot;");
                        break;
                    case '\'':
                        out.append("&apos;");
                        break;
                    default:
                        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                            out.append(c); // other control characters are not allowed in XML 1.0
                        }
                }
            }
        }

        private static void jsonString(StringBuilder out, String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else if (c < 0x20) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        }
    }
}
