/**
 * The embedded e-government sandbox: one loopback HTTP server that speaks the government bus's
 * OAuth 2 token endpoint, the DVCQG adapter, Open311 GeoReport v2 and the payment gateways with
 * in-memory state, so clients, the demo and users' own tests run offline. Start it in one line
 * with {@link vn.smartcity.testkit.sandbox.EgovSandbox#start()}.
 */
@NullMarked
package vn.smartcity.testkit.sandbox;

import org.jspecify.annotations.NullMarked;
