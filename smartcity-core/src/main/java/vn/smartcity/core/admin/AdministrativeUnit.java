package vn.smartcity.core.admin;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One unit of a statistics-office list: a province, district or commune with its code.
 *
 * @param code the GSO code: 2 digits for a province, 3 for a district, 5 for a commune
 * @param name the name with its prefix, as the list writes it ({@code Phường Phú Xuân})
 * @param level the level
 * @param parentCode the code of the unit above, or {@code null} for a province
 */
public record AdministrativeUnit(
        String code, String name, UnitLevel level, @Nullable String parentCode) {

    /**
     * Validates the components.
     *
     * @param code the {@code code} component
     * @param level the {@code level} component
     * @param name the {@code name} component
     * @param parentCode the {@code parentCode} component
     */
    public AdministrativeUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }

    /**
     * The code of the unit above.
     *
     * @return the parent's code, or empty for a province
     */
    public Optional<String> parent() {
        return Optional.ofNullable(parentCode);
    }
}
