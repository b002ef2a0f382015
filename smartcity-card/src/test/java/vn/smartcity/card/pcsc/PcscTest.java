package vn.smartcity.card.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.apdu.CardIoException;
import vn.smartcity.card.apdu.CardIoException.Reason;

/**
 * How the entry point reports a PC/SC that cannot be reached. (Debian's OpenJDK links libpcsclite
 * itself and ignores {@code sun.security.smartcardio.library}, so a missing library cannot be
 * provoked in a child JVM there; the mapping is checked on the failures the JDK throws instead.)
 */
class PcscTest {

    @Test
    void aMissingLibraryTellsWhatToInstallOrSet() {
        // What the JDK's provider throws when it cannot load the library it was given.
        NoSuchAlgorithmException failure = new NoSuchAlgorithmException(
                "Error constructing TerminalFactory", new IOException("No PC/SC library found on this system"));
        CardIoException e = Pcsc.unavailable(failure, "/usr/lib/x86_64-linux-gnu/libpcsclite.so.1");
        assertEquals(Reason.NO_SERVICE, e.reason());
        assertEquals(
                "PC/SC is not available: the library /usr/lib/x86_64-linux-gnu/libpcsclite.so.1 could not be used"
                        + " (install pcscd and libpcsclite1, or set -Dsun.security.smartcardio.library=<path>)",
                e.getMessage());
        assertEquals(
                "PC/SC is not available: the library libpcsclite was not found (install pcscd and libpcsclite1,"
                        + " or set -Dsun.security.smartcardio.library=<path>)",
                Pcsc.unavailable(failure, null).getMessage());
    }

    @Test
    void noDaemonIsNoService() {
        // What the JDK's provider throws when libpcsclite answers SCARD_E_NO_SERVICE.
        NoSuchAlgorithmException failure = new NoSuchAlgorithmException(
                "Error constructing TerminalFactory for PC/SC using SunPCSC", new CardException("SCARD_E_NO_SERVICE"));
        CardIoException e = Pcsc.unavailable(failure, null);
        assertEquals(Reason.NO_SERVICE, e.reason());
        assertEquals("no PC/SC service: is pcscd running? (SCARD_E_NO_SERVICE)", e.getMessage());
    }

    @Test
    void rejectsTimeoutsThatAreNotPositive() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Pcsc.waitForCard(Duration.ZERO));
        assertEquals("timeout PT0S must be positive", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pcsc.waitForCard("any", Duration.ofSeconds(-1)));
    }
}
