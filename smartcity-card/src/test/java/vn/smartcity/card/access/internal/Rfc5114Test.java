package vn.smartcity.card.access.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The RFC 5114 groups (sections 2.1 to 2.3) as copied into {@link Rfc5114}: a typo in the
 * constants would break one of these properties.
 */
class Rfc5114Test {

    @ParameterizedTest(name = "{0}-bit group, {1}-bit subgroup")
    @CsvSource({"1024, 160", "2048, 224", "2048, 256"})
    void groupsHaveTheirProperties(int pBits, int qBits) {
        String[] group = group(pBits, qBits);
        BigInteger p = new BigInteger(group[0], 16);
        BigInteger g = new BigInteger(group[1], 16);
        BigInteger q = new BigInteger(group[2], 16);

        assertEquals(pBits, p.bitLength());
        assertEquals(qBits, q.bitLength());
        assertTrue(p.isProbablePrime(64), "p is prime");
        assertTrue(q.isProbablePrime(64), "q is prime");
        assertEquals(BigInteger.ZERO, p.subtract(BigInteger.ONE).mod(q), "q divides p - 1");
        assertEquals(BigInteger.ONE, g.modPow(q, p), "g has order q");
    }

    private static String[] group(int pBits, int qBits) {
        if (pBits == 1024) {
            return new String[] {Rfc5114.P_1024_160, Rfc5114.G_1024_160, Rfc5114.Q_1024_160};
        }
        return qBits == 224
                ? new String[] {Rfc5114.P_2048_224, Rfc5114.G_2048_224, Rfc5114.Q_2048_224}
                : new String[] {Rfc5114.P_2048_256, Rfc5114.G_2048_256, Rfc5114.Q_2048_256};
    }
}
