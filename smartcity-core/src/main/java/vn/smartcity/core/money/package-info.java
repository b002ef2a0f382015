/**
 * Money in Vietnamese đồng: whole numbers only (ISO 4217 exponent 0), exact arithmetic, and the
 * Vietnamese written forms.
 */
@NullMarked
package vn.smartcity.core.money;

import org.jspecify.annotations.NullMarked;
