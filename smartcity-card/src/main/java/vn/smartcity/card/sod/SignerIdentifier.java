package vn.smartcity.card.sod;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.jspecify.annotations.Nullable;

/**
 * The SignerIdentifier of a SignerInfo (RFC 5652, section 5.3): either the issuer and serial number
 * of the signer's certificate, or its subject key identifier.
 */
public final class SignerIdentifier {

    private final @Nullable X500Principal issuer;
    private final @Nullable BigInteger serialNumber;
    private final byte @Nullable [] subjectKeyIdentifier;

    private SignerIdentifier(
            @Nullable X500Principal issuer, @Nullable BigInteger serialNumber, byte @Nullable [] subjectKeyIdentifier) {
        this.issuer = issuer;
        this.serialNumber = serialNumber;
        this.subjectKeyIdentifier = subjectKeyIdentifier;
    }

    static SignerIdentifier issuerAndSerialNumber(X500Principal issuer, BigInteger serialNumber) {
        return new SignerIdentifier(issuer, serialNumber, null);
    }

    static SignerIdentifier subjectKeyIdentifier(byte[] keyIdentifier) {
        return new SignerIdentifier(null, null, keyIdentifier);
    }

    /**
     * The issuer of the signer's certificate.
     *
     * @return the issuer, or empty when the signer is identified by key identifier
     */
    public Optional<X500Principal> issuer() {
        return Optional.ofNullable(issuer);
    }

    /**
     * The serial number of the signer's certificate.
     *
     * @return the serial number, or empty when the signer is identified by key identifier
     */
    public Optional<BigInteger> serialNumber() {
        return Optional.ofNullable(serialNumber);
    }

    /**
     * The subject key identifier of the signer's certificate.
     *
     * @return a copy, or empty when the signer is identified by issuer and serial number
     */
    public Optional<byte[]> subjectKeyIdentifier() {
        return Optional.ofNullable(subjectKeyIdentifier).map(byte[]::clone);
    }

    /**
     * Whether a certificate is the one this identifier names.
     *
     * @param certificate a certificate
     * @return true when serial number and issuer (as {@link EncodedCertificate#hasIssuer} compares
     *     names), or the subject key identifier, match
     */
    public boolean matches(EncodedCertificate certificate) {
        if (issuer != null) {
            return Objects.equals(serialNumber, certificate.certificate().getSerialNumber())
                    && certificate.hasIssuer(issuer);
        }
        return certificate
                .subjectKeyIdentifier()
                .map(id -> Arrays.equals(id, subjectKeyIdentifier))
                .orElse(false);
    }

    /**
     * Whether another object identifies the same signer.
     *
     * @param other the other object
     * @return true when equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SignerIdentifier that
                && Objects.equals(issuer, that.issuer)
                && Objects.equals(serialNumber, that.serialNumber)
                && Arrays.equals(subjectKeyIdentifier, that.subjectKeyIdentifier);
    }

    /**
     * A hash of the identifier.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(issuer, serialNumber) * 31 + Arrays.hashCode(subjectKeyIdentifier);
    }

    /**
     * The identifier in text.
     *
     * @return such as {@code issuer CN=HJP PB CS,..., serial 142fd5cf927}
     */
    @Override
    public String toString() {
        if (issuer != null && serialNumber != null) {
            return "issuer " + issuer + ", serial " + serialNumber.toString(16);
        }
        return "subject key identifier " + Hex.of(subjectKeyIdentifier == null ? new byte[0] : subjectKeyIdentifier);
    }
}
