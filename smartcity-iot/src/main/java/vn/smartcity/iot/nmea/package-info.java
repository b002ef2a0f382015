/**
 * NMEA 0183 position sentences from vehicle GNSS receivers (bus trackers): {@link
 * vn.smartcity.iot.nmea.NmeaCodec} decodes GGA, RMC, VTG and GSA sentences of any talker into
 * latitude, longitude, altitude, speed, course and fix-quality records, and writes GGA and RMC
 * sentences back.
 *
 * <p>It follows the sentence layouts as documented in Eric S. Raymond's <i>NMEA Revealed</i>
 * (gpsd, {@code www/NMEA.adoc}: "NMEA Encoding Conventions" for framing and the checksum, and the
 * sections "GGA", "RMC", "VTG" and "GSA"), which in turn follow NMEA 0183 version 2.30 to 4.11
 * and IEC 61162-1.
 */
@NullMarked
package vn.smartcity.iot.nmea;

import org.jspecify.annotations.NullMarked;
