package vn.smartcity.card.lds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Object identifiers of the protocols SecurityInfos name, with their names as BSI TR-03110 Part 3
 * (section A.1.1 and Appendix A.2) and ICAO Doc 9303 Part 11 (section 9.2) write them.
 */
public final class SecurityProtocols {

    /** bsi-de: {@code 0.4.0.127.0.7}. */
    public static final String BSI_DE = "0.4.0.127.0.7";
    /** standardizedDomainParameters: {@code 0.4.0.127.0.7.1.2}. */
    public static final String STANDARDIZED_DOMAIN_PARAMETERS = BSI_DE + ".1.2";
    /** id-PK-DH: chip authentication public key, DH. */
    public static final String ID_PK_DH = BSI_DE + ".2.2.1.1";
    /** id-PK-ECDH: chip authentication public key, ECDH. */
    public static final String ID_PK_ECDH = BSI_DE + ".2.2.1.2";
    /** id-TA: terminal authentication. */
    public static final String ID_TA = BSI_DE + ".2.2.2";
    /** id-CA-DH: chip authentication with DH. */
    public static final String ID_CA_DH = BSI_DE + ".2.2.3.1";
    /** id-CA-ECDH: chip authentication with ECDH. */
    public static final String ID_CA_ECDH = BSI_DE + ".2.2.3.2";
    /** id-icao-mrtd-security-aaProtocolObject: Active Authentication (Doc 9303 Part 11, section 9.2). */
    public static final String ID_AA = "2.23.136.1.1.5";

    private static final String[] CIPHERS = {"3DES-CBC-CBC", "AES-CBC-CMAC-128", "AES-CBC-CMAC-192", "AES-CBC-CMAC-256"
    };

    private static final Map<String, String> NAMES = names();

    private SecurityProtocols() {}

    private static Map<String, String> names() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(STANDARDIZED_DOMAIN_PARAMETERS, "standardizedDomainParameters");
        m.put(ID_PK_DH, "id-PK-DH");
        m.put(ID_PK_ECDH, "id-PK-ECDH");
        m.put(ID_TA, "id-TA");
        m.put(ID_TA + ".1", "id-TA-RSA");
        String[] rsa = {"v1-5-SHA-1", "v1-5-SHA-256", "PSS-SHA-1", "PSS-SHA-256", "v1-5-SHA-512", "PSS-SHA-512"};
        for (int i = 0; i < rsa.length; i++) {
            m.put(ID_TA + ".1." + (i + 1), "id-TA-RSA-" + rsa[i]);
        }
        m.put(ID_TA + ".2", "id-TA-ECDSA");
        String[] ecdsa = {"SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512"};
        for (int i = 0; i < ecdsa.length; i++) {
            m.put(ID_TA + ".2." + (i + 1), "id-TA-ECDSA-" + ecdsa[i]);
        }
        m.put(ID_CA_DH, "id-CA-DH");
        m.put(ID_CA_ECDH, "id-CA-ECDH");
        for (int i = 0; i < CIPHERS.length; i++) {
            m.put(ID_CA_DH + "." + (i + 1), "id-CA-DH-" + CIPHERS[i]);
            m.put(ID_CA_ECDH + "." + (i + 1), "id-CA-ECDH-" + CIPHERS[i]);
        }
        m.put(PaceProtocol.ID_PACE + ".1", "id-PACE-DH-GM");
        m.put(PaceProtocol.ID_PACE + ".2", "id-PACE-ECDH-GM");
        m.put(PaceProtocol.ID_PACE + ".3", "id-PACE-DH-IM");
        m.put(PaceProtocol.ID_PACE + ".4", "id-PACE-ECDH-IM");
        m.put(PaceProtocol.ID_PACE + ".6", "id-PACE-ECDH-CAM");
        for (PaceProtocol p : PaceProtocol.values()) {
            m.put(p.oid(), p.identifier());
        }
        m.put(BSI_DE + ".2.2.5", "id-RI");
        m.put(BSI_DE + ".2.2.6", "id-CI");
        m.put(BSI_DE + ".2.2.7", "id-eIDSecurity");
        m.put(BSI_DE + ".2.2.8", "id-PT");
        m.put(ID_AA, "id-icao-mrtd-security-aaProtocolObject");
        return Map.copyOf(m);
    }

    /**
     * The name of a protocol.
     *
     * @param oid a dotted OID
     * @return such as {@code id-CA-ECDH-AES-CBC-CMAC-128}, or empty for OIDs not listed here
     */
    public static Optional<String> name(String oid) {
        return Optional.ofNullable(NAMES.get(oid));
    }

    /**
     * Whether an OID is one of the eight chip authentication protocols (id-CA-DH or id-CA-ECDH with
     * a cipher), the protocols of a ChipAuthenticationInfo.
     *
     * @param oid a dotted OID
     * @return {@code true} for those protocols
     */
    static boolean isChipAuthentication(String oid) {
        for (int i = 1; i <= CIPHERS.length; i++) {
            if (oid.equals(ID_CA_DH + "." + i) || oid.equals(ID_CA_ECDH + "." + i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an OID is the protocol of a PACEDomainParameterInfo (id-PACE-DH-GM, id-PACE-ECDH-GM,
     * id-PACE-DH-IM, id-PACE-ECDH-IM or id-PACE-ECDH-CAM).
     *
     * @param oid a dotted OID
     * @return {@code true} for those five
     */
    static boolean isPaceDomainParameters(String oid) {
        for (PaceProtocol p : PaceProtocol.values()) {
            if (p.domainParameterOid().equals(oid)) {
                return true;
            }
        }
        return false;
    }
}
