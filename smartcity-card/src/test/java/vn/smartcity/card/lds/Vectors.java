package vn.smartcity.card.lds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Test helpers: hex, resources, and a BER-TLV writer for synthetic files. */
final class Vectors {

    private Vectors() {}

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("\\s+", ""));
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    static byte[] resource(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/lds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] hexResource(String name) {
        return hex(new String(resource(name), StandardCharsets.US_ASCII));
    }

    /** Tag bytes (1 to 4, as written: {@code 0x5F1F}), a definite length, then the parts. */
    static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            value.writeBytes(part);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int shift = 24; shift >= 0; shift -= 8) {
            int b = (tag >>> shift) & 0xFF;
            if (b != 0 || shift == 0 || out.size() > 0) {
                out.write(b);
            }
        }
        int length = value.size();
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else if (length < 0x10000) {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        } else {
            out.write(0x83);
            out.write(length >> 16);
            out.write(length >> 8);
            out.write(length);
        }
        out.writeBytes(value.toByteArray());
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] u16(int v) {
        return new byte[] {(byte) (v >> 8), (byte) v};
    }

    static byte[] u32(long v) {
        return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    /** One face of an ISO/IEC 19794-5:2005 record: facial information, feature points, image info, image. */
    static byte[] face(int width, int height, int imageDataType, int featurePoints, byte[] image) {
        byte[] points = new byte[featurePoints * 8];
        byte[] info = concat(
                new byte[] {1, (byte) imageDataType}, u16(width), u16(height), new byte[] {1, 0}, u16(0), u16(0));
        long length = 20 + points.length + 12 + image.length;
        byte[] facial = concat(u32(length), u16(featurePoints), new byte[14]);
        return concat(facial, points, info, image);
    }

    /** An ISO/IEC 19794-5:2005 facial record with the given faces. */
    static byte[] facialRecord(byte[]... faces) {
        byte[] body = concat(faces);
        return concat(new byte[] {'F', 'A', 'C', 0, '0', '1', '0', 0}, u32(14 + body.length), u16(faces.length), body);
    }

    /** A DG2 with one biometric information template per data block. */
    static byte[] dg2(byte[]... blocks) {
        byte[][] templates = new byte[blocks.length + 1][];
        templates[0] = tlv(0x02, new byte[] {(byte) blocks.length});
        for (int i = 0; i < blocks.length; i++) {
            byte[] header = tlv(0xA1, tlv(0x80, new byte[] {1, 1}), tlv(0x87, u16(0x0101)), tlv(0x88, u16(0x0008)));
            templates[i + 1] = tlv(0x7F60, header, tlv(0x5F2E, blocks[i]));
        }
        return tlv(0x75, tlv(0x7F61, templates));
    }
}
