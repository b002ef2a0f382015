package vn.smartcity.card.lds;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A ChipAuthenticationPublicKeyInfo: {@code SEQUENCE { protocol id-PK-DH or id-PK-ECDH,
 * chipAuthenticationPublicKey SubjectPublicKeyInfo, keyId INTEGER OPTIONAL }} (BSI TR-03110 Part 3,
 * section A.1.1; ICAO Doc 9303 Part 11, section 9.2).
 *
 * <p>The key's algorithm is either a usual one with explicit or named parameters (id-ecPublicKey,
 * dhpublicnumber) or {@code standardizedDomainParameters} with a parameter identifier (TR-03110
 * Part 3, section A.2.1.1), which is not an X.509 key; {@link #standardizedDomainParameters()}
 * says which.
 */
public final class ChipAuthenticationPublicKeyInfo implements SecurityInfo {

    private final String protocol;
    private final byte[] subjectPublicKeyInfo;
    private final String algorithm;
    private final Optional<BigInteger> standardizedParameterId;
    private final byte[] publicKeyData;
    private final Optional<BigInteger> keyId;

    ChipAuthenticationPublicKeyInfo(
            String protocol,
            byte[] subjectPublicKeyInfo,
            String algorithm,
            Optional<BigInteger> standardizedParameterId,
            byte[] publicKeyData,
            Optional<BigInteger> keyId) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.subjectPublicKeyInfo = subjectPublicKeyInfo.clone();
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.standardizedParameterId = Objects.requireNonNull(standardizedParameterId, "standardizedParameterId");
        this.publicKeyData = publicKeyData.clone();
        this.keyId = Objects.requireNonNull(keyId, "keyId");
    }

    /**
     * The protocol.
     *
     * @return the dotted OID: id-PK-DH or id-PK-ECDH
     */
    @Override
    public String protocol() {
        return protocol;
    }

    /**
     * The chip authentication public key as read.
     *
     * @return a copy of the SubjectPublicKeyInfo, SEQUENCE tag included
     */
    public byte[] subjectPublicKeyInfo() {
        return subjectPublicKeyInfo.clone();
    }

    /**
     * The key's algorithm.
     *
     * @return the dotted OID, such as {@code 1.2.840.10045.2.1} or {@code 0.4.0.127.0.7.1.2}
     */
    public String algorithm() {
        return algorithm;
    }

    /**
     * The identifier of the standardized domain parameters when the algorithm is {@code
     * standardizedDomainParameters}.
     *
     * @return the parameter identifier, or empty for keys with their own parameters
     */
    public Optional<BigInteger> standardizedParameterId() {
        return standardizedParameterId;
    }

    /**
     * The standardized domain parameters the key uses.
     *
     * @return the parameters, or empty if the key has its own or the identifier is reserved
     */
    public Optional<StandardizedDomainParameters> standardizedDomainParameters() {
        return standardizedParameterId
                .filter(id -> id.bitLength() < 31)
                .flatMap(id -> StandardizedDomainParameters.byId(id.intValue()));
    }

    /**
     * The public key itself: the contents of the subjectPublicKey BIT STRING, such as an
     * uncompressed EC point {@code 04 || x || y}.
     *
     * @return a copy of the key bytes
     */
    public byte[] publicKeyData() {
        return publicKeyData.clone();
    }

    /**
     * Which chip authentication key this is, when the chip has several.
     *
     * @return the key identifier, or empty
     */
    public Optional<BigInteger> keyId() {
        return keyId;
    }

    /**
     * Equal if the protocol, key and key identifier are equal.
     *
     * @param o the other object
     * @return {@code true} for equal infos
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChipAuthenticationPublicKeyInfo)) {
            return false;
        }
        ChipAuthenticationPublicKeyInfo other = (ChipAuthenticationPublicKeyInfo) o;
        return protocol.equals(other.protocol)
                && Arrays.equals(subjectPublicKeyInfo, other.subjectPublicKeyInfo)
                && keyId.equals(other.keyId);
    }

    /**
     * A hash of the components.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(protocol, Arrays.hashCode(subjectPublicKeyInfo), keyId);
    }

    /**
     * The protocol, algorithm and key identifier.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "ChipAuthenticationPublicKeyInfo[protocol=" + protocolName() + ", algorithm=" + algorithm
                + standardizedDomainParameters()
                        .map(p -> " (" + p.displayName() + ")")
                        .orElse("") + ", keyId="
                + keyId.map(BigInteger::toString).orElse("none") + "]";
    }
}
