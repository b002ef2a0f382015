package vn.smartcity.card.lds;

/**
 * A file of the logical data structure, parsed from its bytes as read from the chip. Every file
 * keeps those bytes: {@link #encoded()} gives them back unchanged, which is what EF.SOD's hashes
 * cover.
 */
public sealed interface LdsFile permits EfCom, Dg1, Dg2, Dg13, Dg14, Dg15, EfCardAccess, UnparsedFile {

    /**
     * Which file this is.
     *
     * @return the file
     */
    LdsFileId id();

    /**
     * The file as read.
     *
     * @return a copy of the bytes
     */
    byte[] encoded();
}
