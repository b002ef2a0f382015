package vn.smartcity.core.plugin;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Rules for plugin ids, shared by the registry and by plugin authors' own tests. */
public final class PluginIds {

    /** The longest id the registry accepts. */
    public static final int MAX_LENGTH = 64;

    private PluginIds() {}

    /**
     * Tells whether {@code id} is a well-formed plugin id: 1 to {@value #MAX_LENGTH} characters,
     * starting with {@code [a-z0-9]}, followed by {@code [a-z0-9._-]}.
     *
     * @param id the candidate id, may be {@code null}
     * @return {@code true} if it is well formed
     */
    public static boolean isValid(@Nullable String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!alnum && (i == 0 || (c != '-' && c != '_' && c != '.'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Normalises what a user typed into the form ids are stored in: trimmed and lower-cased.
     *
     * @param typed the text a user gave
     * @return the normalised id (not necessarily valid)
     */
    public static String normalize(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The key of an extension type in system properties and messages: its simple name in
     * kebab-case ({@code SensorCodec} becomes {@code sensor-codec}).
     *
     * @param type the extension type
     * @return its key
     */
    public static String typeKey(Class<?> type) {
        String name = type.getSimpleName();
        StringBuilder key = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean boundary = i > 0
                        && (Character.isLowerCase(name.charAt(i - 1))
                                || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
                if (boundary) {
                    key.append('-');
                }
                key.append(Character.toLowerCase(c));
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }
}
