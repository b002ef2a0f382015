package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The egov commands from the shaded jar, as {@code ./smartcity} runs them: {@code egov sandbox} in
 * its own JVM, stopped by a signal (its shutdown hook closes the sandbox), and the other commands
 * against it. Catches a missing services entry or JSON-B, JSON-P or XML provider after shading.
 */
class EgovJarIT {

    private static final Path JAR = Path.of(System.getProperty("smartcity.jar", "target/smartcity.jar"));

    record Run(int status, String out, String err) {}

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static Run java(String... args) throws Exception {
        File err = File.createTempFile("smartcity", ".err");
        try {
            Process p = new ProcessBuilder(command(args)).redirectError(err).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            return new Run(p.exitValue(), out, Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.delete(err.toPath());
        }
    }

    @Test
    void theEgovCommandsAgainstTheSandboxCommand() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        // --stop-after bounds the sandbox's life should the test fail before it is stopped.
        Process sandbox = new ProcessBuilder(
                        command("egov", "sandbox", "--port", String.valueOf(port), "--stop-after", "300"))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertEquals("E-government sandbox on " + base + " (loopback only; Ctrl-C stops it)", first);

            Run procedures = java("egov", "procedures", "--endpoint", base + "/dvcqg", "--allow-http", "--json");
            assertEquals(0, procedures.status(), procedures.err());
            assertTrue(procedures.out().contains("\"MATTHC\":\"1.001612.000.00.00.H57\""), procedures.out());

            Run submit = java(
                    "egov",
                    "dossier",
                    "submit",
                    "--procedure",
                    "1.001193.000.00.00.H57",
                    "--owner",
                    "046089012345",
                    "--endpoint",
                    base + "/dvcqg",
                    "--allow-http");
            assertEquals(0, submit.status(), submit.err());
            String code = submit.out().strip();
            Run status = java("egov", "dossier", "status", code, "--endpoint", base + "/dvcqg", "--allow-http");
            assertEquals(0, status.status(), status.err());
            assertTrue(status.out().contains("status 2 Được tiếp nhận (Received)"), status.out());

            Run services = java("egov", "report", "services", "--endpoint", base + "/open311/v2", "--allow-http");
            assertEquals(0, services.status(), services.err());
            assertTrue(services.out().startsWith("001  Hư hỏng mặt đường"), services.out());

            Run report = java(
                    "egov",
                    "report",
                    "status",
                    "HUE-000001",
                    "--endpoint",
                    base + "/open311/v2",
                    "--allow-http",
                    "--format",
                    "json",
                    "--json");
            assertEquals(0, report.status(), report.err());
            assertTrue(report.out().contains("\"status\":\"closed\""), report.out());

            Run refused = java("egov", "report", "services", "--endpoint", base + "/open311/v2");
            assertEquals(1, refused.status());
            assertTrue(refused.err().startsWith("smartcity: refusing plain HTTP endpoint"), refused.err());
            assertEquals(1, refused.err().strip().lines().count(), refused.err());
        } finally {
            sandbox.destroy();
            assertTrue(sandbox.waitFor(60, TimeUnit.SECONDS), "the sandbox stops on SIGTERM");
        }
        Run gone = java("egov", "procedures", "--endpoint", base + "/dvcqg", "--allow-http");
        assertEquals(1, gone.status());
        assertTrue(gone.err().startsWith("smartcity: dvcqg: could not connect"), gone.err());
    }

    @Test
    void pluginsListsTheEgovExtensionTypes() throws Exception {
        Run plugins = java("plugins");
        assertEquals(0, plugins.status(), plugins.err());
        for (String id : List.of("  lgsp - ", "  ngsp - ", "  paygov - ", "  dvcqg-pay - ", "  vnpay - ")) {
            assertTrue(plugins.out().contains(id), plugins.out());
        }
        assertTrue(plugins.out().contains("payment-gateway (vn.smartcity.egov.payment.PaymentGateway): 3 plugins"));
    }
}
