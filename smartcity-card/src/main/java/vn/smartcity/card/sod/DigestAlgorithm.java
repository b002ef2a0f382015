package vn.smartcity.card.sod;

import java.util.Optional;

/**
 * The hash functions Doc 9303 Part 12 (section 4.2) allows for data-group hashes and signatures.
 */
public enum DigestAlgorithm {
    /** SHA-1 (FIPS 180-4), OID 1.3.14.3.2.26; allowed for older documents only. */
    SHA1("1.3.14.3.2.26", "SHA-1", 20),
    /** SHA-224 (FIPS 180-4), OID 2.16.840.1.101.3.4.2.4. */
    SHA224("2.16.840.1.101.3.4.2.4", "SHA-224", 28),
    /** SHA-256 (FIPS 180-4), OID 2.16.840.1.101.3.4.2.1. */
    SHA256("2.16.840.1.101.3.4.2.1", "SHA-256", 32),
    /** SHA-384 (FIPS 180-4), OID 2.16.840.1.101.3.4.2.2. */
    SHA384("2.16.840.1.101.3.4.2.2", "SHA-384", 48),
    /** SHA-512 (FIPS 180-4), OID 2.16.840.1.101.3.4.2.3. */
    SHA512("2.16.840.1.101.3.4.2.3", "SHA-512", 64);

    private final String oid;
    private final String jcaName;
    private final int length;

    DigestAlgorithm(String oid, String jcaName, int length) {
        this.oid = oid;
        this.jcaName = jcaName;
        this.length = length;
    }

    /**
     * The object identifier.
     *
     * @return such as {@code 2.16.840.1.101.3.4.2.1}
     */
    public String oid() {
        return oid;
    }

    /**
     * The JCA standard name, for {@code MessageDigest.getInstance}.
     *
     * @return such as {@code SHA-256}
     */
    public String jcaName() {
        return jcaName;
    }

    /**
     * The length of a hash.
     *
     * @return in bytes
     */
    public int length() {
        return length;
    }

    /**
     * The algorithm with an object identifier.
     *
     * @param oid dotted object identifier
     * @return the algorithm, or empty when it is not one Doc 9303 allows
     */
    public static Optional<DigestAlgorithm> forOid(String oid) {
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.oid.equals(oid)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    /**
     * The JCA name.
     *
     * @return such as {@code SHA-256}
     */
    @Override
    public String toString() {
        return jcaName;
    }
}
