package vn.smartcity.card.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.apdu.CardIoException.Reason;

/**
 * PC/SC return codes (names as in pcsc-lite's {@code pcsclite.h}) to {@link Reason}s. The JDK puts
 * the code's name in the message of the cause it wraps.
 */
class PcscErrorsTest {

    @Test
    void findsTheCodeInTheCauses() {
        CardException e = new CardException("list() failed", new CardException("SCARD_E_NO_READERS_AVAILABLE"));
        assertEquals(Optional.of("SCARD_E_NO_READERS_AVAILABLE"), PcscErrors.code(e));
        assertEquals(Optional.empty(), PcscErrors.code(new CardException("no code here")));
    }

    @Test
    void mapsCodesToReasons() {
        assertEquals(Reason.NO_SERVICE, PcscErrors.reason("SCARD_E_NO_SERVICE", Reason.NO_CARD));
        assertEquals(Reason.NO_READER, PcscErrors.reason("SCARD_E_UNKNOWN_READER", Reason.NO_CARD));
        assertEquals(Reason.NO_CARD, PcscErrors.reason("SCARD_E_NO_SMARTCARD", Reason.NO_CARD));
        assertEquals(Reason.CARD_LOST, PcscErrors.reason("SCARD_E_NO_SMARTCARD", Reason.CARD_LOST));
        assertEquals(Reason.CARD_LOST, PcscErrors.reason("SCARD_W_REMOVED_CARD", Reason.NO_CARD));
        assertEquals(Reason.CARD_LOST, PcscErrors.reason("SCARD_W_RESET_CARD", Reason.NO_CARD));
        assertEquals(Reason.CARD_LOST, PcscErrors.reason("SCARD_E_INVALID_HANDLE", Reason.NO_SERVICE));
        assertEquals(Reason.CARD_LOST, PcscErrors.reason("SCARD_E_PROTO_MISMATCH", Reason.NO_SERVICE));
        assertEquals(Reason.NO_READER, PcscErrors.reason("SCARD_E_READER_UNAVAILABLE", Reason.NO_CARD));
        assertEquals(Reason.TRANSPORT, PcscErrors.reason("SCARD_E_INSUFFICIENT_BUFFER", Reason.TRANSPORT));
        assertEquals(Reason.NO_CARD, PcscErrors.reason(null, Reason.NO_CARD));
    }

    @Test
    void aMissingCardIsNoCard() {
        CardIoException e =
                PcscErrors.of(new CardNotPresentException("No card present"), Reason.NO_CARD, "connecting to X");
        assertEquals(Reason.NO_CARD, e.reason());
        assertEquals("no card while connecting to X", e.getMessage());
    }

    @Test
    void describesTheServiceMissing() {
        CardIoException e = PcscErrors.of(
                new CardException("list() failed", new CardException("SCARD_E_NO_SERVICE")),
                Reason.NO_READER,
                "listing the readers");
        assertEquals(Reason.NO_SERVICE, e.reason());
        assertEquals(
                "no PC/SC service while listing the readers: is pcscd running? (SCARD_E_NO_SERVICE)", e.getMessage());
    }
}
