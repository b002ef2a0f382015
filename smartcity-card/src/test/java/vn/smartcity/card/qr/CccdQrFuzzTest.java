package vn.smartcity.card.qr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.CardDataException;

/** Deterministic mutation fuzzing (fixed seed): only {@link CardDataException} may escape. */
class CccdQrFuzzTest {

    private static final String ALPHABET = "0123456789|||| NamNữuẫ\uFEFF\u0303\r\nA/-";

    @Test
    void onlyCardDataExceptionEscapes() {
        Random random = new Random(20240701L);
        String seed = CccdQrTest.SYNTHETIC + "||extra";
        int parsed = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder(seed);
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits && s.length() > 0; e++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(4)) {
                    case 0:
                        s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                        break;
                    case 1:
                        s.setLength(at);
                        break;
                    case 2:
                        s.deleteCharAt(at);
                        break;
                    default:
                        s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                        break;
                }
            }
            parsed += run(s.toString());
        }
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = CccdQrTest.SYNTHETIC.getBytes(StandardCharsets.UTF_8);
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            try {
                CccdQr.parse(bytes).toString();
            } catch (CardDataException expected) {
                // fine
            } catch (RuntimeException e) {
                fail("escaped " + e, e);
            }
        }
        assertTrue(parsed > 1_000, "only " + parsed + " mutated texts parsed");
    }

    private static int run(String text) {
        try {
            CccdQr qr = CccdQr.parse(text);
            qr.toString();
            qr.mismatches();
            return 1;
        } catch (CardDataException expected) {
            return 0;
        } catch (RuntimeException e) {
            fail("escaped " + e + " for input of length " + text.length(), e);
            return 0;
        }
    }
}
