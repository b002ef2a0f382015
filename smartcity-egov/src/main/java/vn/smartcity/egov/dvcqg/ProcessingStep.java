package vn.smartcity.egov.dvcqg;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.egov.dossier.DossierStatus;
import vn.smartcity.egov.http.WireDates;

/**
 * One processing step of a dossier, an item of {@code CapNhatTienDoHoSoMC}'s {@code data}, members
 * as {@code VietOpenCPS/opencps-v2} sends them ({@code createSyncDossierStatusBodyRequest}).
 *
 * <p>{@link #toString()} hides the officer's name.
 *
 * @param dossierCode the dossier, {@code MaHoSo}
 * @param officer who handled it, {@code NguoiXuLy}
 * @param position the officer's title, {@code ChucDanh}, or {@code null}
 * @param handledAt when, {@code ThoiDiemXuLy}
 * @param department the department, {@code PhongBanXuLy}, or {@code null}
 * @param content what was done, {@code NoiDungXuLy}
 * @param status the dossier's state after the step, {@code TrangThai}
 * @param startedAt when the step started, {@code NgayBatDau}, or {@code null}
 * @param dueAt when the step was due, {@code NgayKetThucTheoQuyDinh}, or {@code null}
 */
public record ProcessingStep(
        @JsonbProperty("MaHoSo") DossierCode dossierCode,
        @JsonbProperty("NguoiXuLy") String officer,
        @JsonbProperty("ChucDanh") @Nullable String position,

        @JsonbProperty("ThoiDiemXuLy") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class)
        OffsetDateTime handledAt,

        @JsonbProperty("PhongBanXuLy") @Nullable String department,
        @JsonbProperty("NoiDungXuLy") String content,
        @JsonbProperty("TrangThai") DossierStatus status,

        @JsonbProperty("NgayBatDau") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class) @Nullable
        OffsetDateTime startedAt,

        @JsonbProperty("NgayKetThucTheoQuyDinh") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class) @Nullable
        OffsetDateTime dueAt) {

    /**
     * Validates the components.
     *
     * @param dossierCode the {@code dossierCode} component
     * @param officer the {@code officer} component
     * @param position the {@code position} component
     * @param handledAt the {@code handledAt} component
     * @param department the {@code department} component
     * @param content the {@code content} component
     * @param status the {@code status} component
     * @param startedAt the {@code startedAt} component
     * @param dueAt the {@code dueAt} component
     */
    public ProcessingStep {
        Objects.requireNonNull(dossierCode, "MaHoSo");
        Objects.requireNonNull(officer, "NguoiXuLy");
        Objects.requireNonNull(handledAt, "ThoiDiemXuLy");
        Objects.requireNonNull(content, "NoiDungXuLy");
        Objects.requireNonNull(status, "TrangThai");
    }

    /**
     * A step with only the required members.
     *
     * @param dossierCode the dossier
     * @param officer who handled it
     * @param handledAt when
     * @param content what was done
     * @param status the state after the step
     * @return the step
     */
    public static ProcessingStep of(
            DossierCode dossierCode, String officer, OffsetDateTime handledAt, String content, DossierStatus status) {
        return new ProcessingStep(dossierCode, officer, null, handledAt, null, content, status, null, null);
    }

    /**
     * Shows the step without the officer's name.
     *
     * @return a summary
     */
    @Override
    public String toString() {
        return "ProcessingStep[" + dossierCode + ", " + status + " at " + handledAt + ", officer=****]";
    }
}
