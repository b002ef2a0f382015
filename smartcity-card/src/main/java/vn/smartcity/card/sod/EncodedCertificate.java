package vn.smartcity.card.sod;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;

/**
 * An X.509 certificate (RFC 5280) together with its bytes as read: the to-be-signed part, the
 * signature algorithm and the signature value are taken from those bytes, so a signature check
 * hashes exactly what the issuer signed, even when the encoding is not canonical DER.
 *
 * <p>Certificate subjects are authorities (CSCA, Document Signer, master list signer), not persons;
 * {@link #toString()} shows the subject and serial number.
 */
public final class EncodedCertificate {

    private static final Provider PROVIDER = new BouncyCastleProvider();

    private final byte[] encoded;
    private final X509Certificate certificate;
    private final byte[] tbsCertificate;
    private final SignatureAlgorithm signatureAlgorithm;
    private final byte[] signature;
    private final byte @Nullable [] subjectKeyIdentifier;
    private final byte @Nullable [] authorityKeyIdentifier;

    private EncodedCertificate(
            byte[] encoded,
            X509Certificate certificate,
            byte[] tbsCertificate,
            SignatureAlgorithm signatureAlgorithm,
            byte[] signature,
            byte @Nullable [] subjectKeyIdentifier,
            byte @Nullable [] authorityKeyIdentifier) {
        this.encoded = encoded;
        this.certificate = certificate;
        this.tbsCertificate = tbsCertificate;
        this.signatureAlgorithm = signatureAlgorithm;
        this.signature = signature;
        this.subjectKeyIdentifier = subjectKeyIdentifier;
        this.authorityKeyIdentifier = authorityKeyIdentifier;
    }

    /**
     * Parses a DER certificate that fills the whole array.
     *
     * @param encoded the DER bytes
     * @param what what is being read, for errors, such as a file name
     * @return the certificate
     * @throws CardDataException if the bytes are not one well-formed certificate
     */
    public static EncodedCertificate parse(byte[] encoded, String what) {
        Objects.requireNonNull(encoded, "encoded");
        Objects.requireNonNull(what, "what");
        Der der = new Der(encoded, what);
        return read(der, der.expectWhole(0, encoded.length, Der.SEQUENCE, "Certificate"));
    }

    /**
     * Wraps a certificate from elsewhere (a key store, a caller), taking its encoding.
     *
     * @param certificate the certificate
     * @return the certificate with its encoding
     * @throws CardDataException if the certificate cannot be encoded or parsed again
     */
    public static EncodedCertificate of(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        try {
            return parse(certificate.getEncoded(), "certificate " + certificate.getSubjectX500Principal());
        } catch (CertificateEncodingException e) {
            throw new CardDataException("certificate", -1, "cannot encode the certificate", e);
        }
    }

