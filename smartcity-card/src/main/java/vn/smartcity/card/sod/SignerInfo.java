package vn.smartcity.card.sod;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.jspecify.annotations.Nullable;

/**
 * A SignerInfo of a CMS SignedData (RFC 5652, section 5.3), with the signed attributes kept as read
 * so their signature can be checked over the original bytes.
 *
 * <p>Doc 9303 Part 10 (section 4.6.2.2) requires the signed attributes content-type and
 * message-digest; parsing does not insist on them, passive authentication does.
 */
public final class SignerInfo {

    private final int version;
    private final SignerIdentifier signerIdentifier;
    private final DigestAlgorithm digestAlgorithm;
    private final byte @Nullable [] encodedSignedAttributes;
    private final List<SignedAttribute> signedAttributes;
    private final @Nullable String contentType;
    private final byte @Nullable [] messageDigest;
    private final SignatureAlgorithm signatureAlgorithm;
    private final byte[] signature;

    private SignerInfo(
            int version,
            SignerIdentifier signerIdentifier,
            DigestAlgorithm digestAlgorithm,
            byte @Nullable [] encodedSignedAttributes,
            List<SignedAttribute> signedAttributes,
            @Nullable String contentType,
            byte @Nullable [] messageDigest,
            SignatureAlgorithm signatureAlgorithm,
            byte[] signature) {
        this.version = version;
        this.signerIdentifier = signerIdentifier;
        this.digestAlgorithm = digestAlgorithm;
        this.encodedSignedAttributes = encodedSignedAttributes;
        this.signedAttributes = List.copyOf(signedAttributes);
        this.contentType = contentType;
        this.messageDigest = messageDigest;
        this.signatureAlgorithm = signatureAlgorithm;
        this.signature = signature;
    }

    /**
     * Reads a SignerInfo: SEQUENCE { version, sid, digestAlgorithm, signedAttrs [0] OPTIONAL,
     * signatureAlgorithm, signature, unsignedAttrs [1] OPTIONAL }.
     */
    static SignerInfo read(Der der, Der.Tlv tlv) {
        if (tlv.tag() != Der.SEQUENCE) {
            throw der.error(tlv.offset(), "expected SignerInfo (SEQUENCE) but found tag " + Der.hexTag(tlv.tag()));
        }
        List<Der.Tlv> parts = der.children(tlv, "SignerInfo");
        if (parts.size() < 5) {
            throw der.error(tlv.offset(), "SignerInfo has " + parts.size() + " elements, expected 5 to 7");
        }
        int index = 0;
        int version = der.smallInteger(parts.get(index++), "SignerInfo version");
        SignerIdentifier sid = signerIdentifier(der, parts.get(index++));
        Der.Tlv digestTlv = parts.get(index++);
        DigestAlgorithm digest = digestAlgorithm(der, digestTlv, "SignerInfo digestAlgorithm");
        byte[] encodedAttributes = null;
        List<SignedAttribute> attributes = List.of();
        String contentType = null;
        byte[] messageDigest = null;
        if (parts.get(index).tag() == Der.CONTEXT_0) {
            Der.Tlv attrs = parts.get(index++);
            encodedAttributes = der.encoding(attrs);
            attributes = new ArrayList<>();
            for (Der.Tlv attribute : der.children(attrs, "signedAttrs")) {
                SignedAttribute read = attribute(der, attribute);
                for (SignedAttribute earlier : attributes) {
                    if (earlier.type().equals(read.type())
                            && (read.type().equals(SignedAttribute.CONTENT_TYPE)
                                    || read.type().equals(SignedAttribute.MESSAGE_DIGEST))) {
                        throw der.error(attribute.offset(), "second " + read.type() + " signed attribute");
                    }
                }
                attributes.add(read);
                if (read.type().equals(SignedAttribute.CONTENT_TYPE)) {
                    Der.Tlv value = singleValue(der, attribute, "content-type");
                    contentType = der.oid(value, "content-type attribute");
                } else if (read.type().equals(SignedAttribute.MESSAGE_DIGEST)) {
                    Der.Tlv value = singleValue(der, attribute, "message-digest");
                    if (value.tag() != Der.OCTET_STRING) {
                        throw der.error(value.offset(), "message-digest value must be an OCTET STRING");
                    }
                    messageDigest = der.value(value);
                }
            }
        }
        if (parts.size() - index < 2) {
            throw der.error(tlv.offset(), "SignerInfo ends before signatureAlgorithm and signature");
        }
        SignatureAlgorithm signatureAlgorithm = SignatureAlgorithm.read(der, parts.get(index++), digest);
        Der.Tlv signature = parts.get(index++);
        if (signature.tag() != Der.OCTET_STRING) {
            throw der.error(
                    signature.offset(),
                    "expected signature (OCTET STRING) but found tag " + Der.hexTag(signature.tag()));
        }
        if (index < parts.size() && parts.get(index).tag() == Der.CONTEXT_1) {
            index++;
        }
        if (index != parts.size()) {
            throw der.error(parts.get(index).offset(), "unexpected element in SignerInfo");
        }
        return new SignerInfo(
                version,
                sid,
                digest,
                encodedAttributes,
                attributes,
                contentType,
                messageDigest,
                signatureAlgorithm,
                der.value(signature));
    }

