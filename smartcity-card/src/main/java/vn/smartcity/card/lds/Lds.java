package vn.smartcity.card.lds;

import vn.smartcity.card.CardDataException;
import vn.smartcity.card.tlv.Tlv;

/**
 * Recognises an LDS file by the tag it starts with and parses it: EF.COM, DG1, DG2, DG13, DG14,
 * DG15 and EF.CardAccess become their own types; EF.SOD (tag {@code 77}) and the other data groups
 * become an {@link UnparsedFile} (EF.SOD is parsed by the passive authentication code, not here).
 */
public final class Lds {

    private Lds() {}

    /**
     * Parses a file.
     *
     * @param encoded the file as read from the chip; copied
     * @return the parsed file, of the type its tag names
     * @throws CardDataException if the bytes are not one well-formed TLV element, its tag names no
     *     LDS file, or the file is malformed
     */
    public static LdsFile parse(byte[] encoded) {
        Tlv outer = Tlv.parse(encoded.clone(), "LDS file");
        LdsFileId id = LdsFileId.byTag(outer.tag())
                .orElseThrow(() -> outer.error("tag " + outer.tagHex() + " starts no LDS file"));
        switch (id) {
            case COM:
                return EfCom.parse(encoded);
            case DG1:
                return Dg1.parse(encoded);
            case DG2:
                return Dg2.parse(encoded);
            case DG13:
                return Dg13.parse(encoded);
            case DG14:
                return Dg14.parse(encoded);
            case DG15:
                return Dg15.parse(encoded);
            case CARD_ACCESS:
                return EfCardAccess.parse(encoded);
            default:
                return new UnparsedFile(id, outer.encoded());
        }
    }
}