    /** Reads the Certificate TLV {@code tlv}: SEQUENCE { tbsCertificate, signatureAlgorithm, signature }. */
    static EncodedCertificate read(Der der, Der.Tlv tlv) {
        List<Der.Tlv> parts = der.children(tlv, "Certificate");
        if (parts.size() != 3) {
            throw der.error(tlv.offset(), "Certificate has " + parts.size() + " elements, expected 3");
        }
        Der.Tlv tbs = parts.get(0);
        if (tbs.tag() != Der.SEQUENCE) {
            throw der.error(tbs.offset(), "expected tbsCertificate (SEQUENCE) but found tag " + Der.hexTag(tbs.tag()));
        }
        SignatureAlgorithm algorithm = SignatureAlgorithm.read(der, parts.get(1), null);
        Der.Tlv bits = parts.get(2);
        if (bits.tag() != Der.BIT_STRING || bits.length() < 1) {
            throw der.error(bits.offset(), "expected the signature value (BIT STRING)");
        }
        byte[] bitString = der.value(bits);
        if (bitString[0] != 0) {
            throw der.error(bits.valueOffset(), "signature value has " + bitString[0] + " unused bits");
        }
        byte[] encoded = der.encoding(tlv);
        X509Certificate certificate;
        Extensions extensions;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509", PROVIDER)
                    .generateCertificate(new ByteArrayInputStream(encoded));
            extensions = Certificate.getInstance(ASN1Primitive.fromByteArray(encoded))
                    .getTBSCertificate()
                    .getExtensions();
        } catch (CertificateException
                | IOException
                | IllegalArgumentException
                | IllegalStateException
                | ClassCastException e) {
            throw der.error(
                    tlv.offset(), "malformed X.509 certificate: " + e.getClass().getSimpleName(), e);
        }
        if (certificate == null) {
            throw der.error(tlv.offset(), "malformed X.509 certificate");
        }
        try {
            // Bouncy Castle decodes these lazily; decode them now so a malformed one fails here.
            certificate.getPublicKey();
            certificate.getSubjectX500Principal();
            certificate.getIssuerX500Principal();
        } catch (IllegalStateException | IllegalArgumentException | ClassCastException e) {
            throw der.error(tlv.offset(), "malformed X.509 certificate: " + e.getMessage(), e);
        }
        byte[] ski = null;
        byte[] aki = null;
        if (extensions != null) {
            try {
                SubjectKeyIdentifier subjectKey = SubjectKeyIdentifier.fromExtensions(extensions);
                ski = subjectKey == null ? null : subjectKey.getKeyIdentifier();
                AuthorityKeyIdentifier authorityKey = AuthorityKeyIdentifier.fromExtensions(extensions);
                aki = authorityKey == null ? null : authorityKey.getKeyIdentifierOctets();
            } catch (IllegalArgumentException | IllegalStateException | ClassCastException e) {
                throw der.error(tlv.offset(), "malformed key identifier extension", e);
            }
        }
        return new EncodedCertificate(
                encoded,
                certificate,
                der.encoding(tbs),
                algorithm,
                Arrays.copyOfRange(bitString, 1, bitString.length),
                ski,
                aki);
    }

    /**
     * The certificate's DER bytes as read.
     *
     * @return a copy
     */
    public byte[] encoded() {
        return encoded.clone();
    }

    /**
     * The certificate as a JCA object (Bouncy Castle's implementation).
     *
     * @return the certificate
     */
    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * The tbsCertificate TLV as read: what the issuer's signature covers.
     *
     * @return a copy
     */
    public byte[] tbsCertificate() {
        return tbsCertificate.clone();
    }

    /**
     * The algorithm of the issuer's signature.
     *
     * @return the algorithm
     */
    public SignatureAlgorithm signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /**
     * The issuer's signature value (the BIT STRING's bytes).
     *
     * @return a copy
     */
    public byte[] signature() {
        return signature.clone();
    }

    /**
     * The subject key identifier extension (RFC 5280, section 4.2.1.2).
     *
     * @return a copy of the key identifier, or empty when the extension is absent
     */
    public Optional<byte[]> subjectKeyIdentifier() {
        return Optional.ofNullable(subjectKeyIdentifier).map(byte[]::clone);
    }

    /**
     * The key identifier of the authority key identifier extension (RFC 5280, section 4.2.1.1).
     *
     * @return a copy of the key identifier, or empty when absent
     */
    public Optional<byte[]> authorityKeyIdentifier() {
        return Optional.ofNullable(authorityKeyIdentifier).map(byte[]::clone);
    }

    /**
     * The subject name.
     *
     * @return the subject
     */
    public X500Principal subject() {
        return certificate.getSubjectX500Principal();
    }

    /**
     * The issuer name.
     *
     * @return the issuer
     */
    public X500Principal issuer() {
        return certificate.getIssuerX500Principal();
    }

    /**
     * Whether a name is this certificate's issuer. Names are compared as Bouncy Castle's {@code
     * X500Name} does: values without regard to case and spacing (RFC 5280, section 7.1), and RDNs
     * in any order, since some issuers write the signer identifier's issuer in another order than
     * the certificate.
     *
     * @param name a name, such as a CSCA's subject or a SignerInfo's issuer
     * @return true when the names match
     */
    public boolean hasIssuer(X500Principal name) {
        return sameName(issuer(), name);
    }

    /**
     * Whether a name is this certificate's subject, compared as in {@link #hasIssuer}.
     *
     * @param name a name, such as a certificate's issuer
     * @return true when the names match
     */
    public boolean hasSubject(X500Principal name) {
        return sameName(subject(), name);
    }

    private static boolean sameName(X500Principal a, X500Principal b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return X500Name.getInstance(a.getEncoded()).equals(X500Name.getInstance(b.getEncoded()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /**
     * Whether another object holds the same encoding.
     *
     * @param other the other object
     * @return true when the bytes are equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof EncodedCertificate that && Arrays.equals(encoded, that.encoded);
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
     * The subject and serial number.
     *
     * @return such as {@code EncodedCertificate[CN=CSCA-AUSTRIA,..., serial 047f]}
     */
    @Override
    public String toString() {
        return "EncodedCertificate[" + subject() + ", serial "
                + certificate.getSerialNumber().toString(16) + "]";
    }
}
