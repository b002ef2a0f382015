/**
 * The Vietnamese chip citizen identity card (CCCD): its machine-readable zone and QR code, the
 * ICAO Doc 9303 logical data structure with the Vietnamese DG13, passive authentication and chip
 * access (BAC, PACE, secure messaging).
 *
 * <p>Everything that works from bytes alone needs no card reader; chip access goes through an APDU
 * transport so it can run against a PC/SC reader or the simulated chip in the test kit.
 */
@NullMarked
package vn.smartcity.card;

import org.jspecify.annotations.NullMarked;
