package vn.smartcity.card.pcsc;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/** Scripted stand-ins for {@code javax.smartcardio}'s card, channel and terminal. */
final class Fakes {

    private Fakes() {}

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    /** A card whose channel answers from a script: a hex response, or a failure to throw. */
    static final class ScriptedCard extends Card {
        final Deque<Object> script = new ArrayDeque<>();
        final List<String> sent = new ArrayList<>();
        final byte[] atr;
        int disconnects;
        boolean lastReset;
        RuntimeException disconnectFailure;
        CardException disconnectException;
        private final CardChannel channel = new CardChannel() {
            @Override
            public Card getCard() {
                return ScriptedCard.this;
            }

            @Override
            public int getChannelNumber() {
                return 0;
            }

            @Override
            public ResponseAPDU transmit(CommandAPDU command) throws CardException {
                sent.add(HexFormat.of().withUpperCase().formatHex(command.getBytes()));
                Object next = script.removeFirst();
                if (next instanceof CardException) {
                    throw (CardException) next;
                }
                if (next instanceof RuntimeException) {
                    throw (RuntimeException) next;
                }
                return new ResponseAPDU(hex((String) next));
            }

            @Override
            public int transmit(ByteBuffer command, ByteBuffer response) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void close() {
                throw new UnsupportedOperationException();
            }
        };

        ScriptedCard(String atr) {
            this.atr = hex(atr);
        }

        ScriptedCard answer(Object... responses) {
            for (Object response : responses) {
                script.add(response);
            }
            return this;
        }

        @Override
        public ATR getATR() {
            return new ATR(atr);
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            return channel;
        }

        @Override
        public CardChannel openLogicalChannel() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void beginExclusive() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void endExclusive() {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void disconnect(boolean reset) throws CardException {
            disconnects++;
            lastReset = reset;
            if (disconnectException != null) {
                throw disconnectException;
            }
            if (disconnectFailure != null) {
                throw disconnectFailure;
            }
        }
    }

    /** A terminal that hands out the given cards on connect, then reports no card. */
    static final class ScriptedTerminal extends CardTerminal {
        final Deque<Card> cards = new ArrayDeque<>();
        int connects;

        ScriptedTerminal(Card... cards) {
            for (Card card : cards) {
                this.cards.add(card);
            }
        }

        @Override
        public String getName() {
            return "Scripted Reader 00 00";
        }

        @Override
        public Card connect(String protocol) throws CardException {
            connects++;
            Card next = cards.pollFirst();
            if (next == null) {
                throw new CardNotPresentException("No card present");
            }
            return next;
        }

        @Override
        public boolean isCardPresent() {
            return !cards.isEmpty();
        }

        @Override
        public boolean waitForCardPresent(long timeout) {
            return !cards.isEmpty();
        }

        @Override
        public boolean waitForCardAbsent(long timeout) {
            return cards.isEmpty();
        }
    }
}
