package vn.smartcity.egov.open311;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.egov.open311.internal.W3cDateTime;

/**
 * A filter for GET Service Requests (GeoReport v2, Optional Arguments). Every part is optional; the
 * server's default is the last 90 days or the first 1,000 requests, whichever is smaller.
 *
 * <pre>{@code
 * RequestQuery query = RequestQuery.builder()
 *         .serviceCodes("001", "002")
 *         .status(RequestStatus.OPEN)
 *         .startDate(OffsetDateTime.parse("2025-05-01T00:00:00+07:00"))
 *         .build();
 * }</pre>
 */
public final class RequestQuery {

    private static final String TYPE = "RequestQuery";
    private static final RequestQuery ALL = new Builder().build();

    private final List<String> serviceRequestIds;
    private final List<String> serviceCodes;
    private final @Nullable OffsetDateTime startDate;
    private final @Nullable OffsetDateTime endDate;
    private final List<RequestStatus> statuses;

    private RequestQuery(Builder b) {
        this.serviceRequestIds = List.copyOf(b.serviceRequestIds);
        this.serviceCodes = List.copyOf(b.serviceCodes);
        this.startDate = b.startDate;
        this.endDate = b.endDate;
        this.statuses = List.copyOf(b.statuses);
    }

    /**
     * No filter: the server's default window.
     *
     * @return the query
     */
    public static RequestQuery all() {
        return ALL;
    }

    /**
     * Starts a query.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The requests asked for by id; when present they override every other filter.
     *
     * @return the ids, possibly empty
     */
    public List<String> serviceRequestIds() {
        return serviceRequestIds;
    }

    /**
     * The services to include.
     *
     * @return the codes, empty for all
     */
    public List<String> serviceCodes() {
        return serviceCodes;
    }

    /**
     * The earliest {@code requested_datetime} to include.
     *
     * @return the date-time, or {@code null}
     */
    public @Nullable OffsetDateTime startDate() {
        return startDate;
    }

    /**
     * The latest {@code requested_datetime} to include.
     *
     * @return the date-time, or {@code null}
     */
    public @Nullable OffsetDateTime endDate() {
        return endDate;
    }

    /**
     * The statuses to include.
     *
     * @return {@code open} and/or {@code closed}, empty for all
     */
    public List<RequestStatus> statuses() {
        return statuses;
    }

    /**
     * The query parameters, in a fixed order. Lists are comma separated; dates are W3C date-times
     * to the second. With ids, only {@code service_request_id} is sent (it overrides the rest).
     *
     * @return parameter names and values, not yet URL-encoded
     */
    Map<String, String> parameters() {
        Map<String, String> out = new LinkedHashMap<>();
        if (!serviceRequestIds.isEmpty()) {
            out.put("service_request_id", String.join(",", serviceRequestIds));
            return out;
        }
        if (!serviceCodes.isEmpty()) {
            out.put("service_code", String.join(",", serviceCodes));
        }
        if (startDate != null) {
            out.put("start_date", W3cDateTime.format(startDate));
        }
        if (endDate != null) {
            out.put("end_date", W3cDateTime.format(endDate));
        }
        if (!statuses.isEmpty()) {
            List<String> values = new ArrayList<>();
            for (RequestStatus status : statuses) {
                values.add(status.value());
            }
            out.put("status", String.join(",", values));
        }
        return out;
    }

    /**
     * The query's filters, for logs.
     *
     * @return such as {@code RequestQuery{service_code=001, status=open}}
     */
    @Override
    public String toString() {
        return "RequestQuery" + parameters();
    }

    /** Builds a {@link RequestQuery}. */
    public static final class Builder {
        private final List<String> serviceRequestIds = new ArrayList<>();
        private final List<String> serviceCodes = new ArrayList<>();
        private @Nullable OffsetDateTime startDate;
        private @Nullable OffsetDateTime endDate;
        private final List<RequestStatus> statuses = new ArrayList<>();

        private Builder() {}

        /**
         * Asks for requests by id (sent comma separated; overrides the other filters).
         *
         * @param ids the ids
         * @return this builder
         * @throws InvalidValueException if an id is blank or contains a comma
         */
        public Builder serviceRequestIds(String... ids) {
            for (String id : ids) {
                serviceRequestIds.add(listItem("service_request_id", id));
            }
            return this;
        }

        /**
         * Keeps requests of these services.
         *
         * @param codes the service codes
         * @return this builder
         * @throws InvalidValueException if a code is blank or contains a comma
         */
        public Builder serviceCodes(String... codes) {
            for (String code : codes) {
                serviceCodes.add(listItem("service_code", code));
            }
            return this;
        }

        /**
         * Keeps requests made at or after a time.
         *
         * @param startDate the time, or {@code null} to clear it
         * @return this builder
         */
        public Builder startDate(@Nullable OffsetDateTime startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * Keeps requests made at or before a time.
         *
         * @param endDate the time, or {@code null} to clear it
         * @return this builder
         */
        public Builder endDate(@Nullable OffsetDateTime endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * Keeps requests with these statuses.
         *
         * @param statuses {@link RequestStatus#OPEN} and/or {@link RequestStatus#CLOSED}
         * @return this builder
         * @throws InvalidValueException for any other status: the specification filters by these
         *     two only
         */
        public Builder status(RequestStatus... statuses) {
            for (RequestStatus status : statuses) {
                if (status.kind() == RequestStatus.Kind.OTHER) {
                    throw new InvalidValueException(
                            TYPE, -1, "status can filter by open or closed only, got '" + status.value() + "'");
                }
                this.statuses.add(status.kind() == RequestStatus.Kind.OPEN ? RequestStatus.OPEN : RequestStatus.CLOSED);
            }
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws InvalidValueException if the start is after the end
         */
        public RequestQuery build() {
            if (startDate != null && endDate != null && startDate.isAfter(endDate)) {
                throw new InvalidValueException(TYPE, -1, "start_date is after end_date");
            }
            return new RequestQuery(this);
        }

        private static String listItem(String field, String value) {
            Objects.requireNonNull(value, field);
            String stripped = value.strip();
            if (stripped.isEmpty()) {
                throw new InvalidValueException(TYPE, -1, field + " cannot be blank");
            }
            if (stripped.indexOf(',') >= 0) {
                throw new InvalidValueException(TYPE, stripped.indexOf(','), field + " cannot contain a comma");
            }
            return stripped;
        }
    }
}
