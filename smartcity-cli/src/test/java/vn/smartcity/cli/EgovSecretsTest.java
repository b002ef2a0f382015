package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the egov commands read secrets from, with a given environment. */
class EgovSecretsTest {

    private final EgovSecrets secrets = EgovSecrets.withEnvironment(
            name -> Map.of("VNPAY_SECRET", "s3cret", "EMPTY", "").get(name));

    @Test
    void readsEnvironmentVariablesAndFiles(@TempDir Path dir) throws IOException {
        assertEquals("s3cret", secrets.resolve("env:VNPAY_SECRET", "setting hashSecret", true));
        Path file = dir.resolve("key");
        Files.writeString(file, "line one\r\n");
        assertEquals("line one", secrets.resolve("@" + file, "--api-key", true));
        Files.writeString(file, "no newline");
        assertEquals("no newline", secrets.resolve("@" + file, "--api-key", true));
        assertEquals("SANDBOX1", secrets.resolve("SANDBOX1", "setting tmnCode", false), "plain text when not secret");
        assertNull(secrets.variable("EMPTY"), "an empty variable counts as unset");
    }

    @Test
    void refusesSecretsAsTextAndNamesWhatIsMissing(@TempDir Path dir) throws IOException {
        SmartCity.InputError plain =
                assertThrows(SmartCity.InputError.class, () -> secrets.resolve("s3cret", "--password", true));
        assertEquals(
                "--password is secret: give it as env:NAME or @FILE, never as text on the command line",
                plain.getMessage());
        assertEquals(
                "--password: environment variable EMPTY is not set",
                assertThrows(SmartCity.InputError.class, () -> secrets.resolve("env:EMPTY", "--password", true))
                        .getMessage());
        assertEquals(
                "--password: env: needs a variable name, as in env:SMARTCITY_SECRET",
                assertThrows(SmartCity.InputError.class, () -> secrets.resolve("env:", "--password", true))
                        .getMessage());
        Path missing = dir.resolve("missing");
        assertEquals(
                "--password: no such file: " + missing,
                assertThrows(SmartCity.InputError.class, () -> secrets.resolve("@" + missing, "--password", true))
                        .getMessage());
        Path latin1 = dir.resolve("latin1");
        Files.write(latin1, new byte[] {(byte) 0xE9, 'x'});
        SmartCity.InputError notText =
                assertThrows(SmartCity.InputError.class, () -> secrets.resolve("@" + latin1, "--password", true));
        assertEquals("--password: " + latin1 + " is not UTF-8 text", notText.getMessage());
        Path big = dir.resolve("big");
        Files.write(big, new byte[EgovSecrets.MAX_FILE_BYTES + 1]);
        assertFalse(assertThrows(SmartCity.InputError.class, () -> secrets.resolve("@" + big, "--password", true))
                .getMessage()
                .isEmpty());
    }
}
