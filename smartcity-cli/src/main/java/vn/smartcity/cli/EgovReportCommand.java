package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.egov.open311.AttributeValue;
import vn.smartcity.egov.open311.Format;
import vn.smartcity.egov.open311.NewServiceRequest;
import vn.smartcity.egov.open311.Open311Client;
import vn.smartcity.egov.open311.RequestQuery;
import vn.smartcity.egov.open311.RequestStatus;
import vn.smartcity.egov.open311.Service;
import vn.smartcity.egov.open311.ServiceAttribute;
import vn.smartcity.egov.open311.ServiceDefinition;
import vn.smartcity.egov.open311.ServiceRequest;
import vn.smartcity.egov.open311.SubmitResult;
import vn.smartcity.testkit.sandbox.SandboxCredentials;

/** {@code smartcity egov report ...}: field reports on an Open311 GeoReport v2 server. */
@Command(
        name = "report",
        description = "Field reports on an Open311 GeoReport v2 server: services, their definitions, filing a"
                + " report, listing reports and following one.",
        subcommands = {
            EgovReportCommand.ServicesCommand.class,
            EgovReportCommand.DefinitionCommand.class,
            EgovReportCommand.CreateCommand.class,
            EgovReportCommand.ListCommand.class,
            EgovReportCommand.StatusCommand.class
        })
final class EgovReportCommand implements Runnable {

    /** The environment variable holding the API key. */
    static final String API_KEY_VARIABLE = "SMARTCITY_OPEN311_API_KEY";

    /** The GeoReport endpoint below the sandbox's base URL. */
    static final String SANDBOX_PATH = "/open311/v2";

    /** How many times {@code create} looks a batch service's token up, one second apart. */
    static final int TOKEN_LOOKUPS = 5;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The GeoReport options every report command shares. */
    static final class Server {
        @Option(
                names = "--format",
                paramLabel = "xml|json",
                description = "the wire format (default: xml, which every server offers)")
        String format = "xml";

        @Option(
                names = "--api-key",
                paramLabel = "env:NAME|@FILE",
                description = "where to read the API key that filing needs (default: " + API_KEY_VARIABLE
                        + ", else the sandbox's)")
        @Nullable
        String apiKey;

        @Option(
                names = "--jurisdiction",
                paramLabel = "ID",
                description = "the jurisdiction_id, for servers that serve several (the sandbox: hue.gov.vn)")
        @Nullable
        String jurisdiction;

