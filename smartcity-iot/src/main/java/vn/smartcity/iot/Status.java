package vn.smartcity.iot;

/**
 * The state of the instrument when it produced a value, common to every protocol. Each codec maps
 * its own flags onto these and keeps the original flag in {@link Observation#rawStatus()}.
 *
 * <table>
 *   <caption>Protocol flags</caption>
 *   <tr><th>status</th><th>HJ 212-2017</th><th>TT 10/2021</th></tr>
 *   <tr><td>NORMAL</td><td>N</td><td>00</td></tr>
 *   <tr><td>CALIBRATING</td><td>C</td><td>01</td></tr>
 *   <tr><td>FAULT</td><td>D</td><td>02</td></tr>
 *   <tr><td>MAINTENANCE</td><td>M</td><td></td></tr>
 *   <tr><td>STOPPED</td><td>F</td><td></td></tr>
 *   <tr><td>MANUAL</td><td>S</td><td></td></tr>
 *   <tr><td>OUT_OF_RANGE</td><td>T</td><td></td></tr>
 *   <tr><td>COMMUNICATION_ERROR</td><td>B</td><td></td></tr>
 * </table>
 */
public enum Status {
    /** Measuring normally; the value is valid. */
    NORMAL,
    /** Calibrating; the value is not a measurement of the environment. */
    CALIBRATING,
    /** Under maintenance. */
    MAINTENANCE,
    /** The instrument or the process it watches is stopped. */
    STOPPED,
    /** The value was entered by hand. */
    MANUAL,
    /** Instrument fault; the value is not reliable. */
    FAULT,
    /** Beyond the instrument's measuring range. */
    OUT_OF_RANGE,
    /** The data logger lost contact with the instrument. */
    COMMUNICATION_ERROR,
    /** The protocol gave a flag this SDK does not know; see the raw status. */
    UNKNOWN;

    /**
     * Whether values with this status are valid measurements (for averages and indices).
     *
     * @return {@code true} only for {@link #NORMAL}
     */
    public boolean isValid() {
        return this == NORMAL;
    }
}
