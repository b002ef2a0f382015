package vn.smartcity.card.mrz;

/**
 * One OCR confusion corrected when the caller asked for it ({@link MrzParser#withOcrCorrection()}):
 * a letter read where the field only allows digits, or a digit where it only allows letters.
 *
 * <p>{@link #toString()} says where and which way, not the characters (they are part of the MRZ).
 *
 * @param line the line, from 1
 * @param column the column, from 1
 * @param read the character as read
 * @param corrected the character put in its place
 */
public record MrzCorrection(int line, int column, char read, char corrected) {

    /**
     * Validates the position.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     * @param read the character as read
     * @param corrected the character put in its place
     */
    public MrzCorrection {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column count from 1");
        }
    }

    /**
     * Whether a letter was turned into a digit (as opposed to a digit into a letter).
     *
     * @return {@code true} for corrections in numeric fields
     */
    public boolean toDigit() {
        return corrected >= '0' && corrected <= '9';
    }

    /**
     * Where and which way, without the characters.
     *
     * @return such as {@code line 2 column 3: letter to digit}
     */
    @Override
    public String toString() {
        return "line " + line + " column " + column + (toDigit() ? ": letter to digit" : ": digit to letter");
    }
}
