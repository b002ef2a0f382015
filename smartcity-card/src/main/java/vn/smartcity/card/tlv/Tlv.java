package vn.smartcity.card.tlv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.smartcity.card.CardDataException;

/**
 * One BER-TLV element: a view of its tag, length and value inside the original bytes. Offsets are
 * positions in that array, so an error deep inside a file still names the byte offset from the
 * start of the file.
 *
 * <p>A view copies nothing: {@link #value()} and {@link #encoded()} copy on request, {@link
 * #valueBuffer()} wraps without copying. The children of a constructed element are parsed when
 * {@link #children()}, {@link #childReader()} or {@link #child(int, String)} is called, with the
 * same {@link TlvOptions} and one more level of depth. A view is immutable as long as the array it
 * reads is not changed.
 */
public final class Tlv {

    private final byte[] source;
    private final int offset;
    private final int tag;
    private final int tagLength;
    private final boolean constructed;
    private final int valueOffset;
    private final int valueLength;
    private final int end;
    private final int depth;
    private final TlvOptions options;
    private final String what;

    Tlv(
            byte[] source,
            int offset,
            int tag,
            int tagLength,
            boolean constructed,
            int valueOffset,
            int valueLength,
            int end,
            int depth,
            TlvOptions options,
            String what) {
        this.source = source;
        this.offset = offset;
        this.tag = tag;
        this.tagLength = tagLength;
        this.constructed = constructed;
        this.valueOffset = valueOffset;
        this.valueLength = valueLength;
        this.end = end;
        this.depth = depth;
        this.options = options;
        this.what = what;
    }

    /**
     * Parses bytes that must hold exactly one element, with the {@linkplain TlvOptions#LDS LDS
     * limits}.
     *
     * @param data the bytes; not copied, so they must not change while the view is in use
     * @param what what is being read, for error messages ({@code DG13})
     * @return the element, spanning all of {@code data}
     * @throws CardDataException if {@code data} is empty, malformed, or has bytes after the element
     */
    public static Tlv parse(byte[] data, String what) {
        return parse(data, what, TlvOptions.LDS);
    }