    static DigestAlgorithm digestAlgorithm(Der der, Der.Tlv tlv, String name) {
        String oid = der.algorithm(tlv, name).getAlgorithm().getId();
        return DigestAlgorithm.forOid(oid)
                .orElseThrow(() -> der.error(
                        tlv.offset(), name + " " + oid + " is not SHA-1, SHA-224, SHA-256, SHA-384 or SHA-512"));
    }

    private static SignerIdentifier signerIdentifier(Der der, Der.Tlv tlv) {
        if (tlv.tag() == Der.CONTEXT_0_PRIMITIVE) {
            return SignerIdentifier.subjectKeyIdentifier(der.value(tlv));
        }
        if (tlv.tag() != Der.SEQUENCE) {
            throw der.error(
                    tlv.offset(),
                    "expected the signer identifier (IssuerAndSerialNumber or [0]) but found tag "
                            + Der.hexTag(tlv.tag()));
        }
        List<Der.Tlv> parts = der.children(tlv, "IssuerAndSerialNumber");
        if (parts.size() != 2
                || parts.get(0).tag() != Der.SEQUENCE
                || parts.get(1).tag() != Der.INTEGER) {
            throw der.error(tlv.offset(), "IssuerAndSerialNumber must be SEQUENCE { Name, INTEGER }");
        }
        X500Principal issuer;
        try {
            issuer = new X500Principal(der.encoding(parts.get(0)));
        } catch (IllegalArgumentException e) {
            throw der.error(parts.get(0).offset(), "malformed issuer name", e);
        }
        if (parts.get(1).length() == 0) {
            throw der.error(parts.get(1).offset(), "empty serial number");
        }
        return SignerIdentifier.issuerAndSerialNumber(issuer, new BigInteger(der.value(parts.get(1))));
    }

    private static SignedAttribute attribute(Der der, Der.Tlv tlv) {
        if (tlv.tag() != Der.SEQUENCE) {
            throw der.error(tlv.offset(), "expected Attribute (SEQUENCE) but found tag " + Der.hexTag(tlv.tag()));
        }
        List<Der.Tlv> parts = der.children(tlv, "Attribute");
        if (parts.size() != 2 || parts.get(1).tag() != Der.SET) {
            throw der.error(tlv.offset(), "Attribute must be SEQUENCE { OID, SET OF values }");
        }
        String type = der.oid(parts.get(0), "attribute type");
        List<byte[]> values = new ArrayList<>();
        for (Der.Tlv value : der.children(parts.get(1), "attribute values")) {
            values.add(der.encoding(value));
        }
        return new SignedAttribute(type, values);
    }

    private static Der.Tlv singleValue(Der der, Der.Tlv attribute, String name) {
        Der.Tlv set = der.children(attribute, "Attribute").get(1);
        List<Der.Tlv> values = der.children(set, name + " values");
        if (values.size() != 1) {
            throw der.error(set.offset(), name + " attribute has " + values.size() + " values, expected 1");
        }
        return values.get(0);
    }

    /**
     * The SignerInfo version.
     *
     * @return 1 for issuer and serial number, 3 for subject key identifier (RFC 5652)
     */
    public int version() {
        return version;
    }

    /**
     * Which certificate signed.
     *
     * @return the signer identifier
     */
    public SignerIdentifier signerIdentifier() {
        return signerIdentifier;
    }

    /**
     * The digest algorithm for the message digest and the signed attributes.
     *
     * @return the digest algorithm
     */
    public DigestAlgorithm digestAlgorithm() {
        return digestAlgorithm;
    }

    /**
     * The signature algorithm.
     *
     * @return RSA PKCS#1 v1.5, RSA-PSS, ECDSA or another
     */
    public SignatureAlgorithm signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /**
     * The signed attributes in order.
     *
     * @return the attributes, empty when there are none
     */
    public List<SignedAttribute> signedAttributes() {
        return signedAttributes;
    }

    /**
     * The signedAttrs field as read, with its {@code [0] IMPLICIT} tag ({@code A0}).
     *
     * @return a copy, or empty when the SignerInfo has no signed attributes
     */
    public Optional<byte[]> encodedSignedAttributes() {
        return Optional.ofNullable(encodedSignedAttributes).map(byte[]::clone);
    }

    /**
     * The bytes the signature covers (RFC 5652, section 5.4): the signedAttrs as read with the tag
     * {@code A0} replaced by the SET tag {@code 31}.
     *
     * @return a copy, or empty when the SignerInfo has no signed attributes
     */
    public Optional<byte[]> signedBytes() {
        return encodedSignedAttributes().map(bytes -> {
            bytes[0] = (byte) Der.SET;
            return bytes;
        });
    }

    /**
     * The content-type signed attribute.
     *
     * @return the dotted OID, or empty when absent
     */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /**
     * The message-digest signed attribute: the hash of the encapsulated content.
     *
     * @return a copy, or empty when absent
     */
    public Optional<byte[]> messageDigest() {
        return Optional.ofNullable(messageDigest).map(byte[]::clone);
    }

    /**
     * The signature value.
     *
     * @return a copy
     */
    public byte[] signature() {
        return signature.clone();
    }

    /**
     * The signer and algorithms.
     *
     * @return such as {@code SignerInfo[issuer ..., serial ..., SHA-256, SHA256withECDSA]}
     */
    @Override
    public String toString() {
        return "SignerInfo[" + signerIdentifier + ", " + digestAlgorithm + ", " + signatureAlgorithm + "]";
    }
}
