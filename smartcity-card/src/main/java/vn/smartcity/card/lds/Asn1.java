package vn.smartcity.card.lds;

import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import vn.smartcity.card.CardDataException;
import vn.smartcity.card.tlv.Tlv;
import vn.smartcity.card.tlv.TlvReader;

/**
 * Reads universal ASN.1 values with Bouncy Castle after the TLV reader has checked the framing, and
 * turns Bouncy Castle's exceptions into {@link CardDataException}s at the element's offset.
 */
final class Asn1 {

    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int OBJECT_IDENTIFIER = 0x06;
    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;

    private Asn1() {}

    /**
     * Walks every constructed element below {@code element}, so lengths and depth are checked by
     * the TLV reader before Bouncy Castle reads the bytes.
     */
    static void checkTree(Tlv element) {
        if (!element.constructed()) {
            return;
        }
        TlvReader reader = element.childReader();
        while (reader.hasNext()) {
            checkTree(reader.next());
        }
    }

    /** Decodes one element with Bouncy Castle. */
    static ASN1Primitive decode(Tlv element, String name) {
        checkTree(element);
        try {
            return ASN1Primitive.fromByteArray(element.encoded());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CardDataException(element.what(), element.offset(), "malformed " + name, e);
        }
    }

    /** An OBJECT IDENTIFIER, dotted. */
    static String oid(Tlv element, String name) {
        expect(element, OBJECT_IDENTIFIER, name);
        ASN1Primitive p = decode(element, name);
        try {
            return ASN1ObjectIdentifier.getInstance(p).getId();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CardDataException(element.what(), element.offset(), "malformed " + name, e);
        }
    }

    /** An INTEGER of any size. */
    static BigInteger integer(Tlv element, String name) {
        expect(element, INTEGER, name);
        ASN1Primitive p = decode(element, name);
        try {
            return ASN1Integer.getInstance(p).getValue();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CardDataException(element.what(), element.offset(), "malformed " + name, e);
        }
    }

    /** A non-negative INTEGER that fits in an {@code int}. */
    static int smallInteger(Tlv element, String name) {
        BigInteger value = integer(element, name);
        if (value.signum() < 0 || value.bitLength() > 31) {
            throw element.error(name + " must be 0 to " + Integer.MAX_VALUE);
        }
        return value.intValue();
    }

    static void expect(Tlv element, int tag, String name) {
        if (element.tag() != tag) {
            throw element.error("expected " + name + " (tag " + Tlv.tagHex(tag) + "), found tag " + element.tagHex());
        }
    }
}
