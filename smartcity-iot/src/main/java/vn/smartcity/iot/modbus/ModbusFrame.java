package vn.smartcity.iot.modbus;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import vn.smartcity.iot.CodecException;

/**
 * One Modbus RTU frame: server address, PDU and CRC (MODBUS over Serial Line V1.02, section
 * 2.5.1.1), with the PDUs of the MODBUS Application Protocol V1.1b3 for functions 1 to 6, 15 and
 * 16 (section 6) and exception responses (section 7). Immutable; arrays are copied in and out.
 *
 * <p>A frame does not say whether it is a request or a response, and for most functions the two
 * differ in layout, so parsing takes the direction: {@link #parseRequest(byte[])} or {@link
 * #parseResponse(byte[])}. Bad frames raise {@link CodecException} (codec {@code modbus-rtu}) with
 * the offset of the problem: a wrong CRC, a byte count that disagrees with the quantity, a
 * quantity beyond the function's limit, a truncated or over-long frame.
 *
 * <pre>{@code
 * ModbusFrame request = new ModbusFrame.ReadRequest(1, ModbusFunction.READ_HOLDING_REGISTERS, 0, 10);
 * byte[] wire = request.encode();                     // 01 03 00 00 00 0A C5 CD
 * ModbusFrame.ReadRegistersResponse response =
 *         (ModbusFrame.ReadRegistersResponse) ModbusFrame.parseResponse(reply);
 * }</pre>
 */
