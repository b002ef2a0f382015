/**
 * Viet Nam's administrative units: the 63 provinces and centrally-run cities in force until 30
 * June 2025 and the 34 from 1 July 2025 (Resolution 202/2025/QH15), with their GSO codes
 * (Decision 124/2004/QĐ-TTg and its successors) and the old-to-new mapping, plus a reader for the
 * statistics office's commune-level lists.
 */
@NullMarked
package vn.smartcity.core.admin;

import org.jspecify.annotations.NullMarked;
