package vn.smartcity.egov.dvcqg;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.egov.dossier.DossierCode;
import vn.smartcity.egov.http.WireDates;

/**
 * A citizen's satisfaction rating of how a dossier was handled, an item of {@code DongBoDanhGia}'s
 * {@code data}. Only the service name is confirmed by public code ({@code DongBoDanhGia}); the
 * members ({@code MaHoSo}, {@code MucDoHaiLong}, {@code NoiDungDanhGia}, {@code ThoiDiemDanhGia})
 * and the 1–5 scale are inferred.
 *
 * <p>{@link #toString()} hides the comment, which may name people.
 *
 * @param dossierCode the dossier rated, {@code MaHoSo}
 * @param satisfaction 1 (very dissatisfied) to 5 (very satisfied), {@code MucDoHaiLong}
 * @param comment the citizen's words, {@code NoiDungDanhGia}, or {@code null}
 * @param ratedAt when, {@code ThoiDiemDanhGia}
 */
public record Rating(
        @JsonbProperty("MaHoSo") DossierCode dossierCode,
        @JsonbProperty("MucDoHaiLong") int satisfaction,
        @JsonbProperty("NoiDungDanhGia") @Nullable String comment,

        @JsonbProperty("ThoiDiemDanhGia") @JsonbTypeAdapter(WireDates.OffsetDateTimeAdapter.class)
        OffsetDateTime ratedAt) {

    /**
     * Validates the components.
     *
     * @param dossierCode the {@code dossierCode} component
     * @param satisfaction the {@code satisfaction} component, 1 to 5
     * @param comment the {@code comment} component
     * @param ratedAt the {@code ratedAt} component
     * @throws IllegalArgumentException if the satisfaction is outside 1 to 5
     */
    public Rating {
        Objects.requireNonNull(dossierCode, "MaHoSo");
        Objects.requireNonNull(ratedAt, "ThoiDiemDanhGia");
        if (satisfaction < 1 || satisfaction > 5) {
            throw new IllegalArgumentException("MucDoHaiLong must be 1 to 5, got " + satisfaction);
        }
    }

    /**
     * Shows the rating without the comment.
     *
     * @return a summary
     */
    @Override
    public String toString() {
        return "Rating[" + dossierCode + ", " + satisfaction + "/5 at " + ratedAt + "]";
    }
}
