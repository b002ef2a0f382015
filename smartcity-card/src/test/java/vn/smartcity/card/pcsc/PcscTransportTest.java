package vn.smartcity.card.pcsc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.smartcity.card.pcsc.Fakes.hex;

import java.util.List;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.apdu.CardIoException.Reason;
import vn.smartcity.card.apdu.CommandApdu;
import vn.smartcity.card.apdu.ResponseApdu;
import vn.smartcity.card.pcsc.Fakes.ScriptedCard;
import vn.smartcity.card.pcsc.Fakes.ScriptedTerminal;

/**
 * The transport over scripted {@code javax.smartcardio} objects: the exchanges of ISO/IEC 7816-4
 * section 5.3.4 ({@code 61xx}, {@code 6Cxx}), errors, reset and close. The ATRs are synthetic, built
 * as PC/SC Part 3 section 3.1.3.2.3 describes.
 */
class PcscTransportTest {

    /** Synthetic: 3B 85 80 01, historical bytes 80 73 94 01 C0 (extended Lc/Le), TCK. */
    static final String ATR_EXTENDED = "3B8580018073940" + "1C0A2";

    /** Synthetic: the same without the extended length bit. */
    static final String ATR_SHORT = "3B85800180739401" + "80E2";

    private static final CommandApdu GET_CHALLENGE = CommandApdu.of(0x00, 0x84, 0x00, 0x00, new byte[0], 8);

    private static PcscTransport transport(ScriptedCard card) {
        return new PcscTransport(new ScriptedTerminal(), card);
    }

