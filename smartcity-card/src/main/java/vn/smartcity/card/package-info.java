/**
 * The Vietnamese chip citizen identity card (CCCD), offline: {@link
 * vn.smartcity.card.CitizenIdentity} joins what the chip, the machine-readable zone and the QR code
 * say and reports where they disagree. The capability packages beside this one read each source:
 * {@code mrz} (ICAO Doc 9303 Parts 3–5), {@code qr} (the front QR text), {@code tlv} and {@code lds}
 * (the chip's files, Doc 9303 Part 10, with the Vietnamese DG13), {@code sod} and {@code pa}
 * (passive authentication, Doc 9303 Parts 11 and 12).
 */
@NullMarked
package vn.smartcity.card;

import org.jspecify.annotations.NullMarked;
