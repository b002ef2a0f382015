package vn.smartcity.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugins in named modules, found through {@code provides ... with ...} by a JVM started on the
 * module path: two modules are compiled here from source and run in a forked {@code java -p ...
 * -m ...}, with {@code vn.smartcity.core} itself as a real named module.
 */
class ModulePathDiscoveryTest {

    @TempDir
    static Path work;

    private static List<String> output;

    @BeforeAll
    static void compileAndRun() throws Exception {
        Path src = work.resolve("src");
        write(src, "acme.greeting/module-info.java", """
                module acme.greeting {
                    requires vn.smartcity.core;
                    exports acme.greeting;
                    provides acme.greeting.Salutation with
                            acme.greeting.internal.Formal, acme.greeting.internal.Exploding;
                }
                """);
        write(src, "acme.greeting/acme/greeting/Salutation.java", """
                package acme.greeting;
                public interface Salutation extends vn.smartcity.core.plugin.Plugin {
                    String salute();
                }
                """);
        write(src, "acme.greeting/acme/greeting/internal/Formal.java", """
                package acme.greeting.internal;
                public final class Formal implements acme.greeting.Salutation {
                    public String id() { return "formal"; }
                    public String description() { return "Kính gửi"; }
                    public String salute() { return "Kính gửi quý ông bà"; }
                }
                """);
        write(src, "acme.greeting/acme/greeting/internal/Exploding.java", """
                package acme.greeting.internal;
                public final class Exploding implements acme.greeting.Salutation {
                    public Exploding() { throw new IllegalStateException("no licence"); }
                    public String id() { return "exploding"; }
                    public String description() { return "never"; }
                    public String salute() { return "never"; }
                }
                """);
        write(src, "acme.greeting/acme/greeting/Main.java", """
                package acme.greeting;
                import vn.smartcity.core.plugin.PluginRegistry;
                public final class Main {
                    public static void main(String[] args) {
                        PluginRegistry<Salutation> r = PluginRegistry.builder(Salutation.class)
                                .reporter(d -> {}).build();
                        System.out.println("ids=" + r.ids());
                        r.entries().forEach(e -> System.out.println("entry " + e.id() + " " + e.provider()
                                + " " + e.origin()));
                        r.diagnostics().forEach(d -> System.out.println("diag " + d.kind() + " " + d.provider()
                                + " " + d.origin()));
                        System.out.println("casual=" + r.get("casual").salute());
                        PluginRegistry<Salutation> layer = PluginRegistry.builder(Salutation.class)
                                .moduleLayer(ModuleLayer.boot()).reporter(d -> {}).build();
                        System.out.println("layer ids=" + layer.ids());
                    }
                }
                """);
        write(src, "acme.greeting.extra/module-info.java", """
                module acme.greeting.extra {
                    requires acme.greeting;
                    provides acme.greeting.Salutation with acme.extra.Casual, acme.extra.AlsoFormal;
                }
                """);
        write(src, "acme.greeting.extra/acme/extra/Casual.java", """
                package acme.extra;
                public final class Casual implements acme.greeting.Salutation {
                    private Casual() {}
                    public static Casual provider() { return new Casual(); }
                    public String id() { return "casual"; }
                    public String description() { return "Chào"; }
                    public String salute() { return "Chào bạn"; }
                }
                """);
        write(src, "acme.greeting.extra/acme/extra/AlsoFormal.java", """
                package acme.extra;
                public final class AlsoFormal implements acme.greeting.Salutation {
                    public String id() { return "formal"; }
                    public String description() { return "Kính gửi, again"; }
                    public String salute() { return "Kính gửi"; }
                }
                """);

        String modulePath = coreModulePath();
        Path out = work.resolve("out");
        List<String> sources;
        try (var files = Files.walk(src)) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
        ToolProvider javac = ToolProvider.findFirst("javac").orElse(null);
        assertNotNull(javac, "tests need a JDK, not a JRE");
        List<String> javacArgs = new ArrayList<>(
                List.of("-d", out.toString(), "--module-source-path", src.toString(), "--module-path", modulePath));
        javacArgs.addAll(sources);
        int status = javac.run(System.out, System.err, javacArgs.toArray(String[]::new));
        assertEquals(0, status, "the test modules compile");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "--module-path",
                        modulePath
                                + File.pathSeparator
                                + out.resolve("acme.greeting")
                                + File.pathSeparator
                                + out.resolve("acme.greeting.extra"),
                        "--add-modules",
                        "acme.greeting.extra",
                        "-m",
                        "acme.greeting/acme.greeting.Main")
                .redirectError(work.resolve("stderr.txt").toFile())
                .start();
        byte[] stdout = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the forked JVM finishes");
        output = Arrays.asList(new String(stdout, StandardCharsets.UTF_8).split("\\R"));
        String stderr = Files.readString(work.resolve("stderr.txt"));
        assertEquals(0, process.exitValue(), () -> "forked JVM failed: " + output + "\n" + stderr);
    }

    /** vn.smartcity.core's own classes (with module-info.class) and the modules it requires. */
    private static String coreModulePath() throws URISyntaxException {
        Path core = Path.of(PluginRegistry.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        assertTrue(Files.exists(core.resolve("module-info.class")), "core is compiled as a module: " + core);
        List<String> path = new ArrayList<>(List.of(core.toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("slf4j-api-")
                    || name.startsWith("jspecify-")
                    || name.startsWith("jakarta.json.bind-api-")
                    || name.startsWith("jakarta.json-api-")) {
                path.add(entry);
            }
        }
        assertEquals(5, path.size(), () -> "found core's module dependencies on the class path: " + path);
        return String.join(File.pathSeparator, path);
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void findsProvidersDeclaredWithProvidesInNamedModules() {
        assertTrue(output.contains("ids=[casual, formal]"), output::toString);
        assertTrue(output.contains("casual=Chào bạn"), "static provider() method is honoured: " + output);
        assertTrue(
                output.stream()
                        .anyMatch(l -> l.startsWith("entry casual acme.extra.Casual module acme.greeting.extra (")),
                "origin names the module and its location: " + output);
    }

    @Test
    void brokenProviderInAModuleIsReported() {
        assertTrue(
                output.stream()
                        .anyMatch(
                                l -> l.startsWith("diag BROKEN acme.greeting.internal.Exploding module acme.greeting")),
                output::toString);
    }

    @Test
    void duplicateIdAcrossModulesIsResolvedAndReported() {
        assertTrue(
                output.contains("entry formal acme.extra.AlsoFormal module acme.greeting.extra ("
                        + output.stream()
                                .filter(l -> l.startsWith("entry formal "))
                                .findFirst()
                                .map(l -> l.substring(l.indexOf('(') + 1))
                                .orElse("?")),
                output::toString);
        assertTrue(
                output.stream()
                        .anyMatch(
                                l -> l.startsWith("diag DUPLICATE acme.greeting.internal.Formal module acme.greeting")),
                output::toString);
    }

    @Test
    void moduleLayerSourceFindsTheSamePlugins() {
        assertTrue(output.contains("layer ids=[casual, formal]"), output::toString);
    }
}
