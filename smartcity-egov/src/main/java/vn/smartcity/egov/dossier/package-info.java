/**
 * Dossiers of Vietnamese administrative procedures: the dossier code of Circular 01/2018/TT-VPCP
 * Art. 19 and its daily numbering, procedure codes of the national procedures database, the
 * dossier states that provincial one-stop systems report to the national portal (DVCQG), an
 * immutable lifecycle model, on-time statistics against the appointment date (ngày hẹn trả) and
 * JSON-B adapters for the portal's wire forms.
 *
 * <p>Everything here is pure, immutable data without I/O; codes reuse {@link
 * vn.smartcity.core.id.AgencyCode} and reject bad text with {@link
 * vn.smartcity.core.InvalidValueException} naming the part and position.
 */
@NullMarked
package vn.smartcity.egov.dossier;

import org.jspecify.annotations.NullMarked;
