/**
 * Implementation details of the example plugin, not exported: the interceptor that authenticates
 * and identifies calls on the made-up {@code qnlgsp} bus.
 */
@NullMarked
package vn.example.quangninh.smartcity.internal;

import org.jspecify.annotations.NullMarked;
