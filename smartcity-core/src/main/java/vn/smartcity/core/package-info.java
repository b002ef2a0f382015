/**
 * Errors shared by every module of smartcity-sdk. Value types live in the capability packages
 * beside this one: {@code id} (personal, tax and agency identifiers), {@code admin}
 * (administrative units), {@code geo}, {@code money}, {@code json} and {@code plugin}.
 */
@NullMarked
package vn.smartcity.core;

import org.jspecify.annotations.NullMarked;
