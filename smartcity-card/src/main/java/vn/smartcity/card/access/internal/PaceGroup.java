package vn.smartcity.card.access.internal;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import vn.smartcity.card.lds.StandardizedDomainParameters;

/**
 * The domain parameters PACE runs over (ICAO Doc 9303 Part 11, sections 4.4.3.3 and 9.5.1): an
 * elliptic curve or a MODP group with a generator, which Generic Mapping replaces by a mapped one.
 * Public keys are encoded as Doc 9303 sends them: an uncompressed point ({@code 04 || X || Y}) or
 * the group element as an unsigned number of the modulus' length.
 */
public abstract sealed class PaceGroup permits PaceGroup.Ec, PaceGroup.Dh {

    private static final int MAX_DRAWS = 1000;

    PaceGroup() {}

    /**
     * The group a standardized domain parameter identifier names.
     *
     * @param parameters the parameters of a PACEInfo
     * @return the group with its standard generator
     * @throws IllegalArgumentException if the curve is unknown to Bouncy Castle
     */
    public static PaceGroup of(StandardizedDomainParameters parameters) {
        String curve = parameters.curveName().orElse(null);
        if (curve != null) {
            X9ECParameters x9 = CustomNamedCurves.getByName(curve);
            if (x9 == null) {
                x9 = ECNamedCurveTable.getByName(curve);
            }
            if (x9 == null) {
                throw new IllegalArgumentException("curve " + curve + " is unknown");
            }
            return new Ec(parameters.displayName(), x9.getCurve(), x9.getG(), x9.getN());
        }
        switch (parameters) {
            case MODP_1024_160:
                return Dh.of(parameters.displayName(), Rfc5114.P_1024_160, Rfc5114.G_1024_160, Rfc5114.Q_1024_160);
            case MODP_2048_224:
                return Dh.of(parameters.displayName(), Rfc5114.P_2048_224, Rfc5114.G_2048_224, Rfc5114.Q_2048_224);
            case MODP_2048_256:
                return Dh.of(parameters.displayName(), Rfc5114.P_2048_256, Rfc5114.G_2048_256, Rfc5114.Q_2048_256);
            default:
                throw new IllegalArgumentException("no group for " + parameters);
        }
    }

    /**
     * The name of the parameters.
     *
     * @return such as {@code brainpoolP256r1}
     */
    public abstract String name();

    /**
     * The order of the generator.
     *
     * @return n or q
     */
    public abstract BigInteger order();

    /**
     * The encoded generator (the mapped one after {@link #mapGeneric}).
     *
     * @return a public-key encoding of the generator
     */
    public abstract byte[] generator();

    /**
     * The public key of a private key: {@code sk * G} or {@code g^sk mod p}.
     *
     * @param privateKey the private key
     * @return the encoded public key
     */
    public abstract byte[] publicKey(BigInteger privateKey);

    /**
     * Generic Mapping (Doc 9303 Part 11, section 4.4.3.3.1): {@code G~ = s * G + H} with {@code H =
     * SK_Map,IFD * PK_Map,IC}, or {@code g~ = g^s * h mod p} with {@code h = PK_Map,IC^SK_Map,IFD mod p}.
     *
     * @param nonce the decrypted nonce {@code s}
     * @param mappingPrivateKey the terminal's mapping private key
     * @param chipMappingKey the chip's encoded mapping public key
     * @return the group with the mapped generator
     * @throws IllegalArgumentException if the chip's key is not a valid element or the mapping
     *     degenerates
     */
    public abstract PaceGroup mapGeneric(byte[] nonce, BigInteger mappingPrivateKey, byte[] chipMappingKey);

    /**
     * The shared secret of key agreement: the x-coordinate of {@code sk * PK}, or {@code PK^sk mod
     * p}, as bytes of the field or modulus length.
     *
     * @param privateKey the terminal's private key
     * @param chipKey the chip's encoded public key
     * @return the shared secret
     * @throws IllegalArgumentException if the chip's key is not a valid element
     */
    public abstract byte[] sharedSecret(BigInteger privateKey, byte[] chipKey);

    /**
     * The tag of the public value inside the public key data object {@code 7F49} of the
     * authentication token: {@code 86} (EC point) or {@code 84} (DH value).
     *
     * @return the tag
     */
    public abstract int publicValueTag();

    /**
     * Draws a private key in {@code [1, order - 1]} from the random source, as many bytes as the
     * order has, with the bits above the order's length cleared (so that a fixed test source gives
     * the worked examples' keys).
     *
     * @param random the random source
     * @return the private key
     */
    public BigInteger randomPrivateKey(SecureRandom random) {
        BigInteger order = order();
        int bits = order.bitLength();
        byte[] bytes = new byte[(bits + 7) / 8];
        int mask = 0xFF >>> (bytes.length * 8 - bits);
        for (int i = 0; i < MAX_DRAWS; i++) {
            random.nextBytes(bytes);
            bytes[0] &= (byte) mask;
            BigInteger k = new BigInteger(1, bytes);
            if (k.signum() > 0 && k.compareTo(order) < 0) {
                return k;
            }
        }
        throw new IllegalStateException("the random source gave no private key in " + MAX_DRAWS + " draws");
    }

