/**
 * Reading a CCCD at a counter: {@link vn.smartcity.card.reader.CccdReader} opens the chip (PACE or
 * BAC, ICAO Doc 9303 Part 11), reads EF.COM, EF.SOD and the data groups (Part 10), checks them by
 * passive authentication (Part 11, section 5.1) and joins DG13 and DG1 into a {@link
 * vn.smartcity.card.CitizenIdentity}. Files the chip withholds (DG3, DG4) are reported, not fatal; a
 * lost card is reset and reopened once.
 */
@NullMarked
package vn.smartcity.card.reader;

import org.jspecify.annotations.NullMarked;
