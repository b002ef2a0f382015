package vn.smartcity.card.tlv;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import vn.smartcity.card.CardDataException;

/**
 * Streams the BER-TLV elements of a region one after another, without copying: each {@link
 * #next()} decodes one header, checks its length against the bytes left in the region and returns
 * a {@link Tlv} view; the reader then moves past that element's value.
 *
 * <p>The elements a reader returns are at one depth; their children are read through {@link
 * Tlv#children()} or {@link Tlv#childReader()}. A reader is not thread-safe; the views it returns
 * are immutable as long as nobody changes the underlying array.
 */
public final class TlvReader implements Iterator<Tlv> {

    private static final int MAX_TAG_BYTES = 4;
    private static final int MAX_LENGTH_BYTES = 4;

    private final byte[] source;
    private final int limit;
    private final int depth;
    private final TlvOptions options;
    private final String what;
    private int position;

    TlvReader(byte[] source, int start, int limit, int depth, TlvOptions options, String what) {
        this.source = source;
        this.position = start;
        this.limit = limit;
        this.depth = depth;
        this.options = options;
        this.what = what;
    }

    /**
     * Reads the elements of a whole array with the {@linkplain TlvOptions#LDS LDS limits}.
     *
     * @param data the bytes; not copied, so they must not change while views are in use
     * @param what what is being read, for error messages ({@code DG13}, {@code EF.COM})
     * @return a reader positioned at the first element
     */
    public static TlvReader of(byte[] data, String what) {
        return of(data, what, TlvOptions.LDS);
    }

    /**
     * Reads the elements of a whole array.
     *
     * @param data the bytes; not copied
     * @param what what is being read, for error messages
     * @param options the limits
     * @return a reader positioned at the first element
     */
    public static TlvReader of(byte[] data, String what, TlvOptions options) {
        Objects.requireNonNull(data, "data");
        return new TlvReader(data, 0, data.length, 0, Objects.requireNonNull(options, "options"), checkWhat(what));
    }

    /**
     * Reads the elements of part of an array; offsets in views and errors stay relative to the
     * start of {@code data}.
     *
     * @param data the bytes; not copied
     * @param offset where the region starts
     * @param length how many bytes it has
     * @param what what is being read, for error messages
     * @param options the limits
     * @return a reader positioned at {@code offset}
     * @throws IndexOutOfBoundsException if the region is not inside {@code data}
     */
    public static TlvReader of(byte[] data, int offset, int length, String what, TlvOptions options) {
        Objects.requireNonNull(data, "data");
        Objects.checkFromIndexSize(offset, length, data.length);
        return new TlvReader(
                data, offset, offset + length, 0, Objects.requireNonNull(options, "options"), checkWhat(what));
    }

    private static String checkWhat(String what) {
        return Objects.requireNonNull(what, "what");
    }

    /**
     * Whether bytes are left in the region.
     *
     * @return {@code true} if {@link #next()} will decode another element (or fail trying)
     */
    @Override
    public boolean hasNext() {
        return position < limit;
    }

