package vn.smartcity.card.mrz;

/** The three MRZ sizes of ICAO Doc 9303. */
public enum MrzFormat {
    /** Three lines of 30 characters (Doc 9303 Part 5): ID cards, including the CCCD. */
    TD1(3, 30),
    /** Two lines of 36 characters (Doc 9303 Part 6). */
    TD2(2, 36),
    /** Two lines of 44 characters (Doc 9303 Part 4): passports. */
    TD3(2, 44);

    private final int lines;
    private final int lineLength;

    MrzFormat(int lines, int lineLength) {
        this.lines = lines;
        this.lineLength = lineLength;
    }

    /**
     * The number of lines.
     *
     * @return 3 for TD1, 2 otherwise
     */
    public int lines() {
        return lines;
    }

    /**
     * The characters per line.
     *
     * @return 30, 36 or 44
     */
    public int lineLength() {
        return lineLength;
    }
}
