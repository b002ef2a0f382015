package vn.smartcity.card.lds;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A PACEDomainParameterInfo: {@code SEQUENCE { protocol, domainParameter AlgorithmIdentifier,
 * parameterId INTEGER OPTIONAL }}, explicit domain parameters for PACE (BSI TR-03110 Part 3,
 * section A.1.1; ICAO Doc 9303 Part 11, section 9.2). The protocol is one of id-PACE-DH-GM,
 * id-PACE-ECDH-GM, id-PACE-DH-IM, id-PACE-ECDH-IM and id-PACE-ECDH-CAM.
 */
public final class PaceDomainParameterInfo implements SecurityInfo {

    private final String protocol;
    private final String algorithm;
    private final byte[] domainParameter;
    private final Optional<BigInteger> parameterId;

    PaceDomainParameterInfo(
            String protocol, String algorithm, byte[] domainParameter, Optional<BigInteger> parameterId) {
        this.protocol = Objects.requireNonNull(protocol, "protocol");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.domainParameter = domainParameter.clone();
        this.parameterId = Objects.requireNonNull(parameterId, "parameterId");
    }

    /**
     * The protocol.
     *
     * @return the dotted OID, such as {@code 0.4.0.127.0.7.2.2.4.2}
     */
    @Override
    public String protocol() {
        return protocol;
    }

    /**
     * The algorithm of the domain parameters.
     *
     * @return the dotted OID, such as {@code 1.2.840.10045.2.1} (id-ecPublicKey)
     */
    public String algorithm() {
        return algorithm;
    }

    /**
     * The domain parameters.
     *
     * @return a copy of the AlgorithmIdentifier as read, SEQUENCE tag included
     */
    public byte[] domainParameter() {
        return domainParameter.clone();
    }

    /**
     * Which PACEInfo these parameters belong to, when the chip has several.
     *
     * @return the identifier, or empty
     */
    public Optional<BigInteger> parameterId() {
        return parameterId;
    }

    /**
     * Equal if all components are equal.
     *
     * @param o the other object
     * @return {@code true} for equal infos
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PaceDomainParameterInfo)) {
            return false;
        }
        PaceDomainParameterInfo other = (PaceDomainParameterInfo) o;
        return protocol.equals(other.protocol)
                && Arrays.equals(domainParameter, other.domainParameter)
                && parameterId.equals(other.parameterId);
    }

    /**
     * A hash of the components.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(protocol, Arrays.hashCode(domainParameter), parameterId);
    }

    /**
     * The protocol, algorithm and parameter identifier.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "PaceDomainParameterInfo[protocol=" + protocolName() + ", algorithm=" + algorithm + ", parameterId="
                + parameterId.map(BigInteger::toString).orElse("none") + "]";
    }
}
