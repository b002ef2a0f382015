package vn.smartcity.testkit.chip.internal;

import java.math.BigInteger;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import vn.smartcity.card.lds.StandardizedDomainParameters;

/**
 * The domain parameters of a PACE run with their current generator, and the operations of the
 * generic mapping (ICAO Doc 9303 Part 11, section 4.4.3.3.1): public keys, the mapped generator
 * {@code G' = s·G + H} (or {@code g' = g^s·h} for DH), the key agreement, and the public key data
 * object the authentication tokens cover (section 9.4).
 *
 * <p>Public keys travel as uncompressed points ({@code 04 || X || Y}, BSI TR-03111 section 3.2.1)
 * or as the DH value in as many bytes as the modulus. A received key that is not on the curve, is
 * the point at infinity, or lies outside the DH subgroup is rejected with an {@link
 * IllegalArgumentException}.
 */
public abstract class PaceGroup {

    PaceGroup() {}

    /**
     * The standardized parameters with their standard generator.
     *
     * @param parameters the parameters (BSI TR-03110 Part 3, Table 4)
     * @return the group
     */
    public static PaceGroup of(StandardizedDomainParameters parameters) {
        if (parameters.ellipticCurve()) {
            String name = parameters.curveName().orElseThrow();
            X9ECParameters curve = ECNamedCurveTable.getByName(name);
            if (curve == null) {
                throw new IllegalArgumentException("Bouncy Castle does not know curve " + name);
            }
            return new Ec(curve.getCurve(), curve.getG().normalize(), curve.getN());
        }
        switch (parameters) {
            case MODP_1024_160:
                return new Dh(MODP_1024_160_P, MODP_1024_160_G, MODP_1024_160_Q);
            case MODP_2048_224:
                return new Dh(MODP_2048_224_P, MODP_2048_224_G, MODP_2048_224_Q);
            default:
                return new Dh(MODP_2048_256_P, MODP_2048_256_G, MODP_2048_256_Q);
        }
    }

    // RFC 5114 section 2.1: 1024-bit MODP group with 160-bit prime order subgroup (parameter id 0).
    static final BigInteger MODP_1024_160_P = hex("B10B8F96A080E01DDE92DE5EAE5D54EC52C99FBCFB06A3C69A6A9DCA52D23B61"
            + "6073E28675A23D189838EF1E2EE652C013ECB4AEA906112324975C3CD49B83BFACCBDD7D90C4BD7098488E9C219A7372"
            + "4EFFD6FAE5644738FAA31A4FF55BCCC0A151AF5F0DC8B4BD45BF37DF365C1A65E68CFDA76D4DA708DF1FB2BC2E4A4371");
    static final BigInteger MODP_1024_160_G = hex("A4D1CBD5C3FD34126765A442EFB99905F8104DD258AC507FD6406CFF14266D31"
            + "266FEA1E5C41564B777E690F5504F213160217B4B01B886A5E91547F9E2749F4D7FBD7D3B9A92EE1909D0D2263F80A76"
            + "A6A24C087A091F531DBF0A0169B6A28AD662A4D18E73AFA32D779D5918D08BC8858F4DCEF97C2A24855E6EEB22B3B2E5");
    static final BigInteger MODP_1024_160_Q = hex("F518AA8781A8DF278ABA4E7D64B7CB9D49462353");

    // RFC 5114 section 2.2: 2048-bit MODP group with 224-bit prime order subgroup (parameter id 1).
    static final BigInteger MODP_2048_224_P = hex("AD107E1E9123A9D0D660FAA79559C51FA20D64E5683B9FD1B54B1597B61D0A75"
            + "E6FA141DF95A56DBAF9A3C407BA1DF15EB3D688A309C180E1DE6B85A1274A0A66D3F8152AD6AC2129037C9EDEFDA4DF8"
            + "D91E8FEF55B7394B7AD5B7D0B6C12207C9F98D11ED34DBF6C6BA0B2C8BBC27BE6A00E0A0B9C49708B3BF8A3170918836"
            + "81286130BC8985DB1602E714415D9330278273C7DE31EFDC7310F7121FD5A07415987D9ADC0A486DCDF93ACC44328387"
            + "315D75E198C641A480CD86A1B9E587E8BE60E69CC928B2B9C52172E413042E9B23F10B0E16E79763C9B53DCF4BA80A29"
            + "E3FB73C16B8E75B97EF363E2FFA31F71CF9DE5384E71B81C0AC4DFFE0C10E64F");
    static final BigInteger MODP_2048_224_G = hex("AC4032EF4F2D9AE39DF30B5C8FFDAC506CDEBE7B89998CAF74866A08CFE4FFE3"
            + "A6824A4E10B9A6F0DD921F01A70C4AFAAB739D7700C29F52C57DB17C620A8652BE5E9001A8D66AD7C17669101999024A"
            + "F4D027275AC1348BB8A762D0521BC98AE247150422EA1ED409939D54DA7460CDB5F6C6B250717CBEF180EB34118E98D1"
            + "19529A45D6F834566E3025E316A330EFBB77A86F0C1AB15B051AE3D428C8F8ACB70A8137150B8EEB10E183EDD19963DD"
            + "D9E263E4770589EF6AA21E7F5F2FF381B539CCE3409D13CD566AFBB48D6C019181E1BCFE94B30269EDFE72FE9B6AA4BD"
            + "7B5A0F1C71CFFF4C19C418E1F6EC017981BC087F2A7065B384B890D3191F2BFA");
    static final BigInteger MODP_2048_224_Q = hex("801C0D34C58D93FE997177101F80535A4738CEBCBF389A99B36371EB");

