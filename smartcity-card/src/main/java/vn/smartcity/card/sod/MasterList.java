package vn.smartcity.card.sod;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.smartcity.card.CardDataException;

/**
 * A CSCA master list (Doc 9303 Part 12, section 9): a CMS SignedData whose encapsulated content,
 * of type id-icao-cscaMasterList ({@value #CSCA_MASTER_LIST}), is
 *
 * <pre>
 * CscaMasterList ::= SEQUENCE {
 *   version  CscaMasterListVersion,            -- v0(0)
 *   certList SET OF Certificate }
 * </pre>
 *
 * <p>The certificates are CSCA certificates and link certificates; the master list signer's
 * certificate is in the SignedData's certificates. Parsing checks structure only; {@code
 * vn.smartcity.card.pa.TrustStore} verifies the signature.
 */
public final class MasterList {

    /** The eContentType id-icao-cscaMasterList (Doc 9303 Part 12, section 9). */
    public static final String CSCA_MASTER_LIST = "2.23.136.1.1.2";

    private static final String WHAT = "CSCA master list";

    private final SignedData signedData;
    private final int version;
    private final List<EncodedCertificate> certificates;

    private MasterList(SignedData signedData, int version, List<EncodedCertificate> certificates) {
        this.signedData = signedData;
        this.version = version;
        this.certificates = List.copyOf(certificates);
    }

    /**
     * Parses a master list file ({@code .ml}): a DER ContentInfo.
     *
     * @param encoded the bytes
     * @return the master list
     * @throws CardDataException with the byte offset when the bytes are malformed
     */
    public static MasterList parse(byte[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        byte[] bytes = encoded.clone();
        Der der = new Der(bytes, WHAT);
        if (bytes.length == 0) {
            throw der.error(0, "no bytes");
        }
        Der.Tlv contentInfo = der.expectWhole(0, bytes.length, Der.SEQUENCE, "ContentInfo");
        SignedData signedData = SignedData.read(der, contentInfo);
        if (!CSCA_MASTER_LIST.equals(signedData.contentType())) {
            throw der.error(
                    contentInfo.offset(),
                    "eContentType " + signedData.contentType() + " is not id-icao-cscaMasterList " + CSCA_MASTER_LIST);
        }
        int start = signedData.contentOffset();
        Der.Tlv list = der.expectWhole(start, start + signedData.content().length, Der.SEQUENCE, "CscaMasterList");
        List<Der.Tlv> parts = der.children(list, "CscaMasterList");
        if (parts.size() != 2) {
            throw der.error(list.offset(), "CscaMasterList has " + parts.size() + " elements, expected 2");
        }
        int version = der.smallInteger(parts.get(0), "CscaMasterList version");
        if (version != 0) {
            throw der.error(parts.get(0).offset(), "CscaMasterList version " + version + ", expected 0");
        }
        Der.Tlv set = parts.get(1);
        if (set.tag() != Der.SET) {
            throw der.error(set.offset(), "expected certList (SET) but found tag " + Der.hexTag(set.tag()));
        }
        List<EncodedCertificate> certificates = new ArrayList<>();
        for (Der.Tlv certificate : der.children(set, "certList")) {
            if (certificate.tag() != Der.SEQUENCE) {
                throw der.error(
                        certificate.offset(),
                        "expected Certificate (SEQUENCE) but found tag " + Der.hexTag(certificate.tag()));
            }
            certificates.add(EncodedCertificate.read(der, certificate));
        }
        return new MasterList(signedData, version, certificates);
    }

    /**
     * The CMS SignedData: signer certificate, SignerInfo and the encapsulated list.
     *
     * @return the signed data
     */
    public SignedData signedData() {
        return signedData;
    }

    /**
     * The CscaMasterList version.
     *
     * @return 0
     */
    public int version() {
        return version;
    }

    /**
     * The CSCA and link certificates of the list, in order.
     *
     * @return the certificates
     */
    public List<EncodedCertificate> certificates() {
        return certificates;
    }

    /**
     * The size of the list.
     *
     * @return such as {@code MasterList[412 certificates, 1 signer]}
     */
    @Override
    public String toString() {
        return "MasterList[" + certificates.size() + " certificates, "
                + signedData.signerInfos().size() + " signers]";
    }
}
