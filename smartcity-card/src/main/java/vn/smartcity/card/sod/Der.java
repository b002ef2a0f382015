package vn.smartcity.card.sod;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import vn.smartcity.card.CardDataException;

/**
 * A reader of DER TLVs (ITU-T X.690) over one byte array, with absolute offsets for errors. It
 * never copies more than the bytes present and rejects a length that runs past its enclosing value,
 * so a walk over any input ends. Indefinite lengths (BER), which some issuers use around the
 * SignedData, are read to a bounded nesting depth.
 */
final class Der {

    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int OID = 0x06;
    static final int UTF8_STRING = 0x0C;
    static final int PRINTABLE_STRING = 0x13;
    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;
    static final int CONTEXT_0 = 0xA0;
    static final int CONTEXT_1 = 0xA1;
    static final int CONTEXT_0_PRIMITIVE = 0x80;

    private static final int MAX_INDEFINITE_DEPTH = 32;

    /**
     * One TLV.
     *
     * @param tag the tag bytes as an unsigned number ({@code 0x30}, {@code 0x5F1F})
     * @param offset the offset of the tag
     * @param valueOffset the offset of the value
     * @param length the length of the contents (without end-of-contents octets)
     * @param end the offset after the TLV (after the end-of-contents octets of an indefinite length)
     */
    record Tlv(int tag, int offset, int valueOffset, int length, int end) {

        /** Where the contents end: before the end-of-contents octets of an indefinite length. */
        int contentEnd() {
            return valueOffset + length;
        }

        boolean constructed() {
            int first = tag;
            while (first > 0xFF) {
                first >>>= 8;
            }
            return (first & 0x20) != 0;
        }
    }

    private final byte[] data;
    private final String what;

    Der(byte[] data, String what) {
        this.data = data;
        this.what = what;
    }

    CardDataException error(int position, String message) {
        return new CardDataException(what, position, message);
    }

    CardDataException error(int position, String message, Throwable cause) {
        return new CardDataException(what, position, message, cause);
    }

    /** Reads the TLV at {@code offset}; it must end at or before {@code limit}. */
    Tlv read(int offset, int limit) {
        Tlv header = header(offset, limit);
        if (header.end() >= 0) {
            return header;
        }
        int contentEnd = indefiniteEnd(header, limit);
        return new Tlv(header.tag(), offset, header.valueOffset(), contentEnd - header.valueOffset(), contentEnd + 2);
    }

    /** Tag and length; for an indefinite length the end is -1. */
    private Tlv header(int offset, int limit) {
        if (offset >= limit) {
            throw error(offset, "expected a TLV but the enclosing value ends at " + limit);
        }
        int pos = offset;
        int tag = data[pos++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            int next;
            do {
                if (pos >= limit) {
                    throw error(offset, "tag runs past the end of the data");
                }
                if (tag > 0xFFFFFF) {
                    throw error(offset, "tag longer than four bytes");
                }
                next = data[pos++] & 0xFF;
                tag = (tag << 8) | next;
            } while ((next & 0x80) != 0);
        }
        if (pos >= limit) {
            throw error(offset, "length missing after tag " + hexTag(tag));
        }
        int first = data[pos++] & 0xFF;
        long length;
        if (first < 0x80) {
            length = first;
        } else if (first == 0x80) {
            if ((data[offset] & 0x20) == 0) {
                throw error(pos - 1, "indefinite length on a primitive tag " + hexTag(tag));
            }
            return new Tlv(tag, offset, pos, -1, -1);
        } else {
            int count = first & 0x7F;
            if (count > 4) {
                throw error(pos - 1, "length field of " + count + " bytes");
            }
            if (pos + count > limit) {
                throw error(pos - 1, "length field runs past the end of the data");
            }
            length = 0;
            for (int i = 0; i < count; i++) {
                length = (length << 8) | (data[pos++] & 0xFF);
            }
        }
        if (length > limit - pos) {
            throw error(
                    offset,
                    "length " + length + " of tag " + hexTag(tag) + " runs past the " + (limit - pos)
                            + " bytes available");
        }
        return new Tlv(tag, offset, pos, (int) length, pos + (int) length);
    }

    /**
     * Where the contents of an indefinite-length TLV (BER, X.690 section 8.1.3.6) end: the offset of
     * its end-of-contents octets. Nested indefinite lengths are followed to a bounded depth.
     */
    private int indefiniteEnd(Tlv header, int limit) {
        int depth = 1;
        int pos = header.valueOffset();
        while (true) {
            if (pos + 2 > limit) {
                throw error(header.offset(), "indefinite length without end-of-contents");
            }
            if (data[pos] == 0 && data[pos + 1] == 0) {
                depth--;
                if (depth == 0) {
                    return pos;
                }
                pos += 2;
                continue;
            }
            Tlv child = header(pos, limit);
            if (child.end() >= 0) {
                pos = child.end();
            } else if (++depth > MAX_INDEFINITE_DEPTH) {
                throw error(pos, "indefinite lengths nested deeper than " + MAX_INDEFINITE_DEPTH);
            } else {
                pos = child.valueOffset();
            }
        }
    }

