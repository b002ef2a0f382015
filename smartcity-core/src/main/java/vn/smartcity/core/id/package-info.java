/**
 * Identifiers used across Vietnamese e-government: the 12-digit personal identification number
 * of the CCCD (Circular 07/2016/TT-BCA), tax codes (Circular 105/2020/TT-BTC) and the electronic
 * identifiers of state agencies (QCVN 102:2016/BTTTT, Decision 20/2020/QĐ-TTg).
 *
 * <p>Each is an immutable record that validates on construction, parses the forms people write and
 * throws {@link vn.smartcity.core.InvalidValueException} with the position of the problem. Types
 * that hold personal data mask it in {@code toString()}.
 */
@NullMarked
package vn.smartcity.core.id;

import org.jspecify.annotations.NullMarked;
