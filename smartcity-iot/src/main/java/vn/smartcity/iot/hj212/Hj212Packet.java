package vn.smartcity.iot.hj212;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.iot.CodecException;

/**
 * One HJ 212-2017 packet: the header fields of the data segment and its command parameters ({@code
 * CP}), kept as text. Reads any packet, data or command, and writes the responses a data centre
 * sends back (section 6.6 of the standard).
 *
 * <pre>{@code
 * Hj212Packet packet = Hj212Packet.parse(frame);
 * if (packet.needsAcknowledgement()) socket.write(packet.dataResponse().toFrame());
 * }</pre>
 *
 * @param qn the request number {@code yyyyMMddHHmmssSSS}, or {@code null} (HJ 212-2005 packets)
 * @param st the system code ({@code 22} ambient air, {@code 91} system interaction, ...)
 * @param cn the command code ({@code 2011} real-time data, {@code 9014} data response, ...)
 * @param pw the access password
 * @param mn the data logger's number
 * @param flag the flag byte: bit 0 asks for an acknowledgement, bit 1 marks a split packet, bits
 *     2 to 7 the protocol version (1 for HJ 212-2017), or -1 if absent
 * @param pnum the number of packets of a split message, or {@code null}
 * @param pno this packet's number within a split message, or {@code null}
 * @param cp the command parameters between {@code CP=&&} and {@code &&}
 */
