/**
 * The simulated chip's machinery, not part of the API: symmetric primitives and key derivation
 * (ICAO Doc 9303 Part 11 sections 9.7 and 9.8), secure messaging on the chip's side, the PACE
 * generic mapping over elliptic curves and MODP groups (section 4.4), and BER-TLV writing.
 */
@NullMarked
package vn.smartcity.testkit.chip.internal;

import org.jspecify.annotations.NullMarked;
