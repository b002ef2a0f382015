package vn.smartcity.card.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locating libpcsclite for the JDK's PC/SC provider. */
class PcscLibraryTest {

    @Test
    void searchesTheArchitecturesMultiarchDirectoryFirst() {
        List<Path> amd64 = PcscLibrary.directories("amd64");
        assertEquals(Path.of("/usr/lib/x86_64-linux-gnu"), amd64.get(0));
        assertEquals(Path.of("/lib/x86_64-linux-gnu"), amd64.get(1));
        assertTrue(amd64.contains(Path.of("/usr/lib")));
        assertTrue(amd64.contains(Path.of("/lib")));
        assertEquals(
                Path.of("/usr/lib/aarch64-linux-gnu"),
                PcscLibrary.directories("aarch64").get(0));
        assertEquals(Path.of("/usr/lib64"), PcscLibrary.directories("sparc").get(0), "unknown: generic only");
    }

    @Test
    void prefersTheRuntimeLibraryAndTheEarlierDirectory(@TempDir Path root) throws IOException {
        Path first = Files.createDirectories(root.resolve("first"));
        Path second = Files.createDirectories(root.resolve("second"));
        Files.createFile(second.resolve("libpcsclite.so.1"));
        assertEquals(Optional.of(second.resolve("libpcsclite.so.1")), PcscLibrary.find(List.of(first, second)));
        Files.createFile(first.resolve("libpcsclite.so"));
        assertEquals(Optional.of(first.resolve("libpcsclite.so")), PcscLibrary.find(List.of(first, second)));
        Files.createFile(first.resolve("libpcsclite.so.1"));
        assertEquals(Optional.of(first.resolve("libpcsclite.so.1")), PcscLibrary.find(List.of(first, second)));
        assertEquals(Optional.empty(), PcscLibrary.find(List.of(root.resolve("missing"))));
    }

    @Test
    void leavesAPropertyTheUserSetAlone() {
        String before = System.getProperty(PcscLibrary.PROPERTY);
        try {
            System.setProperty(PcscLibrary.PROPERTY, "/opt/custom/libpcsclite.so.1");
            assertEquals(Optional.of("/opt/custom/libpcsclite.so.1"), PcscLibrary.configure());
            assertEquals("/opt/custom/libpcsclite.so.1", System.getProperty(PcscLibrary.PROPERTY));
        } finally {
            if (before == null) {
                System.clearProperty(PcscLibrary.PROPERTY);
            } else {
                System.setProperty(PcscLibrary.PROPERTY, before);
            }
        }
    }
}
