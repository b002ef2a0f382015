package vn.smartcity.card.lds;

import java.util.Arrays;
import java.util.List;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.tlv.Tlv;

/**
 * DG14, security options (ICAO Doc 9303 Part 10; Part 11, section 9.2): tag {@code
 * 6E} holding a SecurityInfos SET with the chip authentication keys and protocols, PACE and
 * terminal authentication information, and the Active Authentication signature algorithm.
 */
public final class Dg14 implements LdsFile {

    private static final String WHAT = "DG14";

    private final byte[] raw;
    private final SecurityInfos securityInfos;

    private Dg14(byte[] raw, SecurityInfos securityInfos) {
        this.raw = raw;
        this.securityInfos = securityInfos;
    }

    /**
     * Parses DG14.
     *
     * @param encoded the file as read; copied
     * @return the file
     * @throws CardDataException if it is not a well-formed DG14
     */
    public static Dg14 parse(byte[] encoded) {
        byte[] raw = encoded.clone();
        Tlv root = Tlv.parse(raw, WHAT).expectTag(LdsFileId.DG14.tag(), WHAT);
        List<Tlv> children = root.children();
        if (children.size() != 1) {
            throw root.error("expected one SET OF SecurityInfo inside tag 6E, found " + children.size() + " elements");
        }
        return new Dg14(raw, SecurityInfos.of(children.get(0)));
    }

    /**
     * The SecurityInfos.
     *
     * @return the SET's content
     */
    public SecurityInfos securityInfos() {
        return securityInfos;
    }

    /**
     * DG14.
     *
     * @return {@link LdsFileId#DG14}
     */
    @Override
    public LdsFileId id() {
        return LdsFileId.DG14;
    }

    @Override
    public byte[] encoded() {
        return raw.clone();
    }

    /**
     * Equal if the bytes are equal.
     *
     * @param o the other object
     * @return {@code true} for a DG14 with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Dg14 && Arrays.equals(raw, ((Dg14) o).raw);
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
     * The SecurityInfos.
     *
     * @return a description
     */
    @Override
    public String toString() {
        return "Dg14" + securityInfos.all();
    }
}
