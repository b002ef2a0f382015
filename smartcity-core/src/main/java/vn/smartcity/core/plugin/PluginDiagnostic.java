package vn.smartcity.core.plugin;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something the registry noticed while loading plugins that the user should hear about: a broken
 * provider, two providers with one id, a provider switched off by configuration.
 *
 * @param kind what happened
 * @param typeKey the extension type's key, such as {@code sensor-codec}
 * @param id the plugin id concerned, or {@code null} when the provider broke before it had one
 * @param provider the provider's class name, or the service-configuration text when even that is
 *     unknown
 * @param origin where the provider came from: {@code module NAME} or a jar or folder path
 * @param message a complete sentence saying what happened and what was done about it
 * @param cause the exception behind a {@link Kind#BROKEN} provider, if any
 */
public record PluginDiagnostic(
        Kind kind,
        String typeKey,
        @Nullable String id,
        String provider,
        String origin,
        String message,
        @Nullable Throwable cause) {

    /** The kinds of diagnostics. */
    public enum Kind {
        /** The provider could not be found, loaded or constructed, or its {@code id()} failed. */
        BROKEN,
        /** The provider's id is not a valid plugin id; it was skipped. */
        INVALID_ID,
        /** Another provider had the same id; the message says which one won and why. */
        DUPLICATE,
        /** A system property or builder setting disabled the provider. */
        DISABLED,
        /** A setting names an id or class that no provider has; the setting was ignored. */
        CONFIGURATION
    }

    /**
     * Validates the components.
     *
     * @param cause the {@code cause} component
     * @param id the {@code id} component
     * @param kind the {@code kind} component
     * @param message the {@code message} component
     * @param origin the {@code origin} component
     * @param provider the {@code provider} component
     * @param typeKey the {@code typeKey} component
     */
    public PluginDiagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(typeKey, "typeKey");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + " " + typeKey + (id == null ? "" : " '" + id + "'") + ": " + message;
    }
}
