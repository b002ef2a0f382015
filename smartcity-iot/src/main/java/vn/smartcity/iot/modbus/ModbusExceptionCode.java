package vn.smartcity.iot.modbus;

import java.util.Optional;
import vn.smartcity.iot.Status;

/**
 * The exception codes a server answers with (MODBUS Application Protocol V1.1b3, section 7): the
 * response carries the function code with its high bit set and one of these codes.
 */
public enum ModbusExceptionCode {
    /** 0x01 ILLEGAL FUNCTION: the server does not support the function. */
    ILLEGAL_FUNCTION(0x01, "ILLEGAL FUNCTION", Status.FAULT),
    /** 0x02 ILLEGAL DATA ADDRESS: the address range is not allowed. */
    ILLEGAL_DATA_ADDRESS(0x02, "ILLEGAL DATA ADDRESS", Status.FAULT),
    /** 0x03 ILLEGAL DATA VALUE: a value in the request is not allowed. */
    ILLEGAL_DATA_VALUE(0x03, "ILLEGAL DATA VALUE", Status.FAULT),
    /** 0x04 SERVER DEVICE FAILURE: an unrecoverable error while performing the action. */
    SERVER_DEVICE_FAILURE(0x04, "SERVER DEVICE FAILURE", Status.FAULT),
    /** 0x05 ACKNOWLEDGE: accepted, but it will take long; poll later. */
    ACKNOWLEDGE(0x05, "ACKNOWLEDGE", Status.UNKNOWN),
    /** 0x06 SERVER DEVICE BUSY: a long-duration command is in progress; retry later. */
    SERVER_DEVICE_BUSY(0x06, "SERVER DEVICE BUSY", Status.UNKNOWN),
    /** 0x08 MEMORY PARITY ERROR: the extended file area failed its consistency check. */
    MEMORY_PARITY_ERROR(0x08, "MEMORY PARITY ERROR", Status.FAULT),
    /** 0x0A GATEWAY PATH UNAVAILABLE: the gateway has no path to the target. */
    GATEWAY_PATH_UNAVAILABLE(0x0A, "GATEWAY PATH UNAVAILABLE", Status.COMMUNICATION_ERROR),
    /** 0x0B GATEWAY TARGET DEVICE FAILED TO RESPOND. */
    GATEWAY_TARGET_DEVICE_FAILED_TO_RESPOND(
            0x0B, "GATEWAY TARGET DEVICE FAILED TO RESPOND", Status.COMMUNICATION_ERROR);

    private static final ModbusExceptionCode[] VALUES = values();

    private final int code;
    private final String specName;
    private final Status status;

    ModbusExceptionCode(int code, String specName, Status status) {
        this.code = code;
        this.specName = specName;
        this.status = status;
    }

    /**
     * The exception for a code.
     *
     * @param code the exception code
     * @return the exception, or empty for a code the specification does not define
     */
    public static Optional<ModbusExceptionCode> of(int code) {
        for (ModbusExceptionCode e : VALUES) {
            if (e.code == code) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The code.
     *
     * @return such as 2
     */
    public int code() {
        return code;
    }

    /**
     * The name as the specification writes it.
     *
     * @return such as {@code ILLEGAL DATA ADDRESS}
     */
    public String specName() {
        return specName;
    }

    /**
     * The status the codec gives records that the exception left without a value: {@link
     * Status#COMMUNICATION_ERROR} for the gateway codes, {@link Status#UNKNOWN} for acknowledge and
     * busy (the value may come later), {@link Status#FAULT} otherwise.
     *
     * @return the status
     */
    public Status status() {
        return status;
    }
}
