package vn.smartcity.iot.ngsild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.smartcity.core.geo.GeoPoint;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;
import vn.smartcity.iot.aqi.AqiResult;
import vn.smartcity.iot.aqi.VnAqi;

/**
 * The shape of the official Smart Data Models examples: dataModel.Environment
 * AirQualityObserved/examples/example-normalized.jsonld (commit 46736d17, 2024-06-10) and
 * dataModel.WaterQuality WaterQualityObserved/examples/example-normalized.jsonld (b94430e7); both
 * schemas require id, type, dateObserved and location.
 */
class NgsiLdTest {

    /** A trimmed copy of the official AirQualityObserved normalized example (CC BY 4.0, FIWARE). */
    static final String OFFICIAL_AIR_EXAMPLE = """
            {"id": "urn:ngsi-ld:AirQualityObserved:Madrid-AmbientObserved-28079004-2016-03-15T11:00:00",
             "type": "AirQualityObserved",
             "co": {"type": "Property", "value": 500, "unitCode": "GP"},
             "no2": {"type": "Property", "value": 69, "unitCode": "GQ"},
             "airQualityIndex": {"type": "Property", "value": 65},
             "airQualityLevel": {"type": "Property", "value": "moderate"},
             "dateObserved": {"type": "Property", "value": "2016-03-15T11:00:00"},
             "location": {"type": "GeoProperty", "value": {"type": "Point",
                          "coordinates": [-3.712247222222222, 40.423852777777775]}},
             "refPointOfInterest": {"type": "Relationship", "object": "urn:ngsi-ld:PointOfInterest:28079004-Pza.deEspanya"},
             "relativeHumidity": {"type": "Property", "value": 0.54},
             "@context": ["https://raw.githubusercontent.com/smart-data-models/dataModel.Environment/master/context.jsonld"]}
            """;

    /** Attribute names the AirQualityObserved schema defines (the subset this SDK writes). */
    static final Set<String> AIR_SCHEMA = Set.of(
            "id",
            "type",
            "@context",
            "dateObserved",
            "location",
            "co",
            "no",
            "no2",
            "nox",
            "o3",
            "so2",
            "pm10",
            "pm25",
            "tsp",
            "temperature",
            "relativeHumidity",
            "pressure",
            "windSpeed",
            "windDirection",
            "airQualityIndex",
            "airQualityLevel",
            "refDevice",
            "refPointOfInterest",
            "reliability");

    /** Checks normalized NGSI-LD as the examples use it; returns the problems found. */
    static List<String> problems(JsonObject entity, String type, Set<String> allowed) {
        List<String> problems = new java.util.ArrayList<>();
        for (String required : List.of("id", "type", "dateObserved", "location", "@context")) {
            if (!entity.containsKey(required)) {
                problems.add("missing " + required);
            }
        }
        if (!entity.getString("id", "").startsWith("urn:ngsi-ld:" + type + ":")) {
            problems.add("id is not urn:ngsi-ld:" + type + ":...");
        }
        if (!type.equals(entity.getString("type", ""))) {
            problems.add("type");
        }
        for (Map.Entry<String, JsonValue> e : entity.entrySet()) {
            String name = e.getKey();
            if (name.equals("id") || name.equals("type") || name.equals("@context")) {
                continue;
            }
            if (allowed != null && !allowed.contains(name)) {
                problems.add(name + " is not an attribute of the model");
            }
            JsonObject attribute = e.getValue().asJsonObject();
            String kind = attribute.getString("type");
            switch (kind) {
                case "Property":
                    if (!attribute.containsKey("value")) {
                        problems.add(name + " has no value");
                    }
                    break;
                case "GeoProperty":
                    JsonObject point = attribute.getJsonObject("value");
                    if (!"Point".equals(point.getString("type"))
                            || point.getJsonArray("coordinates").size() != 2) {
                        problems.add(name + " is not a GeoJSON Point");
                    }
                    break;
                case "Relationship":
                    if (!attribute.getString("object", "").startsWith("urn:ngsi-ld:")) {
                        problems.add(name + " does not point at an NGSI-LD URN");
                    }
                    break;
                default:
                    problems.add(name + " has type " + kind);
            }
        }
        return problems;
    }

    private static Observation hourly(String name, String unit, double value) {
        return new Observation(
                "QN-CAMPHA-01",
                "hj212",
                name,
                unit,
                Value.of(value),
                null,
                Instant.parse("2025-11-01T02:00:00Z"),
                Statistic.AVERAGE,
                Status.NORMAL,
                "N");
    }

    @Test
    void theCheckAcceptsTheOfficialExample() {
        JsonObject official =
                Json.createReader(new StringReader(OFFICIAL_AIR_EXAMPLE)).readObject();
        assertEquals(List.of(), problems(official, "AirQualityObserved", AIR_SCHEMA));
    }

