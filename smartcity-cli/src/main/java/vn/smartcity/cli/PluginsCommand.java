package vn.smartcity.cli;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.smartcity.core.plugin.Plugin;
import vn.smartcity.core.plugin.PluginDiagnostic;
import vn.smartcity.core.plugin.PluginEntry;
import vn.smartcity.core.plugin.PluginIds;
import vn.smartcity.core.plugin.PluginRegistry;

/** {@code smartcity plugins}: every extension type, its plugins, where they came from, and problems. */
@Command(
        name = "plugins",
        description = "List every extension type with its plugins (id, description, jar or module) and any"
                + " diagnostics: broken providers, duplicate ids, disabled plugins.")
final class PluginsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = PluginsCommand.class.getClassLoader();
        }
        ExtensionTypes.Found found = ExtensionTypes.all(loader);
        PrintWriter out = spec.commandLine().getOut();
        JsonArrayBuilder typesJson = Json.createArrayBuilder();
        if (!json) {
            out.println("smartcity " + SmartCity.version() + ": "
                    + found.types().size() + " extension type" + (found.types().size() == 1 ? "" : "s"));
            if (found.types().isEmpty()) {
                out.println("  No extension types are registered in this build yet.");
            }
        }
        for (Class<? extends Plugin> type : found.types()) {
            PluginRegistry<? extends Plugin> registry = PluginRegistry.builder(type)
                    .classLoader(loader)
                    .reporter(d -> {})
                    .build();
            if (json) {
                typesJson.add(typeJson(registry));
            } else {
                printType(out, registry);
            }
        }
        for (ExtensionTypes.Problem problem : found.problems()) {
            if (!json) {
                spec.commandLine()
                        .getErr()
                        .println("smartcity: " + ExtensionTypes.PROPERTY + " names " + problem.name() + ": "
                                + problem.reason());
            }
        }
        if (json) {
            JsonArrayBuilder problems = Json.createArrayBuilder();
            found.problems()
                    .forEach(p -> problems.add(
                            Json.createObjectBuilder().add("name", p.name()).add("reason", p.reason())));
            out.println(Json.createObjectBuilder()
                    .add("version", SmartCity.version())
                    .add("types", typesJson)
                    .add("typeProblems", problems)
                    .build());
        }
        return SmartCity.OK;
    }

    private static void printType(PrintWriter out, PluginRegistry<? extends Plugin> registry) {
        out.println();
        out.println(registry.typeKey() + " (" + registry.type().getName() + "): "
                + registry.ids().size() + " plugin" + (registry.ids().size() == 1 ? "" : "s"));
        // Mark a preferred plugin only when a setting chose it, not by the alphabetical fallback.
        boolean configured =
                System.getProperty(PluginRegistry.PROPERTY_PREFIX + registry.typeKey() + ".prefer") != null;
        String preferred = configured ? registry.preferred().map(Plugin::id).orElse("") : "";
        for (PluginEntry<? extends Plugin> e : registry.entries()) {
            out.println(
                    "  " + e.id() + (e.id().equals(preferred) && registry.ids().size() > 1 ? " (preferred)" : "")
                            + " - " + e.description());
            out.println("      " + e.provider() + " from " + e.origin());
        }
        for (PluginDiagnostic d : registry.diagnostics()) {
            out.println("  ! " + d.kind() + (d.id() == null ? "" : " '" + d.id() + "'") + ": " + d.message());
            out.println("      " + d.provider() + " from " + d.origin());
        }
    }

    private static JsonObjectBuilder typeJson(PluginRegistry<? extends Plugin> registry) {
        JsonArrayBuilder plugins = Json.createArrayBuilder();
        for (PluginEntry<? extends Plugin> e : registry.entries()) {
            plugins.add(Json.createObjectBuilder()
                    .add("id", e.id())
                    .add("description", e.description())
                    .add("provider", e.provider())
                    .add("origin", e.origin()));
        }
        JsonArrayBuilder diagnostics = Json.createArrayBuilder();
        for (PluginDiagnostic d : registry.diagnostics()) {
            JsonObjectBuilder o =
                    Json.createObjectBuilder().add("kind", d.kind().name());
            if (d.id() == null) {
                o.addNull("id");
            } else {
                o.add("id", d.id());
            }
            diagnostics.add(
                    o.add("provider", d.provider()).add("origin", d.origin()).add("message", d.message()));
        }
        JsonObjectBuilder type = Json.createObjectBuilder()
                .add("type", registry.type().getName())
                .add("key", PluginIds.typeKey(registry.type()))
                .add("plugins", plugins)
                .add("diagnostics", diagnostics);
        registry.preferred().ifPresentOrElse(p -> type.add("preferred", p.id()), () -> type.addNull("preferred"));
        return type;
    }
}
