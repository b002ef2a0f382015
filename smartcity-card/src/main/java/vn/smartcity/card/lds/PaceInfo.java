package vn.smartcity.card.lds;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A PACEInfo: {@code SEQUENCE { protocol, version INTEGER, parameterId INTEGER OPTIONAL }} (BSI
 * TR-03110 Part 3, section A.1.1; ICAO Doc 9303 Part 11, section 9.2).
 *
 * @param paceProtocol the PACE protocol
 * @param version the protocol version (2 in current documents; not checked here)
 * @param parameterId the standardized domain parameter identifier, or empty when a
 *     PACEDomainParameterInfo gives explicit parameters
 */
public record PaceInfo(PaceProtocol paceProtocol, int version, OptionalInt parameterId) implements SecurityInfo {

    /**
     * Checks the components.
     *
     * @param paceProtocol the PACE protocol
     * @param version the version
     * @param parameterId the parameter identifier, if present
     */
    public PaceInfo {
        Objects.requireNonNull(paceProtocol, "paceProtocol");
        Objects.requireNonNull(parameterId, "parameterId");
    }

    /**
     * The protocol OID.
     *
     * @return such as {@code 0.4.0.127.0.7.2.2.4.2.2}
     */
    @Override
    public String protocol() {
        return paceProtocol.oid();
    }

    /**
     * The protocol's name.
     *
     * @return such as {@code id-PACE-ECDH-GM-AES-CBC-CMAC-128}
     */
    @Override
    public String protocolName() {
        return paceProtocol.identifier();
    }

    /**
     * The standardized domain parameters {@link #parameterId()} names.
     *
     * @return the parameters, or empty if there is no identifier or it is reserved
     */
    public Optional<StandardizedDomainParameters> domainParameters() {
        return parameterId.isPresent() ? StandardizedDomainParameters.byId(parameterId.getAsInt()) : Optional.empty();
    }
}
