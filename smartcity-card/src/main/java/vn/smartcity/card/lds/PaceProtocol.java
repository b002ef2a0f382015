package vn.smartcity.card.lds;

import java.util.Optional;

/**
 * The PACE protocols a PACEInfo can name (BSI TR-03110 Part 3, section A.1.1; ICAO Doc 9303 Part
 * 11, section 9.2): key agreement, mapping, and the cipher for secure messaging.
 */
public enum PaceProtocol {
    /** id-PACE-DH-GM-3DES-CBC-CBC. */
    DH_GM_3DES_CBC_CBC(KeyAgreement.DH, Mapping.GENERIC, Cipher.DES3_CBC_CBC),
    /** id-PACE-DH-GM-AES-CBC-CMAC-128. */
    DH_GM_AES_CBC_CMAC_128(KeyAgreement.DH, Mapping.GENERIC, Cipher.AES_CBC_CMAC_128),
    /** id-PACE-DH-GM-AES-CBC-CMAC-192. */
    DH_GM_AES_CBC_CMAC_192(KeyAgreement.DH, Mapping.GENERIC, Cipher.AES_CBC_CMAC_192),
    /** id-PACE-DH-GM-AES-CBC-CMAC-256. */
    DH_GM_AES_CBC_CMAC_256(KeyAgreement.DH, Mapping.GENERIC, Cipher.AES_CBC_CMAC_256),
    /** id-PACE-ECDH-GM-3DES-CBC-CBC. */
    ECDH_GM_3DES_CBC_CBC(KeyAgreement.ECDH, Mapping.GENERIC, Cipher.DES3_CBC_CBC),
    /** id-PACE-ECDH-GM-AES-CBC-CMAC-128. */
    ECDH_GM_AES_CBC_CMAC_128(KeyAgreement.ECDH, Mapping.GENERIC, Cipher.AES_CBC_CMAC_128),
    /** id-PACE-ECDH-GM-AES-CBC-CMAC-192. */
    ECDH_GM_AES_CBC_CMAC_192(KeyAgreement.ECDH, Mapping.GENERIC, Cipher.AES_CBC_CMAC_192),
    /** id-PACE-ECDH-GM-AES-CBC-CMAC-256. */
    ECDH_GM_AES_CBC_CMAC_256(KeyAgreement.ECDH, Mapping.GENERIC, Cipher.AES_CBC_CMAC_256),
    /** id-PACE-DH-IM-3DES-CBC-CBC. */
    DH_IM_3DES_CBC_CBC(KeyAgreement.DH, Mapping.INTEGRATED, Cipher.DES3_CBC_CBC),
    /** id-PACE-DH-IM-AES-CBC-CMAC-128. */
    DH_IM_AES_CBC_CMAC_128(KeyAgreement.DH, Mapping.INTEGRATED, Cipher.AES_CBC_CMAC_128),
    /** id-PACE-DH-IM-AES-CBC-CMAC-192. */
    DH_IM_AES_CBC_CMAC_192(KeyAgreement.DH, Mapping.INTEGRATED, Cipher.AES_CBC_CMAC_192),
    /** id-PACE-DH-IM-AES-CBC-CMAC-256. */
    DH_IM_AES_CBC_CMAC_256(KeyAgreement.DH, Mapping.INTEGRATED, Cipher.AES_CBC_CMAC_256),
    /** id-PACE-ECDH-IM-3DES-CBC-CBC. */
    ECDH_IM_3DES_CBC_CBC(KeyAgreement.ECDH, Mapping.INTEGRATED, Cipher.DES3_CBC_CBC),
    /** id-PACE-ECDH-IM-AES-CBC-CMAC-128. */
    ECDH_IM_AES_CBC_CMAC_128(KeyAgreement.ECDH, Mapping.INTEGRATED, Cipher.AES_CBC_CMAC_128),
    /** id-PACE-ECDH-IM-AES-CBC-CMAC-192. */
    ECDH_IM_AES_CBC_CMAC_192(KeyAgreement.ECDH, Mapping.INTEGRATED, Cipher.AES_CBC_CMAC_192),
    /** id-PACE-ECDH-IM-AES-CBC-CMAC-256. */
    ECDH_IM_AES_CBC_CMAC_256(KeyAgreement.ECDH, Mapping.INTEGRATED, Cipher.AES_CBC_CMAC_256),
    /** id-PACE-ECDH-CAM-AES-CBC-CMAC-128. */
    ECDH_CAM_AES_CBC_CMAC_128(KeyAgreement.ECDH, Mapping.CHIP_AUTHENTICATION, Cipher.AES_CBC_CMAC_128),
    /** id-PACE-ECDH-CAM-AES-CBC-CMAC-192. */
    ECDH_CAM_AES_CBC_CMAC_192(KeyAgreement.ECDH, Mapping.CHIP_AUTHENTICATION, Cipher.AES_CBC_CMAC_192),
    /** id-PACE-ECDH-CAM-AES-CBC-CMAC-256. */
    ECDH_CAM_AES_CBC_CMAC_256(KeyAgreement.ECDH, Mapping.CHIP_AUTHENTICATION, Cipher.AES_CBC_CMAC_256);

