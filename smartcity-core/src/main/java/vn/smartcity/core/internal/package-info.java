/**
 * Implementation details shared by the SDK's modules. Not exported to user code: nothing here is
 * API, and it may change in any release.
 */
@NullMarked
package vn.smartcity.core.internal;

import org.jspecify.annotations.NullMarked;
