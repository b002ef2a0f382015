package vn.smartcity.card.lds;

/**
 * One SecurityInfo of a SecurityInfos SET (EF.CardAccess, DG14): {@code SEQUENCE { protocol OBJECT
 * IDENTIFIER, requiredData ANY, optionalData ANY OPTIONAL }} (BSI TR-03110 Part 3, section A.1.1;
 * ICAO Doc 9303 Part 11, section 9.2). The protocol decides which variant it is; SecurityInfos of
 * protocols not modelled here are kept raw as {@link UnknownSecurityInfo}.
 */
public sealed interface SecurityInfo
        permits PaceInfo,
                PaceDomainParameterInfo,
                ChipAuthenticationInfo,
                ChipAuthenticationPublicKeyInfo,
                TerminalAuthenticationInfo,
                ActiveAuthenticationInfo,
                UnknownSecurityInfo {

    /**
     * The protocol.
     *
     * @return the dotted OID
     */
    String protocol();

    /**
     * The protocol's name.
     *
     * @return such as {@code id-PACE-ECDH-GM-AES-CBC-CMAC-128}, or {@code unknown protocol}
     */
    default String protocolName() {
        return SecurityProtocols.name(protocol()).orElse("unknown protocol");
    }
}
