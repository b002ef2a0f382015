/**
 * The QR code of the Vietnamese chip ID card: the pipe-separated text on the front of the CCCD
 * (Circular 06/2021/TT-BCA) and on the back of the Căn cước card issued from 1 July 2024 (Circular
 * 16/2024/TT-BCA), which appends further fields.
 *
 * <p>The QR is not signed: it identifies a person but does not authenticate the card. Only the chip
 * (passive authentication of its security object) does that.
 */
@NullMarked
package vn.smartcity.card.qr;

import org.jspecify.annotations.NullMarked;
