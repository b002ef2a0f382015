package vn.example.quangninh.smartcity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What the integration tests fork: the plugin jar as Maven packaged it, the SDK's jars, the shaded
 * {@code smartcity.jar}, and a JVM to run them in. The paths come from system properties the POM
 * sets for failsafe.
 */
final class Forks {

    private Forks() {}

    /** A finished process. */
    record Run(int status, String out, String err) {}

    /** The plugin jar this build packaged. */
    static Path pluginJar() {
        return existing("plugin.jar", "the plugin jar: run the tests with 'mvn verify' (failsafe), not from the IDE");
    }

    /** The shaded smartcity command. */
    static Path cliJar() {
        return existing(
                "smartcity.cli.jar",
                "smartcity.jar: build it first ('mvn -pl smartcity-examples/province-plugin -am verify' does),"
                        + " or pass -Dsmartcity.cli.jar=/path/to/smartcity.jar");
    }

    /** The plugin's runtime dependencies (the SDK and what it needs), as maven-dependency-plugin wrote them. */
    static List<Path> runtimeJars() throws IOException {
        Path file =
                existing("runtime.class.path.file", "the runtime class path file written by maven-dependency-plugin");
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        List<Path> jars = Arrays.stream(text.split(File.pathSeparator))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .collect(Collectors.toList());
        assertTrue(jars.stream().anyMatch(p -> p.getFileName().toString().startsWith("smartcity-iot")), jars::toString);
        return jars;
    }

    private static Path existing(String property, String what) {
        String value = System.getProperty(property);
        assertTrue(value != null && !value.isBlank(), () -> "system property " + property + " is not set: " + what);
        Path path = Path.of(value).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(path), () -> "missing " + path + ": " + what);
        return path;
    }

    /** The {@code java} launcher of the JVM running the tests. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Class path entries joined with the platform's separator. */
    static String path(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** Runs a command to its end (at most two minutes) and keeps both outputs. */
    static Run run(List<String> command) throws IOException, InterruptedException {
        File err = File.createTempFile("province-plugin", ".err");
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command))
                    .redirectError(err)
                    .start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("still running after 120 s: " + command);
            }
            return new Run(p.exitValue(), out, Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.delete(err.toPath());
        }
    }
}
