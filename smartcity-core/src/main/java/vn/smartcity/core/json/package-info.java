/**
 * The SDK's JSON-B (Jakarta JSON Binding 3, Yasson at run time) setup: adapters that write the
 * value types as their natural forms, and one factory for a configured {@link jakarta.json.bind.Jsonb}.
 */
@NullMarked
package vn.smartcity.core.json;

import org.jspecify.annotations.NullMarked;
