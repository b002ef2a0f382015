/**
 * A bus connector for a provincial LGSP that differs from the SDK's standard one, a made-up
 * example: {@link vn.example.quangninh.smartcity.bus.QnLgspConnector} (scheme {@code qnlgsp}) gets
 * OAuth 2 client-credentials tokens (RFC 6749 §4.4) at the gateway's {@code /token}, sends an API
 * key with every call and names the caller in headers of its own. Nothing here describes a real
 * province's bus.
 */
@NullMarked
package vn.example.quangninh.smartcity.bus;

import org.jspecify.annotations.NullMarked;
