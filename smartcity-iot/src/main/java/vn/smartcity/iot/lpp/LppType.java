package vn.smartcity.iot.lpp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Cayenne LPP data types: the type byte, the name, the size of the data, the resolution, the
 * signedness and the UCUM unit of each value.
 *
 * <p>Types 0 to 3, 101 to 104, 113, 115, 134 and 136 are the core types of the myDevices
 * documentation (type = IPSO object id - 3200); the others are the extended types of the
 * ElectronicCats CayenneLPP library ({@code src/CayenneLPP.h} and {@code src/CayenneLPP.cpp} at
 * commit {@code e3defd7}, September 2025), whose names ({@code getTypeName}) this enum uses. That
 * version treats voltage (116) and current (117) as signed (commit {@code 1a08320}, August 2025)
 * although the header's comments and the library's JavaScript decoder still say unsigned; see
 * {@link CayenneLppCodec.Builder#unsignedVoltageAndCurrent(boolean)}. The variable-length polyline
 * type (240) of the library's non-Arduino build is not supported.
 *
 * <p>Types with several values (accelerometer, gyrometer, colour, GPS) name each value by an
 * {@linkplain #axes() axis}.
 */
public enum LppType {
    /** 0: digital input, 1 byte unsigned. */
    DIGITAL_INPUT(0, "digital_in", 1, false, 1, null),
    /** 1: digital output, 1 byte unsigned. */
    DIGITAL_OUTPUT(1, "digital_out", 1, false, 1, null),
    /** 2: analog input, 2 bytes signed, 0.01. */
    ANALOG_INPUT(2, "analog_in", 2, true, 100, null),
    /** 3: analog output, 2 bytes signed, 0.01. */
    ANALOG_OUTPUT(3, "analog_out", 2, true, 100, null),
    /** 100: generic sensor, 4 bytes unsigned. */
    GENERIC_SENSOR(100, "generic", 4, false, 1, null),
    /** 101: illuminance, 2 bytes unsigned, 1 lx. */
    LUMINOSITY(101, "luminosity", 2, false, 1, "lx"),
    /** 102: presence, 1 byte unsigned. */
    PRESENCE(102, "presence", 1, false, 1, null),
    /** 103: temperature, 2 bytes signed, 0.1 °C. */
    TEMPERATURE(103, "temperature", 2, true, 10, "Cel"),
    /** 104: relative humidity, 1 byte unsigned, 0.5 %. */
    HUMIDITY(104, "humidity", 1, false, 2, "%"),
    /** 113: accelerometer, 2 bytes signed per axis (x, y, z), 0.001 G. */
    ACCELEROMETER(
            113, "accelerometer", 2, true, new int[] {1000, 1000, 1000}, units("[g]", "[g]", "[g]"), "x", "y", "z"),
    /** 115: barometric pressure, 2 bytes unsigned, 0.1 hPa. */
    PRESSURE(115, "pressure", 2, false, 10, "hPa"),
    /** 116: voltage, 2 bytes signed, 0.01 V. */
    VOLTAGE(116, "voltage", 2, true, 100, "V"),
    /** 117: current, 2 bytes signed, 0.001 A. */
    CURRENT(117, "current", 2, true, 1000, "A"),
    /** 118: frequency, 4 bytes unsigned, 1 Hz. */
    FREQUENCY(118, "frequency", 4, false, 1, "Hz"),
    /** 120: percentage, 1 byte unsigned, 1 %. */
    PERCENTAGE(120, "percentage", 1, false, 1, "%"),
    /** 121: altitude, 2 bytes signed, 1 m. */
    ALTITUDE(121, "altitude", 2, true, 1, "m"),
    /** 125: concentration, 2 bytes unsigned, 1 ppm. */
    CONCENTRATION(125, "concentration", 2, false, 1, "[ppm]"),
    /** 128: power, 2 bytes unsigned, 1 W. */
    POWER(128, "power", 2, false, 1, "W"),
    /** 130: distance, 4 bytes unsigned, 0.001 m. */
    DISTANCE(130, "distance", 4, false, 1000, "m"),
    /** 131: energy, 4 bytes unsigned, 0.001 kWh. */
    ENERGY(131, "energy", 4, false, 1000, "kW.h"),
    /** 132: direction, 2 bytes unsigned, 1°. */
    DIRECTION(132, "direction", 2, false, 1, "deg"),
    /** 133: Unix time, 4 bytes unsigned, seconds since 1970-01-01T00:00:00Z. */
    UNIX_TIME(133, "time", 4, false, 1, "s"),
    /** 134: gyrometer, 2 bytes signed per axis (x, y, z), 0.01 °/s. */
    GYROMETER(134, "gyrometer", 2, true, new int[] {100, 100, 100}, units("deg/s", "deg/s", "deg/s"), "x", "y", "z"),
    /** 135: colour, 1 byte unsigned per component (r, g, b). */
    COLOUR(135, "colour", 1, false, new int[] {1, 1, 1}, units(null, null, null), "r", "g", "b"),
    /**
     * 136: GPS location, 3 bytes signed each: latitude and longitude 0.0001°, altitude 0.01 m.
     */
    GPS(
            136,
            "gps",
            3,
            true,
            new int[] {10000, 10000, 100},
            units("deg", "deg", "m"),
            "latitude",
            "longitude",
            "altitude"),
    /** 142: switch, 1 byte unsigned (0 or 1). */
    SWITCH(142, "switch", 1, false, 1, null);

    private static final LppType[] BY_CODE = new LppType[256];

    static {
        for (LppType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    final int code;
    final String typeName;
    /** Bytes per value. */
    final int width;

    final boolean signed;
    /** Per value: the raw integer divided by this gives the value. */
    final int[] multipliers;

    final @Nullable String[] units;
    /** Axis names, empty for a single value. */
    final String[] axes;

    LppType(int code, String typeName, int width, boolean signed, int multiplier, @Nullable String unit) {
        this(code, typeName, width, signed, new int[] {multiplier}, units(unit));
    }

    LppType(
            int code,
            String typeName,
            int width,
            boolean signed,
            int[] multipliers,
            @Nullable String[] units,
            String... axes) {
        this.code = code;
        this.typeName = typeName;
        this.width = width;
        this.signed = signed;
        this.multipliers = multipliers;
        this.units = units;
        this.axes = axes;
    }

    private static @Nullable String[] units(@Nullable String... units) {
        return units;
    }

    /**
     * The type for a type byte.
     *
     * @param code the type byte, 0 to 255
     * @return the type, or empty if the code is not a supported type
     */
    public static Optional<LppType> forCode(int code) {
        return code < 0 || code > 255 ? Optional.empty() : Optional.ofNullable(BY_CODE[code]);
    }

    /**
     * The type for a name, ignoring case.
     *
     * @param name such as {@code temperature}
     * @return the type, or empty if no type has that name
     */
    public static Optional<LppType> forName(CharSequence name) {
        String key = name.toString().toLowerCase(Locale.ROOT);
        for (LppType t : values()) {
            if (t.typeName.equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    static @Nullable LppType byCode(int code) {
        return BY_CODE[code];
    }

    /**
     * The type byte.
     *
     * @return such as {@code 103} for temperature
     */
    public int code() {
        return code;
    }

    /**
     * The name records carry, the one the ElectronicCats library's {@code getTypeName} gives.
     *
     * @return such as {@code temperature}
     */
    public String typeName() {
        return typeName;
    }

    /**
     * The size of the data that follows the type byte.
     *
     * @return bytes, such as 9 for GPS
     */
    public int size() {
        return width * multipliers.length;
    }

    /**
     * How many values the data holds.
     *
     * @return 1, or 3 for the types with axes
     */
    public int valueCount() {
        return multipliers.length;
    }

    /**
     * The names of the values of a multi-value type.
     *
     * @return such as {@code [x, y, z]}, or an empty list for a single value
     */
    public List<String> axes() {
        return List.of(axes);
    }

    /**
     * Whether the values are two's complement (as the library at commit {@code e3defd7} reads
     * them).
     *
     * @return {@code true} if signed
     */
    public boolean isSigned() {
        return signed;
    }

    /**
     * The resolution of one value: what one step of the raw integer is worth.
     *
     * @param index the value's index, 0 for a single value
     * @return such as 0.1 for temperature
     */
    public double resolution(int index) {
        return 1.0 / multipliers[index];
    }

    /**
     * The UCUM unit of one value.
     *
     * @param index the value's index, 0 for a single value
     * @return such as {@code Cel}, or {@code null} for a dimensionless value
     */
    public @Nullable String unit(int index) {
        return units[index];
    }
}
