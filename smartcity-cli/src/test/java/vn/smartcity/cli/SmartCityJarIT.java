package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as {@code ./smartcity} runs it: a separate JVM, the class path holding only the
 * jar. Catches what in-process tests cannot: missing services entries, resources or providers
 * (JSON-P, logging) after shading.
 */
class SmartCityJarIT {

    private static final Path JAR = Path.of(System.getProperty("smartcity.jar", "target/smartcity.jar"));

    record Run(int status, String out, String err) {}

    private static Run java(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        File err = File.createTempFile("smartcity", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            return new Run(p.exitValue(), out, Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            Files.delete(err.toPath());
        }
    }

    @Test
    void doneWhenCommandsOfIssueTwo() throws Exception {
        Run id = java("id", "001089012345", "--json");
        assertEquals(0, id.status(), id.err());
        assertTrue(id.out().contains("\"valid\":true"), id.out());
        assertTrue(id.out().contains("\"placeName\":\"Hà Nội\""), id.out());
        assertTrue(id.out().contains("\"gender\":\"MALE\""), id.out());
        assertTrue(id.out().contains("\"birthYear\":1989"), id.out());

        Run unit = java("unit", "quang nam", "--era", "pre-2025");
        assertEquals(0, unit.status(), unit.err());
        assertTrue(unit.out().contains("49 Tỉnh Quảng Nam"), unit.out());
        assertTrue(unit.out().contains("48 Thành phố Đà Nẵng"), unit.out());

        Run agency = java("agency", "000.00.00.H57", "--json");
        assertEquals(0, agency.status(), agency.err());
        assertTrue(agency.out().contains("\"level1\":\"H57\""), agency.out());

        Run plugins = java("plugins");
        assertEquals(0, plugins.status(), plugins.err());

        Run bad = java("id", "12345");
        assertEquals(1, bad.status());
        assertEquals(
                "smartcity: PersonalIdNumber: expected 12 digits, got 5",
                bad.err().strip());

        Run demo = java("demo");
        assertEquals(0, demo.status(), demo.err());
        assertEquals("", demo.err());
    }
}
