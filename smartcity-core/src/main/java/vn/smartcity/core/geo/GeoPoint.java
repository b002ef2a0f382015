package vn.smartcity.core.geo;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import vn.smartcity.core.InvalidValueException;

/**
 * A position on the WGS 84 ellipsoid, in decimal degrees: what GPS receivers, field-report apps and
 * map services exchange.
 *
 * <p>Its text form is {@code latitude,longitude} ({@code 16.4637,107.5909}, the Citadel of Huế);
 * {@link #parse(String)} also reads a {@code geo:} URI (RFC 5870) and spaces after the comma.
 *
 * @param latitude degrees north, from -90 to 90
 * @param longitude degrees east, from -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {

    private static final String TYPE = "GeoPoint";
    private static final double EARTH_MEAN_RADIUS_METRES = 6_371_008.8;

    /**
     * Validates the coordinates.
     *
     * @throws InvalidValueException if a coordinate is out of range or not a number
     *
     * @param latitude the {@code latitude} component
     * @param longitude the {@code longitude} component
     */
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidValueException(TYPE, -1, "latitude must be within [-90, 90], got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidValueException(TYPE, -1, "longitude must be within [-180, 180], got " + longitude);
        }
        if (latitude == 0) {
            latitude = 0; // normalise -0.0 so equal points are equal
        }
        if (longitude == 0) {
            longitude = 0;
        }
    }

    /**
     * Makes a point.
     *
     * @param latitude degrees north
     * @param longitude degrees east
     * @return the point
     */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }

    /**
     * Parses {@code "16.4637,107.5909"}, {@code "16.4637, 107.5909"} or {@code
     * "geo:16.4637,107.5909"} (an altitude or parameters after it are ignored).
     *
     * @param text the text
     * @return the point
     * @throws InvalidValueException naming the position of the problem
     */
    public static GeoPoint parse(String text) {
        Objects.requireNonNull(text, "text");
        int start = 0;
        if (text.regionMatches(true, 0, "geo:", 0, 4)) {
            start = 4;
        }
        int comma = text.indexOf(',', start);
        if (comma < 0) {
            throw new InvalidValueException(TYPE, -1, "expected 'latitude,longitude'");
        }
        int end = text.length();
        int second = text.indexOf(',', comma + 1);
        int semicolon = text.indexOf(';', comma + 1);
        if (start == 4) {
            if (second >= 0) {
                end = second;
            }
            if (semicolon >= 0 && semicolon < end) {
                end = semicolon;
            }
        } else if (second >= 0) {
            throw new InvalidValueException(TYPE, second, "expected only 'latitude,longitude'");
        }
        double lat = number(text, start, comma, "latitude");
        double lon = number(text, comma + 1, end, "longitude");
        return new GeoPoint(lat, lon);
    }

    private static double number(String text, int from, int to, String what) {
        String part = text.substring(from, to).strip();
        if (part.isEmpty()) {
            throw new InvalidValueException(TYPE, from, "missing " + what);
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && !(i == 0 && (c == '-' || c == '+'))) {
                throw new InvalidValueException(TYPE, from, what + " is not a decimal number");
            }
        }
        try {
            return Double.parseDouble(part);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(TYPE, from, what + " is not a decimal number");
        }
    }

    /**
     * The great-circle distance to another point on a sphere of the earth's mean radius (the
     * haversine formula; within 0.5 % of the ellipsoidal distance).
     *
     * @param other the other point
     * @return the distance in metres
     */
    public double distanceTo(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_MEAN_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /**
     * The point as an RFC 5870 {@code geo:} URI.
     *
     * @return such as {@code geo:16.4637,107.5909}
     */
    public String toGeoUri() {
        return "geo:" + this;
    }

    /**
     * The text form, shortest decimals that read back to the same doubles.
     *
     * @return such as {@code 16.4637,107.5909}
     */
    @Override
    public String toString() {
        return plain(latitude) + "," + plain(longitude);
    }

    private static String plain(double d) {
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.toLowerCase(Locale.ROOT);
    }
}
