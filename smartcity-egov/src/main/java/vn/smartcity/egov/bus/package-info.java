/**
 * The government service bus (LGSP, the provincial Local Government Service Platform, and NGSP,
 * the National Government Service Platform): OAuth 2 client-credentials tokens (RFC 6749 §4.4,
 * §5.1, §5.2) cached, refreshed ahead of expiry and once more after a {@code 401}, and headers
 * naming the calling agency, the end user and the request in the spirit of X-Road ({@code
 * X-Road-Client}, {@code X-Road-UserId}, {@code X-Road-Id}).
 *
 * <p>A province whose bus works differently plugs in its own {@link
 * vn.smartcity.egov.bus.BusConnector}, found through {@link vn.smartcity.core.plugin.PluginRegistry}
 * by the scheme of the bus URI ({@code lgsp://}, {@code ngsp://}, or its own).
 */
@NullMarked
package vn.smartcity.egov.bus;

import org.jspecify.annotations.NullMarked;
