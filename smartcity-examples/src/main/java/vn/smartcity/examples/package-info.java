/**
 * Small programs to copy from, one per kind of user. Each has a {@code main} and is run by this
 * module's tests, so none of them can rot.
 */
@NullMarked
package vn.smartcity.examples;

import org.jspecify.annotations.NullMarked;
