package vn.smartcity.egov.open311;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.egov.AuthenticationException;
import vn.smartcity.egov.InvalidResponseException;
import vn.smartcity.egov.ServiceException;
import vn.smartcity.egov.TransportException;
import vn.smartcity.egov.http.EgovClientBuilder;
import vn.smartcity.egov.http.EgovHttp;
import vn.smartcity.egov.http.EgovResponse;
import vn.smartcity.egov.http.HttpSettings;

/**
 * A client of an Open311 GeoReport v2 server: the service list, service definitions, filing field
 * reports, following them by id or token, and the citizens' rating of the answer (an SDK
 * extension).
 *
 * <pre>{@code
 * Open311Client open311 = Open311Client.builder()
 *         .baseUrl("https://open311.hue.gov.vn/v2")
 *         .apiKey(apiKey)
 *         .jurisdictionId("hue.gov.vn")
 *         .build();
 * List<Service> services = open311.services();
 * SubmitResult result = open311.submit(NewServiceRequest.builder("001")
 *         .location(GeoPoint.of(16.4637, 107.5909))
 *         .description("Ổ gà lớn trước số 12 Lê Lợi")
 *         .mediaUrl("https://cdn.example.vn/anh/o-ga.jpg")
 *         .build());
 * }</pre>
 *
 * <p>Every resource is {@code [endpoint]/[resource].[format]} with the format the builder chose,
 * XML unless {@link Builder#format(Format) format(JSON)} (GeoReport v2, "Format Support"); the
 * {@code jurisdiction_id}, when set, goes with every call. Calls run on the SDK's common HTTP
 * layer: HTTPS unless plain HTTP is allowed, a request id on every call, redacted tracing, and
 * retries for the {@code GET}s only, never for filing a report or a rating.
 *
 * <p>Failures: an answer with an error document ({@code errors/error/code,description}, section
 * "Errors") becomes a {@link ServiceException} carrying the first error's code and the
 * descriptions, an {@link AuthenticationException} for 401 and 403 (a missing or invalid {@code
 * api_key}); a non-error answer that cannot be read, an {@link InvalidResponseException}; no
 * answer, a {@link TransportException}. A report the SDK can tell is wrong (no location, an
 * attribute that does not fit the definition given) is refused with an {@link
 * InvalidValueException} before anything is sent.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Open311Client {

    /** The service name in exceptions and traces. */
    public static final String SERVICE = "open311";

    /**
     * The error codes a server that implements the rating extension uses, which tell its answers
     * from a server that does not know the resource: {@code request_not_found} (404), {@code
     * rating_invalid} and {@code rating_not_allowed} (400).
     */
    public static final Set<String> RATING_ERROR_CODES =
            Set.of("request_not_found", "rating_invalid", "rating_not_allowed");

    private static final MediaType FORM =
            Objects.requireNonNull(MediaType.parse("application/x-www-form-urlencoded; charset=utf-8"));

    private final EgovHttp http;
    private final @Nullable String apiKey;
    private final @Nullable String jurisdictionId;
    private final Format format;
    private final GeoReportReader reader;

    private Open311Client(Builder builder) {
        this.http = EgovHttp.create(SERVICE, builder.settings());
        this.apiKey = builder.apiKey;
        this.jurisdictionId = builder.jurisdictionId;
        this.format = builder.format;
        this.reader = GeoReportReader.withDefaultZone(builder.defaultZone);
    }

    /**
     * Starts configuring a client.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The format of every call.
     *
     * @return XML or JSON
     */
    public Format format() {
        return format;
    }

    /**
     * The jurisdiction sent with every call.
     *
     * @return the {@code jurisdiction_id}, or {@code null}
     */
    public @Nullable String jurisdictionId() {
        return jurisdictionId;
    }

    /**
     * The service types the jurisdiction accepts (GET Service List, {@code GET services.[format]}).
     *
     * @return the services
     * @throws ServiceException if the server answers with an error
     * @throws TransportException if no answer arrives
     * @throws InvalidResponseException if the answer is not a service list
     */
    public List<Service> services() {
        EgovResponse response = get(url("services"));
        return parse(response, () -> reader.services(response.body(), format));
    }

    /**
     * The attributes of a service whose {@link Service#metadata()} is {@code true} (GET Service
     * Definition, {@code GET services/[service_code].[format]}).
     *
     * @param serviceCode the service
     * @return the definition
     * @throws ServiceException if the server answers with an error, such as 404 for an unknown code
     * @throws TransportException if no answer arrives
     * @throws InvalidResponseException if the answer is not a service definition
     */
    public ServiceDefinition serviceDefinition(String serviceCode) {
        EgovResponse response = get(url("services", nonBlank(serviceCode, "serviceCode")));
        return parse(response, () -> reader.serviceDefinition(response.body(), format));
    }

    /**
     * Files a report (POST Service Request, {@code POST requests.[format]}), sent once and never
     * retried.
     *
     * @param request the report
     * @return an id, a token to exchange for the id later, or neither (blackbox services)
     * @throws IllegalStateException if the client has no API key
     * @throws ServiceException if the server refuses the report
     * @throws AuthenticationException if it refuses the API key
     * @throws TransportException if no answer arrives (the report may or may not have been filed)
     * @throws InvalidResponseException if the answer cannot be read
     */
    public SubmitResult submit(NewServiceRequest request) {
        return submit(request, null);
    }

    /**
     * Checks a report against its service's definition ({@link
     * NewServiceRequest#checkAgainst(ServiceDefinition)}) and files it; the definition also
     * decides which attributes are sent as {@code multivaluelist}s.
     *
     * @param request the report
     * @param definition the service's definition, or {@code null} to skip the check
     * @return an id, a token, or neither
     * @throws InvalidValueException if the report does not fit the definition (nothing is sent)
     * @throws IllegalStateException if the client has no API key
     * @throws ServiceException if the server refuses the report
     * @throws TransportException if no answer arrives
     * @throws InvalidResponseException if the answer cannot be read
     */
    public SubmitResult submit(NewServiceRequest request, @Nullable ServiceDefinition definition) {
        Objects.requireNonNull(request, "request");
        if (definition != null) {
            request.checkAgainst(definition);
        }
        String body = request.formBody(requireApiKey(), jurisdictionId, definition);
        EgovResponse response = post(url("requests"), body);
        return parse(response, () -> reader.submitResult(response.body(), format));
    }

    /**
     * What a token from a {@code batch} service stands for now (GET service_request_id from a
     * token, {@code GET tokens/[token].[format]}).
     *
     * @param token the token from {@link SubmitResult.Pending}
     * @return the id once the server has created the request
     * @throws ServiceException if the server answers with an error, such as 404 for an unknown
     *     token
     * @throws TransportException if no answer arrives
     * @throws InvalidResponseException if the answer cannot be read
     */
    public TokenStatus tokenStatus(String token) {
        EgovResponse response = get(url("tokens", nonBlank(token, "token")));
        return parse(response, () -> reader.tokenStatus(response.body(), format, token));
    }

    /**
     * Looks a token up until it resolves, at most {@code maxLookups} times with {@code interval}
     * between lookups.
     *
     * @param token the token from {@link SubmitResult.Pending}
     * @param maxLookups how many lookups at most, 1 to 100
     * @param interval the wait between lookups
     * @return the request's id, or empty if it did not resolve in time
     * @throws TransportException if the thread is interrupted while waiting, or no answer arrives
     * @throws ServiceException if the server answers with an error
     */
    public Optional<String> awaitServiceRequestId(String token, int maxLookups, Duration interval) {
        if (maxLookups < 1 || maxLookups > 100) {
            throw new IllegalArgumentException("maxLookups must be 1 to 100, got " + maxLookups);
        }
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval is negative: " + interval);
        }
        for (int lookup = 1; ; lookup++) {
            TokenStatus status = tokenStatus(token);
            if (status.serviceRequestId() != null) {
                return Optional.of(status.serviceRequestId());
            }
            if (lookup >= maxLookups) {
                return Optional.empty();
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException(
                        SERVICE, TransportException.Kind.INTERRUPTED, "interrupted while waiting for a token", null, e);
            }
        }
    }

    /**
     * The requests the server's default window holds: the last 90 days or the first 1,000 (GET
     * Service Requests, {@code GET requests.[format]}).
     *
     * @return the requests
     * @throws ServiceException if the server answers with an error
     * @throws TransportException if no answer arrives
     * @throws InvalidResponseException if the answer cannot be read
     */
    public List<ServiceRequest> requests() {
        return requests(RequestQuery.all());
    }

    /**
     * The requests that match a filter (GET Service Requests, {@code GET requests.[format]}).
     *
     * @param query the filter
     * @return the requests
     * @throws ServiceException if the server answers with an error
     * @throws TransportException if no answer arrives
     * @throws InvalidResponseException if the answer cannot be read
     */
    public List<ServiceRequest> requests(RequestQuery query) {
        HttpUrl.Builder url = url("requests").newBuilder();
        for (Map.Entry<String, String> parameter : query.parameters().entrySet()) {
            url.addQueryParameter(parameter.getKey(), parameter.getValue());
        }
        EgovResponse response = get(url.build());
        return parse(response, () -> reader.serviceRequests(response.body(), format));
    }

    /**
     * One request (GET Service Request, {@code GET requests/[service_request_id].[format]}).
     *
     * @param serviceRequestId the id
     * @return the request
     * @throws ServiceException if the server answers with an error, such as 404 for an unknown id
     * @throws TransportException if no answer arrives
     * @throws InvalidResponseException if the answer holds no request or cannot be read
     */
    public ServiceRequest request(String serviceRequestId) {
        EgovResponse response = get(url("requests", nonBlank(serviceRequestId, "serviceRequestId")));
        List<ServiceRequest> requests = parse(response, () -> reader.serviceRequests(response.body(), format));
        if (requests.isEmpty()) {
            throw new InvalidResponseException(
                    SERVICE, response.status(), "the answer holds no service request", response.requestId(), null);
        }
        return requests.get(0);
    }

    /**
     * Sends the citizen's rating of how a request was answered. <strong>An extension of this SDK,
     * not GeoReport v2</strong>, modelled on the satisfaction rating of Vietnamese citizen apps
     * such as Huế-S:
     *
     * <ul>
     *   <li>Request: {@code POST requests/[service_request_id]/rating.[format]}, form-encoded like
     *       POST Service Request, with {@code api_key}, {@code jurisdiction_id} (if set), {@code
     *       rating} (1 to 5) and {@code comment} (optional).
     *   <li>Answer: a {@code service_requests} document whose {@code request} carries {@code
     *       service_request_id}, {@code rating} and {@code rated_datetime}.
     *   <li>Errors: GeoReport error documents; 403 for the API key, 404 {@code request_not_found},
     *       400 {@code rating_invalid} or {@code rating_not_allowed} (such as a request not closed
     *       yet).
     * </ul>
     *
     * <p>A server without the extension answers 400, 404, 405 or 501 without those codes: that is
     * {@link RatingResult.NotSupported}, not an exception. Sent once, never retried.
     *
     * @param serviceRequestId the request rated
     * @param rating the rating
     * @return recorded, or not supported by this server
     * @throws IllegalStateException if the client has no API key
     * @throws ServiceException if a server with the extension refuses the rating
     * @throws AuthenticationException if the server refuses the API key
     * @throws TransportException if no answer arrives
     * @throws InvalidResponseException if a success answer cannot be read
     */
    public RatingResult rate(String serviceRequestId, Rating rating) {
        Objects.requireNonNull(rating, "rating");
        HttpUrl url = http.url("")
                .newBuilder()
                .addPathSegment("requests")
                .addPathSegment(nonBlank(serviceRequestId, "serviceRequestId"))
                .addPathSegment("rating." + format.extension())
                .build();
        StringBuilder body = new StringBuilder();
        NewServiceRequest.field(body, "api_key", requireApiKey());
        NewServiceRequest.field(body, "jurisdiction_id", jurisdictionId);
        NewServiceRequest.field(body, "rating", Integer.toString(rating.score()));
        NewServiceRequest.field(body, "comment", rating.comment());
        EgovResponse response = http.execute(new Request.Builder()
                .url(url)
                .header("Accept", format.mediaType())
                .post(RequestBody.create(body.toString(), FORM))
                .build());
        int status = response.status();
        if (response.isSuccessful()) {
            return parse(response, () -> reader.rating(response.body(), format));
        }
        if (status == 400 || status == 404 || status == 405 || status == 501) {
            List<Open311Error> errors = reader.errors(response.body(), format);
            boolean extensionAnswer = false;
            for (Open311Error error : errors) {
                extensionAnswer |= RATING_ERROR_CODES.contains(error.code());
            }
            if (!extensionAnswer) {
                String reason = errors.isEmpty()
                        ? "the rating extension is not supported by this server (HTTP " + status + ")"
                        : "the rating extension is not supported by this server: " + descriptions(errors);
                return new RatingResult.NotSupported(status, reason);
            }
        }
        throw failure(response);
    }

    private HttpUrl url(String resource) {
        return http.url("")
                .newBuilder()
                .addPathSegment(resource + "." + format.extension())
                .build();
    }

    private HttpUrl url(String collection, String id) {
        return http.url("")
                .newBuilder()
                .addPathSegment(collection)
                .addPathSegment(id + "." + format.extension())
                .build();
    }

    private EgovResponse get(HttpUrl url) {
        HttpUrl withJurisdiction = jurisdictionId == null
                ? url
                : url.newBuilder()
                        .addQueryParameter("jurisdiction_id", jurisdictionId)
                        .build();
        EgovResponse response = http.execute(new Request.Builder()
                .url(withJurisdiction)
                .header("Accept", format.mediaType())
                .get()
                .build());
        if (!response.isSuccessful()) {
            throw failure(response);
        }
        return response;
    }

    private EgovResponse post(HttpUrl url, String formBody) {
        EgovResponse response = http.execute(new Request.Builder()
                .url(url)
                .header("Accept", format.mediaType())
                .post(RequestBody.create(formBody, FORM))
                .build());
        if (!response.isSuccessful()) {
            throw failure(response);
        }
        return response;
    }

    /** Reads a success answer; an error document sent with 2xx still becomes a ServiceException. */
    private <T> T parse(EgovResponse response, ReadBody<T> read) {
        try {
            return read.read();
        } catch (GeoReportFormatException e) {
            List<Open311Error> errors = reader.errors(response.body(), format);
            if (!errors.isEmpty()) {
                throw serviceException(response, errors);
            }
            throw new InvalidResponseException(SERVICE, response.status(), e.getMessage(), response.requestId(), e);
        }
    }

    private ServiceException failure(EgovResponse response) {
        List<Open311Error> errors = reader.errors(response.body(), format);
        if (errors.isEmpty()) {
            return http.statusFailure(response);
        }
        return serviceException(response, errors);
    }

    private static ServiceException serviceException(EgovResponse response, List<Open311Error> errors) {
        int status = response.status();
        String code = errors.get(0).code().isEmpty()
                ? Integer.toString(status)
                : errors.get(0).code();
        String description = descriptions(errors);
        if (status == 401 || status == 403) {
            return new AuthenticationException(SERVICE, status, code, description, response.requestId());
        }
        return new ServiceException(SERVICE, status, code, description, response.requestId());
    }

    private static String descriptions(List<Open311Error> errors) {
        List<String> texts = new ArrayList<>();
        for (Open311Error error : errors) {
            if (!error.description().isEmpty()) {
                texts.add(error.description());
            }
        }
        return String.join("; ", texts);
    }

    private String requireApiKey() {
        if (apiKey == null) {
            throw new IllegalStateException("no api_key: GeoReport v2 requires one to file a report; call apiKey(...)");
        }
        return apiKey;
    }

    private static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }

    /**
     * The client's endpoint and format, without the API key.
     *
     * @return such as {@code Open311Client[https://open311.hue.gov.vn/v2/, xml, jurisdiction hue.gov.vn]}
     */
    @Override
    public String toString() {
        return "Open311Client[" + http.settings().baseUrl() + ", " + format.extension()
                + (jurisdictionId == null ? "" : ", jurisdiction " + jurisdictionId) + "]";
    }

    /** Reads a body that may not be a GeoReport document. */
    private interface ReadBody<T> {
        T read();
    }

    /**
     * Configures an {@link Open311Client}: the common settings of {@link EgovClientBuilder} (base
     * URL, timeouts, plain HTTP for the sandbox, retries, tracing) and GeoReport's own.
     */
    public static final class Builder extends EgovClientBuilder<Builder> {
        private @Nullable String apiKey;
        private @Nullable String jurisdictionId;
        private Format format = Format.XML;
        private ZoneId defaultZone = GeoReportReader.VIETNAM;

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * The API key, {@code api_key}, required to file reports and ratings (not to read).
         *
         * @param apiKey the key the jurisdiction issued
         * @return this builder
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = nonBlank(apiKey, "apiKey");
            return this;
        }

        /**
         * The jurisdiction, {@code jurisdiction_id}, needed when the endpoint serves several.
         *
         * @param jurisdictionId such as {@code hue.gov.vn}
         * @return this builder
         */
        public Builder jurisdictionId(String jurisdictionId) {
            this.jurisdictionId = nonBlank(jurisdictionId, "jurisdictionId");
            return this;
        }

        /**
         * The format of every call.
         *
         * @param format {@link Format#XML} (the default, which every server offers) or {@link
         *     Format#JSON}
         * @return this builder
         */
        public Builder format(Format format) {
            this.format = Objects.requireNonNull(format, "format");
            return this;
        }

        /**
         * The zone of dates a server sends without an offset, which the specification forbids but
         * some servers do.
         *
         * @param defaultZone the zone; {@code Asia/Ho_Chi_Minh} by default
         * @return this builder
         */
        public Builder defaultZone(ZoneId defaultZone) {
            this.defaultZone = Objects.requireNonNull(defaultZone, "defaultZone");
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalStateException if no base URL was given, or it uses plain HTTP without
         *     {@code allowHttp(true)}
         */
        public Open311Client build() {
            return new Open311Client(this);
        }

        private HttpSettings settings() {
            return httpSettings();
        }
    }
}
