package vn.smartcity.egov.open311;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.geo.GeoPoint;

/**
 * A service request (a field report) as the server tracks it (GeoReport v2, GET Service Requests
 * and GET Service Request). Fields the server left out or empty are {@code null}.
 *
 * @param id the unique id, {@code service_request_id}, kept as text
 * @param status the current status, or {@code null} if the server sent none
 * @param statusNotes why the status changed or more about it, or {@code null}
 * @param serviceName the human readable name of the service, or {@code null}
 * @param serviceCode the service, or {@code null}
 * @param description the citizen's description, or {@code null}
 * @param agencyResponsible the agency handling it, or {@code null}
 * @param serviceNotice the action expected to address it, or {@code null}
 * @param requestedAt when it was made ({@code requested_datetime}), or {@code null}
 * @param updatedAt when it last changed, the closing time of a closed request ({@code
 *     updated_datetime}), or {@code null}
 * @param expectedAt when it is expected to be fulfilled ({@code expected_datetime}), or {@code
 *     null}
 * @param address the human readable address ({@code address}, or {@code address_string} from
 *     servers that echo the POST field), or {@code null}
 * @param addressId the jurisdiction's address id, or {@code null}
 * @param zipcode the postal code, or {@code null}
 * @param location the WGS 84 position from {@code lat} and {@code long}, or {@code null} unless
 *     both were sent
 * @param mediaUrl the URL of a photo or other media, stripped, or {@code null}
 */
public record ServiceRequest(
        String id,
        @Nullable RequestStatus status,
        @Nullable String statusNotes,
        @Nullable String serviceName,
        @Nullable String serviceCode,
        @Nullable String description,
        @Nullable String agencyResponsible,
        @Nullable String serviceNotice,
        @Nullable OffsetDateTime requestedAt,
        @Nullable OffsetDateTime updatedAt,
        @Nullable OffsetDateTime expectedAt,
        @Nullable String address,
        @Nullable String addressId,
        @Nullable String zipcode,
        @Nullable GeoPoint location,
        @Nullable String mediaUrl) {

    /**
     * Checks the components.
     *
     * @param id the {@code id} component
     * @param status the {@code status} component
     * @param statusNotes the {@code statusNotes} component
     * @param serviceName the {@code serviceName} component
     * @param serviceCode the {@code serviceCode} component
     * @param description the {@code description} component
     * @param agencyResponsible the {@code agencyResponsible} component
     * @param serviceNotice the {@code serviceNotice} component
     * @param requestedAt the {@code requestedAt} component
     * @param updatedAt the {@code updatedAt} component
     * @param expectedAt the {@code expectedAt} component
     * @param address the {@code address} component
     * @param addressId the {@code addressId} component
     * @param zipcode the {@code zipcode} component
     * @param location the {@code location} component
     * @param mediaUrl the {@code mediaUrl} component
     */
    public ServiceRequest {
        Objects.requireNonNull(id, "id");
    }

    /**
     * Whether the request has been resolved.
     *
     * @return {@code true} if the status is {@code closed}
     */
    public boolean isClosed() {
        return status != null && status.isClosed();
    }

    /**
     * The request without the citizen's free text (description, address), for logs.
     *
     * @return such as {@code ServiceRequest[id=638344, status=closed, serviceCode=006]}
     */
    @Override
    public String toString() {
        return "ServiceRequest[id=" + id + ", status=" + status + ", serviceCode=" + serviceCode + "]";
    }
}
