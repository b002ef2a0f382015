package vn.smartcity.egov.dvcqg;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.dossier.ProcedureCode;

/**
 * One procedure of the catalogue, an item of {@code LayDanhSachTTHC}'s {@code result}: {@code
 * MATTHC} and {@code TENTTHC} as {@code VietOpenCPS/opencps-v2} reads them ({@code
 * getServiceInfoDVCQGMap}). {@code MALINHVUC} is inferred from {@code LayThuTuc}'s field list.
 *
 * @param code the procedure code, {@code MATTHC}
 * @param name the procedure's name, {@code TENTTHC}
 * @param fieldCode the field (lĩnh vực) code, {@code MALINHVUC}, or {@code null}
 */
public record ProcedureSummary(
        @JsonbProperty("MATTHC") ProcedureCode code,
        @JsonbProperty("TENTTHC") String name,
        @JsonbProperty("MALINHVUC") @Nullable String fieldCode) {

    /**
     * Validates the components.
     *
     * @param code the {@code code} component
     * @param name the {@code name} component
     * @param fieldCode the {@code fieldCode} component
     */
    public ProcedureSummary {
        Objects.requireNonNull(code, "MATTHC");
        Objects.requireNonNull(name, "TENTTHC");
    }
}
