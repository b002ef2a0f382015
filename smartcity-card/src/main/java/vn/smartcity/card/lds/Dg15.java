package vn.smartcity.card.lds;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.tlv.Tlv;

/**
 * DG15, the Active Authentication public key (ICAO Doc 9303 Part 10; Part 11, Active
 * Authentication): tag {@code 6F} holding a SubjectPublicKeyInfo with an RSA or EC key. The key is
 * built with a private Bouncy Castle provider instance when the file is parsed.
 */
public final class Dg15 implements LdsFile {

    private static final String WHAT = "DG15";
    private static final String RSA = "1.2.840.113549.1.1.1";
    private static final String EC = "1.2.840.10045.2.1";

    private final byte[] raw;
    private final byte[] subjectPublicKeyInfo;
    private final String algorithmOid;
    private final String algorithm;
    private final PublicKey publicKey;

    private Dg15(byte[] raw, byte[] subjectPublicKeyInfo, String algorithmOid, String algorithm, PublicKey key) {
        this.raw = raw;
        this.subjectPublicKeyInfo = subjectPublicKeyInfo;
        this.algorithmOid = algorithmOid;
        this.algorithm = algorithm;
        this.publicKey = key;
    }

    /** The provider, created on first use. */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    /**
     * Parses DG15 and builds the key.
     *
     * @param encoded the file as read; copied
     * @return the file
     * @throws CardDataException if it is malformed, the algorithm is neither RSA nor EC, or the key
     *     is not valid
     */
    public static Dg15 parse(byte[] encoded) {
        byte[] raw = encoded.clone();
        Tlv root = Tlv.parse(raw, WHAT).expectTag(LdsFileId.DG15.tag(), WHAT);
        List<Tlv> children = root.children();
        if (children.size() != 1) {
            throw root.error("expected one SubjectPublicKeyInfo inside tag 6F, found " + children.size() + " elements");
        }
        Tlv keyInfo = children.get(0);
        Asn1.expect(keyInfo, Asn1.SEQUENCE, "SubjectPublicKeyInfo");
        String oid;
        try {
            oid = SubjectPublicKeyInfo.getInstance(Asn1.decode(keyInfo, "SubjectPublicKeyInfo"))
                    .getAlgorithm()
                    .getAlgorithm()
                    .getId();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CardDataException(WHAT, keyInfo.offset(), "malformed SubjectPublicKeyInfo", e);
        }
        String name;
        if (oid.equals(RSA)) {
            name = "RSA";
        } else if (oid.equals(EC)) {
            name = "EC";
        } else {
            throw keyInfo.error("public key algorithm " + oid + " is neither RSA nor EC");
        }
        byte[] spki = keyInfo.encoded();
        PublicKey key;
        try {
            key = KeyFactory.getInstance(name, Bc.PROVIDER).generatePublic(new X509EncodedKeySpec(spki));
        } catch (InvalidKeySpecException
                | NoSuchAlgorithmException
                | IllegalArgumentException
                | IllegalStateException e) {
            throw new CardDataException(WHAT, keyInfo.offset(), "invalid " + name + " public key", e);
        }
        return new Dg15(raw, spki, oid, name, key);
    }

    /**
     * The key algorithm.
     *
     * @return {@code RSA} or {@code EC}
     */
    public String algorithm() {
        return algorithm;
    }

    /**
     * The key algorithm's OID.
     *
     * @return {@code 1.2.840.113549.1.1.1} or {@code 1.2.840.10045.2.1}
     */
    public String algorithmOid() {
        return algorithmOid;
    }

    /**
     * The key.
     *
     * @return the public key, from the Bouncy Castle provider
     */
    public PublicKey publicKey() {
        return publicKey;
    }

    /**
     * The key as read.
     *
     * @return a copy of the SubjectPublicKeyInfo, SEQUENCE tag included
     */
    public byte[] subjectPublicKeyInfo() {
        return subjectPublicKeyInfo.clone();
    }

    /**
     * DG15.
     *
     * @return {@link LdsFileId#DG15}
     */
    @Override
    public LdsFileId id() {
        return LdsFileId.DG15;
    }

    @Override
    public byte[] encoded() {
        return raw.clone();
    }

    /**
     * Equal if the bytes are equal.
     *
     * @param o the other object
     * @return {@code true} for a DG15 with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Dg15 && Arrays.equals(raw, ((Dg15) o).raw);
    }

    /**
     * A hash of the bytes.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    /**
     * The algorithm.
     *
     * @return such as {@code Dg15[algorithm=RSA]}
     */
    @Override
    public String toString() {
        return "Dg15[algorithm=" + algorithm + "]";
    }
}
