/**
 * Geographic positions in WGS 84 decimal degrees, with the text and {@code geo:} URI (RFC 5870)
 * forms that devices and field-report apps exchange.
 */
@NullMarked
package vn.smartcity.core.geo;

import org.jspecify.annotations.NullMarked;