    /** id-PACE: {@code 0.4.0.127.0.7.2.2.4}. */
    public static final String ID_PACE = "0.4.0.127.0.7.2.2.4";

    private final KeyAgreement keyAgreement;
    private final Mapping mapping;
    private final Cipher cipher;

    PaceProtocol(KeyAgreement keyAgreement, Mapping mapping, Cipher cipher) {
        this.keyAgreement = keyAgreement;
        this.mapping = mapping;
        this.cipher = cipher;
    }

    /** Diffie-Hellman over a MODP group or over an elliptic curve. */
    public enum KeyAgreement {
        /** Diffie-Hellman. */
        DH,
        /** Elliptic-curve Diffie-Hellman. */
        ECDH
    }

    /** How the nonce is mapped onto the domain parameters. */
    public enum Mapping {
        /** Generic mapping (GM). */
        GENERIC("GM", 1, 2),
        /** Integrated mapping (IM). */
        INTEGRATED("IM", 3, 4),
        /** Chip authentication mapping (CAM), ECDH only (arc 5 is not assigned). */
        CHIP_AUTHENTICATION("CAM", 0, 6);

        private final String abbreviation;
        private final int dhArc;
        private final int ecdhArc;

        Mapping(String abbreviation, int dhArc, int ecdhArc) {
            this.abbreviation = abbreviation;
            this.dhArc = dhArc;
            this.ecdhArc = ecdhArc;
        }

        /**
         * The abbreviation in protocol names.
         *
         * @return {@code GM}, {@code IM} or {@code CAM}
         */
        public String abbreviation() {
            return abbreviation;
        }
    }

    /** The cipher and MAC for secure messaging, and the key length. */
    public enum Cipher {
        /** Two-key 3DES in CBC mode with the retail MAC; 112-bit keys. */
        DES3_CBC_CBC("3DES-CBC-CBC", 1, 112),
        /** AES-128 in CBC mode with CMAC. */
        AES_CBC_CMAC_128("AES-CBC-CMAC-128", 2, 128),
        /** AES-192 in CBC mode with CMAC. */
        AES_CBC_CMAC_192("AES-CBC-CMAC-192", 3, 192),
        /** AES-256 in CBC mode with CMAC. */
        AES_CBC_CMAC_256("AES-CBC-CMAC-256", 4, 256);

        private final String suffix;
        private final int arc;
        private final int keyLength;

        Cipher(String suffix, int arc, int keyLength) {
            this.suffix = suffix;
            this.arc = arc;
            this.keyLength = keyLength;
        }

        /**
         * The suffix in protocol names.
         *
         * @return such as {@code AES-CBC-CMAC-128}
         */
        public String suffix() {
            return suffix;
        }

        /**
         * The key length.
         *
         * @return 112, 128, 192 or 256 bits
         */
        public int keyLength() {
            return keyLength;
        }

        /**
         * The last arc of protocol OIDs using this cipher.
         *
         * @return 1 to 4
         */
        int arc() {
            return arc;
        }
    }

    /**
     * DH or ECDH.
     *
     * @return the key agreement
     */
    public KeyAgreement keyAgreement() {
        return keyAgreement;
    }

    /**
     * GM, IM or CAM.
     *
     * @return the mapping
     */
    public Mapping mapping() {
        return mapping;
    }

    /**
     * The secure-messaging cipher.
     *
     * @return the cipher
     */
    public Cipher cipher() {
        return cipher;
    }

    /**
     * The protocol's object identifier.
     *
     * @return such as {@code 0.4.0.127.0.7.2.2.4.2.2}
     */
    public String oid() {
        return domainParameterOid() + "." + cipher.arc();
    }

    /**
     * The OID of the key agreement and mapping without the cipher: the protocol of a
     * PACEDomainParameterInfo.
     *
     * @return such as {@code 0.4.0.127.0.7.2.2.4.2} (id-PACE-ECDH-GM)
     */
    public String domainParameterOid() {
        return ID_PACE + "." + (keyAgreement == KeyAgreement.ECDH ? mapping.ecdhArc : mapping.dhArc);
    }

    /**
     * The identifier as the specifications write it.
     *
     * @return such as {@code id-PACE-ECDH-GM-AES-CBC-CMAC-128}
     */
    public String identifier() {
        return "id-PACE-" + keyAgreement + "-" + mapping.abbreviation + "-" + cipher.suffix;
    }

    /**
     * The protocol with an OID.
     *
     * @param oid a dotted OID
     * @return the protocol, or empty if {@code oid} names no PACE protocol
     */
    public static Optional<PaceProtocol> byOid(String oid) {
        for (PaceProtocol p : values()) {
            if (p.oid().equals(oid)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
