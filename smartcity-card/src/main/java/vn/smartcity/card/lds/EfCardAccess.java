package vn.smartcity.card.lds;

import java.util.Arrays;
import java.util.List;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.tlv.Tlv;

/**
 * EF.CardAccess in the master file (ICAO Doc 9303 Part 10 and Part 11, section 9.2; BSI
 * TR-03110 Part 3, section A.1.1): a SecurityInfos SET with no application tag, read before PACE to learn the
 * protocols and domain parameters the chip supports.
 */
public final class EfCardAccess implements LdsFile {

    private static final String WHAT = "EF.CardAccess";

    private final byte[] raw;
    private final SecurityInfos securityInfos;

    private EfCardAccess(byte[] raw, SecurityInfos securityInfos) {
        this.raw = raw;
        this.securityInfos = securityInfos;
    }

    /**
     * Parses EF.CardAccess.
     *
     * @param encoded the file as read; copied
     * @return the file
     * @throws CardDataException if it is not a well-formed SET OF SecurityInfo
     */
    public static EfCardAccess parse(byte[] encoded) {
        byte[] raw = encoded.clone();
        return new EfCardAccess(raw, SecurityInfos.of(Tlv.parse(raw, WHAT)));
    }

    /**
     * The SecurityInfos.
     *
     * @return all of them
     */
    public SecurityInfos securityInfos() {
        return securityInfos;
    }

    /**
     * The PACEInfos: one per protocol and domain parameters the chip offers.
     *
     * @return those present, in the order read
     */
    public List<PaceInfo> paceInfos() {
        return securityInfos.paceInfos();
    }

    /**
     * The PACEDomainParameterInfos, for chips with explicit domain parameters.
     *
     * @return those present
     */
    public List<PaceDomainParameterInfo> paceDomainParameterInfos() {
        return securityInfos.paceDomainParameterInfos();
    }

    /**
     * EF.CardAccess.
     *
     * @return {@link LdsFileId#CARD_ACCESS}
     */
    @Override
    public LdsFileId id() {
        return LdsFileId.CARD_ACCESS;
    }

    @Override
    public byte[] encoded() {
        return raw.clone();
    }

    /**
     * Equal if the bytes are equal.
     *
     * @param o the other object
     * @return {@code true} for an EF.CardAccess with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof EfCardAccess && Arrays.equals(raw, ((EfCardAccess) o).raw);
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
        return "EfCardAccess" + securityInfos.all();
    }
}
