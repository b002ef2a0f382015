package vn.smartcity.iot.aqi;

import java.util.List;
import java.util.Objects;

/**
 * A band of the index with its name, colour and health advice as the standard publishes them.
 *
 * @param low the lowest index of the band
 * @param high the highest index of the band
 * @param name the standard's name ({@code Tốt}, {@code Good})
 * @param red the colour's red component
 * @param green the colour's green component
 * @param blue the colour's blue component
 * @param advice the advice for the general public
 * @param sensitiveAdvice the advice for sensitive groups
 */
public record Category(
        int low, int high, String name, int red, int green, int blue, String advice, String sensitiveAdvice) {

    /**
     * Validates the components.
     *
     * @param advice the {@code advice} component
     * @param blue the {@code blue} component
     * @param green the {@code green} component
     * @param high the {@code high} component
     * @param low the {@code low} component
     * @param name the {@code name} component
     * @param red the {@code red} component
     * @param sensitiveAdvice the {@code sensitiveAdvice} component
     */
    public Category {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(advice, "advice");
        Objects.requireNonNull(sensitiveAdvice, "sensitiveAdvice");
    }

    /**
     * The colour as CSS hex.
     *
     * @return such as {@code #00E400}
     */
    public String hexColor() {
        return String.format("#%02X%02X%02X", red, green, blue);
    }

    /**
     * The band of a scale an index falls in; below the scale the first band, above it the last.
     *
     * @param bands the scale's bands, lowest first
     * @param aqi the index
     * @return its band
     */
    static Category band(List<Category> bands, int aqi) {
        for (Category c : bands) {
            if (c.contains(aqi)) {
                return c;
            }
        }
        return aqi < 0 ? bands.get(0) : bands.get(bands.size() - 1);
    }

    /**
     * Whether an index falls in this band.
     *
     * @param aqi the index
     * @return {@code true} if {@code low <= aqi <= high}
     */
    public boolean contains(int aqi) {
        return aqi >= low && aqi <= high;
    }
}
