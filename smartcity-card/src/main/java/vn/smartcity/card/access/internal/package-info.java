/**
 * Cryptography behind chip access, not exported: the ICAO Doc 9303 Part 11 key derivation function
 * (section 9.7.1), ISO/IEC 9797-1 padding method 2, 3DES and AES in CBC mode, the retail MAC
 * (ISO/IEC 9797-1 MAC algorithm 3) and AES-CMAC, the PACE domain parameters (elliptic curves and
 * the RFC 5114 groups) and reading elementary files in chunks.
 */
@NullMarked
package vn.smartcity.card.access.internal;

import org.jspecify.annotations.NullMarked;
