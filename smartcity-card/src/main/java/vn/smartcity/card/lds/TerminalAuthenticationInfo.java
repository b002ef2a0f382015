package vn.smartcity.card.lds;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A TerminalAuthenticationInfo: {@code SEQUENCE { protocol id-TA, version INTEGER, efCVCA FileID
 * OPTIONAL }} (BSI TR-03110 Part 3, section A.1.1; ICAO Doc 9303 Part 11, section 9.2).
 *
 * @param protocol the protocol OID, {@code 0.4.0.127.0.7.2.2.2}
 * @param version the protocol version (not checked here)
 * @param efCvcaFileId the file identifier of EF.CVCA when given
 */
public record TerminalAuthenticationInfo(String protocol, int version, OptionalInt efCvcaFileId)
        implements SecurityInfo {

    /**
     * Checks the components.
     *
     * @param protocol the protocol OID
     * @param version the version
     * @param efCvcaFileId the EF.CVCA file identifier, if present
     */
    public TerminalAuthenticationInfo {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(efCvcaFileId, "efCvcaFileId");
    }
}
