package vn.smartcity.card.reader;

import java.util.Objects;
import vn.smartcity.card.lds.LdsFileId;

/**
 * A file the chip did not let the reader read, such as DG3 (fingerprints) answering {@code 6982}
 * without terminal authentication, or a data group the card does not have ({@code 6A82}).
 *
 * @param file the file
 * @param statusWord the chip's answer
 * @param reason the refused command and the meaning of the status word
 */
public record UnreadableFile(LdsFileId file, int statusWord, String reason) {

    /**
     * Checks the components.
     *
     * @param file the file
     * @param statusWord the chip's answer
     * @param reason the refused command and the meaning of the status word
     */
    public UnreadableFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * The file and status word.
     *
     * @return such as {@code DG3 (6982)}
     */
    @Override
    public String toString() {
        return file.displayName() + String.format(" (%04X)", statusWord);
    }
}