    @Test
    void airQualityObservedHasTheOfficialShape() {
        NgsiLd.Station station =
                new NgsiLd.Station("QN-CAMPHA-01", GeoPoint.of(21.0117, 107.2925), "logger 7", "CamPha");
        List<Observation> records = List.of(
                hourly("a34004", "ug/m3", 35),
                hourly("a21005", "mg/m3", 1.2),
                hourly("a01002", "%", 54),
                hourly("a01001", "Cel", 29.5),
                hourly("w01018", "mg/L", 12));
        AqiResult index = VnAqi.daily(
                new VnAqi.DailyValues(35, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
        JsonObject entity = NgsiLd.airQualityObserved(station, Instant.parse("2025-11-01T02:00:00Z"), records, index);

        assertEquals(List.of(), problems(entity, "AirQualityObserved", AIR_SCHEMA));
        assertEquals("urn:ngsi-ld:AirQualityObserved:QN-CAMPHA-01-2025-11-01T02:00:00Z", entity.getString("id"));
        assertEquals(35, entity.getJsonObject("pm25").getJsonNumber("value").doubleValue());
        assertEquals("GQ", entity.getJsonObject("pm25").getString("unitCode"));
        assertEquals(
                1.2,
                entity.getJsonObject("co").getJsonNumber("value").doubleValue(),
                1e-9,
                "CO in mg/m3 as in the example");
        assertEquals("GP", entity.getJsonObject("co").getString("unitCode"));
        assertEquals(
                0.54,
                entity.getJsonObject("relativeHumidity").getJsonNumber("value").doubleValue(),
                1e-9,
                "a fraction, as the schema requires");
        assertEquals(70, entity.getJsonObject("airQualityIndex").getInt("value"));
        assertEquals("moderate", entity.getJsonObject("airQualityLevel").getString("value"));
        assertEquals(
                "urn:ngsi-ld:Device:logger_7", entity.getJsonObject("refDevice").getString("object"));
        assertEquals(
                107.2925,
                entity.getJsonObject("location")
                        .getJsonObject("value")
                        .getJsonArray("coordinates")
                        .getJsonNumber(0)
                        .doubleValue(),
                "longitude first");
        assertEquals(NgsiLd.ENVIRONMENT_CONTEXT, entity.getJsonArray("@context").getString(0));
        assertFalse(entity.containsKey("cod"), "water parameters are not air attributes");
    }

    @Test
    void noIndexWritesNoIndexAttributes() {
        NgsiLd.Station station = new NgsiLd.Station("S", GeoPoint.of(16.46, 107.59), null, null);
        JsonObject entity = NgsiLd.airQualityObserved(
                station, Instant.EPOCH, List.of(), new AqiResult.NotEnoughData("VN_AQI", "x"));
        assertFalse(entity.containsKey("airQualityIndex"));
        assertFalse(entity.containsKey("refDevice"));
        assertEquals(List.of(), problems(entity, "AirQualityObserved", AIR_SCHEMA));
    }

    @Test
    void waterQualityObservedWithMeasurands() {
        NgsiLd.Station station = new NgsiLd.Station("QN-NT-02", GeoPoint.of(20.95, 107.08), null, "HaLong-WWTP");
        List<Observation> records = List.of(
                hourly("w01001", "[pH]", 7.4),
                hourly("w01018", "mg/L", 35.2),
                hourly("w21003", "mg/L", 0.8),
                hourly("w01010", "Cel", 28.1),
                hourly("a34004", "ug/m3", 20));
        JsonObject entity = NgsiLd.waterQualityObserved(station, Instant.parse("2025-11-01T02:00:00Z"), records);

        assertEquals(List.of(), problems(entity, "WaterQualityObserved", null));
        assertEquals(7.4, entity.getJsonObject("pH").getJsonNumber("value").doubleValue());
        assertEquals("M1", entity.getJsonObject("cod").getString("unitCode"));
        assertEquals(0.8, entity.getJsonObject("NH4").getJsonNumber("value").doubleValue());
        assertEquals(
                "DateTime",
                entity.getJsonObject("dateObserved").getJsonObject("value").getString("@type"));
        assertEquals(4, entity.getJsonObject("measurand").getJsonArray("value").size());
        assertTrue(entity.getJsonObject("measurand")
                .getJsonArray("value")
                .getString(0)
                .startsWith("pH, 7.4, , "));
        assertFalse(entity.containsKey("pm25"));
        assertEquals(
                NgsiLd.WATER_QUALITY_CONTEXT, entity.getJsonArray("@context").getString(0));
    }
}