    /**
     * Decodes the element at the current position and moves past it.
     *
     * @return the element
     * @throws NoSuchElementException if no bytes are left
     * @throws CardDataException if the element is malformed or longer than the bytes left
     */
    @Override
    public Tlv next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no bytes left at " + position);
        }
        Tlv element = decode(source, position, limit, depth, options, what);
        position = element.end();
        return element;
    }

    /**
     * Where the next element starts.
     *
     * @return the offset in the underlying array
     */
    public int position() {
        return position;
    }

    /**
     * How many bytes are left in the region.
     *
     * @return the count
     */
    public int remaining() {
        return limit - position;
    }

    /** Decodes one element that starts at {@code start} and must end by {@code limit}. */
    static Tlv decode(byte[] src, int start, int limit, int depth, TlvOptions options, String what) {
        if (depth > options.maxDepth()) {
            throw new CardDataException(what, start, "elements nest deeper than " + options.maxDepth() + " levels");
        }
        int pos = start;
        int first = src[pos] & 0xFF;
        if (first == 0x00 || first == 0xFF) {
            throw new CardDataException(
                    what, pos, "tag byte " + hex2(first) + " is not a tag (ISO/IEC 7816-4 uses it as padding)");
        }
        int tag = first;
        pos++;
        if ((first & 0x1F) == 0x1F) {
            int tagBytes = 1;
            while (true) {
                if (pos >= limit) {
                    throw new CardDataException(what, pos, "tag continues past the end of the data");
                }
                int b = src[pos] & 0xFF;
                if (tagBytes == 1 && b == 0x80) {
                    throw new CardDataException(what, pos, "tag number starts with a zero byte (80)");
                }
                if (tagBytes == MAX_TAG_BYTES) {
                    throw new CardDataException(what, start, "tag longer than " + MAX_TAG_BYTES + " bytes");
                }
                tag = (tag << 8) | b;
                tagBytes++;
                pos++;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
        }
        int tagLength = pos - start;
        boolean constructed = (first & 0x20) != 0;
        if (pos >= limit) {
            throw new CardDataException(
                    what,
                    pos,
                    "expected a length byte after tag " + Tlv.tagHex(tag, tagLength) + ", found the end of the data");
        }
        int lengthByte = src[pos] & 0xFF;
        int lengthOffset = pos;
        pos++;
        if (lengthByte == 0x80) {
            if (!options.allowIndefiniteLength()) {
                throw new CardDataException(what, lengthOffset, "indefinite length (80) is not allowed here");
            }
            if (!constructed) {
                throw new CardDataException(
                        what, lengthOffset, "indefinite length (80) on primitive tag " + Tlv.tagHex(tag, tagLength));
            }
            return indefinite(src, start, tag, tagLength, pos, limit, depth, options, what);
        }
        long length;
        if (lengthByte < 0x80) {
            length = lengthByte;
        } else if (lengthByte == 0xFF) {
            throw new CardDataException(what, lengthOffset, "length byte FF is reserved");
        } else {
            int count = lengthByte & 0x7F;
            if (count > MAX_LENGTH_BYTES) {
                throw new CardDataException(
                        what,
                        lengthOffset,
                        "length uses " + count + " bytes, at most " + MAX_LENGTH_BYTES + " are allowed");
            }
            if (limit - pos < count) {
                throw new CardDataException(
                        what, lengthOffset, "length needs " + count + " bytes, only " + (limit - pos) + " left");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (src[pos++] & 0xFF);
            }
        }
        int left = limit - pos;
        if (length > left) {
            throw new CardDataException(
                    what,
                    lengthOffset,
                    "length " + length + " of tag " + Tlv.tagHex(tag, tagLength) + " exceeds the " + left
                            + " bytes left");
        }
        return new Tlv(
                src, start, tag, tagLength, constructed, pos, (int) length, pos + (int) length, depth, options, what);
    }

    private static Tlv indefinite(
            byte[] src,
            int start,
            int tag,
            int tagLength,
            int valueOffset,
            int limit,
            int depth,
            TlvOptions options,
            String what) {
        int pos = valueOffset;
        while (true) {
            if (pos >= limit) {
                throw new CardDataException(
                        what,
                        start,
                        "indefinite-length tag " + Tlv.tagHex(tag, tagLength)
                                + " has no end-of-contents (00 00) before the end of the data");
            }
            if (src[pos] == 0 && pos + 1 < limit && src[pos + 1] == 0) {
                return new Tlv(
                        src,
                        start,
                        tag,
                        tagLength,
                        true,
                        valueOffset,
                        pos - valueOffset,
                        pos + 2,
                        depth,
                        options,
                        what);
            }
            pos = decode(src, pos, limit, depth + 1, options, what).end();
        }
    }

    static String hex2(int b) {
        String h = Integer.toHexString(b & 0xFF).toUpperCase(java.util.Locale.ROOT);
        return h.length() == 1 ? "0" + h : h;
    }
}
