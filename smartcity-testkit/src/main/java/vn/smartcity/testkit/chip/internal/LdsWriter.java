package vn.smartcity.testkit.chip.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DLSet;
import vn.smartcity.card.lds.LdsFileId;

/**
 * Writes the files of an eMRTD application as ICAO Doc 9303 Part 10 lays them out (section 4.6 and
 * 4.7), the Vietnamese DG13 in the layout the card module's {@code Dg13} reads, and the SecurityInfos
 * of EF.CardAccess and DG14 (Part 11 section 9.2).
 */
public final class LdsWriter {

    /** The OID CCCD chips put before the DG13 fields (ISO/IEC 10646, UTF-8). */
    public static final String DG13_OID = "1.0.10646.1.0.8";

    /** id-AA, the ActiveAuthenticationInfo protocol (Doc 9303 Part 11 section 9.2.5). */
    public static final String ID_AA = "2.23.136.1.1.5";

    /** ecdsa-plain-SHA256 (BSI TR-03111 section 5.2.1.1). */
    public static final String ECDSA_PLAIN_SHA256 = "0.4.0.127.0.7.1.1.4.1.3";

    private LdsWriter() {}

    /**
     * EF.COM: LDS version 1.7, Unicode version 4.0.0 and the tag list.
     *
     * @param dataGroups the data groups present, in order
     * @return the file
     */
    public static byte[] efCom(List<LdsFileId> dataGroups) {
        byte[] tags = new byte[dataGroups.size()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = (byte) dataGroups.get(i).tag();
        }
        return Der.constructed(
                0x60,
                Der.tlv(0x5F01, "0107".getBytes(StandardCharsets.US_ASCII)),
                Der.tlv(0x5F36, "040000".getBytes(StandardCharsets.US_ASCII)),
                Der.tlv(0x5C, tags));
    }

