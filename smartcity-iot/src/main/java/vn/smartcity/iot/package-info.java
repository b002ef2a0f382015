/**
 * Sensor data for smart-city monitoring networks: one observation model that every sensor codec
 * decodes to (resolved records in the sense of SenML, RFC 8428 section 4.6, plus source and
 * instrument status), the {@link vn.smartcity.iot.SensorCodec} plugin type with its allocation-free
 * sink path, and the {@link vn.smartcity.iot.ParameterCatalogue} that maps each protocol's names
 * onto canonical parameters in UCUM units.
 *
 * <p>The codecs live in one package each: {@code hj212} (HJ 212-2017), {@code tt10} (Circular
 * 10/2021/TT-BTNMT station files), {@code senml} (RFC 8428 JSON and CBOR), {@code lpp} (Cayenne
 * LPP), {@code modbus} (Modbus RTU) and {@code nmea} (NMEA 0183).
 */
@NullMarked
package vn.smartcity.iot;

import org.jspecify.annotations.NullMarked;
