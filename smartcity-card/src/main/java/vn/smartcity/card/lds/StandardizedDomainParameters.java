package vn.smartcity.card.lds;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The standardized domain parameters a PACEInfo or chip authentication key names by {@code
 * parameterId} (BSI TR-03110 Part 3, section A.2.1.1, Table 4; ICAO Doc 9303 Part 11, section
 * 9.5.1). Identifiers 3 to 7 and 19 to 31 are reserved.
 */
public enum StandardizedDomainParameters {
    /** 0: RFC 5114 1024-bit MODP group with 160-bit prime order subgroup. */
    MODP_1024_160(0, "1024-bit MODP Group with 160-bit Prime Order Subgroup", null),
    /** 1: RFC 5114 2048-bit MODP group with 224-bit prime order subgroup. */
    MODP_2048_224(1, "2048-bit MODP Group with 224-bit Prime Order Subgroup", null),
    /** 2: RFC 5114 2048-bit MODP group with 256-bit prime order subgroup. */
    MODP_2048_256(2, "2048-bit MODP Group with 256-bit Prime Order Subgroup", null),
    /** 8: NIST P-192. */
    SECP192R1(8, "NIST P-192 (secp192r1)", "secp192r1"),
    /** 9: brainpoolP192r1. */
    BRAINPOOL_P192R1(9, "brainpoolP192r1", "brainpoolP192r1"),
    /** 10: NIST P-224. */
    SECP224R1(10, "NIST P-224 (secp224r1)", "secp224r1"),
    /** 11: brainpoolP224r1. */
    BRAINPOOL_P224R1(11, "brainpoolP224r1", "brainpoolP224r1"),
    /** 12: NIST P-256. */
    SECP256R1(12, "NIST P-256 (secp256r1)", "secp256r1"),
    /** 13: brainpoolP256r1, used by the ICAO worked examples. */
    BRAINPOOL_P256R1(13, "brainpoolP256r1", "brainpoolP256r1"),
    /** 14: brainpoolP320r1. */
    BRAINPOOL_P320R1(14, "brainpoolP320r1", "brainpoolP320r1"),
    /** 15: NIST P-384. */
    SECP384R1(15, "NIST P-384 (secp384r1)", "secp384r1"),
    /** 16: brainpoolP384r1. */
    BRAINPOOL_P384R1(16, "brainpoolP384r1", "brainpoolP384r1"),
    /** 17: brainpoolP512r1. */
    BRAINPOOL_P512R1(17, "brainpoolP512r1", "brainpoolP512r1"),
    /** 18: NIST P-521. */
    SECP521R1(18, "NIST P-521 (secp521r1)", "secp521r1");

    private final int id;
    private final String displayName;
    private final @Nullable String curveName;

    StandardizedDomainParameters(int id, String displayName, @Nullable String curveName) {
        this.id = id;
        this.displayName = displayName;
        this.curveName = curveName;
    }

    /**
     * The parameter identifier.
     *
     * @return 0 to 18
     */
    public int id() {
        return id;
    }

    /**
     * The name in Table 4.
     *
     * @return such as {@code brainpoolP256r1}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Whether these are elliptic-curve parameters (ECDH) rather than a MODP group (DH).
     *
     * @return {@code true} for curves
     */
    public boolean ellipticCurve() {
        return curveName != null;
    }

    /**
     * The curve's name as JCA and Bouncy Castle know it.
     *
     * @return such as {@code brainpoolP256r1}, or empty for MODP groups
     */
    public Optional<String> curveName() {
        return Optional.ofNullable(curveName);
    }

    /**
     * The parameters with an identifier.
     *
     * @param id the {@code parameterId}
     * @return the parameters, or empty for reserved or unknown identifiers
     */
    public static Optional<StandardizedDomainParameters> byId(int id) {
        for (StandardizedDomainParameters p : values()) {
            if (p.id == id) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
