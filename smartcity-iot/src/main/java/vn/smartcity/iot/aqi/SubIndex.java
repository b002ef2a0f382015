package vn.smartcity.iot.aqi;

import java.util.Objects;

/**
 * One pollutant's contribution to an index.
 *
 * @param pollutant the pollutant
 * @param averaging the averaging period of the concentration used
 * @param concentration the concentration, in {@code unit}, as used (after any truncation)
 * @param unit the unit of the concentration ({@code ug/m3}, {@code ppb}, {@code ppm})
 * @param value the sub-index, not yet rounded
 */
public record SubIndex(Pollutant pollutant, Averaging averaging, double concentration, String unit, double value) {

    /**
     * Validates the components.
     *
     * @param averaging the {@code averaging} component
     * @param concentration the {@code concentration} component
     * @param pollutant the {@code pollutant} component
     * @param unit the {@code unit} component
     * @param value the {@code value} component
     */
    public SubIndex {
        Objects.requireNonNull(pollutant, "pollutant");
        Objects.requireNonNull(averaging, "averaging");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * The sub-index rounded to an integer (half up).
     *
     * @return the rounded value
     */
    public int rounded() {
        return (int) Math.floor(value + 0.5);
    }
}
