/**
 * Field reports (phản ánh hiện trường) over Open311 GeoReport v2: the {@link
 * vn.smartcity.egov.open311.Open311Client client}, its records ({@link
 * vn.smartcity.egov.open311.Service}, {@link vn.smartcity.egov.open311.ServiceDefinition}, {@link
 * vn.smartcity.egov.open311.ServiceRequest}, ...) and a {@link
 * vn.smartcity.egov.open311.GeoReportReader reader} of the specification's XML and JSON documents.
 *
 * <p>It follows the GeoReport v2 specification as published on wiki.open311.org ("GeoReport v2",
 * frozen and final); section names in the Javadoc refer to that page. The citizen's rating of an
 * answer ({@link vn.smartcity.egov.open311.Open311Client#rate}) is an extension of this SDK, not
 * part of GeoReport v2.
 */
@NullMarked
package vn.smartcity.egov.open311;

import org.jspecify.annotations.NullMarked;