        Open311Client client(CommandSpec spec, EgovCommand.Connection connection, EgovSecrets secrets) {
            String endpoint = connection.endpoint(SANDBOX_PATH);
            Format wire;
            switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "xml":
                    wire = Format.XML;
                    break;
                case "json":
                    wire = Format.JSON;
                    break;
                default:
                    throw new SmartCity.InputError("--format: expected xml or json, found " + format);
            }
            @Nullable String given = EgovCommand.secret(spec, secrets, "--api-key", apiKey, API_KEY_VARIABLE);
            String key = given != null ? given : SandboxCredentials.DEFAULT.open311ApiKey();
            return EgovCommand.configured(() -> {
                Open311Client.Builder builder = Open311Client.builder()
                        .baseUrl(endpoint)
                        .allowHttp(connection.allowHttp)
                        .format(wire)
                        .apiKey(key);
                if (jurisdiction != null) {
                    builder.jurisdictionId(jurisdiction);
                }
                return builder.build();
            });
        }
    }

    /** What every report command holds: the connection, the {@link Server} options and {@code --json}. */
    abstract static class ReportCall extends EgovCommand.ServiceCall {
        @Mixin
        Server server;

        @Option(names = "--json", description = "print one JSON object")
        boolean json;

        /** The GeoReport client the options describe. */
        Open311Client client() {
            return server.client(spec, connection, EgovSecrets.system());
        }
    }

    /** {@code smartcity egov report services}. */
    @Command(name = "services", description = "List the services (report types) the server accepts.")
    static final class ServicesCommand extends ReportCall {
        @Override
        public Integer call() {
            Open311Client client = client();
            List<Service> services = EgovCommand.call(client::services);
            PrintWriter out = out();
            if (json) {
                JsonArrayBuilder list = Json.createArrayBuilder();
                for (Service s : services) {
                    JsonArrayBuilder keywords = Json.createArrayBuilder();
                    s.keywords().forEach(keywords::add);
                    JsonObjectBuilder o =
                            Json.createObjectBuilder().add("code", s.code()).add("name", s.name());
                    add(o, "description", s.description());
                    add(o, "group", s.group());
                    add(o, "type", s.type() == null ? null : s.type().wireName());
                    list.add(o.add("metadata", s.metadata()).add("keywords", keywords));
                }
                out.println(Json.createObjectBuilder().add("services", list).build());
                return SmartCity.OK;
            }
            for (Service s : services) {
                out.println(s.code() + "  " + s.name() + "  (" + (s.group() == null ? "no group" : s.group()) + ", "
                        + (s.type() == null ? "type not given" : s.type().wireName())
                        + (s.metadata() ? ", has a definition" : "") + ")");
            }
            if (services.isEmpty()) {
                out.println("no services");
            }
            return SmartCity.OK;
        }
    }

    /** {@code smartcity egov report definition SERVICE_CODE}. */
    @Command(
            name = "definition",
            description = "Show the attributes a service asks for (its definition), in order, with their options.")
    static final class DefinitionCommand extends ReportCall {
        @Parameters(paramLabel = "SERVICE_CODE", description = "the service, such as 001")
        String serviceCode;

        @Override
        public Integer call() {
            Open311Client client = client();
            ServiceDefinition definition = EgovCommand.call(() -> client.serviceDefinition(serviceCode));
            PrintWriter out = out();
            if (json) {
                JsonArrayBuilder attributes = Json.createArrayBuilder();
                for (ServiceAttribute a : definition.attributes()) {
                    JsonArrayBuilder values = Json.createArrayBuilder();
                    for (AttributeValue v : a.values()) {
                        values.add(
                                Json.createObjectBuilder().add("key", v.key()).add("name", v.name()));
                    }
                    JsonObjectBuilder o = Json.createObjectBuilder()
                            .add("code", a.code())
                            .add("datatype", a.datatype().wireName())
                            .add("variable", a.variable())
                            .add("required", a.required())
                            .add("order", a.order());
                    add(o, "description", a.description());
                    add(o, "datatypeDescription", a.datatypeDescription());
                    attributes.add(o.add("values", values));
                }
                out.println(Json.createObjectBuilder()
                        .add("serviceCode", definition.serviceCode())
                        .add("attributes", attributes)
                        .build());
                return SmartCity.OK;
            }
            out.println("service " + definition.serviceCode() + ": "
                    + definition.attributes().size() + " attribute"
                    + (definition.attributes().size() == 1 ? "" : "s"));
            for (ServiceAttribute a : definition.attributes()) {
                out.println("  " + a.code() + "  " + a.datatype().wireName() + "  "
                        + (!a.variable() ? "informational" : a.required() ? "required" : "optional")
                        + (a.description() == null ? "" : "  " + a.description()));
                for (AttributeValue v : a.values()) {
                    out.println("      " + v.key() + " = " + v.name());
                }
            }
            return SmartCity.OK;
        }
    }

    /** {@code smartcity egov report create --service-code C --lat ... --long ... --description ...}. */
    @Command(
            name = "create",
            description = "File a report at a place; prints the new report's id (a batch service's token is"
                    + " followed until it gives the id).")
    static final class CreateCommand extends ReportCall {
        @Option(names = "--service-code", required = true, paramLabel = "C", description = "the service")
        String serviceCode;

        @Option(names = "--lat", paramLabel = "DEGREES", description = "latitude, WGS 84")
        @Nullable
        Double latitude;

        @Option(names = "--long", paramLabel = "DEGREES", description = "longitude, WGS 84")
        @Nullable
        Double longitude;

        @Option(names = "--description", paramLabel = "TEXT", description = "what is wrong")
        @Nullable
        String description;

        @Option(names = "--address", paramLabel = "TEXT", description = "the address, instead of or with lat/long")
        @Nullable
        String address;

        @Option(names = "--media-url", paramLabel = "URL", description = "a photo's URL")
        @Nullable
        String mediaUrl;

        @Option(
                names = "--attribute",
                paramLabel = "CODE=VALUE",
                description = "an attribute of the service's definition; repeat a code for a multivaluelist")
        List<String> attributes = new ArrayList<>();

        @Override
        public Integer call() {
            if ((latitude == null) != (longitude == null)) {
                throw new SmartCity.InputError("give both --lat and --long, or neither (then --address)");
            }
            NewServiceRequest.Builder report = NewServiceRequest.builder(serviceCode);
            if (latitude != null && longitude != null) {
                report.location(GeoPoint.of(latitude, longitude));
            }
            report.addressString(address).description(description).mediaUrl(mediaUrl);
            for (Map.Entry<String, List<String>> a : attributeValues().entrySet()) {
                if (a.getValue().size() == 1) {
                    report.attribute(a.getKey(), a.getValue().get(0));
                } else {
                    report.attribute(a.getKey(), a.getValue());
                }
            }
            NewServiceRequest request = report.build();
            Open311Client client = client();
            Optional<Service> service = EgovCommand.call(client::services).stream()
                    .filter(s -> s.code().equals(serviceCode))
                    .findFirst();
            @Nullable
            ServiceDefinition definition = service.isPresent() && service.get().metadata()
                    ? EgovCommand.call(() -> client.serviceDefinition(serviceCode))
                    : null;
            SubmitResult result = EgovCommand.call(() -> client.submit(request, definition));
            @Nullable String id = null;
            @Nullable String token = null;
            String kind;
            if (result instanceof SubmitResult.Created) {
                kind = "created";
                id = ((SubmitResult.Created) result).serviceRequestId();
            } else if (result instanceof SubmitResult.Pending) {
                kind = "pending";
                String t = ((SubmitResult.Pending) result).token();
                token = t;
                id = EgovCommand.call(() -> client.awaitServiceRequestId(t, TOKEN_LOOKUPS, Duration.ofSeconds(1)))
                        .orElse(null);
            } else {
                kind = "untracked";
            }
            PrintWriter out = out();
            if (json) {
                JsonObjectBuilder o = Json.createObjectBuilder().add("result", kind);
                add(o, "serviceRequestId", id);
                add(o, "token", token);
                add(o, "serviceNotice", result.serviceNotice());
                out.println(o.build());
            } else if (id != null) {
                out.println(id);
            } else if (token != null) {
                out.println("pending: token " + token + " (no id yet; the server has queued the report)");
            } else {
                out.println("accepted without an id (the server gives no way to follow it)"
                        + (result.serviceNotice() == null ? "" : ": " + result.serviceNotice()));
            }
            return SmartCity.OK;
        }

        private Map<String, List<String>> attributeValues() {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (String a : attributes) {
                int eq = a.indexOf('=');
                if (eq <= 0) {
                    throw new SmartCity.InputError("--attribute: expected CODE=VALUE, found " + a);
                }
                values.computeIfAbsent(a.substring(0, eq), k -> new ArrayList<>())
                        .add(a.substring(eq + 1));
            }
            return values;
        }
    }

    /** {@code smartcity egov report list [--status open|closed]}. */
    @Command(name = "list", description = "List reports: id, status, service, when, where.")
    static final class ListCommand extends ReportCall {
        @Option(names = "--status", paramLabel = "open|closed", description = "only reports with this status")
        @Nullable
        String status;

        @Option(names = "--service-code", paramLabel = "C", description = "only reports of this service")
        @Nullable
        String serviceCode;

        @Option(
                names = "--from",
                paramLabel = "ISO",
                description = "requested at or after, such as 2025-11-01T00:00+07:00")
        @Nullable
        String from;

        @Option(names = "--to", paramLabel = "ISO", description = "requested at or before")
        @Nullable
        String to;

        @Override
        public Integer call() {
            RequestQuery.Builder query = RequestQuery.builder();
            if (status != null) {
                query.status(RequestStatus.of(status));
            }
            if (serviceCode != null) {
                query.serviceCodes(serviceCode);
            }
            query.startDate(time(from, "--from")).endDate(time(to, "--to"));
            RequestQuery built = query.build();
            Open311Client client = client();
            List<ServiceRequest> requests = EgovCommand.call(() -> client.requests(built));
            PrintWriter out = out();
            if (json) {
                JsonArrayBuilder list = Json.createArrayBuilder();
                requests.forEach(r -> list.add(request(r)));
                out.println(Json.createObjectBuilder().add("requests", list).build());
                return SmartCity.OK;
            }
            for (ServiceRequest r : requests) {
                out.println(r.id() + "  "
                        + (r.status() == null ? "-" : r.status().value()) + "  "
                        + (r.serviceCode() == null ? "-" : r.serviceCode()) + "  "
                        + (r.requestedAt() == null ? "-" : r.requestedAt().toString()) + "  "
                        + (r.address() != null
                                ? r.address()
                                : r.location() != null ? r.location().toString() : ""));
            }
            if (requests.isEmpty()) {
                out.println("no reports");
            }
            return SmartCity.OK;
        }

        private static @Nullable OffsetDateTime time(@Nullable String text, String option) {
            if (text == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new SmartCity.InputError(
                        option + ": not an ISO 8601 date-time with offset, such as 2025-11-01T00:00+07:00: " + text);
            }
        }
    }

    /** {@code smartcity egov report status ID}. */
    @Command(name = "status", description = "Show one report: status, notes, agency, dates, place.")
    static final class StatusCommand extends ReportCall {
        @Parameters(paramLabel = "ID", description = "the service_request_id, such as HUE-000001")
        String id;

        @Override
        public Integer call() {
            Open311Client client = client();
            ServiceRequest r = EgovCommand.call(() -> client.request(id));
            PrintWriter out = out();
            if (json) {
                out.println(request(r).build());
                return SmartCity.OK;
            }
            out.println(r.id() + "  "
                    + (r.status() == null ? "(no status)" : r.status().value()));
            line(
                    out,
                    "service",
                    r.serviceCode() == null
                            ? r.serviceName()
                            : r.serviceCode() + (r.serviceName() == null ? "" : " " + r.serviceName()));
            line(out, "description", r.description());
            line(out, "status notes", r.statusNotes());
            line(out, "agency", r.agencyResponsible());
            line(out, "notice", r.serviceNotice());
            line(
                    out,
                    "requested",
                    r.requestedAt() == null ? null : r.requestedAt().toString());
            line(out, "updated", r.updatedAt() == null ? null : r.updatedAt().toString());
            line(out, "expected", r.expectedAt() == null ? null : r.expectedAt().toString());
            line(out, "address", r.address());
            line(out, "address id", r.addressId());
            line(out, "zipcode", r.zipcode());
            line(out, "location", r.location() == null ? null : r.location().toString());
            line(out, "media", r.mediaUrl());
            return SmartCity.OK;
        }

        private static void line(PrintWriter out, String label, @Nullable String value) {
            if (value != null) {
                out.println("  " + label + ": " + value);
            }
        }
    }

    static JsonObjectBuilder request(ServiceRequest r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", r.id());
        add(o, "status", r.status() == null ? null : r.status().value());
        add(o, "statusNotes", r.statusNotes());
        add(o, "serviceName", r.serviceName());
        add(o, "serviceCode", r.serviceCode());
        add(o, "description", r.description());
        add(o, "agencyResponsible", r.agencyResponsible());
        add(o, "serviceNotice", r.serviceNotice());
        add(o, "requestedAt", r.requestedAt() == null ? null : r.requestedAt().toString());
        add(o, "updatedAt", r.updatedAt() == null ? null : r.updatedAt().toString());
        add(o, "expectedAt", r.expectedAt() == null ? null : r.expectedAt().toString());
        add(o, "address", r.address());
        add(o, "addressId", r.addressId());
        add(o, "zipcode", r.zipcode());
        GeoPoint p = r.location();
        if (p == null) {
            o.addNull("location");
        } else {
            o.add(
                    "location",
                    Json.createObjectBuilder().add("lat", p.latitude()).add("long", p.longitude()));
        }
        add(o, "mediaUrl", r.mediaUrl());
        return o;
    }

    /** Adds a member, {@code null} as JSON null. */
    static void add(JsonObjectBuilder o, String name, @Nullable String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
