package vn.smartcity.egov.dvcqg;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.dossier.ProcedureCode;

/**
 * A procedure in detail, the first item of {@code LayThuTuc}'s {@code result}. The members are
 * those {@code VietOpenCPS/opencps-v2} reads ({@code syncServiceInfo}): {@code TENTTHC}, {@code
 * LINHVUCTHUCHIEN}, {@code COQUANTHUCHIEN}, {@code YEUCAU}, {@code MOTADOITUONGTHUCHIEN}, {@code
 * TRANGTHAI}; {@code MATTHC} is inferred from {@code LayDanhSachTTHC}. Other members (steps,
 * channels, fees, legal bases, forms) are not bound.
 *
 * @param code the procedure code, {@code MATTHC}
 * @param name the procedure's name, {@code TENTTHC}
 * @param fields the fields it belongs to, {@code LINHVUCTHUCHIEN}
 * @param agencies the bodies that carry it out, {@code COQUANTHUCHIEN}
 * @param requirements the conditions to meet, {@code YEUCAU}, or {@code null}
 * @param applicants who may apply, {@code MOTADOITUONGTHUCHIEN}, or {@code null}
 * @param status {@code TRANGTHAI}: {@code 1} when the procedure is published, or {@code null}
 */
public record ProcedureDetail(
        @JsonbProperty("MATTHC") ProcedureCode code,
        @JsonbProperty("TENTTHC") String name,
        @JsonbProperty("LINHVUCTHUCHIEN") List<Field> fields,
        @JsonbProperty("COQUANTHUCHIEN") List<Agency> agencies,
        @JsonbProperty("YEUCAU") @Nullable String requirements,
        @JsonbProperty("MOTADOITUONGTHUCHIEN") @Nullable String applicants,
        @JsonbProperty("TRANGTHAI") @Nullable Integer status) {

    /**
     * Validates the components; absent lists become empty.
     *
     * @param code the {@code code} component
     * @param name the {@code name} component
     * @param fields the {@code fields} component
     * @param agencies the {@code agencies} component
     * @param requirements the {@code requirements} component
     * @param applicants the {@code applicants} component
     * @param status the {@code status} component
     */
    public ProcedureDetail {
        Objects.requireNonNull(code, "MATTHC");
        Objects.requireNonNull(name, "TENTTHC");
        fields = fields == null ? List.of() : List.copyOf(fields);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }

    /**
     * Whether the portal lists the procedure as published ({@code TRANGTHAI} 1, as {@code
     * VietOpenCPS/opencps-v2} reads it).
     *
     * @return {@code true} unless the status says otherwise
     */
    public boolean isPublished() {
        return status == null || status == 1;
    }
}
