package vn.smartcity.egov.dvcqg;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.money.VndAmount;

/**
 * A fee or charge of a dossier, an item of {@code DanhSachLePhi}, members as {@code
 * VietOpenCPS/opencps-v2} lists them ({@code TenPhiLePhi}, {@code MaPhiLePhi}, {@code HinhThucThu},
 * {@code Gia}, {@code LoaiPhiLePhi}). The meaning of the two codes is inferred.
 *
 * @param name the fee's name, {@code TenPhiLePhi}
 * @param code the fee's code, {@code MaPhiLePhi}, or {@code null}
 * @param collectionMethod how it is collected (inferred: cash, transfer, online), {@code
 *     HinhThucThu}, or {@code null}
 * @param amount the amount in đồng, {@code Gia}
 * @param kind the kind (inferred: fee phí or charge lệ phí), {@code LoaiPhiLePhi}, or {@code null}
 */
public record Fee(
        @JsonbProperty("TenPhiLePhi") String name,
        @JsonbProperty("MaPhiLePhi") @Nullable String code,
        @JsonbProperty("HinhThucThu") @Nullable String collectionMethod,
        @JsonbProperty("Gia") VndAmount amount,
        @JsonbProperty("LoaiPhiLePhi") @Nullable String kind) {

    /**
     * Validates the components.
     *
     * @param name the {@code name} component
     * @param code the {@code code} component
     * @param collectionMethod the {@code collectionMethod} component
     * @param amount the {@code amount} component
     * @param kind the {@code kind} component
     */
    public Fee {
        Objects.requireNonNull(name, "TenPhiLePhi");
        Objects.requireNonNull(amount, "Gia");
    }
}
