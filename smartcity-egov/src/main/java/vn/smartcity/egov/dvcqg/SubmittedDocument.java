package vn.smartcity.egov.dvcqg;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A document handed in with a dossier, an item of {@code TaiLieuNop}, members as {@code
 * VietOpenCPS/opencps-v2} lists them.
 *
 * @param fileId the file's id in the sending system, {@code TepDinhKemId}
 * @param fileName the file's name, {@code TenTepDinhKem}
 * @param deleted {@code "True"} if the document was withdrawn, else {@code "False"}, {@code
 *     IsDeleted}
 * @param componentCode the dossier component (thành phần hồ sơ) it fulfils, {@code MaThanhPhanHoSo},
 *     or {@code null}
 * @param downloadUrl where the portal can fetch the file, {@code DuongDanTaiTepTin}, or {@code null}
 */
public record SubmittedDocument(
        @JsonbProperty("TepDinhKemId") String fileId,
        @JsonbProperty("TenTepDinhKem") String fileName,
        @JsonbProperty("IsDeleted") @Nullable String deleted,
        @JsonbProperty("MaThanhPhanHoSo") @Nullable String componentCode,
        @JsonbProperty("DuongDanTaiTepTin") @Nullable String downloadUrl) {

    /**
     * Validates the components.
     *
     * @param fileId the {@code fileId} component
     * @param fileName the {@code fileName} component
     * @param deleted the {@code deleted} component
     * @param componentCode the {@code componentCode} component
     * @param downloadUrl the {@code downloadUrl} component
     */
    public SubmittedDocument {
        Objects.requireNonNull(fileId, "TepDinhKemId");
        Objects.requireNonNull(fileName, "TenTepDinhKem");
    }
}
