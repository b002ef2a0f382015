package vn.smartcity.iot.aqi;

import java.util.Optional;

/** The pollutants of the air-quality indices, each tied to a canonical catalogue parameter. */
public enum Pollutant {
    /** Fine particulate matter, PM2.5. */
    PM2_5("pm2.5", "PM2.5"),
    /** Particulate matter PM10. */
    PM10("pm10", "PM10"),
    /** Ozone. */
    O3("o3", "O3"),
    /** Carbon monoxide. */
    CO("co", "CO"),
    /** Sulfur dioxide. */
    SO2("so2", "SO2"),
    /** Nitrogen dioxide. */
    NO2("no2", "NO2");

    private final String parameterId;
    private final String label;

    Pollutant(String parameterId, String label) {
        this.parameterId = parameterId;
        this.label = label;
    }

    /**
     * The canonical parameter id in {@link vn.smartcity.iot.ParameterCatalogue}.
     *
     * @return such as {@code pm2.5}
     */
    public String parameterId() {
        return parameterId;
    }

    /**
     * The usual written form.
     *
     * @return such as {@code PM2.5}
     */
    public String label() {
        return label;
    }

    /**
     * The pollutant of a canonical parameter.
     *
     * @param id a canonical parameter id
     * @return the pollutant, or empty if the parameter is not one of the index's
     */
    public static Optional<Pollutant> ofParameter(String id) {
        for (Pollutant p : values()) {
            if (p.parameterId.equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
