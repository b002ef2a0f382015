/**
 * Talking to a chip: ISO/IEC 7816-4 command and response APDUs (short and extended length, cases
 * 1 to 4 of section 5.1) and the {@link vn.smartcity.card.apdu.ApduTransport} SPI that carries
 * them to a card, whether through a PC/SC reader, a simulated chip or a vendor's own device.
 *
 * <p>APDUs are immutable values. Their {@code toString()} shows the header, the lengths and the
 * status word, never the data, which may hold personal data or keys.
 */
@NullMarked
package vn.smartcity.card.apdu;

import org.jspecify.annotations.NullMarked;
