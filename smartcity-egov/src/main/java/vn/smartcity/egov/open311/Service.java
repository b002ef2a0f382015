package vn.smartcity.egov.open311;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One type of service request a jurisdiction accepts (GeoReport v2, GET Service List): road damage,
 * garbage left out, a broken street light.
 *
 * @param code the unique identifier, {@code service_code}, kept as text (leading zeros matter)
 * @param name the human readable name, {@code service_name} (the code if the server sent none)
 * @param description a brief description, or {@code null}
 * @param metadata whether the service has a definition with attributes to fetch ({@code
 *     metadata}, GET Service Definition) before filing a request
 * @param type how the service answers a new request, or {@code null} if not sent or not one of
 *     {@code realtime}, {@code batch}, {@code blackbox}
 * @param keywords the tags of the comma separated {@code keywords}, stripped, empty ones dropped
 * @param group the category the service belongs to, such as {@code sanitation}, or {@code null}
 */
public record Service(
        String code,
        String name,
        @Nullable String description,
        boolean metadata,
        @Nullable ServiceType type,
        List<String> keywords,
        @Nullable String group) {

    /**
     * Checks and copies the components.
     *
     * @param code the {@code code} component
     * @param name the {@code name} component
     * @param description the {@code description} component
     * @param metadata the {@code metadata} component
     * @param type the {@code type} component
     * @param keywords the {@code keywords} component
     * @param group the {@code group} component
     */
    public Service {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        keywords = List.copyOf(keywords);
    }
}
