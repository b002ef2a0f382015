package vn.smartcity.card.apdu;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an APDU could not be carried to or from the card: no PC/SC service, no reader, no
 * card, the card was removed or the connection was lost. The {@link #reason()} tells which, so a
 * counter application can ask the clerk to put the card back rather than show a stack trace. The
 * message never holds APDU data.
 */
public final class CardIoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong between the application and the chip. */
    public enum Reason {
        /** No smart-card service (such as pcscd) is running or reachable. */
        NO_SERVICE,
        /** The service has no reader, or not the one asked for. */
        NO_READER,
        /** The reader has no card in it (or none arrived in time). */
        NO_CARD,
        /** The connection to the card was lost or the card was removed during an exchange. */
        CARD_LOST,
        /** The transport broke its own protocol or failed in a way not listed here. */
        TRANSPORT
    }

    private final Reason reason;

    /**
     * Creates an exception.
     *
     * @param reason what went wrong
     * @param message a description without APDU data
     */
    public CardIoException(Reason reason, String message) {
        this(reason, message, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param reason what went wrong
     * @param message a description without APDU data
     * @param cause the underlying failure
     */
    public CardIoException(Reason reason, String message, @Nullable Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * What went wrong.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