    /**
     * DG1: the MRZ in tag {@code 5F1F} inside tag {@code 61}.
     *
     * @param mrzLines the lines of the MRZ, joined without separators
     * @return the file
     */
    public static byte[] dg1(String mrzLines) {
        return Der.constructed(0x61, Der.tlv(0x5F1F, mrzLines.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * DG2 with one JPEG face in an ISO/IEC 19794-5:2005 facial record: a biometric information group
     * template {@code 7F61} with one template {@code 7F60} whose header {@code A1} says ICAO header
     * version 1.1, biometric type face, format owner ISO/IEC JTC 1/SC 37 ({@code 0101}), format type
     * face image ({@code 0008}).
     *
     * @param jpeg the image
     * @param width its width in pixels
     * @param height its height in pixels
     * @return the file
     */
    public static byte[] dg2(byte[] jpeg, int width, int height) {
        byte[] facialInformation = {
            0,
            0,
            0,
            0, // block length, filled below
            0,
            0, // no feature points
            2, // gender: female
            0, // eye colour unspecified
            0, // hair colour unspecified
            0,
            0,
            0, // feature mask
            0,
            0, // expression unspecified
            0,
            0,
            0, // pose angle
            0,
            0,
            0 // pose angle uncertainty
        };
        byte[] imageInformation = {
            1, // face image type: full frontal
            0, // image data type: JPEG
            (byte) (width >> 8),
            (byte) width,
            (byte) (height >> 8),
            (byte) height,
            1, // colour space: sRGB
            0, // source type unspecified
            0,
            0, // device type
            0,
            0 // quality
        };
        int blockLength = facialInformation.length + imageInformation.length + jpeg.length;
        putInt(facialInformation, 0, blockLength);
        byte[] header = {'F', 'A', 'C', 0, '0', '1', '0', 0, 0, 0, 0, 0, 0, 1};
        putInt(header, 8, header.length + blockLength);
        byte[] record = Bytes.concat(header, facialInformation, imageInformation, jpeg);
        byte[] biometricHeader = Der.constructed(
                0xA1,
                Der.tlv(0x80, new byte[] {0x01, 0x01}),
                Der.tlv(0x81, new byte[] {0x02}),
                Der.tlv(0x87, new byte[] {0x01, 0x01}),
                Der.tlv(0x88, new byte[] {0x00, 0x08}));
        byte[] template = Der.constructed(0x7F60, biometricHeader, Der.tlv(0x5F2E, record));
        return Der.constructed(0x75, Der.constructed(0x7F61, Der.tlv(0x02, new byte[] {1}), template));
    }

    private static void putInt(byte[] out, int at, int value) {
        out[at] = (byte) (value >> 24);
        out[at + 1] = (byte) (value >> 16);
        out[at + 2] = (byte) (value >> 8);
        out[at + 3] = (byte) value;
    }

    /**
     * A DG13 field holding one text: {@code SEQUENCE { INTEGER number, UTF8String text }}.
     *
     * @param number the field number
     * @param text the text
     * @return the field
     */
    public static ASN1Encodable field(int number, String text) {
        return new DERSequence(new ASN1Encodable[] {new ASN1Integer(number), new DERUTF8String(text)});
    }

    /**
     * A DG13 field holding a nested SEQUENCE of texts (parents, spouse), possibly empty.
     *
     * @param number the field number
     * @param texts the texts
     * @return the field
     */
    public static ASN1Encodable nestedField(int number, String... texts) {
        ASN1EncodableVector values = new ASN1EncodableVector();
        for (String text : texts) {
            values.add(new DERUTF8String(text));
        }
        return new DERSequence(new ASN1Encodable[] {new ASN1Integer(number), new DERSequence(values)});
    }

    /**
     * DG13: tag {@code 6D} holding {@code SEQUENCE { INTEGER 1, OID 1.0.10646.1.0.8, SET OF field }}
     * with the fields in the order given (definite-length encoding, not re-sorted as DER would).
     *
     * @param fields the fields
     * @return the file
     */
    public static byte[] dg13(List<ASN1Encodable> fields) {
        DERSequence content = new DERSequence(new ASN1Encodable[] {
            new ASN1Integer(1), new ASN1ObjectIdentifier(DG13_OID), new DLSet(fields.toArray(new ASN1Encodable[0]))
        });
        return Der.tlv(0x6D, encode(content, ASN1Encoding.DL));
    }

    /**
     * A PACEInfo: {@code SEQUENCE { protocol, version 2, parameterId }}.
     *
     * @param protocolOid the PACE protocol's OID
     * @param parameterId the standardized domain parameter identifier
     * @return the SecurityInfo
     */
    public static ASN1Encodable paceInfo(String protocolOid, int parameterId) {
        return new DERSequence(new ASN1Encodable[] {
            new ASN1ObjectIdentifier(protocolOid), new ASN1Integer(2), new ASN1Integer(parameterId)
        });
    }

    /**
     * The ActiveAuthenticationInfo for ECDSA with SHA-256 (plain signature format).
     *
     * @return the SecurityInfo
     */
    public static ASN1Encodable activeAuthenticationInfo() {
        return new DERSequence(new ASN1Encodable[] {
            new ASN1ObjectIdentifier(ID_AA), new ASN1Integer(1), new ASN1ObjectIdentifier(ECDSA_PLAIN_SHA256)
        });
    }

    /**
     * A SecurityInfos SET (EF.CardAccess as it is).
     *
     * @param infos the SecurityInfos
     * @return the DER SET
     */
    public static byte[] securityInfos(List<ASN1Encodable> infos) {
        return encode(new DERSet(infos.toArray(new ASN1Encodable[0])), ASN1Encoding.DER);
    }

    /**
     * DG14: tag {@code 6E} around the SecurityInfos SET.
     *
     * @param infos the SecurityInfos
     * @return the file
     */
    public static byte[] dg14(List<ASN1Encodable> infos) {
        return Der.tlv(0x6E, securityInfos(infos));
    }

    /**
     * DG15: tag {@code 6F} around the Active Authentication public key's SubjectPublicKeyInfo.
     *
     * @param key the public key
     * @return the file
     */
    public static byte[] dg15(PublicKey key) {
        return Der.tlv(0x6F, key.getEncoded());
    }

    /**
     * EF.ATR/INFO (ISO/IEC 7816-4 section 12.2.2; Doc 9303 Part 10 section 3.11): the card
     * capabilities ({@code 47}) and, with extended length, the extended length information ({@code
     * 7F66}: the largest command and response sizes).
     *
     * @param capabilities the three card capability bytes
     * @param extendedLength whether extended length is supported
     * @param maxLength the largest command and response data sizes with extended length
     * @return the file
     */
    public static byte[] atrInfo(byte[] capabilities, boolean extendedLength, int maxLength) {
        byte[] caps = Der.tlv(0x47, capabilities);
        if (!extendedLength) {
            return caps;
        }
        byte[] size = {(byte) (maxLength >> 8), (byte) maxLength};
        return Bytes.concat(caps, Der.constructed(0x7F66, Der.tlv(0x02, size), Der.tlv(0x02, size)));
    }

    /** Encodes; DL keeps the SET's order where DER would sort it. */
    private static byte[] encode(ASN1Encodable object, String encoding) {
        try {
            return object.toASN1Primitive().getEncoded(encoding);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
