package vn.smartcity.testkit.chip;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Where the simulated chip's random values come from: RND.IC and K.IC of BAC, the PACE nonce and
 * the chip's ephemeral private keys. {@link #secure()} is the default; {@link #seeded(long)} makes a
 * run repeatable; a test can implement this interface to inject the values of a published worked
 * example.
 */
public interface ChipRandom {

    /**
     * Fills an array with random bytes.
     *
     * @param bytes the array to fill
     */
    void nextBytes(byte[] bytes);

    /**
     * A random private key in [1, order - 1]. The default draws 64 bits more than the order has and
     * reduces them, so the bias is negligible.
     *
     * @param order the order of the generator (n of a curve, q of a MODP group)
     * @return the private key
     */
    default BigInteger nextPrivateKey(BigInteger order) {
        byte[] bytes = new byte[(order.bitLength() + 64 + 7) / 8];
        nextBytes(bytes);
        return new BigInteger(1, bytes).mod(order.subtract(BigInteger.ONE)).add(BigInteger.ONE);
    }

    /**
     * Random values from a {@link SecureRandom}.
     *
     * @return the default source
     */
    static ChipRandom secure() {
        SecureRandom random = new SecureRandom();
        return random::nextBytes;
    }

    /**
     * Repeatable values: the same seed gives the same run (SHA1PRNG seeded before its first use).
     * For tests only.
     *
     * @param seed the seed
     * @return a deterministic source
     */
    static ChipRandom seeded(long seed) {
        SecureRandom random;
        try {
            random = SecureRandom.getInstance("SHA1PRNG");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks SHA1PRNG", e);
        }
        random.setSeed(seed);
        return random::nextBytes;
    }

    /**
     * Values from a given source.
     *
     * @param random the source
     * @return a chip random drawing from it
     */
    static ChipRandom of(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        return random::nextBytes;
    }
}
