package vn.smartcity.iot.ngsild;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ParameterCatalogue;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.aqi.AqiResult;

/**
 * Writes station data as FIWARE Smart Data Models entities in NGSI-LD normalized form: every
 * attribute an object with {@code "type": "Property"} and a {@code value} (with a UN/CEFACT {@code
 * unitCode} where the unit is not implied), {@code location} a GeoProperty Point, links to the
 * device and the point of interest as Relationships, and the model's {@code @context}.
 *
 * <pre>{@code
 * NgsiLd.Station station = new NgsiLd.Station("QN-CAMPHA-01", GeoPoint.of(21.0117, 107.2925),
 *         "QN-CAMPHA-01-LOGGER", "QuangNinh-CamPha-Station");
 * JsonObject entity = NgsiLd.airQualityObserved(station, hourStart, records, index);
 * // POST entity to /ngsi-ld/v1/entities with Content-Type: application/ld+json
 * }</pre>
 *
 * <p>Records are mapped through the {@link ParameterCatalogue} and converted to the models'
 * units; records of parameters a model has no attribute for are left out.
 */
public final class NgsiLd {

    /** The @context of dataModel.Environment, as its AirQualityObserved example uses it. */
    public static final String ENVIRONMENT_CONTEXT =
            "https://raw.githubusercontent.com/smart-data-models/dataModel.Environment/master/context.jsonld";

    /** The @context of dataModel.WaterQuality, as its WaterQualityObserved example uses it. */
    public static final String WATER_QUALITY_CONTEXT =
            "https://raw.githubusercontent.com/smart-data-models/dataModel.WaterQuality/master/context.jsonld";

    /** An attribute of a model: its name, the unit its value is written in, its UN/CEFACT code. */
    private record Attribute(
            String name, String unit, @Nullable String unitCode, double scale) {}

    private static final Map<String, Attribute> AIR = Map.ofEntries(
            Map.entry("pm2.5", new Attribute("pm25", "ug/m3", "GQ", 1)),
            Map.entry("pm10", new Attribute("pm10", "ug/m3", "GQ", 1)),
            Map.entry("tsp", new Attribute("tsp", "ug/m3", "GQ", 1)),
            Map.entry("so2", new Attribute("so2", "ug/m3", "GQ", 1)),
            Map.entry("no2", new Attribute("no2", "ug/m3", "GQ", 1)),
            Map.entry("no", new Attribute("no", "ug/m3", "GQ", 1)),
            Map.entry("nox", new Attribute("nox", "ug/m3", "GQ", 1)),
            Map.entry("o3", new Attribute("o3", "ug/m3", "GQ", 1)),
            Map.entry("co", new Attribute("co", "mg/m3", "GP", 1)),
            Map.entry("temperature", new Attribute("temperature", "Cel", "CEL", 1)),
            Map.entry("humidity", new Attribute("relativeHumidity", "%", null, 0.01)),
            Map.entry("pressure", new Attribute("pressure", "kPa", "KPA", 1)),
            Map.entry("wind-speed", new Attribute("windSpeed", "m/s", "MTS", 1)),
            Map.entry("wind-direction", new Attribute("windDirection", "deg", "DD", 1)));

    private static final Map<String, Attribute> WATER = Map.ofEntries(
            Map.entry("ph", new Attribute("pH", "[pH]", null, 1)),
            Map.entry("water-temperature", new Attribute("temperature", "Cel", "CEL", 1)),
            Map.entry("conductivity", new Attribute("conductivity", "uS/cm", "G42", 1)),
            Map.entry("turbidity", new Attribute("turbidity", "{NTU}", null, 1)),
            Map.entry("dissolved-oxygen", new Attribute("O2", "mg/L", "M1", 1)),
            Map.entry("cod", new Attribute("cod", "mg/L", "M1", 1)),
            Map.entry("bod5", new Attribute("bod", "mg/L", "M1", 1)),
            Map.entry("nh4", new Attribute("NH4", "mg/L", "M1", 1)),
            Map.entry("tss", new Attribute("tss", "mg/L", "M1", 1)),
            Map.entry("total-nitrogen", new Attribute("N-TOT", "mg/L", "M1", 1)),
            Map.entry("total-phosphorus", new Attribute("P-TOT", "mg/L", "M1", 1)),
            Map.entry("flow", new Attribute("flow", "m3/h", "MQH", 1)));

    private static final String[] LEVELS = {
        "good", "moderate", "unhealthyForSensitiveGroups", "unhealthy", "veryUnhealthy", "hazardous"
    };

    private NgsiLd() {}

