package vn.smartcity.testkit.chip;

import java.util.Objects;
import vn.smartcity.card.lds.PaceProtocol;
import vn.smartcity.card.lds.StandardizedDomainParameters;

/**
 * One way the simulated chip offers PACE: a protocol with the generic mapping and its standardized
 * domain parameters, written as a PACEInfo into EF.CardAccess and DG14 (ICAO Doc 9303 Part 11,
 * section 9.2.1). Diffie-Hellman protocols take the RFC 5114 MODP groups (parameter identifiers 0 to
 * 2), elliptic-curve protocols the curves 8 to 18.
 *
 * @param protocol an {@code id-PACE-ECDH-GM-*} or {@code id-PACE-DH-GM-*} protocol
 * @param parameters domain parameters matching the protocol's key agreement
 */
public record PaceOption(PaceProtocol protocol, StandardizedDomainParameters parameters) {

    /** {@code id-PACE-ECDH-GM-AES-CBC-CMAC-128} on brainpoolP256r1 (parameter identifier 13). */
    public static final PaceOption DEFAULT =
            new PaceOption(PaceProtocol.ECDH_GM_AES_CBC_CMAC_128, StandardizedDomainParameters.BRAINPOOL_P256R1);

    /**
     * Checks that the chip can run the protocol on the parameters.
     *
     * @param protocol the protocol
     * @param parameters the domain parameters
     * @throws IllegalArgumentException for the integrated or chip-authentication mapping (not
     *     simulated), or when DH is paired with a curve or ECDH with a MODP group
     */
    public PaceOption {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(parameters, "parameters");
        if (protocol.mapping() != PaceProtocol.Mapping.GENERIC) {
            throw new IllegalArgumentException(
                    protocol.identifier() + ": the simulated chip runs the generic mapping only");
        }
        boolean ecdh = protocol.keyAgreement() == PaceProtocol.KeyAgreement.ECDH;
        if (ecdh != parameters.ellipticCurve()) {
            throw new IllegalArgumentException(protocol.identifier() + " cannot use " + parameters.displayName()
                    + " (parameter " + parameters.id() + ")");
        }
    }
}
