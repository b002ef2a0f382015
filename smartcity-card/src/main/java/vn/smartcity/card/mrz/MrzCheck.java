package vn.smartcity.card.mrz;

import java.util.Objects;

/**
 * One check digit of an MRZ: which one, the digit computed from the data, the character printed,
 * and where it is printed.
 *
 * <p>A check digit is not personal data on its own, so {@link #toString()} shows both digits.
 *
 * @param field which check this is
 * @param expected the digit computed from the data ({@code 0}–{@code 9})
 * @param found the character printed in the MRZ
 * @param line the line of the printed digit, from 1
 * @param column the column of the printed digit, from 1 as in the Doc 9303 tables
 */
public record MrzCheck(Field field, char expected, char found, int line, int column) {

    /** The check digits an MRZ may carry. */
    public enum Field {
        /** Over the document number (its long form included), Doc 9303 Part 3 section 4.9. */
        DOCUMENT_NUMBER("document number"),
        /** Over the date of birth. */
        DATE_OF_BIRTH("date of birth"),
        /** Over the date of expiry. */
        DATE_OF_EXPIRY("date of expiry"),
        /** Over the TD3 personal number (optional data), Doc 9303 Part 4 section 4.2.2.2. */
        PERSONAL_NUMBER("personal number"),
        /** Over the upper and middle lines (TD1) or the lower line (TD2, TD3). */
        COMPOSITE("composite"),
        /**
         * Over the 12-digit personal identification number in the optional data of a Vietnamese
         * CCCD (line 1, positions 16–27, digit at 30).
         */
        VN_PERSONAL_ID_NUMBER("Vietnamese personal identification number");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        /**
         * A readable name.
         *
         * @return such as {@code date of birth}
         */
        public String label() {
            return label;
        }
    }

    /**
     * Validates the components.
     *
     * @param field which check this is
     * @param expected the computed digit
     * @param found the printed character
     * @param line the line, from 1
     * @param column the column, from 1
     */
    public MrzCheck {
        Objects.requireNonNull(field, "field");
        if (expected < '0' || expected > '9') {
            throw new IllegalArgumentException("expected must be a digit");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1");
        }
    }

    /**
     * Whether the printed digit matches. The check digit of a TD3 personal number may be printed as
     * a filler, which counts as zero (both forms are in use; JMRTD's MRZInfoTest has a Dutch
     * specimen printed each way).
     *
     * @return {@code true} if the check passed
     */
    public boolean passed() {
        return expected == found || (field == Field.PERSONAL_NUMBER && expected == '0' && found == '<');
    }

    /**
     * The name of the check.
     *
     * @return {@link Field#label()}
     */
    public String name() {
        return field.label();
    }

    /**
     * Shows the check and both digits.
     *
     * @return such as {@code date of birth check at line 2 column 7: expected 2, found 2 (passed)}
     */
    @Override
    public String toString() {
        return field.label() + " check at line " + line + " column " + column + ": expected " + expected + ", found "
                + found + (passed() ? " (passed)" : " (FAILED)");
    }
}
