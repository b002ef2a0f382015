package vn.smartcity.card.mrz;

import java.util.Objects;
import vn.smartcity.card.CardDataException;

/**
 * The check digit of Doc 9303 Part 3 section 4.9: each character is given a value (digits as
 * themselves, {@code <} as 0, {@code A} to {@code Z} as 10 to 35), multiplied by the weights 7, 3,
 * 1 repeating, and the sum taken modulo 10.
 */
public final class MrzCheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzCheckDigit() {}

    /**
     * Computes the check digit of {@code data}.
     *
     * @param data characters from {@code [A-Z0-9<]}
     * @return 0 to 9
     * @throws CardDataException if a character is outside {@code [A-Z0-9<]}, at its index
     */
    public static int compute(CharSequence data) {
        Objects.requireNonNull(data, "data");
        int sum = 0;
        int weight = 0;
        for (int i = 0, n = data.length(); i < n; i++) {
            int value = value(data.charAt(i));
            if (value < 0) {
                throw new CardDataException("MRZ check digit input", i, "expected a character from [A-Z0-9<]");
            }
            sum += value * WEIGHTS[weight];
            weight = weight == 2 ? 0 : weight + 1;
        }
        return sum % 10;
    }

    /**
     * The check digit of {@code data} as a character.
     *
     * @param data characters from {@code [A-Z0-9<]}
     * @return {@code '0'} to {@code '9'}
     * @throws CardDataException if a character is outside {@code [A-Z0-9<]}
     */
    public static char of(CharSequence data) {
        return (char) ('0' + compute(data));
    }

    /** The value of one character, or -1 if it is not an MRZ character. */
    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }
}
