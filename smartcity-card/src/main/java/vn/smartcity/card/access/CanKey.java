package vn.smartcity.card.access;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A card access number (ICAO Doc 9303 Part 11, section 9.7.2): 6 digits. On the CCCD it is the last
 * 6 digits of the 12-digit personal identification number ({@link AccessKey#can(
 * vn.smartcity.core.id.PersonalIdNumber)}). {@link #toString()} hides it.
 *
 * @param digits the 6 digits
 */
public record CanKey(String digits) implements AccessKey {

    /** The number of digits. */
    public static final int LENGTH = 6;

    /**
     * Checks the digits.
     *
     * @param digits the 6 digits
     * @throws IllegalArgumentException if it is not exactly 6 ASCII digits (the message does not
     *     repeat them)
     */
    public CanKey {
        Objects.requireNonNull(digits, "digits");
        if (digits.length() != LENGTH) {
            throw new IllegalArgumentException(
                    "a CAN has " + LENGTH + " digits, " + digits.length() + " characters were given");
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("a CAN has only digits; character " + (i + 1) + " is not one");
            }
        }
    }

    /**
     * {@code CAN}.
     *
     * @return {@code CAN}
     */
    @Override
    public String kind() {
        return "CAN";
    }

    /**
     * 2, the CAN.
     *
     * @return 2
     */
    @Override
    public int passwordReference() {
        return 2;
    }

    /**
     * The digits as ASCII.
     *
     * @return a new array
     */
    @Override
    public byte[] pacePassword() {
        return digits.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String refusalAdvice() {
        return "check the 6 digits (on a CCCD, the last 6 digits of the 12-digit number) and try again";
    }

    /**
     * The key with its digits hidden.
     *
     * @return {@code CanKey[******]}
     */
    @Override
    public String toString() {
        return "CanKey[******]";
    }
}
