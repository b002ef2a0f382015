package vn.smartcity.iot.modbus;

/**
 * The order in which the bytes of a value appear in the registers, named after the bytes of the
 * big-endian value {@code A B C D} (A most significant) as they come on the wire. Modbus itself
 * sends each register high byte first (Application Protocol V1.1b3, section 4.2) but leaves the
 * order of the registers of a 32-bit value to the device; loggers and meters use all four.
 *
 * <p>For 16-bit types only the byte order within the register counts: {@link #ABCD} and {@link
 * #CDAB} read {@code A B}, {@link #BADC} and {@link #DCBA} read {@code B A}.
 */
public enum WordOrder {
    /** Big-endian: {@code A B C D}, high word first (the Modbus default). */
    ABCD,
    /** Word-swapped: {@code C D A B}, low word first, each word big-endian. */
    CDAB,
    /** Byte-swapped: {@code B A D C}, high word first, each word little-endian. */
    BADC,
    /** Little-endian: {@code D C B A}. */
    DCBA;

    /**
     * Whether the bytes within each register are swapped.
     *
     * @return {@code true} for {@link #BADC} and {@link #DCBA}
     */
    public boolean swapsBytes() {
        return this == BADC || this == DCBA;
    }

    /**
     * Whether the low word comes first.
     *
     * @return {@code true} for {@link #CDAB} and {@link #DCBA}
     */
    public boolean swapsWords() {
        return this == CDAB || this == DCBA;
    }
}
