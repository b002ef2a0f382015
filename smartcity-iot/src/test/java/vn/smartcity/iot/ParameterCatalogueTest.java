package vn.smartcity.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterCatalogueTest {

    private final ParameterCatalogue catalogue = ParameterCatalogue.standard();

    /** HJ 212-2017 Appendix B codes, TT 10/2021 symbols and SenML names of the same quantities. */
    @ParameterizedTest
    @CsvSource({
        "a34004, pm2.5",
        "'PM2,5', pm2.5",
        "pm2_5, pm2.5",
        "a34002, pm10",
        "PM10, pm10",
        "a21026, so2",
        "SO2, so2",
        "a21004, no2",
        "NO2, no2",
        "a21005, co",
        "CO, co",
        "a05024, o3",
        "O3, o3",
        "TSS, tss",
        "COD, cod",
        "NH4, nh4",
        "pH, ph",
        "Temp, temperature",
        "Flow, flow",
        "urn:dev:ow:10e2073a01080063:temp, temperature",
    })
    void mapsEveryProtocolsNameToOneParameter(String name, String id) {
        assertEquals(
                id,
                catalogue.find(name).orElseThrow(() -> new AssertionError(name)).id());
    }

    @Test
    void convertsToTheCanonicalUnit() {
        Observation co = new Observation(
                "S1",
                "hj212",
                "a21005",
                "mg/m3",
                Value.of(1.2),
                null,
                Instant.EPOCH,
                Statistic.SAMPLE,
                Status.NORMAL,
                "N");
        Observation canonical = catalogue.canonical(co).orElseThrow();
        assertEquals("co", canonical.name());
        assertEquals("ug/m3", canonical.unit());
        assertEquals(1200, canonical.number(), 1e-9);
        assertEquals("N", canonical.rawStatus());

        Observation unknownUnit = new Observation(
                "S1", "x", "PM10", "furlongs", Value.of(1), null, Instant.EPOCH, Statistic.SAMPLE, Status.NORMAL, null);
        assertTrue(catalogue.canonical(unknownUnit).isEmpty());
        assertTrue(catalogue
                .canonical(Observation.of("S1", "mystery", null, 1, Instant.EPOCH))
                .isEmpty());
    }

    @Test
    void gasesConvertFromPpbAtTwentyFiveDegrees() {
        // WHO Air quality guidelines (2021), conversion at 25 degC: 1 ppb NO2 = 1.88 ug/m3,
        // 1 ppb SO2 = 2.62 ug/m3, 1 ppb O3 = 1.96 ug/m3, 1 ppm CO = 1.15 mg/m3.
        Parameter no2 = catalogue.byId("no2").orElseThrow();
        assertEquals(1.88, catalogue.toCanonical(no2, 1, "ppb"), 0.005);
        assertEquals(2.62, catalogue.toCanonical(catalogue.byId("so2").orElseThrow(), 1, "ppb"), 0.005);
        assertEquals(1.96, catalogue.toCanonical(catalogue.byId("o3").orElseThrow(), 1, "ppb"), 0.005);
        assertEquals(1150, catalogue.toCanonical(catalogue.byId("co").orElseThrow(), 1, "ppm"), 5);
    }

    @Test
    void unitsWithinADimension() {
        assertEquals(25, Units.convert(298.15, "K", "Cel", Double.NaN), 1e-9);
        assertEquals(100, Units.convert(212, "[degF]", "Cel", Double.NaN), 1e-9);
        assertEquals(101.325, Units.convert(1013.25, "hPa", "kPa", Double.NaN), 1e-9);
        assertEquals(36, Units.convert(10, "L/s", "m3/h", Double.NaN), 1e-9);
        assertEquals(1000, Units.convert(1, "mg/m3", "µg/m³", Double.NaN), 1e-9);
        assertTrue(Double.isNaN(Units.convert(1, "Cel", "kPa", Double.NaN)));
        assertTrue(Double.isNaN(Units.convert(1, "ppb", "ug/m3", Double.NaN)), "no molar mass, no conversion");
    }

    @Test
    void provincesAddTheirOwnNames() {
        ParameterCatalogue custom = catalogue.withAlias("BUI_MIN", "pm2.5");
        assertEquals("pm2.5", custom.find("bui_min").orElseThrow().id());
        assertTrue(catalogue.find("BUI_MIN").isEmpty(), "the standard catalogue is unchanged");
        assertThrows(IllegalArgumentException.class, () -> catalogue.withAlias("x", "nope"));
    }
}
