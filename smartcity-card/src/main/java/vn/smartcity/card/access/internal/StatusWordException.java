package vn.smartcity.card.access.internal;

/**
 * The chip answered a SELECT or READ BINARY with an error status word, such as {@code 6A82} (file
 * not found) or {@code 6982} (security status not satisfied, as for DG3 without terminal
 * authentication).
 */
public final class StatusWordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int statusWord;

    /**
     * Creates an exception.
     *
     * @param command the command, such as {@code SELECT EF 0103}
     * @param statusWord the status word
     */
    public StatusWordException(String command, int statusWord) {
        super(String.format("%s was answered %04X (%s)", command, statusWord, meaning(statusWord)));
        this.statusWord = statusWord;
    }

    /**
     * The status word.
     *
     * @return such as {@code 0x6A82}
     */
    public int statusWord() {
        return statusWord;
    }

    /**
     * What a status word means, in words.
     *
     * @param sw the status word
     * @return a short phrase
     */
    public static String meaning(int sw) {
        switch (sw) {
            case 0x6982:
                return "security status not satisfied";
            case 0x6A82:
                return "file not found";
            case 0x6A86:
                return "incorrect P1-P2";
            case 0x6B00:
                return "offset outside the file";
            case 0x6D00:
                return "instruction not supported";
            case 0x6E00:
                return "class not supported";
            case 0x6700:
                return "wrong length";
            case 0x6986:
                return "command not allowed, no current EF";
            default:
                return "error";
        }
    }
}
