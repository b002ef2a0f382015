/**
 * Test support for users of the SDK and for its demo: an embedded sandbox that speaks the
 * e-government protocols with in-memory state, a simulated CCCD chip, a test PKI and sample feeds.
 *
 * <p>Nothing here is meant for production; everything here runs offline on the loopback interface.
 */
@NullMarked
package vn.smartcity.testkit;

import org.jspecify.annotations.NullMarked;
