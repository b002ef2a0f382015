/**
 * PC/SC readers through {@code javax.smartcardio}: {@link vn.smartcity.card.pcsc.Pcsc} lists the
 * readers, waits for a card and connects to it; {@link vn.smartcity.card.pcsc.PcscTransport} carries
 * APDUs to the card (ISO/IEC 7816-4 section 5: {@code 61xx} GET RESPONSE and {@code 6Cxx} re-send
 * handled, extended length read from the ATR's card capabilities, section 12.1.1.9).
 *
 * <p>On Linux the JDK loads {@code libpcsclite.so}, which Debian and Ubuntu ship only in the
 * {@code -dev} package. Before the first use this package looks for {@code libpcsclite.so.1} (then
 * {@code libpcsclite.so}) in the usual library directories and sets the system property {@code
 * sun.security.smartcardio.library} to it, unless the property is already set, so no flag is
 * needed. Failures are {@link vn.smartcity.card.apdu.CardIoException}s whose reason says what to
 * fix: {@code NO_SERVICE} (pcscd not running or the library missing), {@code NO_READER}, {@code
 * NO_CARD} or {@code CARD_LOST}.
 */
@NullMarked
package vn.smartcity.card.pcsc;

import org.jspecify.annotations.NullMarked;
