package vn.smartcity.card.access;

import java.util.Objects;

/**
 * A response failed secure messaging (ICAO Doc 9303 Part 11, section 9.8): its MAC was missing or
 * wrong, its data objects were malformed, or the chip reported a secure-messaging error. Nothing of
 * such a response is used. The session cannot go on; access control must run again. The message
 * holds no APDU data.
 */
public final class SecureMessagingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        /** A response that must be protected carried no MAC (DO'8E'). */
        MISSING_MAC,
        /** The response MAC did not verify. */
        BAD_MAC,
        /** The protected response's data objects or padding were malformed. */
        MALFORMED,
        /** The chip answered {@code 6987} or {@code 6988}: it found the command's protection wrong. */
        CHIP_REJECTED,
        /** The session ended (the card was reset); access control must run again. */
        SESSION_ENDED
    }

    private final Reason reason;
    private final int statusWord;

    /**
     * Creates an exception.
     *
     * @param reason what was wrong
     * @param message a description without APDU data
     * @param statusWord the unprotected status word of the response, or -1
     */
    public SecureMessagingException(Reason reason, String message, int statusWord) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
        this.statusWord = statusWord;
    }

    /**
     * What was wrong.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The unprotected status word of the response.
     *
     * @return the status word, or -1 when there was no response
     */
    public int statusWord() {
        return statusWord;
    }
}
