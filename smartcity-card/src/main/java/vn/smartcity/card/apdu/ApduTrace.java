package vn.smartcity.card.apdu;

import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One exchange as a tracer sees it: its number, the command header and lengths, and the status word
 * and response length, or the reason the exchange failed. The command and response bytes are
 * present only in an unmasked trace. Immutable; {@link #toString()} prints one line.
 */
public final class ApduTrace {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final long sequence;
    private final int cla;
    private final int ins;
    private final int p1;
    private final int p2;
    private final int nc;
    private final int ne;
    private final int sw;
    private final int nr;
    private final CardIoException.@Nullable Reason failure;
    private final byte @Nullable [] command;
    private final byte @Nullable [] response;

    private ApduTrace(
            long sequence,
            CommandApdu command,
            @Nullable ResponseApdu response,
            CardIoException.@Nullable Reason failure,
            boolean unmasked) {
        this.sequence = sequence;
        this.cla = command.cla();
        this.ins = command.ins();
        this.p1 = command.p1();
        this.p2 = command.p2();
        this.nc = command.nc();
        this.ne = command.ne();
        this.sw = response == null ? -1 : response.sw();
        this.nr = response == null ? 0 : response.dataLength();
        this.failure = failure;
        this.command = unmasked ? command.toBytes() : null;
        this.response = unmasked && response != null ? response.toBytes() : null;
    }

    static ApduTrace of(long sequence, CommandApdu command, ResponseApdu response, boolean unmasked) {
        return new ApduTrace(sequence, command, response, null, unmasked);
    }

    static ApduTrace failed(long sequence, CommandApdu command, CardIoException.Reason reason, boolean unmasked) {
        return new ApduTrace(sequence, command, null, reason, unmasked);
    }

    /**
     * The number of the exchange on this transport, from 1.
     *
     * @return the sequence number
     */
    public long sequence() {
        return sequence;
    }

    /**
     * The command header.
     *
     * @return CLA, INS, P1, P2 as 4 bytes
     */
    public byte[] header() {
        return new byte[] {(byte) cla, (byte) ins, (byte) p1, (byte) p2};
    }

    /**
     * The instruction byte.
     *
     * @return INS
     */
    public int ins() {
        return ins;
    }

    /**
     * The number of command data bytes.
     *
     * @return N<sub>c</sub>
     */
    public int nc() {
        return nc;
    }

    /**
     * The number of response bytes the command asked for.
     *
     * @return N<sub>e</sub>
     */
    public int ne() {
        return ne;
    }

    /**
     * The status word.
     *
     * @return the status word, or empty if the exchange failed
     */
    public OptionalInt sw() {
        return sw < 0 ? OptionalInt.empty() : OptionalInt.of(sw);
    }

    /**
     * The number of response data bytes.
     *
     * @return N<sub>r</sub>, 0 if the exchange failed
     */
    public int nr() {
        return nr;
    }

    /**
     * Why the exchange failed.
     *
     * @return the reason of the {@link CardIoException}, or empty if a response came back
     */
    public Optional<CardIoException.Reason> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Whether the bytes are hidden.
     *
     * @return {@code true} unless the tracer was installed with {@link ApduTracer#unmasked}
     */
    public boolean masked() {
        return command == null;
    }

    /**
     * The encoded command.
     *
     * @return a copy, or empty in a masked trace
     */
    public Optional<byte[]> commandBytes() {
        return command == null ? Optional.empty() : Optional.of(command.clone());
    }

    /**
     * The encoded response.
     *
     * @return a copy, or empty in a masked trace or when the exchange failed
     */
    public Optional<byte[]> responseBytes() {
        return response == null ? Optional.empty() : Optional.of(response.clone());
    }

    /**
     * The exchange in one line, such as {@code #3 0C B0 00 00 Nc=13 Ne=256 -> 9000 Nr=27}; an
     * unmasked trace adds the bytes.
     *
     * @return the line
     */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(64);
        line.append('#').append(sequence).append(' ');
        hex(line, cla).append(' ');
        hex(line, ins).append(' ');
        hex(line, p1).append(' ');
        hex(line, p2);
        line.append(" Nc=").append(nc).append(" Ne=").append(ne).append(" -> ");
        if (failure != null) {
            line.append("failed: ").append(failure);
        } else {
            hex(line, sw >> 8);
            hex(line, sw & 0xFF);
            line.append(" Nr=").append(nr);
        }
        if (command != null) {
            line.append(" | C: ");
            for (byte b : command) {
                hex(line, b & 0xFF);
            }
            if (response != null) {
                line.append(" R: ");
                for (byte b : response) {
                    hex(line, b & 0xFF);
                }
            }
        }
        return line.toString();
    }

    private static StringBuilder hex(StringBuilder out, int value) {
        return out.append(HEX[(value >> 4) & 0xF]).append(HEX[value & 0xF]);
    }
}