    /** An elliptic curve group. */
    static final class Ec extends PaceGroup {
        private final String name;
        private final ECCurve curve;
        private final ECPoint generator;
        private final BigInteger order;
        private final int fieldBytes;

        Ec(String name, ECCurve curve, ECPoint generator, BigInteger order) {
            this.name = name;
            this.curve = curve;
            this.generator = generator.normalize();
            this.order = order;
            this.fieldBytes = (curve.getFieldSize() + 7) / 8;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public BigInteger order() {
            return order;
        }

        @Override
        public byte[] generator() {
            return generator.getEncoded(false);
        }

        @Override
        public byte[] publicKey(BigInteger privateKey) {
            return generator.multiply(privateKey).normalize().getEncoded(false);
        }

        @Override
        public PaceGroup mapGeneric(byte[] nonce, BigInteger mappingPrivateKey, byte[] chipMappingKey) {
            ECPoint h = decode(chipMappingKey).multiply(mappingPrivateKey).normalize();
            if (h.isInfinity()) {
                throw new IllegalArgumentException("the mapping point H is the point at infinity");
            }
            ECPoint mapped = generator.multiply(new BigInteger(1, nonce)).add(h).normalize();
            if (mapped.isInfinity()) {
                throw new IllegalArgumentException("the mapped generator is the point at infinity");
            }
            return new Ec(name, curve, mapped, order);
        }

        @Override
        public byte[] sharedSecret(BigInteger privateKey, byte[] chipKey) {
            ECPoint shared = decode(chipKey).multiply(privateKey).normalize();
            if (shared.isInfinity()) {
                throw new IllegalArgumentException("the shared point is the point at infinity");
            }
            return Crypto.unsigned(shared.getAffineXCoord().toBigInteger(), fieldBytes);
        }

        @Override
        public int publicValueTag() {
            return 0x86;
        }

        private ECPoint decode(byte[] encoded) {
            if (encoded.length != 1 + 2 * fieldBytes || encoded[0] != 0x04) {
                throw new IllegalArgumentException("expected an uncompressed point of " + (1 + 2 * fieldBytes)
                        + " bytes on " + name + ", found " + encoded.length + " bytes");
            }
            ECPoint point = curve.decodePoint(encoded);
            if (point.isInfinity() || !point.isValid()) {
                throw new IllegalArgumentException("the point is not on " + name);
            }
            return point;
        }
    }

    /** A MODP group with a prime-order subgroup. */
    static final class Dh extends PaceGroup {
        private final String name;
        private final BigInteger p;
        private final BigInteger g;
        private final BigInteger q;
        private final int length;

        private Dh(String name, BigInteger p, BigInteger g, BigInteger q) {
            this.name = name;
            this.p = p;
            this.g = g;
            this.q = q;
            this.length = (p.bitLength() + 7) / 8;
        }

        static Dh of(String name, String p, String g, String q) {
            return new Dh(name, new BigInteger(p, 16), new BigInteger(g, 16), new BigInteger(q, 16));
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public BigInteger order() {
            return q;
        }

        @Override
        public byte[] generator() {
            return Crypto.unsigned(g, length);
        }

        @Override
        public byte[] publicKey(BigInteger privateKey) {
            return Crypto.unsigned(g.modPow(privateKey, p), length);
        }

        @Override
        public PaceGroup mapGeneric(byte[] nonce, BigInteger mappingPrivateKey, byte[] chipMappingKey) {
            BigInteger h = decode(chipMappingKey).modPow(mappingPrivateKey, p);
            if (h.equals(BigInteger.ONE)) {
                throw new IllegalArgumentException("the mapping value h is 1");
            }
            BigInteger mapped =
                    g.modPow(new BigInteger(1, nonce), p).multiply(h).mod(p);
            if (mapped.equals(BigInteger.ONE)) {
                throw new IllegalArgumentException("the mapped generator is 1");
            }
            return new Dh(name, p, mapped, q);
        }

        @Override
        public byte[] sharedSecret(BigInteger privateKey, byte[] chipKey) {
            return Crypto.unsigned(decode(chipKey).modPow(privateKey, p), length);
        }

        @Override
        public int publicValueTag() {
            return 0x84;
        }

        private BigInteger decode(byte[] encoded) {
            if (encoded.length == 0 || encoded.length > length) {
                throw new IllegalArgumentException(
                        "expected a public value of at most " + length + " bytes, found " + encoded.length);
            }
            BigInteger y = new BigInteger(1, encoded);
            if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
                throw new IllegalArgumentException("the public value is outside 2..p-2");
            }
            if (!y.modPow(q, p).equals(BigInteger.ONE)) {
                throw new IllegalArgumentException("the public value is not in the prime-order subgroup");
            }
            return y;
        }
    }

    /**
     * Whether two encoded public keys are the same (the terminal must refuse a chip that echoes its
     * key, Doc 9303 Part 11, section 4.4.3.4).
     *
     * @param a one key
     * @param b the other
     * @return {@code true} if equal
     */
    public static boolean sameKey(byte[] a, byte[] b) {
        return Arrays.equals(Objects.requireNonNull(a), Objects.requireNonNull(b));
    }
}
