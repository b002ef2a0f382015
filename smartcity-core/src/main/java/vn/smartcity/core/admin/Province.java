package vn.smartcity.core.admin;

import java.util.List;
import java.util.Objects;

/**
 * A province or centrally-run city in one {@link Era}, with its two-digit GSO code.
 *
 * <p>The same code can name different units in different eras (code 25 is Phú Thọ in both, but
 * the 2025 Phú Thọ also covers the former Vĩnh Phúc and Hòa Bình), so a province always carries
 * its era. Get instances from {@link AdministrativeUnits}.
 *
 * @param code the two-digit GSO code, such as {@code 46}
 * @param name the name without prefix, such as {@code Huế}
 * @param kind province or centrally-run city
 * @param era the era this unit belongs to
 * @param aliases other names users write for it
 */
public record Province(String code, String name, ProvinceKind kind, Era era, List<String> aliases) {

    /**
     * Validates and copies the components.
     *
     * @param aliases the {@code aliases} component
     * @param code the {@code code} component
     * @param era the {@code era} component
     * @param kind the {@code kind} component
     * @param name the {@code name} component
     */
    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(era, "era");
        if (code.length() != 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            throw new IllegalArgumentException("province code must be two digits: " + code);
        }
        aliases = List.copyOf(aliases);
    }

    /**
     * The official name with its prefix.
     *
     * @return such as {@code Tỉnh Quảng Ninh} or {@code Thành phố Huế}
     */
    public String fullName() {
        return kind.prefix() + " " + name;
    }

    @Override
    public String toString() {
        return code + " " + fullName() + " (" + era.key() + ")";
    }
}
