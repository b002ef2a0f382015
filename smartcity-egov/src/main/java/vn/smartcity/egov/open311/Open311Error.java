package vn.smartcity.egov.open311;

import java.util.Objects;

/**
 * One entry of a GeoReport v2 error document ({@code errors/error}, section "Errors").
 *
 * @param code the error code; often the HTTP status, but servers may use their own codes
 * @param description the human readable description, meant for the user (empty if none was sent)
 */
public record Open311Error(String code, String description) {

    /**
     * Checks the components.
     *
     * @param code the {@code code} component
     * @param description the {@code description} component
     */
    public Open311Error {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }
}
