/**
 * Sensor data for smart-city monitoring networks: one observation model (resolved records in the
 * sense of SenML, RFC 8428 section 4.6) that every sensor protocol codec decodes to, and the
 * air-quality index computed from it.
 *
 * <p>The codecs (HJ 212, TT 10/2021 station files, SenML, Cayenne LPP, Modbus RTU, NMEA 0183) are
 * {@link vn.smartcity.core.plugin.Plugin plugins} discovered through the core plugin registry.
 */
@NullMarked
package vn.smartcity.iot;

import org.jspecify.annotations.NullMarked;