    /**
     * A monitoring station as the entities refer to it.
     *
     * @param id the station's identifier, used in the entity id
     * @param location where it stands
     * @param deviceId the data logger's id for {@code refDevice}, or {@code null}
     * @param pointOfInterestId the station's point-of-interest id for {@code refPointOfInterest},
     *     or {@code null}
     */
    public record Station(
            String id,
            GeoPoint location,
            @Nullable String deviceId,
            @Nullable String pointOfInterestId) {
        /**
         * Validates the components.
         *
         * @param deviceId the {@code deviceId} component
         * @param id the {@code id} component
         * @param location the {@code location} component
         * @param pointOfInterestId the {@code pointOfInterestId} component
         */
        public Station {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * An {@code AirQualityObserved} entity.
     *
     * @param station the station
     * @param dateObserved when (the start of the hour or day the values cover)
     * @param records the records to include (any codec's; mapped through the catalogue)
     * @param index the index for {@code airQualityIndex} and {@code airQualityLevel}, or {@code
     *     null}; a {@link AqiResult.NotEnoughData} writes neither
     * @return the entity
     */
    public static JsonObject airQualityObserved(
            Station station, Instant dateObserved, List<Observation> records, @Nullable AqiResult index) {
        JsonObjectBuilder entity = Json.createObjectBuilder()
                .add("id", "urn:ngsi-ld:AirQualityObserved:" + urnPart(station.id()) + "-" + dateObserved)
                .add("type", "AirQualityObserved")
                .add("dateObserved", property(Json.createValue(dateObserved.toString())));
        values(entity, records, AIR, null);
        if (index instanceof AqiResult.Index i) {
            entity.add("airQualityIndex", property(Json.createValue(i.aqi())));
            entity.add("airQualityLevel", property(Json.createValue(LEVELS[level(i.aqi())])));
        }
        return finish(entity, station, ENVIRONMENT_CONTEXT, true);
    }

    /**
     * A {@code WaterQualityObserved} entity, with the {@code measurand} list the model asks for.
     *
     * @param station the station
     * @param dateObserved when
     * @param records the records to include
     * @return the entity
     */
    public static JsonObject waterQualityObserved(Station station, Instant dateObserved, List<Observation> records) {
        JsonObjectBuilder entity = Json.createObjectBuilder()
                .add("id", "urn:ngsi-ld:WaterQualityObserved:" + urnPart(station.id()) + "-" + dateObserved)
                .add("type", "WaterQualityObserved")
                .add(
                        "dateObserved",
                        property(Json.createObjectBuilder()
                                .add("@type", "DateTime")
                                .add("@value", dateObserved.toString())
                                .build()));
        JsonArrayBuilder measurands = Json.createArrayBuilder();
        int n = values(entity, records, WATER, measurands);
        if (n > 0) {
            entity.add("measurand", property(measurands.build()));
        }
        return finish(entity, station, WATER_QUALITY_CONTEXT, false);
    }

    private static int values(
            JsonObjectBuilder entity,
            List<Observation> records,
            Map<String, Attribute> model,
            @Nullable JsonArrayBuilder measurands) {
        ParameterCatalogue catalogue = ParameterCatalogue.standard();
        java.util.Set<String> written = new java.util.HashSet<>();
        int n = 0;
        for (Observation record : records) {
            Optional<Observation> canonical = catalogue.canonical(record);
            if (canonical.isEmpty() || !(canonical.get().value() instanceof Value.Number)) {
                continue;
            }
            Attribute a = model.get(canonical.get().name());
            if (a == null || !written.add(a.name())) {
                continue;
            }
            double v = vn.smartcity.iot.Units.convert(
                            canonical.get().number(), canonical.get().unit(), a.unit(), Double.NaN)
                    * a.scale();
            if (!Double.isFinite(v)) {
                continue;
            }
            JsonObjectBuilder p =
                    Json.createObjectBuilder().add("type", "Property").add("value", v);
            if (a.unitCode() != null) {
                p.add("unitCode", a.unitCode());
            }
            entity.add(a.name(), p);
            if (measurands != null) {
                measurands.add(a.name() + ", " + v + ", " + (a.unitCode() == null ? "" : a.unitCode()) + ", "
                        + catalogue.byId(canonical.get().name()).orElseThrow().description());
            }
            n++;
        }
        return n;
    }

    private static JsonObject finish(JsonObjectBuilder entity, Station station, String context, boolean device) {
        entity.add(
                "location",
                Json.createObjectBuilder()
                        .add("type", "GeoProperty")
                        .add(
                                "value",
                                Json.createObjectBuilder()
                                        .add("type", "Point")
                                        .add(
                                                "coordinates",
                                                Json.createArrayBuilder()
                                                        .add(station.location().longitude())
                                                        .add(station.location().latitude()))));
        if (device && station.deviceId() != null) {
            entity.add("refDevice", relationship("urn:ngsi-ld:Device:" + urnPart(station.deviceId())));
        }
        if (station.pointOfInterestId() != null) {
            entity.add(
                    "refPointOfInterest",
                    relationship("urn:ngsi-ld:PointOfInterest:" + urnPart(station.pointOfInterestId())));
        }
        entity.add("@context", Json.createArrayBuilder().add(context));
        return entity.build();
    }

    private static JsonObjectBuilder property(jakarta.json.JsonValue value) {
        return Json.createObjectBuilder().add("type", "Property").add("value", value);
    }

    private static JsonObjectBuilder relationship(String object) {
        return Json.createObjectBuilder().add("type", "Relationship").add("object", object);
    }

    private static int level(int aqi) {
        int[] tops = {50, 100, 150, 200, 300};
        for (int i = 0; i < tops.length; i++) {
            if (aqi <= tops[i]) {
                return i;
            }
        }
        return 5;
    }

    /** An id safe inside a URN: letters, digits and {@code - . _ :} kept, the rest as {@code _}. */
    private static String urnPart(String id) {
        StringBuilder out = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "-._:".indexOf(c) >= 0;
            out.append(ok ? c : '_');
        }
        return out.toString();
    }
}
