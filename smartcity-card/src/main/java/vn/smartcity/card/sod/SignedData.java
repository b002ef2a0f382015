package vn.smartcity.card.sod;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CMS ContentInfo holding a SignedData (RFC 5652, sections 3 and 5) with its encapsulated content,
 * as the EF.SOD and the CSCA master list use it. Everything a signature covers is kept as read: the
 * content octets, the certificates and each SignerInfo's signed attributes.
 *
 * <p>Doc 9303 Part 10 (section 4.6.2) asks for DER; indefinite lengths (BER) around the SignedData,
 * which some issuers write, are read too. The content must be encapsulated, not detached, in one
 * primitive OCTET STRING.
 */
public final class SignedData {

    /** The content type id-signedData (RFC 5652, section 5.1). */
    public static final String ID_SIGNED_DATA = "1.2.840.113549.1.7.2";

    private final byte[] encoded;
    private final int version;
    private final List<String> digestAlgorithms;
    private final String contentType;
    private final byte[] content;
    private final int contentOffset;
    private final List<EncodedCertificate> certificates;
    private final List<SignerInfo> signerInfos;

    private SignedData(
            byte[] encoded,
            int version,
            List<String> digestAlgorithms,
            String contentType,
            byte[] content,
            int contentOffset,
            List<EncodedCertificate> certificates,
            List<SignerInfo> signerInfos) {
        this.encoded = encoded;
        this.version = version;
        this.digestAlgorithms = List.copyOf(digestAlgorithms);
        this.contentType = contentType;
        this.content = content;
        this.contentOffset = contentOffset;
        this.certificates = List.copyOf(certificates);
        this.signerInfos = List.copyOf(signerInfos);
    }

    /**
     * Parses a DER ContentInfo of type signedData that fills the whole array.
     *
     * @param encoded the DER bytes
     * @param what what is being read, for errors
     * @return the signed data
     * @throws vn.smartcity.card.CardDataException if the bytes are not a well-formed SignedData
     */
    public static SignedData parse(byte[] encoded, String what) {
        Objects.requireNonNull(encoded, "encoded");
        Objects.requireNonNull(what, "what");
        Der der = new Der(encoded, what);
        return read(der, der.expectWhole(0, encoded.length, Der.SEQUENCE, "ContentInfo"));
    }

