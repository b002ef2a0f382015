/**
 * The plugin SPI: {@link vn.smartcity.core.plugin.Plugin}, the base of every extension type, and
 * {@link vn.smartcity.core.plugin.PluginRegistry}, which finds plugins through {@link
 * java.util.ServiceLoader} on the class path and the module path, isolates broken providers and
 * resolves duplicate ids deterministically.
 *
 * <p>The lookup follows SLF4J 2's provider discovery: settings first (system properties {@code
 * smartcity.plugins.TYPE.disable} and {@code .prefer}), then {@code ServiceLoader}, and every
 * problem reported as a {@link vn.smartcity.core.plugin.PluginDiagnostic} rather than thrown.
 */
@NullMarked
package vn.smartcity.core.plugin;

import org.jspecify.annotations.NullMarked;
