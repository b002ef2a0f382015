package vn.smartcity.card.pcsc;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.smartcity.core.id.PersonalIdNumber;

/**
 * Without a PC/SC service the entry points fail with {@code NO_SERVICE} instead of hanging. pcscd
 * cannot be stopped for a test (other programs may use it), so the case runs in a child JVM whose
 * PC/SC Lite client looks for the daemon's socket where there is none ({@code PCSCLITE_CSOCK_NAME},
 * read by libpcsclite). Linux only.
 */
class PcscNoServiceTest {

    private static final String PROBE = "public class NoServiceProbe {\n"
            + "    public static void main(String[] args) {\n"
            + "        try {\n"
            + "            vn.smartcity.card.pcsc.Pcsc.readers();\n"
            + "            System.out.println(\"READERS\");\n"
            + "        } catch (vn.smartcity.card.apdu.CardIoException e) {\n"
            + "            System.out.println(e.reason() + \": \" + e.getMessage());\n"
            + "        }\n"
            + "    }\n"
            + "}\n";

    private static String run(Path dir, Map<String, String> environment, List<String> options)
            throws IOException, InterruptedException, URISyntaxException {
        Path probe = dir.resolve("NoServiceProbe.java");
        Files.writeString(probe, PROBE, StandardCharsets.UTF_8);
        String classPath = location(Pcsc.class) + File.pathSeparator + location(PersonalIdNumber.class);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(classPath);
        command.add(probe.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        // A guard against a hang, not a timing assertion: the probe answers in about a second.
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(finished, "the probe did not finish: Pcsc hangs without a service");
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    private static void assumeLinux() {
        assumeTrue(
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "PC/SC Lite child-process tests run on Linux only");
    }

    @Test
    void noDaemonIsNoService(@TempDir Path dir) throws Exception {
        assumeLinux();
        String output = run(
                dir, Map.of("PCSCLITE_CSOCK_NAME", dir.resolve("no-pcscd.comm").toString()), List.of());
        assertTrue(
                output.endsWith("NO_SERVICE: no PC/SC service: is pcscd running? (SCARD_E_NO_SERVICE)")
                        || output.contains("NO_SERVICE: PC/SC is not available"),
                output);
    }
}
