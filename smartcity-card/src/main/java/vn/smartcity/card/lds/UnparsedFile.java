package vn.smartcity.card.lds;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file {@link Lds} recognises by its tag but does not parse: EF.SOD (parsed by the passive
 * authentication code) and the data groups other than DG1, DG2, DG13, DG14 and DG15. Its outer
 * TLV has been checked; its content has not.
 */
public final class UnparsedFile implements LdsFile {

    private final LdsFileId id;
    private final byte[] raw;

    UnparsedFile(LdsFileId id, byte[] raw) {
        this.id = Objects.requireNonNull(id, "id");
        this.raw = raw;
    }

    @Override
    public LdsFileId id() {
        return id;
    }

    @Override
    public byte[] encoded() {
        return raw.clone();
    }

    /**
     * Equal if the file and bytes are equal.
     *
     * @param o the other object
     * @return {@code true} for the same file with the same bytes
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof UnparsedFile && id == ((UnparsedFile) o).id && Arrays.equals(raw, ((UnparsedFile) o).raw);
    }

    /**
     * A hash of the file and bytes.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return 31 * id.hashCode() + Arrays.hashCode(raw);
    }

    /**
     * Which file and its size.
     *
     * @return such as {@code UnparsedFile[EF.SOD, 1805 bytes]}
     */
    @Override
    public String toString() {
        return "UnparsedFile[" + id.displayName() + ", " + raw.length + " bytes]";
    }
}
