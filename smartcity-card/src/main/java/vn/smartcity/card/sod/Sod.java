package vn.smartcity.card.sod;

import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;

/**
 * The Document Security Object EF.SOD (Doc 9303 Part 10, section 4.6.2): tag {@code 77} around a
 * CMS SignedData whose encapsulated content is the LDSSecurityObject.
 *
 * <pre>
 * LDSSecurityObject ::= SEQUENCE {
 *   version            LDSSecurityObjectVersion,          -- v0(0) or v1(1)
 *   hashAlgorithm      DigestAlgorithmIdentifier,
 *   dataGroupHashValues SEQUENCE SIZE (2..16) OF DataGroupHash,
 *   ldsVersionInfo     LDSVersionInfo OPTIONAL }          -- present exactly when version is v1
 * DataGroupHash ::= SEQUENCE { dataGroupNumber INTEGER (1..16), dataGroupHashValue OCTET STRING }
 * </pre>
 *
 * <p>The eContentType must be id-icao-mrtd-security-ldsSecurityObject ({@value #LDS_SECURITY_OBJECT});
 * id-data ({@value #ID_DATA}), which some issuers write instead, is accepted too and shows in {@link
 * SignedData#contentType()}. All bytes are kept as read ({@link #encoded()}); nothing is
 * re-encoded. Parsing does not verify anything: see {@code vn.smartcity.card.pa}.
 */
public final class Sod {

    /** The tag of EF.SOD (Doc 9303 Part 10, section 4.6.2). */
    public static final int TAG = 0x77;

    /** The eContentType id-icao-mrtd-security-ldsSecurityObject (Doc 9303 Part 10, section 4.6.2.1). */
    public static final String LDS_SECURITY_OBJECT = "2.23.136.1.1.1";

    /** The eContentType id-data (RFC 5652, section 4), found instead in some issuers' SODs. */
    public static final String ID_DATA = "1.2.840.113549.1.7.1";

    private static final String WHAT = "EF.SOD";
    private static final int MAX_DATA_GROUP = 16;

    private final byte[] encoded;
    private final SignedData signedData;
    private final int securityObjectVersion;
    private final DigestAlgorithm digestAlgorithm;
    private final SortedMap<Integer, byte[]> dataGroupHashes;
    private final @Nullable LdsVersion ldsVersion;

    private Sod(
            byte[] encoded,
            SignedData signedData,
            int securityObjectVersion,
            DigestAlgorithm digestAlgorithm,
            SortedMap<Integer, byte[]> dataGroupHashes,
            @Nullable LdsVersion ldsVersion) {
        this.encoded = encoded;
        this.signedData = signedData;
        this.securityObjectVersion = securityObjectVersion;
        this.digestAlgorithm = digestAlgorithm;
        this.dataGroupHashes = dataGroupHashes;
        this.ldsVersion = ldsVersion;
    }

