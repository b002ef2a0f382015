package vn.smartcity.card.mrz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.smartcity.card.CardDataException;

/**
 * Deterministic mutation fuzzing (fixed seed): thousands of random, truncated and mutated zones.
 * The parsers may succeed or throw {@link CardDataException}; nothing else may escape.
 */
class MrzFuzzTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<<<OISBZG \n\r|aé\u0000";
    private static final List<String> SEEDS = List.of(
            MrzSpecVectorsTest.TD1,
            MrzSpecVectorsTest.TD2,
            MrzSpecVectorsTest.TD3,
            MrzVietnamTest.SYNTHETIC,
            "I<UTOD23145890<7349<<<<<<<<<<<\n3407127M9507122UTO<<<<<<<<<<<2\nSTEVENSON<<PETER<JOHN<<<<<<<<<",
            "I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<\nD23145890<UTO3407127M95071227349<<<8");

    private static final MrzParser STRICT = MrzParser.strict().withReferenceDate(LocalDate.of(2025, 1, 1));
    private static final MrzParser TOLERANT = STRICT.withOcrCorrection();

    @Test
    void onlyCardDataExceptionEscapes() {
        Random random = new Random(20250101L);
        int parsed = 0;
        for (int i = 0; i < 20_000; i++) {
            String input = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
            parsed += run(STRICT, input) + run(TOLERANT, input);
        }
        for (int i = 0; i < 2_000; i++) {
            StringBuilder noise = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                noise.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            run(STRICT, noise.toString());
            run(TOLERANT, noise.toString());
        }
        // Many mutations (a changed digit, a wrong check digit) still parse: the fuzzing reaches past the format
        // checks.
        assertTrue(parsed > 1_000, "only " + parsed + " mutated zones parsed");
    }

    private static int run(MrzParser parser, String input) {
        try {
            Mrz mrz = parser.parse(input);
            mrz.checks();
            mrz.isValid();
            mrz.bacKeySeed();
            mrz.toString();
            mrz.personalIdNumber();
            return 1;
        } catch (CardDataException expected) {
            return 0;
        } catch (RuntimeException e) {
            fail("escaped " + e + " for input of length " + input.length(), e);
            return 0;
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0:
                case 1:
                case 2:
                    s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    break;
                case 3:
                    s.setLength(at);
                    break;
                case 4:
                    s.deleteCharAt(at);
                    break;
                default:
                    s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    break;
            }
        }
        return s.toString();
    }
}