    // RFC 5114 section 2.3: 2048-bit MODP group with 256-bit prime order subgroup (parameter id 2).
    static final BigInteger MODP_2048_256_P = hex("87A8E61DB4B6663CFFBBD19C651959998CEEF608660DD0F25D2CEED4435E3B00"
            + "E00DF8F1D61957D4FAF7DF4561B2AA3016C3D91134096FAA3BF4296D830E9A7C209E0C6497517ABD5A8A9D306BCF67ED"
            + "91F9E6725B4758C022E0B1EF4275BF7B6C5BFC11D45F9088B941F54EB1E59BB8BC39A0BF12307F5C4FDB70C581B23F76"
            + "B63ACAE1CAA6B7902D52526735488A0EF13C6D9A51BFA4AB3AD8347796524D8EF6A167B5A41825D967E144E514056425"
            + "1CCACB83E6B486F6B3CA3F7971506026C0B857F689962856DED4010ABD0BE621C3A3960A54E710C375F26375D7014103"
            + "A4B54330C198AF126116D2276E11715F693877FAD7EF09CADB094AE91E1A1597");
    static final BigInteger MODP_2048_256_G = hex("3FB32C9B73134D0B2E77506660EDBD484CA7B18F21EF205407F4793A1A0BA125"
            + "10DBC15077BE463FFF4FED4AAC0BB555BE3A6C1B0C6B47B1BC3773BF7E8C6F62901228F8C28CBB18A55AE31341000A65"
            + "0196F931C77A57F2DDF463E5E9EC144B777DE62AAAB8A8628AC376D282D6ED3864E67982428EBC831D14348F6F2F9193"
            + "B5045AF2767164E1DFC967C1FB3F2E55A4BD1BFFE83B9C80D052B985D182EA0ADB2A3B7313D3FE14C8484B1E052588B9"
            + "B7D2BBD2DF016199ECD06E1557CD0915B3353BBB64E0EC377FD028370DF92B52C7891428CDC67EB6184B523D1DB246C3"
            + "2F63078490F00EF8D647D148D47954515E2327CFEF98C582664B4C0F6CC41659");
    static final BigInteger MODP_2048_256_Q = hex("8CF83642A709A097B447997640129DA299B1A47D1EB3750BA308B0FE64F5FBD3");

    private static BigInteger hex(String digits) {
        return new BigInteger(digits, 16);
    }

    /**
     * The order of the generator, the bound of private keys.
     *
     * @return n for curves, q for MODP groups
     */
    public abstract BigInteger order();

    /**
     * The public key of a private key on the current generator.
     *
     * @param privateKey in [1, order - 1]
     * @return the encoded public key
     */
    public abstract byte[] publicKey(BigInteger privateKey);

    /**
     * The generic mapping: the group with generator {@code s·G + H}, H being the Diffie-Hellman
     * value of the mapping keys.
     *
     * @param nonce the nonce s
     * @param privateKey this side's mapping private key
     * @param peerPublic the other side's mapping public key
     * @return the group with the mapped generator
     * @throws IllegalArgumentException if the peer's key is invalid or the mapping degenerate
     */
    public abstract PaceGroup map(byte[] nonce, BigInteger privateKey, byte[] peerPublic);

    /**
     * The key agreement (Doc 9303 Part 11 section 9.6): the x-coordinate of {@code d·P} (ECDH), or
     * {@code y^x mod p} (DH), as many bytes as the field.
     *
     * @param privateKey this side's private key
     * @param peerPublic the other side's public key
     * @return the shared secret K
     * @throws IllegalArgumentException if the peer's key is invalid
     */
    public abstract byte[] agree(BigInteger privateKey, byte[] peerPublic);