    /** Reads the TLV at {@code offset} and checks its tag. */
    Tlv expect(int offset, int limit, int tag, String name) {
        Tlv tlv = read(offset, limit);
        if (tlv.tag() != tag) {
            throw error(offset, "expected " + name + " (tag " + hexTag(tag) + ") but found tag " + hexTag(tlv.tag()));
        }
        return tlv;
    }

    /** Reads the single TLV that fills {@code offset..limit} exactly, with the given tag. */
    Tlv expectWhole(int offset, int limit, int tag, String name) {
        Tlv tlv = expect(offset, limit, tag, name);
        if (tlv.end() != limit) {
            throw error(tlv.end(), (limit - tlv.end()) + " unexpected bytes after " + name);
        }
        return tlv;
    }

    /** The TLVs inside a constructed TLV, in order. */
    List<Tlv> children(Tlv parent, String name) {
        if (!parent.constructed()) {
            throw error(parent.offset(), name + " must be constructed");
        }
        List<Tlv> result = new ArrayList<>();
        int pos = parent.valueOffset();
        while (pos < parent.contentEnd()) {
            Tlv child = read(pos, parent.contentEnd());
            result.add(child);
            pos = child.end();
        }
        return result;
    }

    /** The whole TLV (tag, length and value) as a copy. */
    byte[] encoding(Tlv tlv) {
        return Arrays.copyOfRange(data, tlv.offset(), tlv.end());
    }

    /** The contents of a TLV as a copy. */
    byte[] value(Tlv tlv) {
        return Arrays.copyOfRange(data, tlv.valueOffset(), tlv.contentEnd());
    }

    /** A non-negative INTEGER of at most 31 bits. */
    int smallInteger(Tlv tlv, String name) {
        if (tlv.tag() != INTEGER) {
            throw error(tlv.offset(), "expected " + name + " (INTEGER) but found tag " + hexTag(tlv.tag()));
        }
        if (tlv.length() == 0 || tlv.length() > 4) {
            throw error(tlv.offset(), name + " has " + tlv.length() + " bytes, expected 1 to 4");
        }
        if ((data[tlv.valueOffset()] & 0x80) != 0) {
            throw error(tlv.valueOffset(), name + " is negative");
        }
        int value = 0;
        for (int i = tlv.valueOffset(); i < tlv.contentEnd(); i++) {
            value = (value << 8) | (data[i] & 0xFF);
        }
        return value;
    }

    /** An OBJECT IDENTIFIER in dotted form. */
    String oid(Tlv tlv, String name) {
        if (tlv.tag() != OID) {
            throw error(tlv.offset(), "expected " + name + " (OBJECT IDENTIFIER) but found tag " + hexTag(tlv.tag()));
        }
        try {
            return ASN1ObjectIdentifier.getInstance(ASN1Primitive.fromByteArray(encoding(tlv)))
                    .getId();
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw error(tlv.offset(), "malformed " + name + " OBJECT IDENTIFIER", e);
        }
    }

    /** An AlgorithmIdentifier (RFC 5280): SEQUENCE { algorithm OID, parameters ANY OPTIONAL }. */
    AlgorithmIdentifier algorithm(Tlv tlv, String name) {
        if (tlv.tag() != SEQUENCE) {
            throw error(tlv.offset(), "expected " + name + " (AlgorithmIdentifier) but found tag " + hexTag(tlv.tag()));
        }
        List<Tlv> parts = children(tlv, name);
        if (parts.isEmpty() || parts.size() > 2) {
            throw error(tlv.offset(), name + " has " + parts.size() + " elements, expected 1 or 2");
        }
        oid(parts.get(0), name);
        try {
            return AlgorithmIdentifier.getInstance(ASN1Primitive.fromByteArray(encoding(tlv)));
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw error(tlv.offset(), "malformed " + name, e);
        }
    }

    /** A PrintableString or UTF8String as text. */
    String string(Tlv tlv, String name) {
        if (tlv.tag() != PRINTABLE_STRING && tlv.tag() != UTF8_STRING) {
            throw error(tlv.offset(), "expected " + name + " (PrintableString) but found tag " + hexTag(tlv.tag()));
        }
        StringBuilder text = new StringBuilder(tlv.length());
        for (int i = tlv.valueOffset(); i < tlv.contentEnd(); i++) {
            int c = data[i] & 0xFF;
            if (c < 0x20 || c > 0x7E) {
                throw error(i, name + " holds a byte outside printable ASCII");
            }
            text.append((char) c);
        }
        return text.toString();
    }

    static String hexTag(int tag) {
        return String.format("%02X", tag);
    }
}
