package vn.smartcity.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.smartcity.cli.SmartCityTest.Result;

/** {@code smartcity card read} against the test kit's simulated chip, and {@code card readers}. */
class CardReadCommandTest {

    private static Result run(String... args) {
        return SmartCityTest.run(args);
    }

    @Test
    void readsTheSimulatedChipOverPaceWithItsCan(@TempDir Path dir) throws IOException {
        Path photo = dir.resolve("face.jpg");
        Result r = run("card", "read", "--simulated", "--json", "--photo", photo.toString());

        assertEquals(0, r.status(), r.err());
        JsonObject o = r.json();
        assertEquals("PACE", o.getString("protocol"));
        assertTrue(
                o.getJsonArray("access").getJsonObject(0).getString("summary").contains("brainpoolP256r1"), r.out());
        JsonObject pa = o.getJsonObject("passiveAuthentication");
        assertTrue(pa.getBoolean("passed"), r.out());
        assertEquals("test-kit CSCA", pa.getString("trust"));
        JsonObject citizen = o.getJsonObject("citizen");
        assertEquals("001*******45", citizen.getString("idNumber"));
        assertEquals("N***** T** M**", citizen.getString("fullName"));
        assertFalse(r.out().contains("001195012345"), "the number is masked unless --reveal");
        byte[] jpeg = Files.readAllBytes(photo);
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, Arrays.copyOf(jpeg, 2), "a JPEG was saved");
    }

    @Test
    void readsOverBacWithTheMrzDataAndRevealsOnRequest() {
        // SampleCitizen's TD1 MRZ: document number 195012345, born 950304, expires 350304.
        Result r = run(
                "card",
                "read",
                "--simulated",
                "--protocol",
                "bac",
                "--mrz",
                "195012345",
                "950304",
                "350304",
                "--reveal");

        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("citizen 001195012345  Nguyễn Thị Mậu  born 1995-03-04"), r.out());
        assertTrue(r.out().contains("access: BAC with 3DES"), r.out());
        assertTrue(r.out().contains("passive authentication: PASSED"), r.out());
    }

    @Test
    void aWrongCanIsAccessDeniedInOneLine() {
        Result r = run("card", "read", "--simulated", "--can", "111111");

        assertEquals(1, r.status());
        String err = r.err().replace("\r", "");
        assertTrue(err.startsWith("smartcity: access denied: the card refused the access key (CAN)"), err);
        assertFalse(err.contains("111111"), "the key is never echoed");
        assertFalse(err.contains("Exception"), "no stack trace");
    }

    @Test
    void badKeysAndChoicesAreInputErrors() {
        assertEquals(1, run("card", "read", "--simulated", "--can", "12345").status());
        assertEquals(1, run("card", "read", "--simulated", "--protocol", "eac").status());
        assertEquals(1, run("card", "read", "--simulated", "--reader", "X").status());
        Result noKey = run("card", "read", "--reader", "Nobody's reader", "--wait", "0");
        assertEquals(1, noKey.status());
        assertTrue(noKey.err().contains("--can, --number or --mrz"), noKey.err());
        assertEquals(
                2,
                run("card", "read", "--can", "123456", "--number", "001195012345")
                        .status());
    }

    @Test
    void maskNameKeepsInitials() {
        assertEquals("N***** T** M**", Views.maskName("Nguyễn Thị Mậu"));
        assertEquals("L* V* A*", Views.maskName(" Lê  Vũ A "));
    }

    @Test
    void readersListsOrSaysThereIsNoService() {
        Result r = run("card", "readers", "--json");
        if (r.status() == 0) {
            assertTrue(r.json().containsKey("readers"), r.out());
        } else {
            assertEquals(1, r.status());
            assertTrue(r.err().startsWith("smartcity: "), r.err());
            assertTrue(r.err().toLowerCase(java.util.Locale.ROOT).contains("pc/sc"), r.err());
        }
    }
}
