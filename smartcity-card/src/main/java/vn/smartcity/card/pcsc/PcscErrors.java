package vn.smartcity.card.pcsc;

import java.util.Optional;
import javax.smartcardio.CardNotPresentException;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.apdu.CardIoException.Reason;

/**
 * Turns {@code javax.smartcardio} failures into {@link CardIoException}s. The JDK wraps the PC/SC
 * Lite return code in a cause whose message is the code's name ({@code SCARD_E_NO_SERVICE}); the
 * names are those of the PC/SC workgroup's specification Part 5 and pcsc-lite's {@code pcsclite.h}.
 */
final class PcscErrors {

    private PcscErrors() {}

    /**
     * The PC/SC return code named in a failure or its causes.
     *
     * @param failure what {@code javax.smartcardio} threw
     * @return such as {@code SCARD_E_NO_SERVICE}, or empty if none is named
     */
    static Optional<String> code(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 16; depth++, t = t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                int at = message.indexOf("SCARD_");
                if (at >= 0) {
                    int end = at;
                    while (end < message.length()
                            && (Character.isLetterOrDigit(message.charAt(end)) || message.charAt(end) == '_')) {
                        end++;
                    }
                    return Optional.of(message.substring(at, end));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The reason a return code stands for.
     *
     * @param code such as {@code SCARD_W_REMOVED_CARD}
     * @param fallback the reason when the code says nothing more precise
     * @return the reason
     */
    static Reason reason(@Nullable String code, Reason fallback) {
        if (code == null) {
            return fallback;
        }
        switch (code) {
            case "SCARD_E_NO_SERVICE":
            case "SCARD_E_SERVICE_STOPPED":
                return Reason.NO_SERVICE;
            case "SCARD_E_NO_READERS_AVAILABLE":
            case "SCARD_E_UNKNOWN_READER":
                return Reason.NO_READER;
            case "SCARD_E_READER_UNAVAILABLE":
                return fallback == Reason.CARD_LOST ? Reason.CARD_LOST : Reason.NO_READER;
            case "SCARD_E_NO_SMARTCARD":
                return fallback == Reason.CARD_LOST ? Reason.CARD_LOST : Reason.NO_CARD;
            case "SCARD_E_INVALID_HANDLE": // a card handle left stale by a removal or a reset
            case "SCARD_E_PROTO_MISMATCH": // the card changed under the handle (removed and inserted)
            case "SCARD_W_REMOVED_CARD":
            case "SCARD_W_RESET_CARD":
            case "SCARD_W_UNPOWERED_CARD":
            case "SCARD_W_UNRESPONSIVE_CARD":
            case "SCARD_E_NOT_TRANSACTED":
            case "SCARD_E_COMM_DATA_LOST":
            case "SCARD_F_COMM_ERROR":
                return Reason.CARD_LOST;
            default:
                return fallback;
        }
    }

    /**
     * A {@link CardIoException} for a failure.
     *
     * @param failure what {@code javax.smartcardio} threw
     * @param fallback the reason when the failure names no precise one
     * @param doing what was being done, such as {@code connecting to reader Virtual PCD 00 00}
     * @return the exception, with the failure as its cause
     */
    static CardIoException of(Throwable failure, Reason fallback, String doing) {
        if (failure instanceof CardNotPresentException) {
            return new CardIoException(
                    fallback == Reason.CARD_LOST ? Reason.CARD_LOST : Reason.NO_CARD,
                    "no card while " + doing,
                    failure);
        }
        String code = code(failure).orElse(null);
        Reason reason = reason(code, fallback);
        return new CardIoException(reason, describe(reason, doing, code), failure);
    }

    private static String describe(Reason reason, String doing, @Nullable String code) {
        String suffix = code == null ? "" : " (" + code + ")";
        switch (reason) {
            case NO_SERVICE:
                return "no PC/SC service while " + doing + ": is pcscd running?" + suffix;
            case NO_READER:
                return "no such reader while " + doing + suffix;
            case NO_CARD:
                return "no card while " + doing + suffix;
            case CARD_LOST:
                return "the card was removed or the connection lost while " + doing + suffix;
            default:
                return "PC/SC failed while " + doing + suffix;
        }
    }
}
