package vn.smartcity.card.pa;

/**
 * The checks of passive authentication (ICAO Doc 9303 Part 11, section 5.1; Part 12), in the order
 * a {@link Verdict} lists them.
 */
public enum CheckType {
    /**
     * The CSCA master list's CMS signature by its signer certificate: content-type and
     * message-digest signed attributes against the encapsulated list, then the signature over the
     * signed attributes as read (Doc 9303 Part 12, section 9). Only for a trust store built from a
     * master list.
     */
    MASTER_LIST_SIGNATURE,
    /**
     * Whether the master list signer certificate is signed by a CSCA in the list (name and key
     * identifier match, signature over its tbsCertificate) and valid at the instant given.
     */
    MASTER_LIST_SIGNER,
    /**
     * The SOD's CMS signature by the Document Signer certificate in the SOD (Doc 9303 Part 10,
     * section 4.6.2): exactly one SignerInfo, the certificate it names present, content-type
     * attribute equal to the eContentType, message-digest attribute equal to the hash of the
     * LDSSecurityObject as read, and the signature over the signed attributes as read.
     */
    SOD_SIGNATURE,
    /**
     * One data group (its number in {@link Check#dataGroup()}): the hash of its bytes as presented
     * against the LDSSecurityObject. Not checked when listed but not presented; failed when
     * presented but not listed.
     */
    DATA_GROUP_HASH,
    /**
     * Whether the trust store holds a CSCA that may have issued the Document Signer certificate:
     * subject equal to the DSC's issuer, or subject key identifier equal to the DSC's authority key
     * identifier; when both key identifiers are present they must be equal.
     */
    CSCA_FOUND,
    /** The Document Signer certificate's signature, over its tbsCertificate as read, by the CSCA key. */
    CERTIFICATE_CHAIN,
    /**
     * Key usage and basic constraints where present (Doc 9303 Part 12, section 7.1): the DSC's key
     * usage includes digitalSignature and it is not a CA; the CSCA's key usage includes keyCertSign
     * and its basic constraints say CA.
     */
    CERTIFICATE_EXTENSIONS,
    /** The Document Signer certificate's validity period contains the instant given. */
    DSC_VALIDITY,
    /** The CSCA certificate's validity period contains the instant given. */
    CSCA_VALIDITY,
    /**
     * Whether the Document Signer certificate is on the latest CRL the caller gave from its CSCA
     * (CRL signature verified with the CSCA key). Not checked when no such CRL was given or the CRL
     * had expired at the instant given.
     */
    REVOCATION
}
