/**
 * SenML, Sensor Measurement Lists (RFC 8428): {@link vn.smartcity.iot.senml.SenmlJsonCodec} for
 * {@code application/senml+json} (section 5) and {@link vn.smartcity.iot.senml.SenmlCborCodec} for
 * {@code application/senml+cbor} (section 6, integer labels of Table 4).
 *
 * <p>Both decode a pack into resolved records (section 4.6): base name, time, unit, value and sum
 * applied and carried forward, times relative to "now" (section 4.5.3) made absolute, names checked
 * against section 4.5.1, the version and "must-understand" labels checked (section 4.4), and the
 * records handed out in time order. Both parse the bytes themselves, allocation-free per record; no
 * JSON or CBOR library is involved.
 */
@NullMarked
package vn.smartcity.iot.senml;

import org.jspecify.annotations.NullMarked;