public record Hj212Packet(
        @Nullable String qn,
        String st,
        String cn,
        String pw,
        String mn,
        int flag,
        @Nullable Integer pnum,
        @Nullable Integer pno,
        String cp) {

    /** System code of system-interaction packets such as responses. */
    public static final String SYSTEM_INTERACTION = "91";

    /**
     * Validates the components.
     *
     * @param cn the {@code cn} component
     * @param cp the {@code cp} component
     * @param flag the {@code flag} component
     * @param mn the {@code mn} component
     * @param pno the {@code pno} component
     * @param pnum the {@code pnum} component
     * @param pw the {@code pw} component
     * @param qn the {@code qn} component
     * @param st the {@code st} component
     */
    public Hj212Packet {
        Objects.requireNonNull(st, "st");
        Objects.requireNonNull(cn, "cn");
        Objects.requireNonNull(pw, "pw");
        Objects.requireNonNull(mn, "mn");
        Objects.requireNonNull(cp, "cp");
        if (cp.contains("&&")) {
            throw new IllegalArgumentException("CP must not contain '&&'");
        }
    }

    /**
     * Parses one frame ({@code ##dddd...CRCC} with or without CRLF), checking length and CRC.
     *
     * @param frame the frame's bytes
     * @return the packet
     * @throws CodecException with the offset of the problem
     */
    public static Hj212Packet parse(byte[] frame) {
        int end = frame.length;
        while (end > 0 && (frame[end - 1] == '\n' || frame[end - 1] == '\r')) {
            end--;
        }
        if (end < 10 || frame[0] != '#' || frame[1] != '#') {
            throw new CodecException(
                    Hj212Codec.ID,
                    0,
                    "'##', 4 digits of length, data, 4 hex digits of CRC",
                    CodecException.describe(frame, 0, end));
        }
        long length = vn.smartcity.iot.Ascii.parseDigits(frame, 2, 4);
        if (length < 0 || 6 + length + 4 != end) {
            throw new CodecException(
                    Hj212Codec.ID,
                    2,
                    "a data length that matches the frame (" + (end - 10) + ")",
                    CodecException.describe(frame, 2, 6));
        }
        long crc = vn.smartcity.iot.Ascii.parseHex(frame, end - 4, 4);
        int computed = Hj212Crc.compute(frame, 6, (int) length);
        if (crc != computed) {
            throw new CodecException(
                    Hj212Codec.ID,
                    end - 4,
                    String.format("CRC %04x of the data segment", computed),
                    CodecException.describe(frame, end - 4, end));
        }
        return parseSegment(new String(frame, 6, (int) length, StandardCharsets.US_ASCII), 6);
    }

    /**
     * Parses a frame given as text.
     *
     * @param frame the frame
     * @return the packet
     * @throws CodecException with the offset of the problem
     */
    public static Hj212Packet parse(String frame) {
        return parse(frame.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Hj212Packet parseSegment(String segment, int base) {
        int cpAt = segment.indexOf("CP=&&");
        if (cpAt < 0 || !segment.endsWith("&&") || segment.length() - cpAt < 7) {
            throw new CodecException(
                    Hj212Codec.ID, base + Math.max(cpAt, 0), "CP=&&...&& at the end of the data segment", null);
        }
        String qn = null;
        String st = null;
        String cn = null;
        String pw = "";
        String mn = null;
        int flag = -1;
        Integer pnum = null;
        Integer pno = null;
        int p = 0;
        while (p < cpAt) {
            int eq = segment.indexOf('=', p);
            int semi = segment.indexOf(';', p);
            if (eq < 0 || semi < 0 || eq > semi) {
                throw new CodecException(Hj212Codec.ID, base + p, "a 'KEY=value;' field", null);
            }
            String key = segment.substring(p, eq);
            String value = segment.substring(eq + 1, semi);
            switch (key) {
                case "QN":
                    qn = value;
                    break;
                case "ST":
                    st = value;
                    break;
                case "CN":
                    cn = value;
                    break;
                case "PW":
                    pw = value;
                    break;
                case "MN":
                    mn = value;
                    break;
                case "Flag":
                    flag = number(value, base + eq + 1);
                    break;
                case "PNUM":
                    pnum = number(value, base + eq + 1);
                    break;
                case "PNO":
                    pno = number(value, base + eq + 1);
                    break;
                default:
                    throw new CodecException(
                            Hj212Codec.ID, base + p, "one of QN, ST, CN, PW, MN, Flag, PNUM, PNO, CP", "'" + key + "'");
            }
            p = semi + 1;
        }
        if (st == null || cn == null || mn == null) {
            throw new CodecException(Hj212Codec.ID, base, "the fields ST, CN and MN", null);
        }
        return new Hj212Packet(qn, st, cn, pw, mn, flag, pnum, pno, segment.substring(cpAt + 5, segment.length() - 2));
    }

    private static int number(String value, int at) {
        if (value.isEmpty() || value.length() > 4 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new CodecException(Hj212Codec.ID, at, "a decimal number", "'" + value + "'");
        }
        return Integer.parseInt(value);
    }

    /**
     * Whether the sender asks for an acknowledgement (flag bit 0).
     *
     * @return {@code true} if a response is expected
     */
    public boolean needsAcknowledgement() {
        return flag >= 0 && (flag & 1) != 0;
    }

    /**
     * Whether the packet is part of a split message (flag bit 1).
     *
     * @return {@code true} if split
     */
    public boolean isSplit() {
        return flag >= 0 && (flag & 2) != 0;
    }

    /**
     * The protocol version in flag bits 2 to 7: 1 for HJ 212-2017.
     *
     * @return the version, or -1 without a flag
     */
    public int version() {
        return flag < 0 ? -1 : flag >>> 2;
    }

    /**
     * The data segment as sent: {@code QN=...;ST=...;...;CP=&&...&&}.
     *
     * @return the data segment
     */
    public String dataSegment() {
        StringBuilder b = new StringBuilder();
        if (qn != null) {
            b.append("QN=").append(qn).append(';');
        }
        b.append("ST=")
                .append(st)
                .append(";CN=")
                .append(cn)
                .append(";PW=")
                .append(pw)
                .append(";MN=")
                .append(mn);
        if (flag >= 0) {
            b.append(";Flag=").append(flag);
        }
        if (pnum != null) {
            b.append(";PNUM=").append(pnum);
        }
        if (pno != null) {
            b.append(";PNO=").append(pno);
        }
        return b.append(";CP=&&").append(cp).append("&&").toString();
    }

    /**
     * The whole frame with length, CRC and CRLF.
     *
     * @return the bytes to send
     */
    public byte[] toFrame() {
        return frame(dataSegment()).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Wraps a data segment into a frame.
     *
     * @param segment the data segment, ASCII
     * @return {@code ##dddd} + segment + CRC + CRLF
     * @throws CodecException if the segment is longer than 9999 bytes
     */
    static String frame(String segment) {
        byte[] bytes = segment.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length > Hj212Codec.MAX_DATA_LENGTH) {
            throw new CodecException(
                    Hj212Codec.ID,
                    -1,
                    "a data segment of at most 9999 bytes; split the records",
                    bytes.length + " bytes");
        }
        return String.format("##%04d%s%04X\r\n", bytes.length, segment, Hj212Crc.compute(bytes, 0, bytes.length));
    }

    private Hj212Packet response(String command, String parameters) {
        return new Hj212Packet(qn, SYSTEM_INTERACTION, command, pw, mn, 4, null, null, parameters);
    }

    /**
     * The data response ({@code CN=9014}) that acknowledges this data packet.
     *
     * @return the response, with this packet's QN
     */
    public Hj212Packet dataResponse() {
        return response("9014", "");
    }

    /**
     * The request response ({@code CN=9011}) to a command this packet carries.
     *
     * @param qnRtn 1 ready to execute, 2 refused, 3 wrong password, 4 wrong MN, 5 wrong ST, 6
     *     wrong Flag, 7 wrong QN, 8 wrong CN, 9 wrong CRC, 100 unknown error
     * @return the response
     */
    public Hj212Packet requestResponse(int qnRtn) {
        return response("9011", "QnRtn=" + qnRtn);
    }

    /**
     * The execution result ({@code CN=9012}) of a command this packet carries.
     *
     * @param exeRtn 1 success, 2 failure for an unknown reason, 3 wrong condition, ... 100 unknown
     * @return the response
     */
    public Hj212Packet executionResult(int exeRtn) {
        return response("9012", "ExeRtn=" + exeRtn);
    }

    /**
     * The notification response ({@code CN=9013}) to this notification.
     *
     * @return the response
     */
    public Hj212Packet notificationResponse() {
        return response("9013", "");
    }

    /**
     * The packet with the password hidden.
     *
     * @return a short description
     */
    @Override
    public String toString() {
        return "Hj212Packet[QN=" + qn + ", ST=" + st + ", CN=" + cn + ", MN=" + mn + ", Flag=" + flag + ", PW=***]";
    }
}
