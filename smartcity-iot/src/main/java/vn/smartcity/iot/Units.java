package vn.smartcity.iot;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Conversion between the units sensor protocols write and the UCUM units of the {@link
 * ParameterCatalogue}. Units are grouped by dimension; within one, conversion is linear. Mixing
 * ratios (ppb, ppm) convert to mass concentrations with the gas's molar mass at 25 °C and 101.325
 * kPa, the reference state of QCVN 05:2023/BTNMT: µg/m³ = ppb × M / 24.45.
 */
public final class Units {

    /** The molar volume of an ideal gas at 25 °C and 101.325 kPa, in litres per mole. */
    public static final double MOLAR_VOLUME_25C = 24.45;

    private enum Dimension {
        MASS_CONCENTRATION,
        MIXING_RATIO,
        TEMPERATURE,
        PRESSURE,
        SPEED,
        ANGLE,
        RATIO,
        FLOW,
        CONDUCTIVITY,
        PH,
        TURBIDITY,
        COLOUR,
        LENGTH
    }

    /** A unit: its dimension, and value-in-base = value * factor + offset. */
    private record Unit(Dimension dimension, double factor, double offset) {}

    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        // Mass concentration, base ug/m3 (1 mg/L = 1 g/m3 = 1e6 ug/m3).
        define(Dimension.MASS_CONCENTRATION, 1, "ug/m3", "µg/m3", "μg/m3", "µg/m³", "μg/m³", "ug/m³", "ug/Nm3");
        define(Dimension.MASS_CONCENTRATION, 1e-3, "ng/m3", "ng/m³");
        define(Dimension.MASS_CONCENTRATION, 1e3, "mg/m3", "mg/m³", "mg/Nm3", "mg/Nm³");
        define(Dimension.MASS_CONCENTRATION, 1e6, "g/m3", "g/m³", "mg/L", "mg/l", "ppm(w)");
        define(Dimension.MASS_CONCENTRATION, 1e3, "ug/L", "µg/L", "μg/L", "ug/l", "µg/l");
        define(Dimension.MASS_CONCENTRATION, 1e9, "g/L", "g/l");
        // Mixing ratio by volume, base ppb.
        define(Dimension.MIXING_RATIO, 1, "ppb", "[ppb]");
        define(Dimension.MIXING_RATIO, 1e3, "ppm", "[ppm]");
        define(Dimension.MIXING_RATIO, 1e-3, "ppt", "[pptr]");
        // Temperature, base Cel.
        define(Dimension.TEMPERATURE, 1, "Cel", "°C", "degC", "oC", "C", "℃");
        UNITS.put(key("K"), new Unit(Dimension.TEMPERATURE, 1, -273.15));
        UNITS.put(key("[degF]"), new Unit(Dimension.TEMPERATURE, 5.0 / 9, -32 * 5.0 / 9));
        UNITS.put(key("°F"), new Unit(Dimension.TEMPERATURE, 5.0 / 9, -32 * 5.0 / 9));
        // Pressure, base kPa.
        define(Dimension.PRESSURE, 1, "kPa");
        define(Dimension.PRESSURE, 1e-3, "Pa");
        define(Dimension.PRESSURE, 0.1, "hPa", "mbar");
        define(Dimension.PRESSURE, 100, "bar");
        define(Dimension.PRESSURE, 101.325, "atm");
        define(Dimension.PRESSURE, 0.133322387415, "mm[Hg]", "mmHg");
        // Speed, base m/s.
        define(Dimension.SPEED, 1, "m/s");
        define(Dimension.SPEED, 1 / 3.6, "km/h");
        // Angle, base deg.
        define(Dimension.ANGLE, 1, "deg", "°");
        define(Dimension.ANGLE, 180 / Math.PI, "rad");
        // Ratios, base %.
        define(Dimension.RATIO, 1, "%", "%RH", "/100");
        define(Dimension.RATIO, 100, "1", "/1");
        // Flow, base m3/h.
        define(Dimension.FLOW, 1, "m3/h", "m³/h");
        define(Dimension.FLOW, 3600, "m3/s", "m³/s");
        define(Dimension.FLOW, 60, "m3/min", "m³/min");
        define(Dimension.FLOW, 3.6, "L/s", "l/s");
        define(Dimension.FLOW, 0.06, "L/min", "l/min");
        // Conductivity, base uS/cm.
        define(Dimension.CONDUCTIVITY, 1, "uS/cm", "µS/cm", "μS/cm");
        define(Dimension.CONDUCTIVITY, 1e3, "mS/cm");
        define(Dimension.CONDUCTIVITY, 1e4, "S/m");
        define(Dimension.PH, 1, "[pH]", "pH");
        define(Dimension.TURBIDITY, 1, "{NTU}", "NTU", "FNU");
        define(Dimension.COLOUR, 1, "{Pt-Co}", "Pt-Co", "Pt/Co", "TCU");
        // Length, base m.
        define(Dimension.LENGTH, 1, "m");
        define(Dimension.LENGTH, 1000, "km");
        define(Dimension.LENGTH, 0.01, "cm");
        define(Dimension.LENGTH, 0.001, "mm");
        define(Dimension.LENGTH, 0.3048, "[ft_i]", "ft");
    }

    private Units() {}

    private static void define(Dimension dimension, double factor, String... names) {
        for (String name : names) {
            UNITS.put(key(name), new Unit(dimension, factor, 0));
        }
    }

    private static String key(CharSequence unit) {
        return unit.toString().strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable Unit unit(CharSequence name) {
        Unit exact = UNITS.get(key(name));
        return exact;
    }

    /**
     * Whether this class knows a unit.
     *
     * @param unit the unit as a protocol writes it
     * @return {@code true} if it can be converted
     */
    public static boolean isKnown(CharSequence unit) {
        return unit(unit) != null;
    }

    /**
     * Converts a value between units of one dimension, or from a mixing ratio to a mass
     * concentration (and back) given a molar mass.
     *
     * @param value the value
     * @param from its unit
     * @param to the wanted unit
     * @param molarMass the gas's molar mass in g/mol for ppb/ppm conversions, or NaN
     * @return the converted value, or NaN if the units are unknown or not convertible
     */
    public static double convert(double value, CharSequence from, CharSequence to, double molarMass) {
        Unit a = unit(from);
        Unit b = unit(to);
        if (a == null || b == null) {
            return Double.NaN;
        }
        double base = value * a.factor() + a.offset();
        if (a.dimension() != b.dimension()) {
            if (a.dimension() == Dimension.MIXING_RATIO && b.dimension() == Dimension.MASS_CONCENTRATION) {
                base = base * molarMass / MOLAR_VOLUME_25C;
            } else if (a.dimension() == Dimension.MASS_CONCENTRATION && b.dimension() == Dimension.MIXING_RATIO) {
                base = base * MOLAR_VOLUME_25C / molarMass;
            } else {
                return Double.NaN;
            }
        }
        return (base - b.offset()) / b.factor();
    }
}
