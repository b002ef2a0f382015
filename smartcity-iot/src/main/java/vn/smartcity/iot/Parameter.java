package vn.smartcity.iot;

import java.util.List;
import java.util.Objects;

/**
 * A canonical measured quantity: what an HJ 212 code, a TT 10/2021 symbol and a SenML name all
 * mean, in one unit.
 *
 * @param id the canonical id, lower-case ({@code pm2.5}, {@code so2}, {@code cod})
 * @param unit the canonical unit in UCUM ({@code ug/m3}, {@code Cel}, {@code mg/L})
 * @param description what it is, in a few words
 * @param molarMass the gas's molar mass in g/mol for ppb/ppm conversion, or NaN
 * @param aliases the names protocols use for it
 */
public record Parameter(String id, String unit, String description, double molarMass, List<String> aliases) {

    /**
     * Validates and copies the components.
     *
     * @param aliases the {@code aliases} component
     * @param description the {@code description} component
     * @param id the {@code id} component
     * @param molarMass the {@code molarMass} component
     * @param unit the {@code unit} component
     */
    public Parameter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        aliases = List.copyOf(aliases);
    }
}
