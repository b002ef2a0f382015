/**
 * The files of the ICAO Doc 9303 Part 10 logical data structure on the CCCD chip: EF.COM, DG1 (the
 * MRZ as text), DG2 (ISO/IEC 19794-5 face images), the Vietnamese DG13 (personal data by field
 * number), DG14 and EF.CardAccess (SecurityInfos, BSI TR-03110 Part 3 section A.1.1 and Doc 9303
 * Part 11 section 9.2) and DG15 (the Active Authentication key), each parsed from its bytes with
 * {@code parse(byte[])} or recognised by tag through {@link vn.smartcity.card.lds.Lds}.
 *
 * <p>Every file keeps the bytes it was parsed from ({@code encoded()}), so passive authentication
 * hashes exactly what the chip returned; malformed input is a {@link
 * vn.smartcity.card.CardDataException} with the byte offset. The DG13 layout follows what
 * open-source CCCD readers decode (NghiaLio/NFC_CCCD_Reader {@code nfc_dg13_parser.dart},
 * nguyenddat/ript-virtual-recep {@code ExtractCCCD.py}), as no public specification exists; EF.SOD
 * is recognised but parsed elsewhere.
 */
@NullMarked
package vn.smartcity.card.lds;

import org.jspecify.annotations.NullMarked;
