/**
 * Not API: the secure StAX reader, the lenient JSON reader and the W3C date-time parser behind
 * {@link vn.smartcity.egov.open311.GeoReportReader}. Both formats become one small element tree, so
 * the GeoReport v2 records are mapped once (the specification's JSON is the "Spark convention"
 * mapping of its XML).
 */
@NullMarked
package vn.smartcity.egov.open311.internal;

import org.jspecify.annotations.NullMarked;