    /** Reads ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT SignedData }. */
    static SignedData read(Der der, Der.Tlv contentInfo) {
        List<Der.Tlv> info = der.children(contentInfo, "ContentInfo");
        if (info.size() != 2) {
            throw der.error(contentInfo.offset(), "ContentInfo has " + info.size() + " elements, expected 2");
        }
        String type = der.oid(info.get(0), "ContentInfo contentType");
        if (!ID_SIGNED_DATA.equals(type)) {
            throw der.error(info.get(0).offset(), "content type " + type + " is not signedData " + ID_SIGNED_DATA);
        }
        Der.Tlv explicit = info.get(1);
        if (explicit.tag() != Der.CONTEXT_0) {
            throw der.error(explicit.offset(), "expected content [0] but found tag " + Der.hexTag(explicit.tag()));
        }
        Der.Tlv signedData = der.expectWhole(explicit.valueOffset(), explicit.contentEnd(), Der.SEQUENCE, "SignedData");
        List<Der.Tlv> parts = der.children(signedData, "SignedData");
        if (parts.size() < 4) {
            throw der.error(signedData.offset(), "SignedData has " + parts.size() + " elements, expected 4 to 6");
        }
        int version = der.smallInteger(parts.get(0), "SignedData version");
        Der.Tlv digestSet = parts.get(1);
        if (digestSet.tag() != Der.SET) {
            throw der.error(
                    digestSet.offset(), "expected digestAlgorithms (SET) but found tag " + Der.hexTag(digestSet.tag()));
        }
        List<String> digests = new ArrayList<>();
        for (Der.Tlv algorithm : der.children(digestSet, "digestAlgorithms")) {
            digests.add(
                    der.algorithm(algorithm, "digestAlgorithm").getAlgorithm().getId());
        }
        Der.Tlv encapsulated = parts.get(2);
        if (encapsulated.tag() != Der.SEQUENCE) {
            throw der.error(
                    encapsulated.offset(),
                    "expected encapContentInfo (SEQUENCE) but found tag " + Der.hexTag(encapsulated.tag()));
        }
        List<Der.Tlv> encap = der.children(encapsulated, "encapContentInfo");
        if (encap.isEmpty() || encap.size() > 2) {
            throw der.error(encapsulated.offset(), "encapContentInfo has " + encap.size() + " elements, expected 2");
        }
        String contentType = der.oid(encap.get(0), "eContentType");
        if (encap.size() == 1) {
            throw der.error(encapsulated.offset(), "no encapsulated content: a detached signature is not an EF.SOD");
        }
        Der.Tlv wrapper = encap.get(1);
        if (wrapper.tag() != Der.CONTEXT_0) {
            throw der.error(wrapper.offset(), "expected eContent [0] but found tag " + Der.hexTag(wrapper.tag()));
        }
        Der.Tlv octets = der.read(wrapper.valueOffset(), wrapper.contentEnd());
        if (octets.tag() != Der.OCTET_STRING) {
            throw der.error(
                    octets.offset(),
                    "expected eContent as a primitive OCTET STRING (tag 04) but found tag " + Der.hexTag(octets.tag()));
        }
        if (octets.end() != wrapper.contentEnd()) {
            throw der.error(octets.end(), "unexpected bytes after eContent");
        }
        int index = 3;
        List<EncodedCertificate> certificates = new ArrayList<>();
        if (parts.get(index).tag() == Der.CONTEXT_0) {
            for (Der.Tlv choice : der.children(parts.get(index), "certificates")) {
                if (choice.tag() == Der.SEQUENCE) {
                    certificates.add(EncodedCertificate.read(der, choice));
                }
            }
            index++;
        }
        if (index < parts.size() && parts.get(index).tag() == Der.CONTEXT_1) {
            index++;
        }
        if (index != parts.size() - 1 || parts.get(index).tag() != Der.SET) {
            int at = index < parts.size() ? parts.get(index).offset() : signedData.contentEnd();
            throw der.error(at, "expected signerInfos (SET) as the last element of SignedData");
        }
        List<SignerInfo> signers = new ArrayList<>();
        for (Der.Tlv signer : der.children(parts.get(index), "signerInfos")) {
            signers.add(SignerInfo.read(der, signer));
        }
        if (signers.isEmpty()) {
            throw der.error(parts.get(index).offset(), "SignedData has no SignerInfo");
        }
        return new SignedData(
                der.encoding(contentInfo),
                version,
                digests,
                contentType,
                der.value(octets),
                octets.valueOffset(),
                certificates,
                signers);
    }

    /**
     * The ContentInfo bytes as read.
     *
     * @return a copy
     */
    public byte[] encoded() {
        return encoded.clone();
    }

    /**
     * The SignedData version.
     *
     * @return 3 for an EF.SOD (Doc 9303 Part 10)
     */
    public int version() {
        return version;
    }

    /**
     * The digestAlgorithms field.
     *
     * @return dotted OIDs, in order
     */
    public List<String> digestAlgorithms() {
        return digestAlgorithms;
    }

    /**
     * The eContentType.
     *
     * @return a dotted OID, such as {@code 2.23.136.1.1.1} for the LDS security object
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The eContent octets as read: what the message-digest attribute covers.
     *
     * @return a copy
     */
    public byte[] content() {
        return content.clone();
    }

    /** The offset of the content octets in the array that was parsed. */
    int contentOffset() {
        return contentOffset;
    }

    /**
     * The certificates field, in order (other certificate choices are skipped).
     *
     * @return the certificates, empty when absent
     */
    public List<EncodedCertificate> certificates() {
        return certificates;
    }

    /**
     * The SignerInfos, in order.
     *
     * @return at least one
     */
    public List<SignerInfo> signerInfos() {
        return signerInfos;
    }

    /**
     * The certificate a SignerInfo names.
     *
     * @param signer one of {@link #signerInfos()}
     * @return the first certificate that matches the signer identifier, or empty
     */
    public Optional<EncodedCertificate> certificateOf(SignerInfo signer) {
        for (EncodedCertificate certificate : certificates) {
            if (signer.signerIdentifier().matches(certificate)) {
                return Optional.of(certificate);
            }
        }
        return Optional.empty();
    }

    /**
     * The content type and sizes.
     *
     * @return such as {@code SignedData[2.23.136.1.1.1, 219 content bytes, 1 certificate, 1 signer]}
     */
    @Override
    public String toString() {
        return "SignedData[" + contentType + ", " + content.length + " content bytes, " + certificates.size()
                + " certificates, " + signerInfos.size() + " signers]";
    }
}
