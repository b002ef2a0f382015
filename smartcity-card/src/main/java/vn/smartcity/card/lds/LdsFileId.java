package vn.smartcity.card.lds;

import java.util.Optional;

/**
 * The elementary files of the eMRTD application (ICAO Doc 9303 Part 10, sections 3.6 and 4.6 to
 * 4.7, Tables 33 and 38) and EF.CardAccess of the master file: the tag each file starts with, its
 * file identifier and its short file identifier.
 */
public enum LdsFileId {
    /** EF.COM: LDS version and the list of data groups present. */
    COM("EF.COM", 0x60, 0x011E, 0x1E),
    /** DG1: the MRZ. */
    DG1("DG1", 0x61, 0x0101, 0x01),
    /** DG2: encoded face. */
    DG2("DG2", 0x75, 0x0102, 0x02),
    /** DG3: encoded fingers. */
    DG3("DG3", 0x63, 0x0103, 0x03),
    /** DG4: encoded irises. */
    DG4("DG4", 0x76, 0x0104, 0x04),
    /** DG5: displayed portrait. */
    DG5("DG5", 0x65, 0x0105, 0x05),
    /** DG6: reserved for future use. */
    DG6("DG6", 0x66, 0x0106, 0x06),
    /** DG7: displayed signature or usual mark. */
    DG7("DG7", 0x67, 0x0107, 0x07),
    /** DG8: data features. */
    DG8("DG8", 0x68, 0x0108, 0x08),
    /** DG9: structure features. */
    DG9("DG9", 0x69, 0x0109, 0x09),
    /** DG10: substance features. */
    DG10("DG10", 0x6A, 0x010A, 0x0A),
    /** DG11: additional personal details. */
    DG11("DG11", 0x6B, 0x010B, 0x0B),
    /** DG12: additional document details. */
    DG12("DG12", 0x6C, 0x010C, 0x0C),
    /** DG13: optional details; on the CCCD, the Vietnamese personal data. */
    DG13("DG13", 0x6D, 0x010D, 0x0D),
    /** DG14: security options (SecurityInfos for chip authentication and PACE). */
    DG14("DG14", 0x6E, 0x010E, 0x0E),
    /** DG15: the Active Authentication public key. */
    DG15("DG15", 0x6F, 0x010F, 0x0F),
    /** DG16: persons to notify. */
    DG16("DG16", 0x70, 0x0110, 0x10),
    /** EF.SOD: the document security object (a CMS SignedData); parsed elsewhere, not here. */
    SOD("EF.SOD", 0x77, 0x011D, 0x1D),
    /**
     * EF.CardAccess in the master file: a SecurityInfos SET with no application tag, so its tag is
     * the universal SET tag {@code 31}.
     */
    CARD_ACCESS("EF.CardAccess", 0x31, 0x011C, 0x1C);

    private final String displayName;
    private final int tag;
    private final int fileId;
    private final int shortFileId;

    LdsFileId(String displayName, int tag, int fileId, int shortFileId) {
        this.displayName = displayName;
        this.tag = tag;
        this.fileId = fileId;
        this.shortFileId = shortFileId;
    }

    /**
     * The name Doc 9303 uses.
     *
     * @return such as {@code EF.COM} or {@code DG13}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The tag the file's content starts with, also used in the EF.COM tag list for data groups.
     *
     * @return such as {@code 0x6D}
     */
    public int tag() {
        return tag;
    }

    /**
     * The file identifier for SELECT.
     *
     * @return such as {@code 0x010D}
     */
    public int fileId() {
        return fileId;
    }

    /**
     * The short file identifier for READ BINARY with an SFI.
     *
     * @return such as {@code 0x0D}
     */
    public int shortFileId() {
        return shortFileId;
    }

    /**
     * The data group number.
     *
     * @return 1 to 16, or empty for EF.COM, EF.SOD and EF.CardAccess
     */
    public Optional<Integer> dataGroupNumber() {
        int index = ordinal() - DG1.ordinal() + 1;
        return index >= 1 && index <= 16 ? Optional.of(index) : Optional.empty();
    }

    /**
     * The file whose content starts with a tag.
     *
     * @param tag such as {@code 0x61}
     * @return the file, or empty if no file of the LDS starts with that tag
     */
    public static Optional<LdsFileId> byTag(int tag) {
        for (LdsFileId id : values()) {
            if (id.tag == tag) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
