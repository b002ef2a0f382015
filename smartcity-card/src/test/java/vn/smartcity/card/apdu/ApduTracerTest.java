package vn.smartcity.card.apdu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;

/** The APDU trace hook: masked by default, bytes only on request. */
class ApduTracerTest {

    /** A synthetic card that answers every command with {@code 60145F01 9000}. */
    private static final class EchoCard implements ApduTransport {
        boolean lost;

        @Override
        public ResponseApdu transmit(CommandApdu command) {
            if (lost) {
                throw new CardIoException(CardIoException.Reason.CARD_LOST, "card removed");
            }
            return ResponseApdu.of(Hex.decode("60145F01"), 0x9000);
        }

        @Override
        public void reset() {}

        @Override
        public void close() {}
    }

    @Test
    void maskedTraceShowsHeaderLengthsAndStatusOnly() {
        List<ApduTrace> traces = new ArrayList<>();
        ApduTransport traced = ApduTracer.masked(new EchoCard(), traces::add);

        traced.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, Hex.decode("011E")));
        traced.transmit(CommandApdu.of(0x00, 0xB0, 0x00, 0x00, new byte[0], 4));

        assertEquals("#1 00 A4 02 0C Nc=2 Ne=0 -> 9000 Nr=4", traces.get(0).toString());
        assertEquals("#2 00 B0 00 00 Nc=0 Ne=4 -> 9000 Nr=4", traces.get(1).toString());
        assertTrue(traces.get(0).masked());
        assertTrue(traces.get(0).commandBytes().isEmpty());
        assertTrue(traces.get(0).responseBytes().isEmpty());
        assertFalse(traces.get(0).toString().contains("011E"));
    }

    @Test
    void unmaskedTraceShowsTheBytes() {
        List<ApduTrace> traces = new ArrayList<>();
        ApduTransport traced = ApduTracer.unmasked(new EchoCard(), traces::add);

        traced.transmit(CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, Hex.decode("011E")));

        ApduTrace trace = traces.get(0);
        assertFalse(trace.masked());
        assertEquals("#1 00 A4 02 0C Nc=2 Ne=0 -> 9000 Nr=4 | C: 00A4020C02011E R: 60145F019000", trace.toString());
        assertEquals("00a4020c02011e", Hex.toHexString(trace.commandBytes().orElseThrow()));
    }

    @Test
    void failedExchangeIsReportedThenRethrown() {
        List<ApduTrace> traces = new ArrayList<>();
        EchoCard card = new EchoCard();
        card.lost = true;
        ApduTransport traced = ApduTracer.masked(card, traces::add);

        CardIoException e = assertThrows(
                CardIoException.class, () -> traced.transmit(CommandApdu.of(0x00, 0x84, 0x00, 0x00, new byte[0], 8)));

        assertEquals(CardIoException.Reason.CARD_LOST, e.reason());
        assertEquals(
                "#1 00 84 00 00 Nc=0 Ne=8 -> failed: CARD_LOST", traces.get(0).toString());
        assertTrue(traces.get(0).sw().isEmpty());
    }
}
