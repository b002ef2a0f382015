/**
 * The machine-readable zone of travel documents: TD1 (the CCCD's three lines of 30), TD2 and TD3
 * (passports), parsed and checked per ICAO Doc 9303 Parts 3 to 6, with the Vietnamese layout of
 * the CCCD's optional data and the BAC key seed of Doc 9303 Part 11 section 9.7.2.
 *
 * <p>Parsing is strict unless the caller asks for OCR correction; check digits are reported one by
 * one ({@link vn.smartcity.card.mrz.MrzCheck}) rather than as a single boolean.
 */
@NullMarked
package vn.smartcity.card.mrz;

import org.jspecify.annotations.NullMarked;
