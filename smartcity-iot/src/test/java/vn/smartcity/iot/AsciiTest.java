package vn.smartcity.iot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiTest {

    private static double parse(String s) {
        byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.US_ASCII);
        return Ascii.parseDouble(b, 2, s.length());
    }

    @Test
    void agreesWithDoubleParseDoubleBitForBit() {
        String[] fixed = {
            "0",
            "-0",
            "0.00",
            "25.40",
            "101.94",
            "0.033",
            "-4.1",
            "+7",
            ".5",
            "5.",
            "1e3",
            "1.2E-3",
            "123456789012345",
            "1234567890123456789",
            "0.1",
            "0.30000000000000004",
            "1e22",
            "1e23",
            "9007199254740993",
            "-123.456e-7",
            "2.2250738585072014E-308",
            "4.9e-324"
        };
        for (String s : fixed) {
            assertEquals(Double.doubleToLongBits(Double.parseDouble(s)), Double.doubleToLongBits(parse(s)), s);
        }
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            if (random.nextBoolean()) {
                s.append('-');
            }
            s.append(random.nextInt(100_000));
            if (random.nextBoolean()) {
                s.append('.').append(random.nextInt(1_000_000));
            }
            if (random.nextInt(4) == 0) {
                s.append('e').append(random.nextInt(40) - 20);
            }
            String text = s.toString();
            assertEquals(Double.doubleToLongBits(Double.parseDouble(text)), Double.doubleToLongBits(parse(text)), text);
        }
    }

    @Test
    void malformedIsNaN() {
        for (String s :
                new String[] {"", "-", ".", "1.2.3", "1e", "e5", "abc", "1,5", "1 ", " 1", "--1", "0x10", "NaN"}) {
            assertTrue(Double.isNaN(parse(s)), "'" + s + "'");
        }
    }

    @Test
    void digitsAndHex() {
        byte[] b = "0317cc01ZZ".getBytes(StandardCharsets.US_ASCII);
        assertEquals(317, Ascii.parseDigits(b, 0, 4));
        assertEquals(0xcc01, Ascii.parseHex(b, 4, 4));
        assertEquals(-1, Ascii.parseDigits(b, 4, 4));
        assertEquals(-1, Ascii.parseHex(b, 8, 2));
        assertEquals(-1, Ascii.parseDigits(b, 8, 5), "past the end");
        assertEquals(-1, Ascii.parseDigits(b, 0, 0));
    }
}
