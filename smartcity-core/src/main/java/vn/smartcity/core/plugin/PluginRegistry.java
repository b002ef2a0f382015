package vn.smartcity.core.plugin;

import java.net.URI;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins of one extension type, keyed by id: loaded through {@link ServiceLoader} or given
 * as an explicit list, with every problem met on the way kept as a {@link PluginDiagnostic}.
 *
 * <p>Loading never fails because of one provider. A provider that cannot be loaded or constructed,
 * or whose {@link Plugin#id()} is malformed, is skipped and reported. When two providers share an
 * id, one wins deterministically (a class named by the {@code prefer} setting, else the higher
 * {@link Plugin#priority()}, else the smaller class name) and the other is reported.
 *
 * <p>Two system properties, read once when the registry is built, tune it per extension type
 * ({@code TYPE} is the {@linkplain PluginIds#typeKey(Class) type key}, such as {@code
 * sensor-codec}):
 *
 * <ul>
 *   <li>{@code smartcity.plugins.TYPE.disable=id1,id2}: leave these plugins out;
 *   <li>{@code smartcity.plugins.TYPE.prefer=id1,id2}: make the first of these that exists the
 *       {@linkplain #preferred() preferred} plugin; an entry {@code id=com.acme.Impl} also decides
 *       which provider wins when several have that id.
 * </ul>
 *
 * <pre>{@code
 * PluginRegistry<SensorCodec> codecs = PluginRegistry.load(SensorCodec.class);
 * SensorCodec hj212 = codecs.get("hj212");   // fails listing the known ids if absent
 * codecs.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param <T> the extension type
 */
public final class PluginRegistry<T extends Plugin> {

    /** The prefix of the system properties that tune registries. */
    public static final String PROPERTY_PREFIX = "smartcity.plugins.";

    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
    private static final int MAX_PROVIDERS = 10_000;

    private final Class<T> type;
    private final String typeKey;
    private final Map<String, PluginEntry<T>> entries;
    private final @Nullable PluginEntry<T> preferred;
    private final List<PluginDiagnostic> diagnostics;

    private PluginRegistry(
            Class<T> type,
            String typeKey,
            Map<String, PluginEntry<T>> entries,
            @Nullable PluginEntry<T> preferred,
            List<PluginDiagnostic> diagnostics) {
        this.type = type;
        this.typeKey = typeKey;
        this.entries = entries;
        this.preferred = preferred;
        this.diagnostics = diagnostics;
    }

    /**
     * Loads the plugins of {@code type} visible to the thread's context class loader (or, if it
     * has none, to the type's own loader), tuned by the system properties.
     *
     * @param type the extension type
     * @param <T> the extension type
     * @return the registry
     */
    public static <T extends Plugin> PluginRegistry<T> load(Class<T> type) {
        return builder(type).build();
    }

    /**
     * Builds a registry from plugins the caller already has (tests, dependency-injection
     * containers). Ids are checked, duplicates resolved and system properties applied as for
     * {@link #load(Class)}.
     *
     * @param type the extension type
     * @param plugins the plugins
     * @param <T> the extension type
     * @return the registry
     */
    public static <T extends Plugin> PluginRegistry<T> of(Class<T> type, List<? extends T> plugins) {
        return builder(type).plugins(plugins).build();
    }

    /**
     * Starts a registry whose source, settings and reporter can be chosen.
     *
     * @param type the extension type
     * @param <T> the extension type
     * @return a new builder
     */
    public static <T extends Plugin> Builder<T> builder(Class<T> type) {
        return new Builder<>(type);
    }

    /**
     * The extension type.
     *
     * @return the type whose plugins this registry holds
     */
    public Class<T> type() {
        return type;
    }

    /**
     * The extension type's key, used in system properties and messages.
     *
     * @return such as {@code sensor-codec}
     */
    public String typeKey() {
        return typeKey;
    }

    /**
     * The plugin with {@code id}, compared after trimming and lower-casing.
     *
     * @param id the id a user gave
     * @return the plugin
     * @throws UnknownPluginException if no plugin has that id; its message lists the known ids
     */
    public T get(String id) {
        Objects.requireNonNull(id, "id");
        PluginEntry<T> entry = entries.get(PluginIds.normalize(id));
        if (entry == null) {
            throw unknown(id);
        }
        return entry.plugin();
    }

    /**
     * The plugin with {@code id}, if there is one.
     *
     * @param id the id a user gave
     * @return the plugin, or empty
     */
    public Optional<T> find(String id) {
        Objects.requireNonNull(id, "id");
        PluginEntry<T> entry = entries.get(PluginIds.normalize(id));
        return entry == null ? Optional.empty() : Optional.of(entry.plugin());
    }

    /**
     * The known ids, sorted.
     *
     * @return the ids
     */
    public List<String> ids() {
        return List.copyOf(entries.keySet());
    }

    /**
     * The plugins, sorted by id.
     *
     * @return the plugins
     */
    public List<T> plugins() {
        return entries.values().stream().map(PluginEntry::plugin).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The plugins with their origin, sorted by id.
     *
     * @return the entries
     */
    public List<PluginEntry<T>> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * The plugin to use when the user named none: the first id of the {@code prefer} setting that
     * exists, otherwise the plugin with the highest priority, then the smallest id.
     *
     * @return the preferred plugin, or empty if there are none
     */
    public Optional<T> preferred() {
        return preferred == null ? Optional.empty() : Optional.of(preferred.plugin());
    }

    /**
     * What went wrong or was switched off while loading, in the order it was met.
     *
     * @return the diagnostics, empty when all went well
     */
    public List<PluginDiagnostic> diagnostics() {
        return diagnostics;
    }

    @Override
    public String toString() {
        return "PluginRegistry[" + typeKey + ": " + String.join(", ", entries.keySet()) + "]";
    }

    private UnknownPluginException unknown(String requested) {
        List<String> known = ids();
        StringBuilder message = new StringBuilder("No ")
                .append(typeKey)
                .append(" plugin has id '")
                .append(requested)
                .append("'. ");
        if (known.isEmpty()) {
            message.append("No ").append(typeKey).append(" plugins are installed");
        } else {
            message.append("Known ids: ").append(String.join(", ", known));
            String close = closest(PluginIds.normalize(requested), known);
            if (close != null) {
                message.append(". Did you mean '").append(close).append("'?");
            }
        }
        List<String> disabled = diagnostics.stream()
                .filter(d -> d.kind() == PluginDiagnostic.Kind.DISABLED && d.id() != null)
                .map(PluginDiagnostic::id)
                .distinct()
                .collect(Collectors.toList());
        if (!disabled.isEmpty()) {
            message.append(" (disabled: ").append(String.join(", ", disabled)).append(')');
        }
        return new UnknownPluginException(typeKey, requested, known, message.toString());
    }

    private static @Nullable String closest(String wanted, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = editDistance(wanted, candidate);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(1, wanted.length() / 3) ? best : null;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Chooses where a {@link PluginRegistry} finds its plugins and how it is tuned.
     *
     * @param <T> the extension type
     */
    public static final class Builder<T extends Plugin> {
        private final Class<T> type;
        private @Nullable ClassLoader classLoader;
        private @Nullable ModuleLayer layer;
        private @Nullable ServiceLoader<T> serviceLoader;
        private @Nullable List<? extends T> plugins;
        private Map<String, String> properties = systemProperties();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final List<String> prefer = new ArrayList<>();
        private Consumer<PluginDiagnostic> reporter = Builder::log;

        private Builder(Class<T> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Finds plugins through {@link ServiceLoader#load(Class, ClassLoader)}.
         *
         * @param classLoader the loader to search (its named modules and its class path)
         * @return this builder
         */
        public Builder<T> classLoader(ClassLoader classLoader) {
            clearSource();
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Finds plugins in the modules of a module layer and its parents, through {@link
         * ServiceLoader#load(ModuleLayer, Class)}.
         *
         * @param layer the layer to search
         * @return this builder
         */
        public Builder<T> moduleLayer(ModuleLayer layer) {
            clearSource();
            this.layer = Objects.requireNonNull(layer, "layer");
            return this;
        }

        /**
         * Takes plugins from a service loader the caller made (for a caller module that declares
         * {@code uses} itself).
         *
         * @param serviceLoader the loader
         * @return this builder
         */
        public Builder<T> serviceLoader(ServiceLoader<T> serviceLoader) {
            clearSource();
            this.serviceLoader = Objects.requireNonNull(serviceLoader, "serviceLoader");
            return this;
        }

        /**
         * Uses exactly these plugins instead of discovering any.
         *
         * @param plugins the plugins
         * @return this builder
         */
        public Builder<T> plugins(List<? extends T> plugins) {
            clearSource();
            this.plugins = List.copyOf(plugins);
            return this;
        }

        /**
         * Reads the {@code disable} and {@code prefer} settings from this map instead of the
         * system properties.
         *
         * @param properties property names to values
         * @return this builder
         */
        public Builder<T> properties(Map<String, String> properties) {
            this.properties = Map.copyOf(properties);
            return this;
        }

        /**
         * Disables plugins by id, in addition to the {@code disable} property.
         *
         * @param ids the ids to leave out
         * @return this builder
         */
        public Builder<T> disable(String... ids) {
            for (String id : ids) {
                disabled.add(PluginIds.normalize(id));
            }
            return this;
        }

        /**
         * Prefers plugins by id (or {@code id=class} entries), ahead of the {@code prefer}
         * property.
         *
         * @param entries the ids, in order of preference
         * @return this builder
         */
        public Builder<T> prefer(String... entries) {
            prefer.addAll(Arrays.asList(entries));
            return this;
        }

        /**
         * Sends each diagnostic to {@code reporter} as well as keeping it in the registry. The
         * default logs it through SLF4J as a warning ({@code DISABLED} as info).
         *
         * @param reporter the reporter
         * @return this builder
         */
        public Builder<T> reporter(Consumer<PluginDiagnostic> reporter) {
            this.reporter = Objects.requireNonNull(reporter, "reporter");
            return this;
        }

        /**
         * Loads the plugins and builds the registry.
         *
         * @return the registry
         */
        public PluginRegistry<T> build() {
            return new Loader<>(this).load();
        }

        private void clearSource() {
            classLoader = null;
            layer = null;
            serviceLoader = null;
            plugins = null;
        }

        private static Map<String, String> systemProperties() {
            Map<String, String> copy = new TreeMap<>();
            for (String name : System.getProperties().stringPropertyNames()) {
                if (name.startsWith(PROPERTY_PREFIX)) {
                    copy.put(name, System.getProperty(name, ""));
                }
            }
            return copy;
        }

        private static void log(PluginDiagnostic diagnostic) {
            if (diagnostic.kind() == PluginDiagnostic.Kind.DISABLED) {
                LOG.info("{}", diagnostic);
            } else if (diagnostic.cause() != null) {
                LOG.warn("{}", diagnostic, diagnostic.cause());
            } else {
                LOG.warn("{}", diagnostic);
            }
        }
    }

    /** One provider found, not yet constructed. */
    private record Candidate<T>(String className, String origin, Supplier<? extends T> factory) {}

    /** One constructed provider with its id. */
    private record Loaded<T extends Plugin>(String id, int priority, PluginEntry<T> entry) {}

    /** The work of {@link Builder#build()}. */
    private static final class Loader<T extends Plugin> {
        private final Builder<T> builder;
        private final String typeKey;
        private final List<PluginDiagnostic> diagnostics = new ArrayList<>();

        Loader(Builder<T> builder) {
            this.builder = builder;
            this.typeKey = PluginIds.typeKey(builder.type);
        }

        PluginRegistry<T> load() {
            Set<String> disabled = new LinkedHashSet<>(builder.disabled);
            splitList(builder.properties.get(PROPERTY_PREFIX + typeKey + ".disable")).stream()
                    .map(PluginIds::normalize)
                    .forEach(disabled::add);
            List<String> prefer = new ArrayList<>(builder.prefer);
            prefer.addAll(splitList(builder.properties.get(PROPERTY_PREFIX + typeKey + ".prefer")));
            Map<String, String> preferredClass = new LinkedHashMap<>();
            List<String> preferredIds = new ArrayList<>();
            for (String entry : prefer) {
                int eq = entry.indexOf('=');
                if (eq < 0) {
                    preferredIds.add(PluginIds.normalize(entry));
                } else {
                    String id = PluginIds.normalize(entry.substring(0, eq));
                    preferredIds.add(id);
                    preferredClass.put(id, entry.substring(eq + 1).strip());
                }
            }

            Map<String, List<Loaded<T>>> byId = new TreeMap<>();
            for (Candidate<T> candidate : candidates()) {
                Loaded<T> loaded = construct(candidate);
                if (loaded == null) {
                    continue;
                }
                if (disabled.contains(loaded.id())) {
                    report(PluginDiagnostic.Kind.DISABLED, loaded.id(), candidate, "Disabled by configuration.", null);
                    continue;
                }
                byId.computeIfAbsent(loaded.id(), k -> new ArrayList<>()).add(loaded);
            }

            Map<String, PluginEntry<T>> winners = new TreeMap<>();
            Map<String, Integer> priorities = new TreeMap<>();
            for (Map.Entry<String, List<Loaded<T>>> group : byId.entrySet()) {
                Loaded<T> winner = choose(group.getKey(), group.getValue(), preferredClass.get(group.getKey()));
                winners.put(group.getKey(), winner.entry());
                priorities.put(group.getKey(), winner.priority());
            }
            for (Map.Entry<String, String> entry : preferredClass.entrySet()) {
                if (!byId.containsKey(entry.getKey())) {
                    reportConfiguration(
                            entry.getKey(),
                            "prefer names class " + entry.getValue() + " for id '" + entry.getKey()
                                    + "', but no provider has that id; ignored.");
                }
            }

            PluginEntry<T> preferred = null;
            for (String id : preferredIds) {
                if (winners.containsKey(id)) {
                    preferred = winners.get(id);
                    break;
                }
                if (!preferredClass.containsKey(id)) {
                    reportConfiguration(
                            id,
                            "prefer names '" + id + "', but no " + typeKey + " plugin has that id; known ids: "
                                    + String.join(", ", winners.keySet()) + ".");
                }
            }
            if (preferred == null) {
                preferred = winners.entrySet().stream()
                        .min(Comparator.<Map.Entry<String, PluginEntry<T>>>comparingInt(
                                        e -> -priorities.get(e.getKey()))
                                .thenComparing(Map.Entry::getKey))
                        .map(Map.Entry::getValue)
                        .orElse(null);
            }
            return new PluginRegistry<>(
                    builder.type,
                    typeKey,
                    Collections.unmodifiableMap(new LinkedHashMap<>(winners)),
                    preferred,
                    List.copyOf(diagnostics));
        }

        private Loaded<T> choose(String id, List<Loaded<T>> group, @Nullable String preferredClass) {
            if (group.size() == 1 && preferredClass == null) {
                return group.get(0);
            }
            Comparator<Loaded<T>> order = Comparator.<Loaded<T>>comparingInt(l -> -l.priority())
                    .thenComparing(l -> l.entry().provider())
                    .thenComparing(l -> l.entry().origin());
            List<Loaded<T>> sorted = new ArrayList<>(group);
            sorted.sort(order);
            Loaded<T> winner = sorted.get(0);
            String why;
            if (preferredClass != null) {
                Optional<Loaded<T>> named = sorted.stream()
                        .filter(l -> l.entry().provider().equals(preferredClass))
                        .findFirst();
                if (named.isPresent()) {
                    winner = named.get();
                    why = "the prefer setting names it";
                } else {
                    reportConfiguration(
                            id,
                            "prefer names class " + preferredClass + " for id '" + id
                                    + "', but none of its providers is that class; ignored.");
                    why = reason(sorted);
                }
            } else {
                why = reason(sorted);
            }
            for (Loaded<T> loser : sorted) {
                if (loser == winner) {
                    continue;
                }
                String message = "Two " + typeKey + " plugins have id '" + id + "': " + describe(winner) + " and "
                        + describe(loser) + ". Using " + winner.entry().provider() + " because " + why
                        + ". To choose the other, set -D" + PROPERTY_PREFIX + typeKey + ".prefer=" + id + "="
                        + loser.entry().provider() + ", or remove one of them from the path.";
                diagnostics.add(new PluginDiagnostic(
                        PluginDiagnostic.Kind.DUPLICATE,
                        typeKey,
                        id,
                        loser.entry().provider(),
                        loser.entry().origin(),
                        message,
                        null));
                builder.reporter.accept(diagnostics.get(diagnostics.size() - 1));
            }
            return winner;
        }

        private static <T extends Plugin> String reason(List<Loaded<T>> sorted) {
            if (sorted.size() < 2) {
                return "it is the only provider";
            }
            Loaded<T> first = sorted.get(0);
            Loaded<T> second = sorted.get(1);
            if (first.priority() != second.priority()) {
                return "its priority is higher (" + first.priority() + " > " + second.priority() + ")";
            }
            if (!first.entry().provider().equals(second.entry().provider())) {
                return "priorities are equal and its class name sorts first";
            }
            return "it is the same class and its origin sorts first";
        }

        private static String describe(Loaded<?> loaded) {
            return loaded.entry().provider() + " (" + loaded.entry().origin() + ")";
        }

        private @Nullable Loaded<T> construct(Candidate<T> candidate) {
            T plugin;
            try {
                plugin = candidate.factory().get();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
                report(
                        PluginDiagnostic.Kind.BROKEN,
                        null,
                        candidate,
                        "Could not construct the provider: " + describeThrowable(cause) + "; skipped.",
                        e);
                return null;
            }
            if (plugin == null) {
                report(PluginDiagnostic.Kind.BROKEN, null, candidate, "The provider returned null; skipped.", null);
                return null;
            }
            String id;
            int priority;
            String description;
            try {
                id = plugin.id();
                priority = plugin.priority();
                description = Objects.requireNonNullElse(plugin.description(), "");
            } catch (RuntimeException | LinkageError e) {
                report(
                        PluginDiagnostic.Kind.BROKEN,
                        null,
                        candidate,
                        "id(), description() or priority() failed: " + describeThrowable(e) + "; skipped.",
                        e);
                return null;
            }
            if (!PluginIds.isValid(id)) {
                report(
                        PluginDiagnostic.Kind.INVALID_ID,
                        null,
                        candidate,
                        "Its id " + (id == null ? "null" : "'" + id + "'")
                                + " is not a valid plugin id (lower-case letters, digits, '-', '_', '.'; at most "
                                + PluginIds.MAX_LENGTH + " characters); skipped.",
                        null);
                return null;
            }
            return new Loaded<>(
                    id,
                    priority,
                    new PluginEntry<>(id, description, candidate.className(), candidate.origin(), plugin));
        }

        private List<Candidate<T>> candidates() {
            if (builder.plugins != null) {
                List<Candidate<T>> list = new ArrayList<>();
                for (T plugin : builder.plugins) {
                    Class<?> c = plugin.getClass();
                    list.add(new Candidate<>(c.getName(), origin(c), () -> plugin));
                }
                return list;
            }
            ServiceLoader<T> loader = builder.serviceLoader;
            if (loader == null) {
                // A named module may only load services it uses; frameworks declare the use at run time.
                PluginRegistry.class.getModule().addUses(builder.type);
                if (builder.layer != null) {
                    loader = ServiceLoader.load(builder.layer, builder.type);
                } else {
                    ClassLoader cl = builder.classLoader;
                    if (cl == null) {
                        cl = Thread.currentThread().getContextClassLoader();
                    }
                    if (cl == null) {
                        cl = builder.type.getClassLoader();
                    }
                    loader = ServiceLoader.load(builder.type, cl);
                }
            }
            List<Candidate<T>> list = new ArrayList<>();
            Iterator<ServiceLoader.Provider<T>> it = loader.stream().iterator();
            for (int seen = 0; seen < MAX_PROVIDERS; seen++) {
                ServiceLoader.Provider<T> provider;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    provider = it.next();
                } catch (ServiceConfigurationError e) {
                    // The service file names a class that is missing, unloadable or of the wrong type.
                    PluginDiagnostic d = new PluginDiagnostic(
                            PluginDiagnostic.Kind.BROKEN,
                            typeKey,
                            null,
                            "(unknown provider)",
                            "unknown",
                            "Could not load a provider: " + describeThrowable(e) + "; skipped.",
                            e);
                    diagnostics.add(d);
                    builder.reporter.accept(d);
                    continue;
                }
                Class<? extends T> c = provider.type();
                list.add(new Candidate<>(c.getName(), origin(c), provider::get));
            }
            return list;
        }

        private void report(
                PluginDiagnostic.Kind kind,
                @Nullable String id,
                Candidate<T> candidate,
                String message,
                @Nullable Throwable cause) {
            PluginDiagnostic d =
                    new PluginDiagnostic(kind, typeKey, id, candidate.className(), candidate.origin(), message, cause);
            diagnostics.add(d);
            builder.reporter.accept(d);
        }

        private void reportConfiguration(String id, String message) {
            PluginDiagnostic d = new PluginDiagnostic(
                    PluginDiagnostic.Kind.CONFIGURATION,
                    typeKey,
                    id,
                    "(configuration)",
                    PROPERTY_PREFIX + typeKey + ".prefer",
                    message,
                    null);
            diagnostics.add(d);
            builder.reporter.accept(d);
        }

        private static List<String> splitList(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return List.of();
            }
            return Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toList());
        }

        private static String describeThrowable(Throwable t) {
            String message = t.getMessage();
            return t.getClass().getName() + (message == null ? "" : ": " + message);
        }
    }

    /**
     * Where a class was loaded from, for diagnostics: {@code module NAME (location)} for a named
     * module, otherwise the jar or folder.
     *
     * @param c the class
     * @return a short description of its origin
     */
    static String origin(Class<?> c) {
        Module module = c.getModule();
        if (module.isNamed()) {
            ModuleLayer layer = module.getLayer();
            Optional<URI> location = layer == null
                    ? Optional.empty()
                    : layer.configuration()
                            .findModule(module.getName())
                            .flatMap(m -> m.reference().location());
            return "module " + module.getName()
                    + location.map(u -> " (" + display(u) + ")").orElse("");
        }
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                return display(source.getLocation().toURI());
            } catch (java.net.URISyntaxException e) {
                return source.getLocation().toString();
            }
        }
        return "unknown";
    }

    private static String display(URI uri) {
        if ("file".equals(uri.getScheme())) {
            try {
                return Path.of(uri).toString();
            } catch (IllegalArgumentException e) {
                return uri.toString();
            }
        }
        return uri.toString();
    }
}
