package vn.smartcity.card.apdu;

import java.util.Arrays;
import vn.smartcity.card.CardDataException;

/**
 * An ISO/IEC 7816-4 command APDU: class, instruction, two parameters, the command data (N<sub>c</sub>
 * bytes, possibly none) and the maximum number of response bytes expected (N<sub>e</sub>, 0 for
 * none). The encoding (section 5.1) is chosen from the lengths: the short form while
 * N<sub>c</sub> &le; 255 and N<sub>e</sub> &le; 256, the extended form otherwise. Immutable.
 */
public final class CommandApdu {

    /** The largest N<sub>e</sub> of a short APDU ({@code Le = 00}). */
    public static final int MAX_SHORT_NE = 256;

    /** The largest N<sub>e</sub> of an extended APDU ({@code Le = 0000}). */
    public static final int MAX_EXTENDED_NE = 65536;

    private static final byte[] NO_DATA = new byte[0];

    private final byte cla;
    private final byte ins;
    private final byte p1;
    private final byte p2;
    private final byte[] data;
    private final int ne;

    private CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        this.cla = checkByte(cla, "CLA");
        this.ins = checkByte(ins, "INS");
        this.p1 = checkByte(p1, "P1");
        this.p2 = checkByte(p2, "P2");
        if (data.length > 65535) {
            throw new IllegalArgumentException("command data of " + data.length + " bytes; at most 65535 fit");
        }
        if (ne < 0 || ne > MAX_EXTENDED_NE) {
            throw new IllegalArgumentException("Ne " + ne + " is outside 0.." + MAX_EXTENDED_NE);
        }
        this.data = data;
        this.ne = ne;
    }

    private static byte checkByte(int value, String name) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(name + " " + value + " is not a byte (0..255)");
        }
        return (byte) value;
    }

    /**
     * A command without data that expects no response data (case 1).
     *
     * @param cla the class byte, 0..255
     * @param ins the instruction byte
     * @param p1 the first parameter
     * @param p2 the second parameter
     * @return the command
     */
    public static CommandApdu of(int cla, int ins, int p1, int p2) {
        return new CommandApdu(cla, ins, p1, p2, NO_DATA, 0);
    }

    /**
     * A command with data that expects no response data (case 3).
     *
     * @param cla the class byte
     * @param ins the instruction byte
     * @param p1 the first parameter
     * @param p2 the second parameter
     * @param data the command data, copied; up to 65,535 bytes
     * @return the command
     */
    public static CommandApdu of(int cla, int ins, int p1, int p2, byte[] data) {
        return new CommandApdu(cla, ins, p1, p2, data.clone(), 0);
    }

    /**
     * A command with data (possibly empty) and an expected response length (cases 1 to 4).
     *
     * @param cla the class byte
     * @param ins the instruction byte
     * @param p1 the first parameter
     * @param p2 the second parameter
     * @param data the command data, copied
     * @param ne the maximum number of response data bytes expected: 0 for none, up to 256 in a
     *     short APDU and 65,536 in an extended one
     * @return the command
     */
    public static CommandApdu of(int cla, int ins, int p1, int p2, byte[] data, int ne) {
        return new CommandApdu(cla, ins, p1, p2, data.clone(), ne);
    }

    /**
     * Reads an encoded command APDU in the short or the extended form (what a chip receives).
     *
     * @param apdu the encoded command
     * @return the command
     * @throws CardDataException if the bytes are not one well-formed command APDU, with the offset
     */
    public static CommandApdu parse(byte[] apdu) {
        int n = apdu.length;
        if (n < 4) {
            throw new CardDataException("command APDU", n, "expected a 4-byte header, found " + n + " bytes");
        }
        int cla = apdu[0] & 0xFF;
        int ins = apdu[1] & 0xFF;
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        if (n == 4) {
            return new CommandApdu(cla, ins, p1, p2, NO_DATA, 0);
        }
        int b4 = apdu[4] & 0xFF;
        if (n == 5) { // case 2 short
            return new CommandApdu(cla, ins, p1, p2, NO_DATA, b4 == 0 ? MAX_SHORT_NE : b4);
        }
        if (b4 != 0) { // case 3 or 4 short
            int nc = b4;
            if (n == 5 + nc) {
                return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 5, 5 + nc), 0);
            }
            if (n == 6 + nc) {
                int le = apdu[5 + nc] & 0xFF;
                return new CommandApdu(
                        cla, ins, p1, p2, Arrays.copyOfRange(apdu, 5, 5 + nc), le == 0 ? MAX_SHORT_NE : le);
            }
            throw new CardDataException(
                    "command APDU", 4, "Lc " + nc + " needs " + (5 + nc) + " or " + (6 + nc) + " bytes, found " + n);
        }
        // extended form: 00 followed by two length bytes
        if (n == 7) { // case 2 extended
            int le = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
            return new CommandApdu(cla, ins, p1, p2, NO_DATA, le == 0 ? MAX_EXTENDED_NE : le);
        }
        if (n < 7) {
            throw new CardDataException("command APDU", n, "extended length field cut short");
        }
        int nc = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
        if (nc == 0) {
            throw new CardDataException("command APDU", 5, "extended Lc of 0");
        }
        if (n == 7 + nc) {
            return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 7, 7 + nc), 0);
        }
        if (n == 9 + nc) {
            int le = ((apdu[7 + nc] & 0xFF) << 8) | (apdu[8 + nc] & 0xFF);
            return new CommandApdu(
                    cla, ins, p1, p2, Arrays.copyOfRange(apdu, 7, 7 + nc), le == 0 ? MAX_EXTENDED_NE : le);
        }
        throw new CardDataException(
                "command APDU",
                5,
                "extended Lc " + nc + " needs " + (7 + nc) + " or " + (9 + nc) + " bytes, found " + n);
    }

    /**
     * The same command expecting a different response length.
     *
     * @param newNe the maximum number of response data bytes, 0..65536
     * @return the new command
     */
    public CommandApdu withNe(int newNe) {
        return new CommandApdu(cla & 0xFF, ins & 0xFF, p1 & 0xFF, p2 & 0xFF, data, newNe);
    }

    /**
     * The class byte.
     *
     * @return CLA, 0..255
     */
    public int cla() {
        return cla & 0xFF;
    }

    /**
     * The instruction byte.
     *
     * @return INS, 0..255
     */
    public int ins() {
        return ins & 0xFF;
    }

    /**
     * The first parameter byte.
     *
     * @return P1, 0..255
     */
    public int p1() {
        return p1 & 0xFF;
    }

    /**
     * The second parameter byte.
     *
     * @return P2, 0..255
     */
    public int p2() {
        return p2 & 0xFF;
    }

    /**
     * The command data.
     *
     * @return a copy of the N<sub>c</sub> data bytes (empty when there are none)
     */
    public byte[] data() {
        return data.clone();
    }

    /**
     * The number of command data bytes.
     *
     * @return N<sub>c</sub>
     */
    public int nc() {
        return data.length;
    }

    /**
     * The maximum number of response data bytes expected.
     *
     * @return N<sub>e</sub>: 0 for none, 256 for a short {@code Le = 00}, 65,536 for an extended
     *     {@code Le = 0000}
     */
    public int ne() {
        return ne;
    }

    /**
     * Whether this command needs the extended-length encoding.
     *
     * @return {@code true} when N<sub>c</sub> &gt; 255 or N<sub>e</sub> &gt; 256
     */
    public boolean isExtended() {
        return data.length > 255 || ne > MAX_SHORT_NE;
    }

    /**
     * The encoded command, in the short form when it fits and the extended form otherwise.
     *
     * @return a new array
     */
    public byte[] toBytes() {
        boolean extended = isExtended();
        int nc = data.length;
        int length = 4 + (nc > 0 ? (extended ? 3 : 1) + nc : 0) + (ne > 0 ? (extended ? (nc > 0 ? 2 : 3) : 1) : 0);
        byte[] out = new byte[length];
        out[0] = cla;
        out[1] = ins;
        out[2] = p1;
        out[3] = p2;
        int i = 4;
        if (nc > 0) {
            if (extended) {
                out[i++] = 0;
                out[i++] = (byte) (nc >> 8);
            }
            out[i++] = (byte) nc;
            System.arraycopy(data, 0, out, i, nc);
            i += nc;
        }
        if (ne > 0) {
            if (extended) {
                if (nc == 0) {
                    out[i++] = 0;
                }
                int le = ne == MAX_EXTENDED_NE ? 0 : ne;
                out[i++] = (byte) (le >> 8);
                out[i] = (byte) le;
            } else {
                out[i] = (byte) (ne == MAX_SHORT_NE ? 0 : ne);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CommandApdu)) {
            return false;
        }
        CommandApdu that = (CommandApdu) other;
        return cla == that.cla
                && ins == that.ins
                && p1 == that.p1
                && p2 == that.p2
                && ne == that.ne
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * ((cla << 24) | ((ins & 0xFF) << 16) | ((p1 & 0xFF) << 8) | (p2 & 0xFF)) + ne)
                + Arrays.hashCode(data);
    }

    /** The header in hexadecimal and the lengths; never the data. */
    @Override
    public String toString() {
        return String.format("CommandApdu[%02X %02X %02X %02X, Nc=%d, Ne=%d]", cla, ins, p1, p2, data.length, ne);
    }
}
