package vn.smartcity.card.lds;

import java.util.Objects;

/**
 * An ActiveAuthenticationInfo: {@code SEQUENCE { protocol id-icao-mrtd-security-aaProtocolObject,
 * version INTEGER, signatureAlgorithm OBJECT IDENTIFIER }} (ICAO Doc 9303 Part 11, section 9.2),
 * present in DG14 when Active Authentication uses ECDSA.
 *
 * @param protocol the protocol OID, {@code 2.23.136.1.1.5}
 * @param version the version (1; not checked here)
 * @param signatureAlgorithm the signature algorithm OID, such as {@code 1.2.840.10045.4.3.2}
 */
public record ActiveAuthenticationInfo(String protocol, int version, String signatureAlgorithm)
        implements SecurityInfo {

    /**
     * Checks the components.
     *
     * @param protocol the protocol OID
     * @param version the version
     * @param signatureAlgorithm the signature algorithm OID
     */
    public ActiveAuthenticationInfo {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
    }

    /**
     * The signature algorithm's name.
     *
     * @return such as {@code SHA256WITHECDSA}, or the OID if Bouncy Castle does not know it
     */
    public String signatureAlgorithmName() {
        return AlgorithmNames.name(signatureAlgorithm);
    }
}
