package vn.smartcity.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.smartcity.core.InvalidValueException;

class GeoPointTest {

    @Test
    void parsesAndFormats() {
        GeoPoint citadel = GeoPoint.parse("16.4637, 107.5909");
        assertEquals(16.4637, citadel.latitude());
        assertEquals(107.5909, citadel.longitude());
        assertEquals("16.4637,107.5909", citadel.toString());
        assertEquals(citadel, GeoPoint.parse(citadel.toString()));
        assertEquals("geo:16.4637,107.5909", citadel.toGeoUri());
    }

    @Test
    void readsGeoUrisOfRfc5870() {
        // RFC 5870 section 6.2 example: geo:48.2010,16.3695,183 (altitude ignored).
        assertEquals(GeoPoint.of(48.2010, 16.3695), GeoPoint.parse("geo:48.2010,16.3695,183"));
        // RFC 5870 section 6.4: geo:48.198634,16.371648;crs=wgs84;u=40
        assertEquals(GeoPoint.of(48.198634, 16.371648), GeoPoint.parse("geo:48.198634,16.371648;crs=wgs84;u=40"));
    }

    @Test
    void validates() {
        assertEquals(
                "GeoPoint: latitude must be within [-90, 90], got 91.0",
                assertThrows(InvalidValueException.class, () -> GeoPoint.of(91, 0))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> GeoPoint.of(0, -180.5));
        assertThrows(InvalidValueException.class, () -> GeoPoint.of(Double.NaN, 0));
        assertEquals(
                "GeoPoint: longitude is not a decimal number (at position 8)",
                assertThrows(InvalidValueException.class, () -> GeoPoint.parse("16.4637,1e2"))
                        .getMessage());
        assertThrows(InvalidValueException.class, () -> GeoPoint.parse("16.4637"));
        assertThrows(InvalidValueException.class, () -> GeoPoint.parse("1,2,3"));
        assertEquals(GeoPoint.of(0, 0), GeoPoint.of(-0.0, -0.0));
    }

    @Test
    void haversineDistance() {
        // One degree of latitude on a sphere of radius 6371.0088 km: 111.195 km.
        assertEquals(111_195, GeoPoint.of(16, 107).distanceTo(GeoPoint.of(17, 107)), 1);
        // Antipodes are half a great circle apart: pi times the mean radius (IUGG, 6371008.8 m).
        assertEquals(Math.PI * 6_371_008.8, GeoPoint.of(16, 107).distanceTo(GeoPoint.of(-16, -73)), 0.01);
        assertEquals(0, GeoPoint.of(16, 107).distanceTo(GeoPoint.of(16, 107)));
    }
}
