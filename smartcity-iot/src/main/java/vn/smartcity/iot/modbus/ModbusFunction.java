package vn.smartcity.iot.modbus;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The public function codes this package handles (MODBUS Application Protocol V1.1b3, section 6),
 * with the table each one addresses.
 */
public enum ModbusFunction {
    /** 0x01 Read Coils (section 6.1): 1 to 2000 coils. */
    READ_COILS(0x01, "coil", 2000),
    /** 0x02 Read Discrete Inputs (section 6.2): 1 to 2000 inputs. */
    READ_DISCRETE_INPUTS(0x02, "discrete", 2000),
    /** 0x03 Read Holding Registers (section 6.3): 1 to 125 registers. */
    READ_HOLDING_REGISTERS(0x03, "holding", 125),
    /** 0x04 Read Input Registers (section 6.4): 1 to 125 registers. */
    READ_INPUT_REGISTERS(0x04, "input", 125),
    /** 0x05 Write Single Coil (section 6.5): 0x0000 (off) or 0xFF00 (on). */
    WRITE_SINGLE_COIL(0x05, "coil", 1),
    /** 0x06 Write Single Register (section 6.6). */
    WRITE_SINGLE_REGISTER(0x06, "holding", 1),
    /** 0x0F Write Multiple Coils (section 6.11): 1 to 1968 coils. */
    WRITE_MULTIPLE_COILS(0x0F, "coil", 1968),
    /** 0x10 Write Multiple Registers (section 6.12): 1 to 123 registers. */
    WRITE_MULTIPLE_REGISTERS(0x10, "holding", 123);

    private static final @Nullable ModbusFunction[] BY_CODE = new ModbusFunction[128];

    static {
        for (ModbusFunction f : values()) {
            BY_CODE[f.code] = f;
        }
    }

    private final int code;
    private final String table;
    private final int maxQuantity;

    ModbusFunction(int code, String table, int maxQuantity) {
        this.code = code;
        this.table = table;
        this.maxQuantity = maxQuantity;
    }

    /**
     * The function for a function code.
     *
     * @param code the code, without the exception bit
     * @return the function, or empty if this package does not handle it
     */
    public static Optional<ModbusFunction> of(int code) {
        return Optional.ofNullable(byCode(code));
    }

    /** The function for a code, without allocating: {@code null} if unknown. */
    static @Nullable ModbusFunction byCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /**
     * The function code.
     *
     * @return such as 3
     */
    public int code() {
        return code;
    }

    /**
     * The table the function reads or writes, as the codec names records: {@code coil}, {@code
     * discrete}, {@code holding} or {@code input}.
     *
     * @return the table's name
     */
    public String table() {
        return table;
    }

    /**
     * The largest quantity one request may carry.
     *
     * @return coils, inputs or registers
     */
    public int maxQuantity() {
        return maxQuantity;
    }

    /**
     * Whether the function works on single bits (coils or discrete inputs).
     *
     * @return {@code true} for functions 1, 2, 5 and 15
     */
    public boolean isBits() {
        return this == READ_COILS
                || this == READ_DISCRETE_INPUTS
                || this == WRITE_SINGLE_COIL
                || this == WRITE_MULTIPLE_COILS;
    }

    /**
     * Whether the function reads.
     *
     * @return {@code true} for functions 1 to 4
     */
    public boolean isRead() {
        return code <= 4;
    }
}
