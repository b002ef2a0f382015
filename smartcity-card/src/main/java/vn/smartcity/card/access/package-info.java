/**
 * Access control to the chip (ICAO Doc 9303 Part 11, sections 4.3, 4.4 and 9.8): the access keys
 * (CAN or MRZ data), Basic Access Control, PACE with Generic Mapping over ECDH and DH, and secure
 * messaging with 3DES or AES. {@link vn.smartcity.card.access.AccessControl} reads EF.CardAccess,
 * runs PACE when the chip offers it and BAC otherwise, and hands back a transport that protects
 * every APDU.
 *
 * <p>Nothing here logs or puts into an exception message an access key, a session key or APDU
 * data.
 */
@NullMarked
package vn.smartcity.card.access;

import org.jspecify.annotations.NullMarked;
