/**
 * The signed security objects of an ICAO Doc 9303 chip, parsed with their raw bytes kept: the
 * Document Security Object EF.SOD (Doc 9303 Part 10, section 4.6.2: a CMS SignedData, RFC 5652,
 * around the LDSSecurityObject with one hash per data group) and the CSCA master list (Doc 9303
 * Part 12, section 9).
 *
 * <p>Parsing checks structure only; {@code vn.smartcity.card.pa} verifies the signatures, the
 * data-group hashes and the certificate chain. Malformed input raises {@link
 * vn.smartcity.card.CardDataException} with the byte offset of the problem.
 */
@NullMarked
package vn.smartcity.card.sod;

import org.jspecify.annotations.NullMarked;
