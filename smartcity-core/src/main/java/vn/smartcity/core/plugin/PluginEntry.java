package vn.smartcity.core.plugin;

import java.util.Objects;

/**
 * One plugin a registry holds, with where it came from: what {@code smartcity plugins} prints.
 *
 * @param id the plugin's id
 * @param description the plugin's description
 * @param provider the implementing class's name
 * @param origin {@code module NAME} for a named module, otherwise the jar or folder it was loaded
 *     from, or {@code unknown}
 * @param plugin the plugin instance
 * @param <T> the extension type
 */
public record PluginEntry<T extends Plugin>(String id, String description, String provider, String origin, T plugin) {

    /**
     * Validates the components.
     *
     * @param description the {@code description} component
     * @param id the {@code id} component
     * @param origin the {@code origin} component
     * @param plugin the {@code plugin} component
     * @param provider the {@code provider} component
     */
    public PluginEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(plugin, "plugin");
    }
}
