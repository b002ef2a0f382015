package vn.smartcity.egov.dvcqg;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A field of public services (lĩnh vực), an item of {@code LayDanhMucLinhVuc}'s {@code result} or of
 * a procedure's {@code LINHVUCTHUCHIEN}: {@code MALINHVUC}, {@code TENLINHVUC} and {@code MANGANH}
 * as {@code VietOpenCPS/opencps-v2} reads them ({@code doSyncServiceDomain}).
 *
 * @param code the field code, {@code MALINHVUC}
 * @param name the field's name, {@code TENLINHVUC}
 * @param sectorCode the code of the sector (ngành) or ministry it belongs to, {@code MANGANH}, or
 *     {@code null}
 */
public record Field(
        @JsonbProperty("MALINHVUC") String code,
        @JsonbProperty("TENLINHVUC") String name,
        @JsonbProperty("MANGANH") @Nullable String sectorCode) {

    /**
     * Validates the components.
     *
     * @param code the {@code code} component
     * @param name the {@code name} component
     * @param sectorCode the {@code sectorCode} component
     */
    public Field {
        Objects.requireNonNull(code, "MALINHVUC");
        Objects.requireNonNull(name, "TENLINHVUC");
    }
}
