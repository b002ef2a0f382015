package vn.smartcity.card.access;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.smartcity.card.lds.PaceProtocol;
import vn.smartcity.card.lds.StandardizedDomainParameters;

/**
 * Which access control ran and how: the protocol, for PACE the protocol identifier (mapping and
 * cipher) and the domain parameters, the secure-messaging cipher, and notes on what was tried
 * first (such as a PACE the chip refused before BAC ran). Holds no keys.
 *
 * @param protocol PACE or BAC
 * @param paceProtocol the PACE protocol, empty for BAC
 * @param domainParameters the PACE domain parameters (curve or group), empty for BAC
 * @param cipher the secure-messaging cipher, such as {@code AES-128} or {@code 3DES}
 * @param notes what happened before, in order; empty when the first try succeeded
 */
public record AccessReport(
        AccessProtocol protocol,
        Optional<PaceProtocol> paceProtocol,
        Optional<StandardizedDomainParameters> domainParameters,
        String cipher,
        List<String> notes) {

    /**
     * Checks and copies the components.
     *
     * @param protocol PACE or BAC
     * @param paceProtocol the PACE protocol, empty for BAC
     * @param domainParameters the PACE domain parameters, empty for BAC
     * @param cipher the secure-messaging cipher
     * @param notes what happened before
     */
    public AccessReport {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(paceProtocol, "paceProtocol");
        Objects.requireNonNull(domainParameters, "domainParameters");
        Objects.requireNonNull(cipher, "cipher");
        notes = List.copyOf(notes);
    }

    /**
     * The PACE mapping.
     *
     * @return Generic Mapping for PACE, empty for BAC
     */
    public Optional<PaceProtocol.Mapping> mapping() {
        return paceProtocol.map(PaceProtocol::mapping);
    }

    /**
     * The protocol in one line.
     *
     * @return such as {@code PACE id-PACE-ECDH-GM-AES-CBC-CMAC-128 on brainpoolP256r1} or {@code BAC
     *     with 3DES}
     */
    public String summary() {
        if (protocol == AccessProtocol.BAC) {
            return "BAC with " + cipher;
        }
        return "PACE " + paceProtocol.map(PaceProtocol::identifier).orElse("?") + " on "
                + domainParameters
                        .map(StandardizedDomainParameters::displayName)
                        .orElse("?");
    }

    /**
     * The summary and the notes.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "AccessReport[" + summary() + (notes.isEmpty() ? "" : ", notes=" + notes) + "]";
    }
}
