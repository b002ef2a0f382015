package vn.smartcity.card.pcsc;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import vn.smartcity.card.apdu.ApduTransport;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.apdu.CardIoException.Reason;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;

/**
 * An {@link ApduTransport} over a PC/SC reader through {@code javax.smartcardio}, connected with any
 * protocol the card offers (T=1 for contactless cards). Get one from {@link Pcsc}.
 *
 * <p>{@link #transmit(CommandApdu)} hides the transport-level exchanges of ISO/IEC 7816-4 section
 * 5.3.4 (the JDK already does so for T=0 and T=1; this class repeats the work when the JDK was told
 * not to): a {@code 61xx} answer is followed by GET RESPONSE commands, with the command's class
 * byte as the JDK sends them, until the data is complete,
 * and a {@code 6Cxx} answer makes the command go again once with Le set to {@code xx}. {@link
 * #supportsExtendedLength()} is what the ATR's card capabilities say. {@link #reset()} resets the
 * card and connects again; {@link #close()} disconnects and resets the card, ending any secure
 * messaging session.
 *
 * <p>Not thread-safe: one reading session uses one transport from one thread.
 */
public final class PcscTransport implements ApduTransport {

    /** GET RESPONSE rounds before the card is taken to be misbehaving (64 kB in 256-byte parts). */
    private static final int MAX_GET_RESPONSE = 257;

    /** How long {@link #reset()} waits for the card to be (back) in the reader. */
    static final long RESET_WAIT_MILLIS = 5000;

    private final CardTerminal terminal;
    private Card card;
    private boolean extendedLength;
    private boolean closed;

    PcscTransport(CardTerminal terminal, Card card) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.card = Objects.requireNonNull(card, "card");
        this.extendedLength = Atr.announcesExtendedLength(card.getATR().getBytes());
    }

    /**
     * The name of the reader the card is in.
     *
     * @return such as {@code Virtual PCD 00 00}
     */
    public String readerName() {
        return terminal.getName();
    }

    /**
     * The card's answer to reset.
     *
     * @return a copy of the ATR bytes
     */
    public byte[] atr() {
        return card.getATR().getBytes();
    }

    /**
     * The protocol the card was connected with.
     *
     * @return such as {@code T=1}
     */
    public String protocol() {
        return card.getProtocol();
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) {
        Objects.requireNonNull(command, "command");
        if (closed) {
            throw new CardIoException(Reason.TRANSPORT, "the transport to " + readerName() + " is closed");
        }
        ResponseApdu response = exchange(command);
        if (response.sw1() == 0x6C && response.dataLength() == 0) {
            // ISO/IEC 7816-4 section 5.3.4: wrong Le; SW2 gives the exact length (00 means 256).
            int ne = response.sw2() == 0 ? CommandApdu.MAX_SHORT_NE : response.sw2();
            response = exchange(command.withNe(ne));
        }
        if (response.sw1() != 0x61) {
            return response;
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(response.data());
        for (int round = 0; round < MAX_GET_RESPONSE; round++) {
            int ne = response.sw2() == 0 ? CommandApdu.MAX_SHORT_NE : response.sw2();
            response = exchange(CommandApdu.of(command.cla(), 0xC0, 0x00, 0x00, new byte[0], ne));
            data.writeBytes(response.data());
            if (response.sw1() != 0x61) {
                return ResponseApdu.of(data.toByteArray(), response.sw());
            }
        }
        throw new CardIoException(
                Reason.TRANSPORT,
                "the card in " + readerName() + " still had data after " + MAX_GET_RESPONSE + " GET RESPONSE commands");
    }

    private ResponseApdu exchange(CommandApdu command) {
        CommandAPDU apdu = new CommandAPDU(command.toBytes());
        ResponseAPDU response;
        try {
            response = card.getBasicChannel().transmit(apdu);
        } catch (CardException e) {
            throw PcscErrors.of(e, Reason.CARD_LOST, "exchanging an APDU with " + readerName());
        } catch (IllegalStateException e) {
            throw new CardIoException(
                    Reason.CARD_LOST, "the connection to the card in " + readerName() + " has ended", e);
        } catch (IllegalArgumentException e) {
            // The JDK refuses a response shorter than a status word: the reader got nothing back.
            throw new CardIoException(
                    Reason.CARD_LOST, "the card in " + readerName() + " answered without a status word", e);
        }
        return ResponseApdu.parse(response.getBytes());
    }

    @Override
    public boolean supportsExtendedLength() {
        return extendedLength;
    }

    /**
     * Resets the card and connects to it again; the card is as it was on insertion. After a lost
     * connection the card may be on its way back into the reader (or, for a contactless card, back
     * into the field): this waits up to five seconds for the service to see it present, so that the
     * service's own power-up of a newly inserted card does not reset it again under the new
     * connection.
     *
     * @throws CardIoException with {@code CARD_LOST} if the card is gone, {@code NO_SERVICE} if the
     *     PC/SC service stopped
     */
    @Override
    public void reset() {
        if (closed) {
            throw new CardIoException(Reason.TRANSPORT, "the transport to " + readerName() + " is closed");
        }
        try {
            card.disconnect(true);
        } catch (CardException e) {
            CardIoException mapped = PcscErrors.of(e, Reason.CARD_LOST, "resetting the card in " + readerName());
            if (mapped.reason() != Reason.CARD_LOST) {
                throw mapped;
            }
            // The card was already gone or reset: connecting again below says whether it is back.
        } catch (IllegalStateException e) {
            // Already disconnected (a lost connection): connect again below.
        }
        try {
            if (!terminal.waitForCardPresent(RESET_WAIT_MILLIS)) {
                throw new CardIoException(
                        Reason.CARD_LOST,
                        "no card in " + readerName() + " within " + RESET_WAIT_MILLIS / 1000 + " s of the reset");
            }
            card = terminal.connect("*");
        } catch (CardException e) {
            throw PcscErrors.of(e, Reason.CARD_LOST, "connecting again to the card in " + readerName());
        }
        extendedLength = Atr.announcesExtendedLength(card.getATR().getBytes());
    }

    /**
     * Disconnects and resets the card (ending any secure messaging session). Closing twice does
     * nothing; a card already removed is not an error.
     *
     * @throws CardIoException if the PC/SC service failed to disconnect
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            card.disconnect(true);
        } catch (CardException e) {
            CardIoException mapped = PcscErrors.of(e, Reason.CARD_LOST, "disconnecting from " + readerName());
            if (mapped.reason() != Reason.CARD_LOST) {
                throw mapped;
            }
            // The card is gone already, which is what closing wanted.
        } catch (IllegalStateException e) {
            // Disconnected already.
        }
    }

    /** The reader and the protocol; never APDU data. */
    @Override
    public String toString() {
        return "PcscTransport[" + readerName() + ", " + card.getProtocol() + (closed ? ", closed" : "") + "]";
    }
}
