package vn.smartcity.card.sod;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * A signature algorithm as named in a SignerInfo or a certificate: RSA PKCS#1 v1.5 and RSASSA-PSS
 * (RFC 8017, RFC 4055) and ECDSA (X9.62, and the plain format of BSI TR-03111), the families Doc
 * 9303 Part 12 (section 4.2) allows. The DER encoding of the AlgorithmIdentifier is kept as read.
 */
public final class SignatureAlgorithm {

    /** The family of a signature algorithm. */
    public enum Family {
        /** RSA with PKCS#1 v1.5 padding (RFC 8017, section 8.2). */
        RSA_PKCS1_V1_5,
        /** RSASSA-PSS (RFC 8017, section 8.1; parameters per RFC 4055). */
        RSA_PSS,
        /** ECDSA (ANSI X9.62 DER signature, or the plain format of BSI TR-03111). */
        ECDSA,
        /** An algorithm Doc 9303 does not name. */
        OTHER
    }

    private static final String RSA_ENCRYPTION = "1.2.840.113549.1.1.1";
    private static final String RSASSA_PSS = "1.2.840.113549.1.1.10";

    private record Known(Family family, DigestAlgorithm digest, String suffix) {}

    private static final Map<String, Known> KNOWN = Map.ofEntries(
            Map.entry("1.2.840.113549.1.1.5", new Known(Family.RSA_PKCS1_V1_5, DigestAlgorithm.SHA1, "RSA")),
            Map.entry("1.2.840.113549.1.1.14", new Known(Family.RSA_PKCS1_V1_5, DigestAlgorithm.SHA224, "RSA")),
            Map.entry("1.2.840.113549.1.1.11", new Known(Family.RSA_PKCS1_V1_5, DigestAlgorithm.SHA256, "RSA")),
            Map.entry("1.2.840.113549.1.1.12", new Known(Family.RSA_PKCS1_V1_5, DigestAlgorithm.SHA384, "RSA")),
            Map.entry("1.2.840.113549.1.1.13", new Known(Family.RSA_PKCS1_V1_5, DigestAlgorithm.SHA512, "RSA")),
            Map.entry("1.2.840.10045.4.1", new Known(Family.ECDSA, DigestAlgorithm.SHA1, "ECDSA")),
            Map.entry("1.2.840.10045.4.3.1", new Known(Family.ECDSA, DigestAlgorithm.SHA224, "ECDSA")),
            Map.entry("1.2.840.10045.4.3.2", new Known(Family.ECDSA, DigestAlgorithm.SHA256, "ECDSA")),
            Map.entry("1.2.840.10045.4.3.3", new Known(Family.ECDSA, DigestAlgorithm.SHA384, "ECDSA")),
            Map.entry("1.2.840.10045.4.3.4", new Known(Family.ECDSA, DigestAlgorithm.SHA512, "ECDSA")),
            Map.entry("0.4.0.127.0.7.1.1.4.1.1", new Known(Family.ECDSA, DigestAlgorithm.SHA1, "PLAIN-ECDSA")),
            Map.entry("0.4.0.127.0.7.1.1.4.1.2", new Known(Family.ECDSA, DigestAlgorithm.SHA224, "PLAIN-ECDSA")),
            Map.entry("0.4.0.127.0.7.1.1.4.1.3", new Known(Family.ECDSA, DigestAlgorithm.SHA256, "PLAIN-ECDSA")),
            Map.entry("0.4.0.127.0.7.1.1.4.1.4", new Known(Family.ECDSA, DigestAlgorithm.SHA384, "PLAIN-ECDSA")),
            Map.entry("0.4.0.127.0.7.1.1.4.1.5", new Known(Family.ECDSA, DigestAlgorithm.SHA512, "PLAIN-ECDSA")));

    private final String oid;
    private final Family family;
    private final @Nullable DigestAlgorithm digestAlgorithm;
    private final String name;
    private final byte[] encoded;