public sealed interface ModbusFrame
        permits ModbusFrame.ReadRequest,
                ModbusFrame.ReadBitsResponse,
                ModbusFrame.ReadRegistersResponse,
                ModbusFrame.WriteSingle,
                ModbusFrame.WriteMultipleCoilsRequest,
                ModbusFrame.WriteMultipleRegistersRequest,
                ModbusFrame.WriteMultipleResponse,
                ModbusFrame.ExceptionResponse {

    /**
     * The server address: 1 to 247, or 0 for a broadcast request.
     *
     * @return the address
     */
    int unit();

    /**
     * The function code byte as sent: the function, with 0x80 added in an exception response.
     *
     * @return 1 to 255
     */
    int functionCode();

    /**
     * The frame as sent: address, PDU and CRC (low byte first).
     *
     * @return a new array
     */
    byte[] encode();

    /**
     * Parses a request frame.
     *
     * @param frame the whole frame, CRC included
     * @return the request
     * @throws CodecException if the bytes are not one valid request
     */
    static ModbusFrame parseRequest(byte[] frame) {
        return parseRequest(frame, 0, frame.length);
    }

    /**
     * Parses a request frame inside a buffer.
     *
     * @param data the buffer
     * @param offset where the frame starts
     * @param length the frame's length
     * @return the request
     * @throws CodecException if the bytes are not one valid request (offsets count from {@code
     *     offset})
     */
    static ModbusFrame parseRequest(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        int n = Rtu.request(data, offset, offset + length, offset);
        end(data, offset, length, n);
        int unit = data[offset] & 0xFF;
        int function = data[offset + 1] & 0xFF;
        int address = Rtu.u16(data, offset + 2);
        int value = Rtu.u16(data, offset + 4);
        switch (function) {
            case 5:
            case 6:
                return new WriteSingle(unit, Rtu.function(function), address, value);
            case 15:
                return new WriteMultipleCoilsRequest(
                        unit, address, value, Arrays.copyOfRange(data, offset + 7, offset + n - 2));
            case 16:
                return new WriteMultipleRegistersRequest(
                        unit, address, Arrays.copyOfRange(data, offset + 7, offset + n - 2));
            default:
                return new ReadRequest(unit, Rtu.function(function), address, value);
        }
    }

    /**
     * Parses a response frame.
     *
     * @param frame the whole frame, CRC included
     * @return the response
     * @throws CodecException if the bytes are not one valid response
     */
    static ModbusFrame parseResponse(byte[] frame) {
        return parseResponse(frame, 0, frame.length);
    }

    /**
     * Parses a response frame inside a buffer.
     *
     * @param data the buffer
     * @param offset where the frame starts
     * @param length the frame's length
     * @return the response
     * @throws CodecException if the bytes are not one valid response (offsets count from {@code
     *     offset})
     */
    static ModbusFrame parseResponse(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        int n = Rtu.response(data, offset, offset + length, offset);
        end(data, offset, length, n);
        int unit = data[offset] & 0xFF;
        int function = data[offset + 1] & 0xFF;
        if ((function & 0x80) != 0) {
            return new ExceptionResponse(unit, function & 0x7F, data[offset + 2] & 0xFF);
        }
        ModbusFunction f = Rtu.function(function);
        switch (function) {
            case 1:
            case 2:
                return new ReadBitsResponse(unit, f, Arrays.copyOfRange(data, offset + 3, offset + n - 2));
            case 3:
            case 4:
                return new ReadRegistersResponse(unit, f, Arrays.copyOfRange(data, offset + 3, offset + n - 2));
            case 5:
            case 6:
                return new WriteSingle(unit, f, Rtu.u16(data, offset + 2), Rtu.u16(data, offset + 4));
            default:
                return new WriteMultipleResponse(unit, f, Rtu.u16(data, offset + 2), Rtu.u16(data, offset + 4));
        }
    }

    private static void end(byte[] data, int offset, int length, int frameLength) {
        if (frameLength != length) {
            throw new CodecException(
                    Rtu.ID,
                    frameLength,
                    "the end of the " + frameLength + "-byte frame",
                    CodecException.describe(data, offset + frameLength, offset + length));
        }
    }

    private static byte[] frame(int unit, int function, int first, int second) {
        return ModbusCrc.append(new byte[] {
            (byte) unit, (byte) function, (byte) (first >>> 8), (byte) first, (byte) (second >>> 8), (byte) second
        });
    }

    private static byte[] frame(int unit, int function, byte[] header, byte[] payload) {
        byte[] out = new byte[2 + header.length + payload.length];
        out[0] = (byte) unit;
        out[1] = (byte) function;
        System.arraycopy(header, 0, out, 2, header.length);
        System.arraycopy(payload, 0, out, 2 + header.length, payload.length);
        return ModbusCrc.append(out);
    }

    private static void checkUnit(int unit, boolean response) {
        if (unit < (response ? 1 : 0) || unit > 247) {
            throw new IllegalArgumentException(
                    "server address " + unit + " is outside " + (response ? "1" : "0") + " to 247");
        }
    }

    private static void checkRange(ModbusFunction function, int address, int quantity) {
        if (quantity < 1 || quantity > function.maxQuantity()) {
            throw new IllegalArgumentException(
                    function + " takes 1 to " + function.maxQuantity() + " items, not " + quantity);
        }
        if (address < 0 || address + quantity > 0x10000) {
            throw new IllegalArgumentException(
                    "address range " + address + " + " + quantity + " is outside 0 to 65535");
        }
    }

    /**
     * A read request, functions 1 to 4 (sections 6.1 to 6.4).
     *
     * @param unit the server address, 0 to 247
     * @param function a read function
     * @param address the first address, 0-based
     * @param quantity how many coils, inputs or registers: 1 to 2000 bits or 125 registers
     */
    record ReadRequest(int unit, ModbusFunction function, int address, int quantity) implements ModbusFrame {

        /**
         * Validates the components.
         *
         * @param address the {@code address} component
         * @param function the {@code function} component
         * @param quantity the {@code quantity} component
         * @param unit the {@code unit} component
         */
        public ReadRequest {
            Objects.requireNonNull(function, "function");
            checkUnit(unit, false);
            if (!function.isRead()) {
                throw new IllegalArgumentException(function + " is not a read");
            }
            checkRange(function, address, quantity);
        }

        @Override
        public int functionCode() {
            return function.code();
        }

        @Override
        public byte[] encode() {
            return frame(unit, function.code(), address, quantity);
        }
    }

    /**
     * The response to a read of coils or discrete inputs, functions 1 and 2: the states packed
     * eight to a byte, the first addressed in the lowest bit of the first byte (section 6.1). The
     * response does not say how many were asked for; the last byte is padded with zeros.
     *
     * @param unit the server address, 1 to 247
     * @param function {@link ModbusFunction#READ_COILS} or {@link ModbusFunction#READ_DISCRETE_INPUTS}
     * @param bits the packed states, 1 to 250 bytes
     */
    record ReadBitsResponse(int unit, ModbusFunction function, byte[] bits) implements ModbusFrame {

        /**
         * Validates and copies the components.
         *
         * @param bits the {@code bits} component
         * @param function the {@code function} component
         * @param unit the {@code unit} component
         */
        public ReadBitsResponse {
            Objects.requireNonNull(function, "function");
            checkUnit(unit, true);
            if (function != ModbusFunction.READ_COILS && function != ModbusFunction.READ_DISCRETE_INPUTS) {
                throw new IllegalArgumentException(function + " does not read bits");
            }
            if (bits.length < 1 || bits.length > 250) {
                throw new IllegalArgumentException("1 to 250 bytes of bits, not " + bits.length);
            }
            bits = bits.clone();
        }

        /**
         * The packed states.
         *
         * @return a copy
         */
        @Override
        public byte[] bits() {
            return bits.clone();
        }

        /**
         * One state.
         *
         * @param index 0 for the first address read
         * @return {@code true} if on
         * @throws IndexOutOfBoundsException if beyond the bytes
         */
        public boolean bit(int index) {
            Objects.checkIndex(index, bits.length * 8);
            return (bits[index >>> 3] >> (index & 7) & 1) != 0;
        }

        @Override
        public int functionCode() {
            return function.code();
        }

        @Override
        public byte[] encode() {
            return frame(unit, function.code(), new byte[] {(byte) bits.length}, bits);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReadBitsResponse r
                    && r.unit == unit
                    && r.function == function
                    && Arrays.equals(r.bits, bits);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unit, function) * 31 + Arrays.hashCode(bits);
        }

        @Override
        public String toString() {
            return "ReadBitsResponse[unit=" + unit + ", function=" + function + ", bits="
                    + HexFormat.of().formatHex(bits) + "]";
        }
    }

    /**
     * The response to a read of registers, functions 3 and 4: two bytes per register, high byte
     * first (section 6.3). Read values from {@link #data()} with {@link Registers}.
     *
     * @param unit the server address, 1 to 247
     * @param function {@link ModbusFunction#READ_HOLDING_REGISTERS} or {@link
     *     ModbusFunction#READ_INPUT_REGISTERS}
     * @param data the register bytes, 2 to 250 (an even number)
     */
    record ReadRegistersResponse(int unit, ModbusFunction function, byte[] data) implements ModbusFrame {

        /**
         * Validates and copies the components.
         *
         * @param data the {@code data} component
         * @param function the {@code function} component
         * @param unit the {@code unit} component
         */
        public ReadRegistersResponse {
            Objects.requireNonNull(function, "function");
            checkUnit(unit, true);
            if (function != ModbusFunction.READ_HOLDING_REGISTERS && function != ModbusFunction.READ_INPUT_REGISTERS) {
                throw new IllegalArgumentException(function + " does not read registers");
            }
            if (data.length < 2 || data.length > 250 || data.length % 2 != 0) {
                throw new IllegalArgumentException("an even 2 to 250 bytes of registers, not " + data.length);
            }
            data = data.clone();
        }

        /**
         * The register bytes.
         *
         * @return a copy
         */
        @Override
        public byte[] data() {
            return data.clone();
        }

        /**
         * How many registers the response carries.
         *
         * @return 1 to 125
         */
        public int count() {
            return data.length / 2;
        }

        /**
         * One register.
         *
         * @param index 0 for the first register read
         * @return 0 to 65535
         * @throws IndexOutOfBoundsException if beyond the registers
         */
        public int register(int index) {
            Objects.checkIndex(index, count());
            return Rtu.u16(data, 2 * index);
        }

        @Override
        public int functionCode() {
            return function.code();
        }

        @Override
        public byte[] encode() {
            return frame(unit, function.code(), new byte[] {(byte) data.length}, data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReadRegistersResponse r
                    && r.unit == unit
                    && r.function == function
                    && Arrays.equals(r.data, data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unit, function) * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "ReadRegistersResponse[unit=" + unit + ", function=" + function + ", data="
                    + HexFormat.of().formatHex(data) + "]";
        }
    }

    /**
     * A write of one coil or register, functions 5 and 6 (sections 6.5 and 6.6); the normal
     * response echoes the request, so this is both.
     *
     * @param unit the server address, 0 to 247 (0 only in a request)
     * @param function {@link ModbusFunction#WRITE_SINGLE_COIL} or {@link
     *     ModbusFunction#WRITE_SINGLE_REGISTER}
     * @param address the address, 0-based
     * @param value the register value, or 0xFF00 (on) or 0x0000 (off) for a coil
     */
    record WriteSingle(int unit, ModbusFunction function, int address, int value) implements ModbusFrame {

        /**
         * Validates the components.
         *
         * @param address the {@code address} component
         * @param function the {@code function} component
         * @param unit the {@code unit} component
         * @param value the {@code value} component
         */
        public WriteSingle {
            Objects.requireNonNull(function, "function");
            checkUnit(unit, false);
            if (function != ModbusFunction.WRITE_SINGLE_COIL && function != ModbusFunction.WRITE_SINGLE_REGISTER) {
                throw new IllegalArgumentException(function + " is not a single write");
            }
            if (address < 0 || address > 0xFFFF) {
                throw new IllegalArgumentException("address " + address + " is outside 0 to 65535");
            }
            if (function == ModbusFunction.WRITE_SINGLE_COIL
                    ? value != 0 && value != 0xFF00
                    : value < 0 || value > 0xFFFF) {
                throw new IllegalArgumentException(function + " cannot write " + value);
            }
        }

        @Override
        public int functionCode() {
            return function.code();
        }

        @Override
        public byte[] encode() {
            return frame(unit, function.code(), address, value);
        }
    }

    /**
     * A write of several coils, function 15 (section 6.11): the states packed as in {@link
     * ReadBitsResponse}.
     *
     * @param unit the server address, 0 to 247
     * @param address the first coil, 0-based
     * @param quantity how many coils, 1 to 1968
     * @param bits the packed states, {@code (quantity + 7) / 8} bytes
     */
    record WriteMultipleCoilsRequest(int unit, int address, int quantity, byte[] bits) implements ModbusFrame {

        /**
         * Validates and copies the components.
         *
         * @param address the {@code address} component
         * @param bits the {@code bits} component
         * @param quantity the {@code quantity} component
         * @param unit the {@code unit} component
         */
        public WriteMultipleCoilsRequest {
            checkUnit(unit, false);
            checkRange(ModbusFunction.WRITE_MULTIPLE_COILS, address, quantity);
            if (bits.length != (quantity + 7) / 8) {
                throw new IllegalArgumentException(
                        quantity + " coils take " + (quantity + 7) / 8 + " bytes, not " + bits.length);
            }
            bits = bits.clone();
        }

        /**
         * The packed states.
         *
         * @return a copy
         */
        @Override
        public byte[] bits() {
            return bits.clone();
        }

        /**
         * One state.
         *
         * @param index 0 for the first coil written
         * @return {@code true} if on
         * @throws IndexOutOfBoundsException if not below the quantity
         */
        public boolean bit(int index) {
            Objects.checkIndex(index, quantity);
            return (bits[index >>> 3] >> (index & 7) & 1) != 0;
        }

        @Override
        public int functionCode() {
            return ModbusFunction.WRITE_MULTIPLE_COILS.code();
        }

        @Override
        public byte[] encode() {
            return frame(
                    unit,
                    functionCode(),
                    new byte[] {
                        (byte) (address >>> 8),
                        (byte) address,
                        (byte) (quantity >>> 8),
                        (byte) quantity,
                        (byte) bits.length
                    },
                    bits);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WriteMultipleCoilsRequest r
                    && r.unit == unit
                    && r.address == address
                    && r.quantity == quantity
                    && Arrays.equals(r.bits, bits);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unit, address, quantity) * 31 + Arrays.hashCode(bits);
        }

        @Override
        public String toString() {
            return "WriteMultipleCoilsRequest[unit=" + unit + ", address=" + address + ", quantity=" + quantity
                    + ", bits=" + HexFormat.of().formatHex(bits) + "]";
        }
    }

    /**
     * A write of several registers, function 16 (section 6.12).
     *
     * @param unit the server address, 0 to 247
     * @param address the first register, 0-based
     * @param data the register bytes, two per register, 2 to 246
     */
    record WriteMultipleRegistersRequest(int unit, int address, byte[] data) implements ModbusFrame {

        /**
         * Validates and copies the components.
         *
         * @param address the {@code address} component
         * @param data the {@code data} component
         * @param unit the {@code unit} component
         */
        public WriteMultipleRegistersRequest {
            checkUnit(unit, false);
            if (data.length % 2 != 0) {
                throw new IllegalArgumentException("two bytes per register, not " + data.length);
            }
            checkRange(ModbusFunction.WRITE_MULTIPLE_REGISTERS, address, data.length / 2);
            data = data.clone();
        }

        /**
         * The register bytes.
         *
         * @return a copy
         */
        @Override
        public byte[] data() {
            return data.clone();
        }

        /**
         * How many registers the request writes.
         *
         * @return 1 to 123
         */
        public int quantity() {
            return data.length / 2;
        }

        /**
         * One register.
         *
         * @param index 0 for the first register written
         * @return 0 to 65535
         * @throws IndexOutOfBoundsException if beyond the registers
         */
        public int register(int index) {
            Objects.checkIndex(index, quantity());
            return Rtu.u16(data, 2 * index);
        }

        @Override
        public int functionCode() {
            return ModbusFunction.WRITE_MULTIPLE_REGISTERS.code();
        }

        @Override
        public byte[] encode() {
            int quantity = quantity();
            return frame(
                    unit,
                    functionCode(),
                    new byte[] {
                        (byte) (address >>> 8),
                        (byte) address,
                        (byte) (quantity >>> 8),
                        (byte) quantity,
                        (byte) data.length
                    },
                    data);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WriteMultipleRegistersRequest r
                    && r.unit == unit
                    && r.address == address
                    && Arrays.equals(r.data, data);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unit, address) * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "WriteMultipleRegistersRequest[unit=" + unit + ", address=" + address + ", data="
                    + HexFormat.of().formatHex(data) + "]";
        }
    }

    /**
     * The normal response to function 15 or 16: the address and quantity written (sections 6.11
     * and 6.12).
     *
     * @param unit the server address, 1 to 247
     * @param function {@link ModbusFunction#WRITE_MULTIPLE_COILS} or {@link
     *     ModbusFunction#WRITE_MULTIPLE_REGISTERS}
     * @param address the first address written
     * @param quantity how many were written
     */
    record WriteMultipleResponse(int unit, ModbusFunction function, int address, int quantity) implements ModbusFrame {

        /**
         * Validates the components.
         *
         * @param address the {@code address} component
         * @param function the {@code function} component
         * @param quantity the {@code quantity} component
         * @param unit the {@code unit} component
         */
        public WriteMultipleResponse {
            Objects.requireNonNull(function, "function");
            checkUnit(unit, true);
            if (function != ModbusFunction.WRITE_MULTIPLE_COILS
                    && function != ModbusFunction.WRITE_MULTIPLE_REGISTERS) {
                throw new IllegalArgumentException(function + " is not a multiple write");
            }
            checkRange(function, address, quantity);
        }

        @Override
        public int functionCode() {
            return function.code();
        }

        @Override
        public byte[] encode() {
            return frame(unit, function.code(), address, quantity);
        }
    }

    /**
     * An exception response (section 7): the function code with 0x80 added, and an exception
     * code.
     *
     * @param unit the server address, 1 to 247
     * @param function the function of the request, 1 to 127
     * @param exceptionCode the exception code, 0 to 255 (see {@link ModbusExceptionCode})
     */
    record ExceptionResponse(int unit, int function, int exceptionCode) implements ModbusFrame {

        /**
         * Validates the components.
         *
         * @param exceptionCode the {@code exceptionCode} component
         * @param function the {@code function} component
         * @param unit the {@code unit} component
         */
        public ExceptionResponse {
            checkUnit(unit, true);
            if (function < 1 || function > 127) {
                throw new IllegalArgumentException("function " + function + " is outside 1 to 127");
            }
            if (exceptionCode < 0 || exceptionCode > 255) {
                throw new IllegalArgumentException("exception code " + exceptionCode + " is outside 0 to 255");
            }
        }

        /**
         * The exception, if the specification defines the code.
         *
         * @return such as {@link ModbusExceptionCode#ILLEGAL_DATA_ADDRESS}
         */
        public Optional<ModbusExceptionCode> exception() {
            return ModbusExceptionCode.of(exceptionCode);
        }

        @Override
        public int functionCode() {
            return function | 0x80;
        }

        @Override
        public byte[] encode() {
            return ModbusCrc.append(new byte[] {(byte) unit, (byte) functionCode(), (byte) exceptionCode});
        }
    }
}
