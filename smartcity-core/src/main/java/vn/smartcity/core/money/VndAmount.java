package vn.smartcity.core.money;

import java.util.Objects;
import vn.smartcity.core.InvalidValueException;

/**
 * An amount of money in Vietnamese đồng (VND). The đồng has no minor unit (ISO 4217 exponent 0),
 * so an amount is a whole number; there is no floating point anywhere.
 *
 * <p>Arithmetic is exact and fails on overflow rather than wrapping. {@link #format()} writes the
 * Vietnamese form {@code 1.250.000 ₫}; {@link #parse(String)} reads that, {@code 1,250,000 VND},
 * {@code 1250000đ} and plain digits. Negative amounts (refunds, corrections) are allowed.
 *
 * @param dong the amount in đồng
 */
public record VndAmount(long dong) implements Comparable<VndAmount> {

    private static final String TYPE = "VndAmount";

    /** Zero đồng. */
    public static final VndAmount ZERO = new VndAmount(0);

    /**
     * An amount of {@code dong} đồng.
     *
     * @param dong the amount
     * @return the amount
     */
    public static VndAmount of(long dong) {
        return new VndAmount(dong);
    }

    /**
     * Parses an amount: digits grouped by {@code .}, {@code ,} or spaces, optionally signed, with
     * an optional {@code ₫}, {@code đ}, {@code đồng}, {@code VND} or {@code VNĐ} before or after.
     * Decimals are refused: {@code 1.5} is not a whole number of đồng.
     *
     * @param text the text
     * @return the amount
     * @throws InvalidValueException saying what is wrong and where
     */
    public static VndAmount parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        for (String unit : new String[] {"vnđ", "vnd", "đồng", "dong", "₫", "đ"}) {
            if (lower.endsWith(unit)) {
                t = t.substring(0, t.length() - unit.length()).strip();
                break;
            }
            if (lower.startsWith(unit)) {
                t = t.substring(unit.length()).strip();
                break;
            }
        }
        if (t.isEmpty()) {
            throw new InvalidValueException(TYPE, -1, "no digits");
        }
        boolean negative = t.charAt(0) == '-';
        int i = negative || t.charAt(0) == '+' ? 1 : 0;
        long value = 0;
        int digitsInGroup = 0;
        int groups = 0;
        char separator = 0;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                try {
                    value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
                } catch (ArithmeticException e) {
                    throw new InvalidValueException(TYPE, i, "amount too large");
                }
                digitsInGroup++;
            } else if (c == '.' || c == ',' || c == ' ' || c == '\u00a0') {
                if (separator != 0 && c != separator) {
                    throw new InvalidValueException(
                            TYPE, i, "mixed separators: decimals are not allowed, đồng are whole numbers");
                }
                if (digitsInGroup == 0 || (groups > 0 && digitsInGroup != 3) || digitsInGroup > 3) {
                    throw new InvalidValueException(TYPE, i, "digits must be grouped in threes");
                }
                separator = c;
                groups++;
                digitsInGroup = 0;
            } else {
                throw new InvalidValueException(TYPE, i, "unexpected character; expected a digit");
            }
        }
        if (digitsInGroup == 0 || (groups > 0 && digitsInGroup != 3)) {
            throw new InvalidValueException(TYPE, -1, "digits must be grouped in threes (decimals are not allowed)");
        }
        return new VndAmount(negative ? -value : value);
    }

    /**
     * The sum.
     *
     * @param other the amount to add
     * @return this plus {@code other}
     * @throws ArithmeticException on overflow
     */
    public VndAmount plus(VndAmount other) {
        return new VndAmount(Math.addExact(dong, other.dong));
    }

    /**
     * The difference.
     *
     * @param other the amount to subtract
     * @return this minus {@code other}
     * @throws ArithmeticException on overflow
     */
    public VndAmount minus(VndAmount other) {
        return new VndAmount(Math.subtractExact(dong, other.dong));
    }

    /**
     * The product with a whole number (a fee times a quantity).
     *
     * @param factor the factor
     * @return this times {@code factor}
     * @throws ArithmeticException on overflow
     */
    public VndAmount times(long factor) {
        return new VndAmount(Math.multiplyExact(dong, factor));
    }

    /**
     * Whether the amount is below zero.
     *
     * @return {@code true} if negative
     */
    public boolean isNegative() {
        return dong < 0;
    }

    @Override
    public int compareTo(VndAmount other) {
        return Long.compare(dong, other.dong);
    }

    /**
     * The Vietnamese form, dots grouping thousands.
     *
     * @return such as {@code 1.250.000 ₫}
     */
    public String format() {
        String digits = Long.toString(Math.abs(dong));
        if (dong == Long.MIN_VALUE) {
            digits = digits.substring(1);
        }
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (dong < 0) {
            out.append('-');
        }
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.append(" ₫").toString();
    }

    /**
     * The amount and currency code.
     *
     * @return such as {@code 1250000 VND}
     */
    @Override
    public String toString() {
        return dong + " VND";
    }
}
