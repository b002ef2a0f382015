package vn.smartcity.iot.modbus;

/** How a value is laid out in registers: its width and interpretation. */
public enum RegisterType {
    /** A signed 16-bit integer, one register. */
    INT16(1, Short.MIN_VALUE, Short.MAX_VALUE),
    /** An unsigned 16-bit integer, one register. */
    UINT16(1, 0, 0xFFFF),
    /** A signed 32-bit integer, two registers. */
    INT32(2, Integer.MIN_VALUE, Integer.MAX_VALUE),
    /** An unsigned 32-bit integer, two registers. */
    UINT32(2, 0, 0xFFFF_FFFFL),
    /** An IEEE 754 single-precision float, two registers. */
    FLOAT32(2, -Float.MAX_VALUE, Float.MAX_VALUE);

    private final int words;
    private final double min;
    private final double max;

    RegisterType(int words, double min, double max) {
        this.words = words;
        this.min = min;
        this.max = max;
    }

    /**
     * The smallest value the type holds.
     *
     * @return such as -32768 for {@link #INT16}, the most negative finite float for {@link #FLOAT32}
     */
    public double min() {
        return min;
    }

    /**
     * The largest value the type holds.
     *
     * @return such as 65535 for {@link #UINT16}
     */
    public double max() {
        return max;
    }

    /**
     * How many 16-bit registers a value takes.
     *
     * @return 1 or 2
     */
    public int words() {
        return words;
    }

    /**
     * Whether the type holds integers (written rounded).
     *
     * @return {@code false} only for {@link #FLOAT32}
     */
    public boolean isInteger() {
        return this != FLOAT32;
    }
}
