package vn.smartcity.card.lds;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One field of the Vietnamese DG13: {@code SEQUENCE { INTEGER fieldNumber, value ... }}, kept as
 * read, with the text of its string values (UTF8String, PrintableString and the other ASN.1
 * string types, also inside nested SEQUENCEs and SETs, in order).
 */
public final class Dg13Field {

    private final int number;
    private final byte[] source;
    private final int offset;
    private final int valueOffset;
    private final int end;
    private final List<String> texts;

    Dg13Field(int number, byte[] source, int offset, int valueOffset, int end, List<String> texts) {
        this.number = number;
        this.source = source;
        this.offset = offset;
        this.valueOffset = valueOffset;
        this.end = end;
        this.texts = List.copyOf(texts);
    }

    /**
     * The field number.
     *
     * @return such as {@code 2} for the full name
     */
    public int number() {
        return number;
    }

    /**
     * Where the field starts in DG13.
     *
     * @return the offset of its SEQUENCE tag
     */
    public int offset() {
        return offset;
    }

    /**
     * The whole field as read.
     *
     * @return a copy of the SEQUENCE, tag included
     */
    public byte[] encoded() {
        return Arrays.copyOfRange(source, offset, end);
    }

    /**
     * The value elements as read: everything in the SEQUENCE after the field number.
     *
     * @return a copy of those elements' encodings; empty if the field has no value
     */
    public byte[] valueEncoded() {
        return Arrays.copyOfRange(source, valueOffset, end);
    }

    /**
     * The text of every string value, depth first; a parent field (13) gives two.
     *
     * @return the texts as decoded, possibly empty
     */
    public List<String> texts() {
        return texts;
    }

    /**
     * The first text.
     *
     * @return the text of the first string value, or empty if there is none
     */
    public Optional<String> text() {
        return texts.isEmpty() ? Optional.empty() : Optional.of(texts.get(0));
    }

    /**
     * Equal if the number and bytes are equal.
     *
     * @param o the other object
     * @return {@code true} for the same field
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Dg13Field)) {
            return false;
        }
        Dg13Field other = (Dg13Field) o;
        return number == other.number && Arrays.equals(source, offset, end, other.source, other.offset, other.end);
    }

    /**
     * A hash of the number and bytes.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return 31 * number + Arrays.hashCode(encoded());
    }

    /**
     * The number and how many texts; the values are personal data and are not shown.
     *
     * @return such as {@code Dg13Field[number=2, texts=1]}
     */
    @Override
    public String toString() {
        return "Dg13Field[number=" + number + ", texts=" + texts.size() + "]";
    }
}
