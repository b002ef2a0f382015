package vn.smartcity.card.access;

import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Access control did not open the chip. The {@link #reason()} says why in a word a counter
 * application can act on, {@link #statusWord()} carries the chip's answer when there was one, and
 * the message says which step failed. Messages never hold an access key, a session key or APDU data.
 * A refused access key is an {@link AccessDeniedException}.
 */
public sealed class AccessException extends RuntimeException permits AccessDeniedException {

    private static final long serialVersionUID = 1L;

    /** Why access control failed. */
    public enum Reason {
        /** The chip refused the CAN or the MRZ data (see {@link AccessDeniedException}). */
        KEY_REFUSED,
        /** The chip refused a step of PACE for another reason than the key (its status word says which). */
        PACE_REFUSED,
        /** The chip refused BAC for another reason than the key. */
        BAC_REFUSED,
        /** PACE was asked for but the chip offers no PACEInfo in EF.CardAccess. */
        PACE_NOT_OFFERED,
        /**
         * The chip offers only what this SDK does not implement (Integrated Mapping, Chip
         * Authentication Mapping, explicit domain parameters), or only a CAN was given and the chip
         * offers no PACE.
         */
        NOT_SUPPORTED,
        /** The chip did not prove that it knows the key: its token, MAC or nonce was wrong. */
        CHIP_NOT_AUTHENTICATED,
        /** The chip's answer was malformed. */
        MALFORMED_RESPONSE,
        /** The eMRTD application could not be selected. */
        NO_APPLICATION
    }

    private final Reason reason;
    private final int statusWord;

    /**
     * Creates an exception.
     *
     * @param reason why
     * @param message which step failed, without keys or APDU data
     * @param statusWord the chip's status word, or -1 if there is none
     * @param cause the underlying problem, or null
     */
    public AccessException(Reason reason, String message, int statusWord, @Nullable Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.statusWord = statusWord;
    }

    /**
     * Why access control failed.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The status word the chip answered the failing command with.
     *
     * @return the status word, or empty if the failure was not a status word
     */
    public OptionalInt statusWord() {
        return statusWord < 0 ? OptionalInt.empty() : OptionalInt.of(statusWord);
    }
}
