/**
 * Modbus RTU for data loggers: frames of the MODBUS over Serial Line specification V1.02 (section
 * 2.5.1, RTU transmission mode, CRC-16 sent low byte first) carrying the PDUs of the MODBUS
 * Application Protocol Specification V1.1b3 (functions 1 to 6, 15 and 16 in section 6, exception
 * responses in section 7).
 *
 * <p>{@link vn.smartcity.iot.modbus.ModbusFrame} parses and builds single frames, {@link
 * vn.smartcity.iot.modbus.ModbusCrc} computes the checksum, {@link
 * vn.smartcity.iot.modbus.Registers} reads and writes 16- and 32-bit values in the four word orders
 * loggers use, and {@link vn.smartcity.iot.modbus.ModbusRtuCodec} turns request/response exchanges
 * into observations through a {@link vn.smartcity.iot.modbus.RegisterMap}.
 */
@NullMarked
package vn.smartcity.iot.modbus;

import org.jspecify.annotations.NullMarked;
