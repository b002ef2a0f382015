/**
 * Export to FIWARE platforms: observations and indices as Smart Data Models entities ({@code
 * AirQualityObserved} of dataModel.Environment, {@code WaterQualityObserved} of
 * dataModel.WaterQuality) in NGSI-LD normalized form (ETSI GS CIM 009), ready to POST to an
 * NGSI-LD broker's {@code /ngsi-ld/v1/entities} with {@code Content-Type: application/ld+json}.
 */
@NullMarked
package vn.smartcity.iot.ngsild;

import org.jspecify.annotations.NullMarked;
