package vn.smartcity.iot.modbus;

import java.util.Objects;
import vn.smartcity.iot.CodecException;

/**
 * Frame boundaries and field checks shared by {@link ModbusFrame} and {@link ModbusRtuCodec}. Each
 * method reads with absolute offsets, never past {@code end}, and reports the first problem as a
 * {@link CodecException} whose offset counts from {@code base}.
 */
final class Rtu {

    static final String ID = ModbusRtuCodec.ID;

    private Rtu() {}

    static int u16(byte[] data, int pos) {
        return ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
    }

    /** A function code this package handles, known to be valid here. */
    static ModbusFunction function(int code) {
        return Objects.requireNonNull(ModbusFunction.byCode(code), "function");
    }

    static String hex(int value) {
        return String.format("0x%02X", value);
    }

    /**
     * Checks the request frame at {@code pos}.
     *
     * @return its length, CRC included
     */
    static int request(byte[] data, int pos, int end, int base) {
        if (end - pos < 2) {
            throw new CodecException(ID, end - base, "a request's server address and function code", "end of input");
        }
        int unit = data[pos] & 0xFF;
        if (unit > 247) {
            throw new CodecException(ID, pos - base, "a server address of 0 to 247", Integer.toString(unit));
        }
        int function = data[pos + 1] & 0xFF;
        int length;
        if (function >= 1 && function <= 6) {
            length = 8;
        } else if (function == 15 || function == 16) {
            if (end - pos < 7) {
                throw new CodecException(
                        ID, end - base, "the byte count of a function " + function + " request", "end of input");
            }
            length = 9 + (data[pos + 6] & 0xFF);
        } else {
            throw new CodecException(ID, pos + 1 - base, "a function code 1 to 6, 15 or 16", hex(function));
        }
        if (end - pos < length) {
            throw new CodecException(
                    ID, end - base, "a " + length + "-byte function " + function + " request", "end of input");
        }
        crc(data, pos, length, base);
        int address = u16(data, pos + 2);
        int quantity = u16(data, pos + 4);
        if (function == 5) {
            if (quantity != 0 && quantity != 0xFF00) {
                throw new CodecException(ID, pos + 4 - base, "a coil value of 0x0000 or 0xFF00", hex(quantity));
            }
        } else if (function != 6) {
            ModbusFunction f = function(function);
            quantity(f, address, quantity, pos + 2 - base);
            if (function == 15 || function == 16) {
                int bytes = function == 15 ? (quantity + 7) / 8 : 2 * quantity;
                if ((data[pos + 6] & 0xFF) != bytes) {
                    throw new CodecException(
                            ID,
                            pos + 6 - base,
                            "a byte count of " + bytes + " for " + quantity
                                    + (function == 15 ? " coils" : " registers"),
                            Integer.toString(data[pos + 6] & 0xFF));
                }
            }
        }
        return length;
    }

    /** Checks an address and quantity whose address field is at {@code at}. */
    static void quantity(ModbusFunction function, int address, int quantity, int at) {
        if (quantity < 1 || quantity > function.maxQuantity()) {
            throw new CodecException(
                    ID,
                    at + 2,
                    "a quantity of 1 to " + function.maxQuantity() + " for function " + function.code(),
                    Integer.toString(quantity));
        }
        if (address + quantity > 0x10000) {
            throw new CodecException(
                    ID, at, "an address range within 0 to 65535", address + " + " + quantity + " items");
        }
    }

    /**
     * Checks the response frame at {@code pos}.
     *
     * @return its length, CRC included
     */
    static int response(byte[] data, int pos, int end, int base) {
        if (end - pos < 2) {
            throw new CodecException(ID, end - base, "a response's server address and function code", "end of input");
        }
        int unit = data[pos] & 0xFF;
        if (unit < 1 || unit > 247) {
            throw new CodecException(ID, pos - base, "a server address of 1 to 247", Integer.toString(unit));
        }
        int function = data[pos + 1] & 0xFF;
        int length;
        if ((function & 0x80) != 0) {
            length = 5;
        } else if (function >= 1 && function <= 4) {
            if (end - pos < 3) {
                throw new CodecException(
                        ID, end - base, "the byte count of a function " + function + " response", "end of input");
            }
            length = 5 + (data[pos + 2] & 0xFF);
        } else if (function == 5 || function == 6 || function == 15 || function == 16) {
            length = 8;
        } else {
            throw new CodecException(
                    ID, pos + 1 - base, "a function code 1 to 6, 15 or 16, or an exception (0x80 set)", hex(function));
        }
        if (end - pos < length) {
            throw new CodecException(
                    ID, end - base, "a " + length + "-byte function " + function + " response", "end of input");
        }
        crc(data, pos, length, base);
        if (function >= 1 && function <= 4) {
            int count = data[pos + 2] & 0xFF;
            boolean registers = function >= 3;
            if (count == 0 || count > 250 || (registers && count % 2 != 0)) {
                throw new CodecException(
                        ID,
                        pos + 2 - base,
                        registers ? "an even byte count of 2 to 250" : "a byte count of 1 to 250",
                        Integer.toString(count));
            }
        } else if (function == 5) {
            int value = u16(data, pos + 4);
            if (value != 0 && value != 0xFF00) {
                throw new CodecException(ID, pos + 4 - base, "a coil value of 0x0000 or 0xFF00", hex(value));
            }
        } else if (function == 15 || function == 16) {
            quantity(function(function), u16(data, pos + 2), u16(data, pos + 4), pos + 2 - base);
        }
        return length;
    }

    /** Checks the CRC of the frame at {@code pos}. */
    static void crc(byte[] data, int pos, int length, int base) {
        int crc = ModbusCrc.compute(data, pos, length - 2);
        int at = pos + length - 2;
        int low = data[at] & 0xFF;
        int high = data[at + 1] & 0xFF;
        if (low != (crc & 0xFF) || high != crc >>> 8) {
            throw new CodecException(
                    ID,
                    at - base,
                    String.format("CRC bytes %02X %02X", crc & 0xFF, crc >>> 8),
                    String.format("%02X %02X", low, high));
        }
    }
}