    @Test
    void passesAnExchangeThrough() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT).answer("01020304050607089000");
        ResponseApdu answer = transport(card).transmit(GET_CHALLENGE);
        assertEquals(0x9000, answer.sw());
        assertArrayEquals(hex("0102030405060708"), answer.data());
        assertEquals(List.of("0084000008"), card.sent);
    }

    @Test
    void followsSw61WithGetResponseUntilTheDataIsComplete() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT).answer("AABB6104", "CCDDEEFF6102", "11229000");
        ResponseApdu answer = transport(card).transmit(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 256));
        assertEquals(0x9000, answer.sw());
        assertArrayEquals(hex("AABBCCDDEEFF1122"), answer.data());
        assertEquals(List.of("00B0000000", "00C0000004", "00C0000002"), card.sent);
    }

    @Test
    void resendsOnceWithTheLeThatSw6cGives() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT).answer("6C04", "A1A2A3A49000");
        ResponseApdu answer = transport(card).transmit(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 16));
        assertArrayEquals(hex("A1A2A3A4"), answer.data());
        assertEquals(List.of("00B0000010", "00B0000004"), card.sent);
    }

    @Test
    void aCardThatNeverStopsAnswering61IsATransportError() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT);
        for (int i = 0; i < 300; i++) {
            card.answer("006101");
        }
        CardIoException e =
                assertThrows(CardIoException.class, () -> transport(card).transmit(GET_CHALLENGE));
        assertEquals(Reason.TRANSPORT, e.reason());
        assertEquals(
                "the card in Scripted Reader 00 00 still had data after 257 GET RESPONSE commands", e.getMessage());
    }

    @Test
    void aRemovedCardIsCardLost() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT)
                .answer(new CardException("transmit() failed", new CardException("SCARD_W_REMOVED_CARD")));
        CardIoException e =
                assertThrows(CardIoException.class, () -> transport(card).transmit(GET_CHALLENGE));
        assertEquals(Reason.CARD_LOST, e.reason());
        assertEquals(
                "the card was removed or the connection lost while exchanging an APDU with Scripted Reader 00 00"
                        + " (SCARD_W_REMOVED_CARD)",
                e.getMessage());
    }

    @Test
    void aStoppedServiceIsNoService() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT)
                .answer(new CardException("transmit() failed", new CardException("SCARD_E_SERVICE_STOPPED")));
        CardIoException e =
                assertThrows(CardIoException.class, () -> transport(card).transmit(GET_CHALLENGE));
        assertEquals(Reason.NO_SERVICE, e.reason());
    }

    @Test
    void aDisconnectedCardIsCardLost() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT).answer(new IllegalStateException("Card has been disconnected"));
        CardIoException e =
                assertThrows(CardIoException.class, () -> transport(card).transmit(GET_CHALLENGE));
        assertEquals(Reason.CARD_LOST, e.reason());
        assertEquals("the connection to the card in Scripted Reader 00 00 has ended", e.getMessage());
    }

    @Test
    void anEmptyAnswerIsCardLost() {
        // vpcd reports success with no bytes when the virtual card closes mid-exchange; the JDK then
        // refuses to build a ResponseAPDU.
        ScriptedCard card =
                new ScriptedCard(ATR_SHORT).answer(new IllegalArgumentException("apdu must be at least 2 bytes long"));
        CardIoException e =
                assertThrows(CardIoException.class, () -> transport(card).transmit(GET_CHALLENGE));
        assertEquals(Reason.CARD_LOST, e.reason());
        assertEquals("the card in Scripted Reader 00 00 answered without a status word", e.getMessage());
    }

    @Test
    void readsExtendedLengthFromTheAtr() {
        assertTrue(transport(new ScriptedCard(ATR_EXTENDED)).supportsExtendedLength());
        assertFalse(transport(new ScriptedCard(ATR_SHORT)).supportsExtendedLength());
    }

    @Test
    void resetDisconnectsWithResetAndConnectsAgain() {
        ScriptedCard first = new ScriptedCard(ATR_SHORT);
        ScriptedCard second = new ScriptedCard(ATR_EXTENDED).answer("9000");
        ScriptedTerminal terminal = new ScriptedTerminal(second);
        PcscTransport transport = new PcscTransport(terminal, first);
        transport.reset();
        assertEquals(1, first.disconnects);
        assertTrue(first.lastReset);
        assertEquals(1, terminal.connects);
        assertEquals(0x9000, transport.transmit(GET_CHALLENGE).sw());
        assertEquals(List.of("0084000008"), second.sent);
        assertTrue(transport.supportsExtendedLength(), "the new ATR counts");
    }

    @Test
    void resetWithTheCardGoneIsCardLost() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT);
        card.disconnectException = new CardException("disconnect() failed", new CardException("SCARD_W_REMOVED_CARD"));
        PcscTransport transport = new PcscTransport(new ScriptedTerminal(), card);
        CardIoException e = assertThrows(CardIoException.class, transport::reset);
        assertEquals(Reason.CARD_LOST, e.reason());
        assertEquals("no card in Scripted Reader 00 00 within 5 s of the reset", e.getMessage());
    }

    @Test
    void closeDisconnectsOnceAndLaterCallsFail() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT);
        PcscTransport transport = transport(card);
        transport.close();
        transport.close();
        assertEquals(1, card.disconnects);
        assertTrue(card.lastReset, "closing resets the card, ending any secure messaging session");
        CardIoException e = assertThrows(CardIoException.class, () -> transport.transmit(GET_CHALLENGE));
        assertEquals(Reason.TRANSPORT, e.reason());
        assertEquals("the transport to Scripted Reader 00 00 is closed", e.getMessage());
        assertEquals(
                Reason.TRANSPORT,
                assertThrows(CardIoException.class, transport::reset).reason());
    }

    @Test
    void closingAfterTheCardWasRemovedIsNotAnError() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT);
        card.disconnectException = new CardException("disconnect() failed", new CardException("SCARD_W_REMOVED_CARD"));
        transport(card).close();
        assertEquals(1, card.disconnects);
    }

    @Test
    void closingWhenTheServiceFailsIsReported() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT);
        card.disconnectException = new CardException("disconnect() failed", new CardException("SCARD_E_NO_SERVICE"));
        CardIoException e = assertThrows(CardIoException.class, transport(card)::close);
        assertEquals(Reason.NO_SERVICE, e.reason());
    }

    @Test
    void describesItselfWithoutData() {
        ScriptedCard card = new ScriptedCard(ATR_SHORT);
        PcscTransport transport = transport(card);
        assertEquals("PcscTransport[Scripted Reader 00 00, T=1]", transport.toString());
        assertEquals("Scripted Reader 00 00", transport.readerName());
        assertEquals("T=1", transport.protocol());
        assertArrayEquals(hex(ATR_SHORT), transport.atr());
        assertSame(card, card.getBasicChannel().getCard());
    }
}