    /**
     * Parses bytes that must hold exactly one element.
     *
     * @param data the bytes; not copied
     * @param what what is being read, for error messages
     * @param options the limits
     * @return the element, spanning all of {@code data}
     * @throws CardDataException if {@code data} is empty, malformed, or has bytes after the element
     */
    public static Tlv parse(byte[] data, String what, TlvOptions options) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(options, "options");
        if (data.length == 0) {
            throw new CardDataException(what, 0, "expected a TLV element, found no bytes");
        }
        Tlv element = TlvReader.decode(data, 0, data.length, 0, options, what);
        if (element.end != data.length) {
            throw new CardDataException(
                    what,
                    element.end,
                    (data.length - element.end) + " bytes follow the element with tag " + element.tagHex());
        }
        return element;
    }

    /**
     * The tag, its bytes read as a big-endian number ({@code 0x5F1F}, {@code 0x7F61}); a four-byte
     * tag whose first byte has bit 8 set is negative.
     *
     * @return the tag
     */
    public int tag() {
        return tag;
    }

    /**
     * The tag in hexadecimal, two digits per tag byte.
     *
     * @return such as {@code 5F1F}
     */
    public String tagHex() {
        return tagHex(tag, tagLength);
    }

    /**
     * How many bytes the tag has.
     *
     * @return 1 to 4
     */
    public int tagLength() {
        return tagLength;
    }

    /**
     * The class of the tag.
     *
     * @return bits 8 and 7 of the first tag byte
     */
    public TagClass tagClass() {
        return TagClass.of(source[offset]);
    }

    /**
     * Whether the element is constructed (bit 6 of the first tag byte), so its value is a sequence
     * of elements.
     *
     * @return {@code true} for constructed elements
     */
    public boolean constructed() {
        return constructed;
    }

    /**
     * Whether the element used the indefinite length form (only with {@link
     * TlvOptions#allowIndefiniteLength()}).
     *
     * @return {@code true} if the length byte was {@code 80}
     */
    public boolean indefiniteLength() {
        return end - valueOffset != valueLength;
    }

    /**
     * Where the element starts: the offset of its first tag byte in the underlying array.
     *
     * @return the offset
     */
    public int offset() {
        return offset;
    }

    /**
     * Where the value starts.
     *
     * @return the offset of the first value byte in the underlying array
     */
    public int valueOffset() {
        return valueOffset;
    }

    /**
     * How many value bytes there are (without an end-of-contents marker).
     *
     * @return the length
     */
    public int valueLength() {
        return valueLength;
    }

    /**
     * How many bytes the tag and length take.
     *
     * @return {@code valueOffset() - offset()}
     */
    public int headerLength() {
        return valueOffset - offset;
    }

    /**
     * The length of the whole encoding: tag, length, value and any end-of-contents marker.
     *
     * @return {@code end() - offset()}
     */
    public int encodedLength() {
        return end - offset;
    }

    /**
     * Where the element ends.
     *
     * @return the offset just after its last byte
     */
    public int end() {
        return end;
    }

    /**
     * How deep the element is: {@code 0} for an element read directly from a reader or {@link
     * #parse(byte[], String)}, one more for each enclosing element since.
     *
     * @return the depth
     */
    public int depth() {
        return depth;
    }

    /**
     * What is being read, as given to the parser.
     *
     * @return such as {@code DG13}
     */
    public String what() {
        return what;
    }

    /**
     * A copy of the value bytes.
     *
     * @return a new array
     */
    public byte[] value() {
        return Arrays.copyOfRange(source, valueOffset, valueOffset + valueLength);
    }

    /**
     * A copy of the whole encoding: tag, length and value, as read.
     *
     * @return a new array
     */
    public byte[] encoded() {
        return Arrays.copyOfRange(source, offset, end);
    }

    /**
     * The value bytes without copying.
     *
     * @return a read-only buffer whose position 0 is the first value byte
     */
    public ByteBuffer valueBuffer() {
        return ByteBuffer.wrap(source, valueOffset, valueLength).slice().asReadOnlyBuffer();
    }

    /**
     * One value byte.
     *
     * @param index the index within the value
     * @return the byte as {@code 0} to {@code 255}
     * @throws IndexOutOfBoundsException if {@code index} is not within the value
     */
    public int valueByte(int index) {
        Objects.checkIndex(index, valueLength);
        return source[valueOffset + index] & 0xFF;
    }

    /**
     * Whether the value equals some bytes.
     *
     * @param expected the bytes to compare with
     * @return {@code true} if the value has exactly these bytes
     */
    public boolean valueEquals(byte[] expected) {
        return Arrays.equals(source, valueOffset, valueOffset + valueLength, expected, 0, expected.length);
    }

    /**
     * The value as a big-endian unsigned number of one to four bytes.
     *
     * @return the number
     * @throws CardDataException if the value is empty, longer than four bytes or above {@link
     *     Integer#MAX_VALUE}
     */
    public int unsignedValue() {
        if (valueLength < 1 || valueLength > 4) {
            throw error("expected 1 to 4 value bytes in tag " + tagHex() + ", found " + valueLength);
        }
        long n = 0;
        for (int i = 0; i < valueLength; i++) {
            n = (n << 8) | (source[valueOffset + i] & 0xFF);
        }
        if (n > Integer.MAX_VALUE) {
            throw error("value of tag " + tagHex() + " is above " + Integer.MAX_VALUE);
        }
        return (int) n;
    }

    /**
     * The value decoded as text; malformed or unmappable bytes are an error, not replaced.
     *
     * @param charset how the text is encoded
     * @return the text
     * @throws CardDataException at the value's offset if the bytes are not valid in {@code charset}
     */
    public String valueAsString(Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(source, valueOffset, valueLength));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new CardDataException(
                    what, valueOffset, "value of tag " + tagHex() + " is not valid " + charset.name(), e);
        }
    }

    /**
     * Reads the children one after another.
     *
     * @return a reader over the value of this constructed element, one level deeper
     * @throws CardDataException if this element is primitive
     */
    public TlvReader childReader() {
        if (!constructed) {
            throw error("tag " + tagHex() + " is primitive, expected a constructed element");
        }
        return new TlvReader(source, valueOffset, valueOffset + valueLength, depth + 1, options, what);
    }

    /**
     * Parses all children.
     *
     * @return the elements inside this constructed element, in order
     * @throws CardDataException if this element is primitive or a child is malformed
     */
    public List<Tlv> children() {
        TlvReader reader = childReader();
        List<Tlv> children = new ArrayList<>();
        while (reader.hasNext()) {
            children.add(reader.next());
        }
        return List.copyOf(children);
    }

    /**
     * The first child with a tag.
     *
     * @param childTag the tag to look for
     * @return the child, or empty if none has that tag
     * @throws CardDataException if this element is primitive or a child is malformed
     */
    public Optional<Tlv> findChild(int childTag) {
        TlvReader reader = childReader();
        while (reader.hasNext()) {
            Tlv child = reader.next();
            if (child.tag == childTag) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /**
     * The first child with a tag, which must be present.
     *
     * @param childTag the tag to look for
     * @param name what that child is, for the error message ({@code MRZ})
     * @return the child
     * @throws CardDataException if there is no such child
     */
    public Tlv child(int childTag, String name) {
        return findChild(childTag)
                .orElseThrow(
                        () -> error("expected tag " + tagHex(childTag) + " (" + name + ") inside tag " + tagHex()));
    }

    /**
     * Checks the tag.
     *
     * @param expectedTag the tag this element must have
     * @param name what such an element is, for the error message ({@code DG13})
     * @return this element
     * @throws CardDataException if the tag differs
     */
    public Tlv expectTag(int expectedTag, String name) {
        if (tag != expectedTag) {
            throw error("expected tag " + tagHex(expectedTag) + " (" + name + "), found " + tagHex());
        }
        return this;
    }

    /**
     * An error about this element, at its offset.
     *
     * @param message what is wrong, without personal data
     * @return the exception, to throw
     */
    public CardDataException error(String message) {
        return new CardDataException(what, offset, message);
    }

    /**
     * The tag in hexadecimal with as many bytes as it needs.
     *
     * @param tag a tag as {@link #tag()} gives it
     * @return such as {@code 61} or {@code 5F1F}
     */
    public static String tagHex(int tag) {
        int bytes = (tag & 0xFF000000) != 0 ? 4 : (tag & 0xFF0000) != 0 ? 3 : (tag & 0xFF00) != 0 ? 2 : 1;
        return tagHex(tag, bytes);
    }

    static String tagHex(int tag, int bytes) {
        String hex = Integer.toHexString(tag).toUpperCase(Locale.ROOT);
        int digits = bytes * 2;
        return hex.length() >= digits ? hex.substring(hex.length() - digits) : "0".repeat(digits - hex.length()) + hex;
    }

    /**
     * Describes the element without its value, so it is safe to log.
     *
     * @return such as {@code Tlv[tag=5F1F, offset=2, length=90]}
     */
    @Override
    public String toString() {
        return "Tlv[tag=" + tagHex() + ", offset=" + offset + ", length=" + valueLength + "]";
    }
}
