package vn.smartcity.card.lds;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * A ChipAuthenticationInfo: {@code SEQUENCE { protocol, version INTEGER, keyId INTEGER OPTIONAL
 * }} with protocol id-CA-DH or id-CA-ECDH and a cipher (BSI TR-03110 Part 3, section A.1.1; ICAO
 * Doc 9303 Part 11, section 9.2).
 *
 * @param protocol the protocol OID, such as {@code 0.4.0.127.0.7.2.2.3.2.4}
 * @param version the protocol version (not checked here)
 * @param keyId which chip authentication key this is for, when the chip has several
 */
public record ChipAuthenticationInfo(String protocol, int version, Optional<BigInteger> keyId) implements SecurityInfo {

    /**
     * Checks the components.
     *
     * @param protocol the protocol OID
     * @param version the version
     * @param keyId the key identifier, if present
     */
    public ChipAuthenticationInfo {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(keyId, "keyId");
    }
}
