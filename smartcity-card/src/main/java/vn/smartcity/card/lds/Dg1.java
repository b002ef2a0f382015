package vn.smartcity.card.lds;

import java.util.Arrays;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.mrz.Mrz;
import vn.smartcity.card.mrz.MrzParser;
import vn.smartcity.card.tlv.Tlv;

/**
 * DG1 (ICAO Doc 9303 Part 10): tag {@code 61} holding the MRZ as tag {@code 5F1F},
 * the characters of all lines without separators (90 for TD1 cards such as the CCCD). The MRZ text
 * is checked to be printable ASCII here and parsed elsewhere.
 */
public final class Dg1 implements LdsFile {

    private static final String WHAT = "DG1";

    private final byte[] raw;
    private final String mrzText;

    private Dg1(byte[] raw, String mrzText) {
        this.raw = raw;
        this.mrzText = mrzText;
    }

    /**
     * Parses DG1.
     *
     * @param encoded the file as read; copied
     * @return the file
     * @throws CardDataException if it is not a well-formed DG1 or the MRZ holds bytes other than
     *     printable ASCII
     */
    public static Dg1 parse(byte[] encoded) {
        byte[] raw = encoded.clone();
        Tlv root = Tlv.parse(raw, WHAT).expectTag(LdsFileId.DG1.tag(), WHAT);
        Tlv mrz = root.child(0x5F1F, "MRZ");
        if (mrz.valueLength() == 0) {
            throw mrz.error("the MRZ is empty");
        }
        StringBuilder text = new StringBuilder(mrz.valueLength());
        for (int i = 0; i < mrz.valueLength(); i++) {
            int b = mrz.valueByte(i);
            if (b < 0x20 || b > 0x7E) {
                throw new CardDataException(WHAT, mrz.valueOffset() + i, "MRZ byte is not printable ASCII");
            }
            text.append((char) b);
        }
        return new Dg1(raw, text.toString());
    }

    /**
     * The MRZ: all lines run together, as stored.
     *
     * @return the characters, such as 90 for TD1
     */
    public String mrzText() {
        return mrzText;
    }

    /**
     * The machine-readable zone, parsed and checked (every check digit, and for the CCCD the
     * 12-digit number in the optional data).
     *
     * @return the MRZ; check {@link Mrz#isValid()} for the check digits
     * @throws CardDataException if the text is not a well-formed TD1, TD2 or TD3 zone
     */
    public Mrz mrz() {
        return MrzParser.strict().parse(mrzText);
    }

    /**
     * DG1.
     *
     * @return {@link LdsFileId#DG1}
     */
    @Override
    public LdsFileId id() {
        return LdsFileId.DG1;
    }

    @Override
    public byte[] encoded() {
        return raw.clone();
    }

    /**
     * Equal if the bytes are equal.
     *
     * @param o the other object
     * @return {@code true} for a DG1 with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Dg1 && Arrays.equals(raw, ((Dg1) o).raw);
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
     * The MRZ's length only: the MRZ is personal data.
     *
     * @return such as {@code Dg1[mrz=90 characters]}
     */
    @Override
    public String toString() {
        return "Dg1[mrz=" + mrzText.length() + " characters]";
    }
}
