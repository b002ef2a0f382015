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
 * A change of a dossier's state, the {@code data} of {@code DongBoTrangThaiHoSo}. The members
 * ({@code MaHoSo}, {@code TrangThai}, {@code NoiDung}, {@code NgayXuLy}) follow one public
 * integration that sends this service (a ministry's one-stop system, {@code SyncDVCQGService});
 * they are not confirmed by a second source.
 *
 * @param dossierCode the dossier, {@code MaHoSo}
 * @param status the new state, {@code TrangThai}
 * @param content why, {@code NoiDung}, or {@code null}
 * @param handledAt when, {@code NgayXuLy}
 */
public record StatusUpdate(
        @JsonbProperty("MaHoSo") DossierCode dossierCode,
        @JsonbProperty("TrangThai") DossierStatus status,
        @JsonbProperty("NoiDung") @Nullable String content,

        @JsonbProperty("NgayXuLy") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class)
        OffsetDateTime handledAt) {

    /**
     * Validates the components.
     *
     * @param dossierCode the {@code dossierCode} component
     * @param status the {@code status} component
     * @param content the {@code content} component
     * @param handledAt the {@code handledAt} component
     */
    public StatusUpdate {
        Objects.requireNonNull(dossierCode, "MaHoSo");
        Objects.requireNonNull(status, "TrangThai");
        Objects.requireNonNull(handledAt, "NgayXuLy");
    }
}