    private SignatureAlgorithm(
            String oid, Family family, @Nullable DigestAlgorithm digestAlgorithm, String name, byte[] encoded) {
        this.oid = oid;
        this.family = family;
        this.digestAlgorithm = digestAlgorithm;
        this.name = name;
        this.encoded = encoded;
    }

    /**
     * Reads an AlgorithmIdentifier.
     *
     * @param der the reader
     * @param tlv the AlgorithmIdentifier
     * @param signerDigest the digest a SignerInfo names, which {@code rsaEncryption} relies on, or null
     */
    static SignatureAlgorithm read(Der der, Der.Tlv tlv, @Nullable DigestAlgorithm signerDigest) {
        AlgorithmIdentifier id = der.algorithm(tlv, "signatureAlgorithm");
        String oid = id.getAlgorithm().getId();
        byte[] encoded = der.encoding(tlv);
        Known known = KNOWN.get(oid);
        if (known != null) {
            return new SignatureAlgorithm(
                    oid, known.family(), known.digest(), name(known.digest(), known.suffix()), encoded);
        }
        if (RSA_ENCRYPTION.equals(oid)) {
            return new SignatureAlgorithm(
                    oid,
                    Family.RSA_PKCS1_V1_5,
                    signerDigest,
                    signerDigest == null ? "RSA" : name(signerDigest, "RSA"),
                    encoded);
        }
        if (RSASSA_PSS.equals(oid)) {
            DigestAlgorithm digest = pssDigest(der, tlv, id);
            return new SignatureAlgorithm(
                    oid, Family.RSA_PSS, digest, digest == null ? "RSASSA-PSS" : name(digest, "RSAandMGF1"), encoded);
        }
        return new SignatureAlgorithm(oid, Family.OTHER, null, oid, encoded);
    }

    private static @Nullable DigestAlgorithm pssDigest(Der der, Der.Tlv tlv, AlgorithmIdentifier id) {
        if (id.getParameters() == null) {
            return DigestAlgorithm.SHA1; // RFC 4055 section 3.1: the default hash is SHA-1
        }
        try {
            RSASSAPSSparams params = RSASSAPSSparams.getInstance(id.getParameters());
            return DigestAlgorithm.forOid(
                            params.getHashAlgorithm().getAlgorithm().getId())
                    .orElse(null);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw der.error(tlv.offset(), "malformed RSASSA-PSS parameters", e);
        }
    }

    private static String name(DigestAlgorithm digest, String suffix) {
        return digest.jcaName().replace("-", "") + "with" + suffix;
    }

    /**
     * The object identifier.
     *
     * @return such as {@code 1.2.840.10045.4.3.2}
     */
    public String oid() {
        return oid;
    }

    /**
     * The family.
     *
     * @return RSA PKCS#1 v1.5, RSA-PSS, ECDSA or other
     */
    public Family family() {
        return family;
    }

    /**
     * The hash function the signature uses: named by the OID, by the RSASSA-PSS parameters, or, for
     * {@code rsaEncryption}, by the SignerInfo's digest algorithm.
     *
     * @return the hash, or empty when unknown
     */
    public Optional<DigestAlgorithm> digestAlgorithm() {
        return Optional.ofNullable(digestAlgorithm);
    }

    /**
     * A JCA-style name.
     *
     * @return such as {@code SHA256withECDSA} or {@code SHA256withRSAandMGF1}; the OID when unknown
     */
    public String name() {
        return name;
    }

    /**
     * The DER AlgorithmIdentifier as read, parameters included.
     *
     * @return a copy
     */
    public byte[] encoded() {
        return encoded.clone();
    }

    /**
     * Whether another object is the same algorithm with the same encoding.
     *
     * @param other the other object
     * @return true when equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SignatureAlgorithm that
                && Arrays.equals(encoded, that.encoded)
                && Objects.equals(digestAlgorithm, that.digestAlgorithm);
    }

    /**
     * A hash of the encoding.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    /**
     * The name.
     *
     * @return such as {@code SHA256withECDSA}
     */
    @Override
    public String toString() {
        return name;
    }
}
