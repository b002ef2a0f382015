package vn.smartcity.card.qr;

/**
 * A disagreement between the fields of a CCCD QR that does not stop it from parsing: the personal
 * identification number encodes a gender and a birth year (Circular 07/2016/TT-BCA Article 7), and
 * the QR states them again.
 */
public enum CccdQrMismatch {
    /** The number's century/gender digit says another gender than the gender field. */
    GENDER("the gender encoded in the personal identification number differs from the gender field"),
    /** The number's birth year differs from the year of the date of birth. */
    BIRTH_YEAR("the birth year encoded in the personal identification number differs from the date of birth"),
    /** The card is said to be issued before the holder was born. */
    ISSUED_BEFORE_BIRTH("the issue date is before the date of birth");

    private final String description;

    CccdQrMismatch(String description) {
        this.description = description;
    }

    /**
     * What disagrees, without personal data.
     *
     * @return a sentence
     */
    public String description() {
        return description;
    }
}
