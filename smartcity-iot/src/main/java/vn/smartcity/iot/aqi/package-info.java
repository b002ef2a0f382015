/**
 * Air-quality indices from station data: Viet Nam's VN_AQI (Decision 1459/QĐ-TCMT of 12 November
 * 2019) and the US EPA AQI (Technical Assistance Document EPA-454/B-24-002, May 2024), the NowCast,
 * an aggregator that turns any codec's records into hourly, 8-hour and 24-hour means, and export as
 * FIWARE Smart Data Models entities in NGSI-LD.
 *
 * <p>Results are {@link vn.smartcity.iot.aqi.AqiResult}s: an index with its category and dominant
 * pollutant, or a statement that the data are not enough; an index is never made up.
 */
@NullMarked
package vn.smartcity.iot.aqi;

import org.jspecify.annotations.NullMarked;
