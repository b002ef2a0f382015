package vn.smartcity.testkit.chip.internal;

import java.io.ByteArrayOutputStream;

/** Writes BER-TLV elements with definite lengths (ISO/IEC 7816-4 section 5.2, X.690 DER lengths). */
public final class Der {

    private Der() {}

    /**
     * One element.
     *
     * @param tag the tag, one to three bytes as an integer (such as {@code 0x7F49})
     * @param value the value
     * @return tag, length and value
     */
    public static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 6);
        if (tag > 0xFFFF) {
            out.write(tag >> 16);
        }
        if (tag > 0xFF) {
            out.write((tag >> 8) & 0xFF);
        }
        out.write(tag & 0xFF);
        out.writeBytes(length(value.length));
        out.writeBytes(value);
        return out.toByteArray();
    }

    /**
     * A constructed element holding others.
     *
     * @param tag the tag
     * @param children the encoded children, in order
     * @return the element
     */
    public static byte[] constructed(int tag, byte[]... children) {
        return tlv(tag, Bytes.concat(children));
    }

    /**
     * A definite length field.
     *
     * @param length the length, 0 to 16,777,215
     * @return one to four bytes
     */
    public static byte[] length(int length) {
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        if (length < 0x100) {
            return new byte[] {(byte) 0x81, (byte) length};
        }
        if (length < 0x10000) {
            return new byte[] {(byte) 0x82, (byte) (length >> 8), (byte) length};
        }
        return new byte[] {(byte) 0x83, (byte) (length >> 16), (byte) (length >> 8), (byte) length};
    }

    /**
     * The bytes of an OBJECT IDENTIFIER's value (X.690 section 8.19), without tag and length.
     *
     * @param dotted such as {@code 0.4.0.127.0.7.2.2.4.2.2}
     * @return the content octets
     */
    public static byte[] oidContent(String dotted) {
        String[] arcs = dotted.split("\\.");
        if (arcs.length < 2) {
            throw new IllegalArgumentException("an OID needs two arcs: " + dotted);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        base128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            base128(out, Long.parseLong(arcs[i]));
        }
        return out.toByteArray();
    }

    private static void base128(ByteArrayOutputStream out, long value) {
        int groups = 1;
        for (long v = value >> 7; v != 0; v >>= 7) {
            groups++;
        }
        for (int i = groups - 1; i >= 0; i--) {
            int b = (int) ((value >> (7 * i)) & 0x7F);
            out.write(i == 0 ? b : b | 0x80);
        }
    }
}