    /**
     * Parses the bytes of EF.SOD as read from the chip.
     *
     * @param encoded the file: tag {@code 77}, length, ContentInfo, and nothing after
     * @return the security object
     * @throws CardDataException with the byte offset when the bytes are malformed
     */
    public static Sod parse(byte[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        byte[] bytes = encoded.clone();
        Der der = new Der(bytes, WHAT);
        if (bytes.length == 0) {
            throw der.error(0, "no bytes");
        }
        Der.Tlv file = der.expectWhole(0, bytes.length, TAG, "EF.SOD");
        Der.Tlv contentInfo = der.expectWhole(file.valueOffset(), file.contentEnd(), Der.SEQUENCE, "ContentInfo");
        SignedData signedData = SignedData.read(der, contentInfo);
        String type = signedData.contentType();
        if (!LDS_SECURITY_OBJECT.equals(type) && !ID_DATA.equals(type)) {
            throw der.error(
                    contentInfo.offset(),
                    "eContentType " + type + " is not the LDS security object " + LDS_SECURITY_OBJECT);
        }
        int start = signedData.contentOffset();
        Der.Tlv securityObject =
                der.expectWhole(start, start + signedData.content().length, Der.SEQUENCE, "LDSSecurityObject");
        List<Der.Tlv> parts = der.children(securityObject, "LDSSecurityObject");
        if (parts.size() < 3 || parts.size() > 4) {
            throw der.error(
                    securityObject.offset(), "LDSSecurityObject has " + parts.size() + " elements, expected 3 or 4");
        }
        int version = der.smallInteger(parts.get(0), "LDSSecurityObject version");
        if (version > 1) {
            throw der.error(parts.get(0).offset(), "LDSSecurityObject version " + version + ", expected 0 or 1");
        }
        DigestAlgorithm digest = SignerInfo.digestAlgorithm(der, parts.get(1), "LDSSecurityObject hashAlgorithm");
        SortedMap<Integer, byte[]> hashes = hashes(der, parts.get(2), digest);
        LdsVersion ldsVersion = null;
        if (parts.size() == 4) {
            if (version != 1) {
                throw der.error(parts.get(3).offset(), "LDSVersionInfo present but LDSSecurityObject version is 0");
            }
            ldsVersion = ldsVersion(der, parts.get(3));
        } else if (version == 1) {
            throw der.error(securityObject.offset(), "LDSSecurityObject version 1 without LDSVersionInfo");
        }
        return new Sod(bytes, signedData, version, digest, hashes, ldsVersion);
    }

    private static SortedMap<Integer, byte[]> hashes(Der der, Der.Tlv tlv, DigestAlgorithm digest) {
        if (tlv.tag() != Der.SEQUENCE) {
            throw der.error(
                    tlv.offset(), "expected dataGroupHashValues (SEQUENCE) but found tag " + Der.hexTag(tlv.tag()));
        }
        List<Der.Tlv> entries = der.children(tlv, "dataGroupHashValues");
        if (entries.size() < 2 || entries.size() > MAX_DATA_GROUP) {
            throw der.error(tlv.offset(), entries.size() + " data-group hashes, expected 2 to 16");
        }
        SortedMap<Integer, byte[]> hashes = new TreeMap<>();
        for (Der.Tlv entry : entries) {
            if (entry.tag() != Der.SEQUENCE) {
                throw der.error(
                        entry.offset(), "expected DataGroupHash (SEQUENCE) but found tag " + Der.hexTag(entry.tag()));
            }
            List<Der.Tlv> fields = der.children(entry, "DataGroupHash");
            if (fields.size() != 2) {
                throw der.error(entry.offset(), "DataGroupHash has " + fields.size() + " elements, expected 2");
            }
            int number = der.smallInteger(fields.get(0), "dataGroupNumber");
            if (number < 1 || number > MAX_DATA_GROUP) {
                throw der.error(fields.get(0).offset(), "data-group number " + number + ", expected 1 to 16");
            }
            Der.Tlv value = fields.get(1);
            if (value.tag() != Der.OCTET_STRING) {
                throw der.error(
                        value.offset(),
                        "expected dataGroupHashValue (OCTET STRING) but found tag " + Der.hexTag(value.tag()));
            }
            if (value.length() != digest.length()) {
                throw der.error(
                        value.offset(),
                        "hash of DG" + number + " has " + value.length() + " bytes, " + digest + " gives "
                                + digest.length());
            }
            if (hashes.put(number, der.value(value)) != null) {
                throw der.error(entry.offset(), "second hash for DG" + number);
            }
        }
        return hashes;
    }

    private static LdsVersion ldsVersion(Der der, Der.Tlv tlv) {
        if (tlv.tag() != Der.SEQUENCE) {
            throw der.error(tlv.offset(), "expected LDSVersionInfo (SEQUENCE) but found tag " + Der.hexTag(tlv.tag()));
        }
        List<Der.Tlv> fields = der.children(tlv, "LDSVersionInfo");
        if (fields.size() != 2) {
            throw der.error(tlv.offset(), "LDSVersionInfo has " + fields.size() + " elements, expected 2");
        }
        return new LdsVersion(der.string(fields.get(0), "ldsVersion"), der.string(fields.get(1), "unicodeVersion"));
    }

    /**
     * The file as read.
     *
     * @return a copy of the bytes given to {@link #parse(byte[])}
     */
    public byte[] encoded() {
        return encoded.clone();
    }

    /**
     * The CMS SignedData: certificates, SignerInfo, encapsulated LDSSecurityObject.
     *
     * @return the signed data
     */
    public SignedData signedData() {
        return signedData;
    }

    /**
     * The LDSSecurityObject version.
     *
     * @return 0, or 1 when {@link #ldsVersion()} is present
     */
    public int securityObjectVersion() {
        return securityObjectVersion;
    }

    /**
     * The hash algorithm of the data-group hashes.
     *
     * @return the algorithm
     */
    public DigestAlgorithm digestAlgorithm() {
        return digestAlgorithm;
    }

    /**
     * The data-group hashes.
     *
     * @return data-group number to a copy of its hash, in ascending order; unmodifiable
     */
    public SortedMap<Integer, byte[]> dataGroupHashes() {
        SortedMap<Integer, byte[]> copy = new TreeMap<>();
        for (Map.Entry<Integer, byte[]> entry : dataGroupHashes.entrySet()) {
            copy.put(entry.getKey(), entry.getValue().clone());
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * The hash of one data group.
     *
     * @param number the data-group number, 1 to 16
     * @return a copy of the hash, or empty when the SOD lists no such data group
     */
    public Optional<byte[]> dataGroupHash(int number) {
        return Optional.ofNullable(dataGroupHashes.get(number)).map(byte[]::clone);
    }

    /**
     * The LDS and Unicode versions (LDSSecurityObject version 1 only).
     *
     * @return the versions, or empty for version 0
     */
    public Optional<LdsVersion> ldsVersion() {
        return Optional.ofNullable(ldsVersion);
    }

    /**
     * The certificates in the SignedData: normally the one Document Signer certificate.
     *
     * @return the certificates, in order
     */
    public List<X509Certificate> documentSignerCertificates() {
        return signedData.certificates().stream()
                .map(EncodedCertificate::certificate)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The first SignerInfo (Doc 9303 Part 10 expects exactly one).
     *
     * @return the signer info
     */
    public SignerInfo signerInfo() {
        return signedData.signerInfos().get(0);
    }

    /**
     * The hash algorithm, data groups, LDS version and certificate count; no hashes.
     *
     * @return such as {@code Sod[SHA-256, DG1 DG2 DG13, 1 certificate]}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Sod[").append(digestAlgorithm).append(',');
        for (Integer number : dataGroupHashes.keySet()) {
            text.append(" DG").append(number);
        }
        if (ldsVersion != null) {
            text.append(", LDS ").append(ldsVersion.ldsVersion());
        }
        int certificates = signedData.certificates().size();
        return text.append(", ")
                .append(certificates)
                .append(certificates == 1 ? " certificate]" : " certificates]")
                .toString();
    }
}