    /**
     * The public key data object an authentication token covers: {@code 7F49 { 06 oid, 86 point }}
     * for curves, {@code 7F49 { 06 oid, 84 y }} for DH (Doc 9303 Part 11 section 9.4).
     *
     * @param oid the PACE protocol's OID
     * @param publicKey the encoded public key
     * @return the object
     */
    public abstract byte[] keyDataObject(String oid, byte[] publicKey);

    /**
     * Checks a received public key.
     *
     * @param publicKey the encoded key
     * @throws IllegalArgumentException if it is not a valid key of this group
     */
    public abstract void check(byte[] publicKey);

    /** An elliptic curve. */
    static final class Ec extends PaceGroup {

        private final ECCurve curve;
        private final ECPoint generator;
        private final BigInteger order;

        Ec(ECCurve curve, ECPoint generator, BigInteger order) {
            this.curve = curve;
            this.generator = generator;
            this.order = order;
        }

        @Override
        public BigInteger order() {
            return order;
        }

        @Override
        public byte[] publicKey(BigInteger privateKey) {
            return generator.multiply(privateKey).normalize().getEncoded(false);
        }

        private ECPoint point(byte[] encoded) {
            if (encoded.length == 0 || encoded[0] != 0x04) {
                throw new IllegalArgumentException("public key is not an uncompressed point");
            }
            ECPoint point = curve.decodePoint(encoded);
            if (point.isInfinity() || !point.isValid()) {
                throw new IllegalArgumentException("public key is not a point of the curve");
            }
            return point;
        }

        @Override
        public PaceGroup map(byte[] nonce, BigInteger privateKey, byte[] peerPublic) {
            ECPoint shared = point(peerPublic).multiply(privateKey);
            ECPoint mapped =
                    generator.multiply(new BigInteger(1, nonce)).add(shared).normalize();
            if (mapped.isInfinity()) {
                throw new IllegalArgumentException("the mapped generator is the point at infinity");
            }
            return new Ec(curve, mapped, order);
        }

        @Override
        public byte[] agree(BigInteger privateKey, byte[] peerPublic) {
            ECPoint shared = point(peerPublic).multiply(privateKey).normalize();
            if (shared.isInfinity()) {
                throw new IllegalArgumentException("the shared point is the point at infinity");
            }
            return shared.getAffineXCoord().getEncoded();
        }

        @Override
        public byte[] keyDataObject(String oid, byte[] publicKey) {
            return Der.constructed(0x7F49, Der.tlv(0x06, Der.oidContent(oid)), Der.tlv(0x86, publicKey));
        }

        @Override
        public void check(byte[] publicKey) {
            point(publicKey);
        }
    }

    /** A MODP group with a prime-order subgroup (RFC 5114). */
    static final class Dh extends PaceGroup {

        private final BigInteger p;
        private final BigInteger g;
        private final BigInteger q;
        private final int length;

        Dh(BigInteger p, BigInteger g, BigInteger q) {
            this.p = p;
            this.g = g;
            this.q = q;
            this.length = (p.bitLength() + 7) / 8;
        }

        @Override
        public BigInteger order() {
            return q;
        }

        @Override
        public byte[] publicKey(BigInteger privateKey) {
            return Bytes.unsigned(g.modPow(privateKey, p), length);
        }

        private BigInteger value(byte[] encoded) {
            if (encoded.length == 0 || encoded.length > length) {
                throw new IllegalArgumentException("public value of " + encoded.length + " bytes");
            }
            BigInteger y = new BigInteger(1, encoded);
            if (y.compareTo(BigInteger.ONE) <= 0
                    || y.compareTo(p.subtract(BigInteger.ONE)) >= 0
                    || !y.modPow(q, p).equals(BigInteger.ONE)) {
                throw new IllegalArgumentException("public value outside the prime-order subgroup");
            }
            return y;
        }

        @Override
        public PaceGroup map(byte[] nonce, BigInteger privateKey, byte[] peerPublic) {
            BigInteger h = value(peerPublic).modPow(privateKey, p);
            BigInteger mapped =
                    g.modPow(new BigInteger(1, nonce), p).multiply(h).mod(p);
            if (mapped.equals(BigInteger.ONE)) {
                throw new IllegalArgumentException("the mapped generator is 1");
            }
            return new Dh(p, mapped, q);
        }

        @Override
        public byte[] agree(BigInteger privateKey, byte[] peerPublic) {
            return Bytes.unsigned(value(peerPublic).modPow(privateKey, p), length);
        }

        @Override
        public byte[] keyDataObject(String oid, byte[] publicKey) {
            return Der.constructed(
                    0x7F49,
                    Der.tlv(0x06, Der.oidContent(oid)),
                    Der.tlv(0x84, Bytes.unsigned(new BigInteger(1, publicKey))));
        }

        @Override
        public void check(byte[] publicKey) {
            value(publicKey);
        }
    }
}
