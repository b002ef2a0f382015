package vn.smartcity.egov.open311;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.egov.open311.internal.JsonTrees;
import vn.smartcity.egov.open311.internal.Node;
import vn.smartcity.egov.open311.internal.W3cDateTime;
import vn.smartcity.egov.open311.internal.XmlTrees;

/**
 * Reads the documents of GeoReport v2 in XML or JSON into this package's records: what {@link
 * Open311Client} uses, public for callers with their own HTTP stack or stored responses.
 *
 * <pre>{@code
 * List<ServiceRequest> requests = GeoReportReader.create().serviceRequests(body, Format.XML);
 * }</pre>
 *
 * <p><b>Strict where it matters.</b> XML is read with the JDK's StAX parser with DTDs and entity
 * references refused, so a document with {@code <!DOCTYPE>} fails before any entity (XXE) is
 * resolved. A field of the wrong kind (a latitude that is not a number) fails with a {@link
 * GeoReportFormatException} naming the field's path.
 *
 * <p><b>Lenient with what real servers send.</b> Unknown elements and members are ignored;
 * statuses other than {@code open} and {@code closed} are kept ({@link RequestStatus}); ids and
 * codes are text, also when JSON writes them as bare numbers with leading zeros as the
 * specification's own examples do ({@code "service_code":001}); empty elements and JSON {@code
 * null} are absent values; dates may come with or without an offset (without one, the reader's
 * default zone applies); a JSON list may come wrapped in an object ({@code {"services":[...]}}) or
 * as a single object; the XML may use the specification's namespace.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GeoReportReader {

    /** The zone of Vietnam, for dates sent without an offset. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ZoneId defaultZone;

    private GeoReportReader(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    /**
     * A reader that puts dates without an offset in Vietnam's zone ({@code Asia/Ho_Chi_Minh}).
     *
     * @return the reader
     */
    public static GeoReportReader create() {
        return new GeoReportReader(VIETNAM);
    }

    /**
     * A reader that puts dates without an offset in another zone.
     *
     * @param defaultZone the zone
     * @return the reader
     */
    public static GeoReportReader withDefaultZone(ZoneId defaultZone) {
        return new GeoReportReader(Objects.requireNonNull(defaultZone, "defaultZone"));
    }

    /**
     * The zone of dates sent without an offset.
     *
     * @return the zone
     */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    /**
     * Reads a service list (GET Service List, {@code services/service}).
     *
     * @param body the document
     * @param format its format
     * @return the services in document order
     * @throws GeoReportFormatException if the document is malformed or a service has no code
     */
    public List<Service> services(byte[] body, Format format) {
        List<Service> out = new ArrayList<>();
        for (Node item : items(parse(body, format), format)) {
            String code = required(item, "service_code");
            String name = item.text("service_name");
            out.add(new Service(
                    code,
                    name == null ? code : name,
                    item.text("description"),
                    bool(item, "metadata", false),
                    ServiceType.fromWire(item.text("type")),
                    keywords(item.text("keywords")),
                    item.text("group")));
        }
        return List.copyOf(out);
    }

    /**
     * Reads a service definition (GET Service Definition, {@code service_definition}).
     *
     * @param body the document
     * @param format its format
     * @return the definition, attributes sorted by {@code order}
     * @throws GeoReportFormatException if the document is malformed or an attribute or option has
     *     no code or key
     */
    public ServiceDefinition serviceDefinition(byte[] body, Format format) {
        Node root = parse(body, format);
        if (root.isArray()) {
            List<Node> items = root.children();
            if (items.size() != 1) {
                throw new GeoReportFormatException(root.path(), "expected one service definition, got " + items.size());
            }
            root = items.get(0);
        }
        String serviceCode = required(root, "service_code");
        List<ServiceAttribute> attributes = new ArrayList<>();
        for (Node attribute : root.items("attributes")) {
            List<AttributeValue> values = new ArrayList<>();
            for (Node value : attribute.items("values")) {
                String key = required(value, "key");
                String name = value.text("name");
                values.add(new AttributeValue(key, name == null ? key : name));
            }
            attributes.add(new ServiceAttribute(
                    bool(attribute, "variable", true),
                    required(attribute, "code"),
                    AttributeDatatype.fromWire(attribute.text("datatype")),
                    bool(attribute, "required", false),
                    attribute.text("datatype_description"),
                    integer(attribute, "order"),
                    attribute.text("description"),
                    values));
        }
        return new ServiceDefinition(serviceCode, attributes);
    }

    /**
     * Reads the answer to a new request (POST Service Request, Response): an id, a token, or
     * neither.
     *
     * @param body the document
     * @param format its format
     * @return the result; an id wins if a server sends both
     * @throws GeoReportFormatException if the document is malformed or holds no request
     */
    public SubmitResult submitResult(byte[] body, Format format) {
        Node item = first(parse(body, format), format);
        String id = item.text("service_request_id");
        String token = item.text("token");
        String notice = item.text("service_notice");
        String account = item.text("account_id");
        if (id != null) {
            return new SubmitResult.Created(id, notice, account);
        }
        if (token != null) {
            return new SubmitResult.Pending(token, notice, account);
        }
        return new SubmitResult.Untracked(notice, account);
    }

    /**
     * Reads the answer to a token lookup (GET service_request_id from a token).
     *
     * @param body the document
     * @param format its format
     * @param token the token looked up, used if the document does not repeat it
     * @return the status; unresolved if the document holds no request or no id
     * @throws GeoReportFormatException if the document is malformed
     */
    public TokenStatus tokenStatus(byte[] body, Format format, String token) {
        List<Node> items = items(parse(body, format), format);
        if (items.isEmpty()) {
            return new TokenStatus(token, null);
        }
        Node item = items.get(0);
        String sent = item.text("token");
        return new TokenStatus(sent == null ? token : sent, item.text("service_request_id"));
    }

    /**
     * Reads a list of service requests (GET Service Requests and GET Service Request).
     *
     * @param body the document
     * @param format its format
     * @return the requests in document order
     * @throws GeoReportFormatException if the document is malformed, a request has no id, or a
     *     date, latitude or longitude is not readable
     */
    public List<ServiceRequest> serviceRequests(byte[] body, Format format) {
        List<ServiceRequest> out = new ArrayList<>();
        for (Node item : items(parse(body, format), format)) {
            String status = item.text("status");
            String address = item.text("address");
            out.add(new ServiceRequest(
                    required(item, "service_request_id"),
                    status == null ? null : RequestStatus.of(status),
                    item.text("status_notes"),
                    item.text("service_name"),
                    item.text("service_code"),
                    item.text("description"),
                    item.text("agency_responsible"),
                    item.text("service_notice"),
                    date(item, "requested_datetime"),
                    date(item, "updated_datetime"),
                    date(item, "expected_datetime"),
                    address == null ? item.text("address_string") : address,
                    item.text("address_id"),
                    item.text("zipcode"),
                    location(item),
                    item.text("media_url")));
        }
        return List.copyOf(out);
    }

    /**
     * Reads an error document ({@code errors/error/code,description}, section "Errors"). Forgiving
     * by design, because it reads the bodies of failed calls: anything that is not such a document
     * (an HTML error page, an empty body) gives an empty list instead of an exception.
     *
     * @param body the body of a failed call
     * @param format the format asked for
     * @return the errors, or an empty list if the body is not an error document
     */
    public List<Open311Error> errors(byte[] body, Format format) {
        if (body.length == 0) {
            return List.of();
        }
        Node root;
        try {
            root = parse(body, sniff(body, format));
        } catch (GeoReportFormatException e) {
            return List.of();
        }
        List<Node> items;
        if (!root.isArray() && root.name().equals("errors")) {
            items = root.children();
        } else if (!root.isArray() && root.name().equals("error")) {
            items = List.of(root);
        } else {
            items = items(root, Format.JSON);
        }
        List<Open311Error> out = new ArrayList<>();
        for (Node item : items) {
            String code = item.text("code");
            String description = item.text("description");
            if (code == null && description == null) {
                continue;
            }
            out.add(new Open311Error(code == null ? "" : code, description == null ? "" : description));
        }
        return List.copyOf(out);
    }

    /**
     * Reads the answer of the rating extension (not GeoReport v2; see {@link
     * Open311Client#rate(String, Rating)}): a {@code service_requests} document whose request
     * carries {@code service_request_id}, {@code rating} and {@code rated_datetime}.
     *
     * @param body the document
     * @param format its format
     * @return the recorded rating
     * @throws GeoReportFormatException if the document is malformed or lacks the id or rating
     */
    public RatingResult.Recorded rating(byte[] body, Format format) {
        Node item = first(parse(body, format), format);
        String id = required(item, "service_request_id");
        int score = integer(item, "rating");
        if (score < 1 || score > 5) {
            throw new GeoReportFormatException(pathOf(item, "rating"), "a rating is 1 to 5, got " + score);
        }
        return new RatingResult.Recorded(id, score, date(item, "rated_datetime"));
    }

    private static Node parse(byte[] body, Format format) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
        if (format == Format.XML) {
            return XmlTrees.read(new ByteArrayInputStream(body));
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return JsonTrees.read(text);
    }

    /** Error bodies sometimes come in the other format (an XML error for a JSON call). */
    private static Format sniff(byte[] body, Format asked) {
        for (byte b : body) {
            if (b == '<') {
                return Format.XML;
            }
            if (b == '[' || b == '{') {
                return Format.JSON;
            }
            if (b != ' '
                    && b != '\t'
                    && b != '\r'
                    && b != '\n'
                    && (b & 0xff) != 0xef
                    && (b & 0xff) != 0xbb
                    && (b & 0xff) != 0xbf) {
                return asked;
            }
        }
        return asked;
    }

    /** The records of a list document: the root's children in XML, the array's items in JSON. */
    private static List<Node> items(Node root, Format format) {
        if (format == Format.XML || root.isArray()) {
            return root.children();
        }
        List<Node> members = root.children();
        if (members.size() == 1 && members.get(0).isArray()) {
            return members.get(0).children(); // {"service_requests": [...]}
        }
        return List.of(root); // a single object instead of a one-item array
    }

    private static Node first(Node root, Format format) {
        List<Node> items = items(root, format);
        if (items.isEmpty()) {
            throw new GeoReportFormatException(
                    root.path().isEmpty() ? "root" : root.path(), "the document holds no request");
        }
        return items.get(0);
    }

    private static String required(Node item, String field) {
        String text = item.text(field);
        if (text == null) {
            throw new GeoReportFormatException(pathOf(item, field), "missing or empty");
        }
        return text;
    }

    private static String pathOf(Node item, String field) {
        Node child = item.child(field);
        return child != null ? child.path() : item.path() + "." + field;
    }

    private static boolean bool(Node item, String field, boolean absent) {
        String text = item.text(field);
        if (text == null) {
            return absent;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                throw new GeoReportFormatException(
                        pathOf(item, field), "expected true or false, got '" + shorten(text) + "'");
        }
    }

    private static int integer(Node item, String field) {
        String text = item.text(field);
        if (text == null) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new GeoReportFormatException(
                    pathOf(item, field), "expected a whole number, got '" + shorten(text) + "'");
        }
    }

    private @Nullable OffsetDateTime date(Node item, String field) {
        String text = item.text(field);
        if (text == null) {
            return null;
        }
        try {
            return W3cDateTime.parse(text, defaultZone);
        } catch (DateTimeParseException e) {
            throw new GeoReportFormatException(
                    pathOf(item, field),
                    "expected a W3C date-time such as 2010-04-14T06:37:38-08:00, got '" + shorten(text) + "'",
                    e);
        }
    }

    private static @Nullable GeoPoint location(Node item) {
        String lat = item.text("lat");
        String lon = item.text("long");
        if (lat == null || lon == null) {
            return null;
        }
        double latitude = decimal(item, "lat", lat);
        double longitude = decimal(item, "long", lon);
        try {
            return GeoPoint.of(latitude, longitude);
        } catch (InvalidValueException e) {
            throw new GeoReportFormatException(pathOf(item, "lat"), "not a WGS 84 position: " + e.getMessage(), e);
        }
    }

    private static double decimal(Node item, String field, String text) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException("not finite");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new GeoReportFormatException(
                    pathOf(item, field), "expected a decimal number, got '" + shorten(text) + "'");
        }
    }

    private static List<String> keywords(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String keyword = part.strip();
            if (!keyword.isEmpty()) {
                out.add(keyword);
            }
        }
        return out;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
