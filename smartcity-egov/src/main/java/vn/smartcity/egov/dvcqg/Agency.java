package vn.smartcity.egov.dvcqg;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.id.AgencyCode;

/**
 * A public body, an item of {@code LayDanhMucCoQuan}'s {@code result} or of a procedure's {@code
 * COQUANTHUCHIEN}: {@code MADONVI}, {@code TENDONVI} and {@code CAPDONVI} as {@code
 * VietOpenCPS/opencps-v2} reads them ({@code doSyncGovernmentAgency}).
 *
 * <p>The code is kept as sent: most are QCVN 102 agency codes ({@link #agencyCode()}), but the
 * catalogue also lists bodies outside that scheme.
 *
 * @param code the body's code, {@code MADONVI}
 * @param name the body's name, {@code TENDONVI}
 * @param level the administrative level, {@code CAPDONVI}, or {@code null}
 */
public record Agency(
        @JsonbProperty("MADONVI") String code,
        @JsonbProperty("TENDONVI") String name,
        @JsonbProperty("CAPDONVI") @Nullable Integer level) {

    /**
     * Validates the components.
     *
     * @param code the {@code code} component
     * @param name the {@code name} component
     * @param level the {@code level} component
     */
    public Agency {
        Objects.requireNonNull(code, "MADONVI");
        Objects.requireNonNull(name, "TENDONVI");
    }

    /**
     * The code as a QCVN 102 agency code, when it is one.
     *
     * @return the agency code, or empty
     */
    public Optional<AgencyCode> agencyCode() {
        return AgencyCode.isValid(code) ? Optional.of(AgencyCode.parse(code)) : Optional.empty();
    }
}
