/**
 * A hardened BER-TLV reader for ISO/IEC 7816-4 (section 5.2) and ICAO Doc 9303 Part 10 data:
 * tags of up to four bytes (X.690 section 8.1.2), definite lengths in the short form or in one to
 * four long-form bytes (X.690 section 8.1.3), and indefinite lengths only when {@link
 * vn.smartcity.card.tlv.TlvOptions} allows them (the LDS forbids them, so the default rejects them).
 *
 * <p>The API is a lazily parsed tree over the caller's bytes: {@link vn.smartcity.card.tlv.Tlv} is
 * a view (offsets into the original array) whose {@link vn.smartcity.card.tlv.Tlv#children()
 * children} are parsed one level at a time when asked, and {@link vn.smartcity.card.tlv.TlvReader}
 * streams the elements of a region one after another. Nothing is copied until {@link
 * vn.smartcity.card.tlv.Tlv#value()} or {@link vn.smartcity.card.tlv.Tlv#encoded()} is called.
 * Every length is checked against the bytes left in its parent, nesting is limited, and every
 * problem is a {@link vn.smartcity.card.CardDataException} carrying the byte offset.
 */
@NullMarked
package vn.smartcity.card.tlv;

import org.jspecify.annotations.NullMarked;
