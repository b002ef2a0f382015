package vn.smartcity.core.id;

import java.util.Objects;
import java.util.Optional;
import vn.smartcity.core.InvalidValueException;

/**
 * A Vietnamese tax code (mã số thuế): an enterprise's 10-digit code, optionally with a 3-digit
 * suffix for a dependent unit ({@code 0100112437-011}), or a person's 12-digit personal
 * identification number, which serves as the personal tax code from 1 July 2025 (Circular
 * 86/2024/TT-BTC).
 *
 * <p>The 10th digit of an enterprise code checks the first nine (Circular 105/2020/TT-BTC, Annex
 * 1): with weights 31, 29, 23, 19, 17, 13, 7, 5, 3 and {@code S} the weighted sum, the check digit
 * is {@code 10 - (S mod 11)}, written {@code 0} when {@code S mod 11 = 10}. Prefixes with {@code S
 * mod 11 = 0} would need the digit 10 and are never issued, so they are rejected.
 *
 * <p>Parsing accepts the forms people write: {@code "0312 68 78 78 - 001"}, {@code
 * "01.00.112.437"}, or the 13 digits run together. {@link #toString()} gives the canonical form
 * {@code NNNNNNNNNN} or {@code NNNNNNNNNN-NNN}; a personal code is masked there as in {@link
 * PersonalIdNumber}.
 *
 * @param value the canonical form
 */
public record TaxCode(String value) {

    private static final String TYPE = "TaxCode";
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    /** The kinds of tax code. */
    public enum Kind {
        /** A 10-digit code of an enterprise or organisation. */
        ENTERPRISE,
        /** An enterprise code with a 3-digit suffix for a branch or other dependent unit. */
        BRANCH,
        /** A person's 12-digit personal identification number. */
        PERSONAL
    }

    /**
     * Validates the canonical form.
     *
     * @throws InvalidValueException if it is not a valid tax code in canonical form
     *
     * @param value the {@code value} component
     */
    public TaxCode {
        Objects.requireNonNull(value, "value");
        String canonical = canonical(value);
        if (!canonical.equals(value)) {
            throw new InvalidValueException(TYPE, -1, "not in canonical form; use TaxCode.parse");
        }
    }

    /**
     * Parses a tax code as people write it.
     *
     * @param text the code; spaces, dots and one dash before a branch suffix are allowed
     * @return the tax code
     * @throws InvalidValueException saying what is wrong and where
     */
    public static TaxCode parse(String text) {
        return new TaxCode(canonical(Objects.requireNonNull(text, "text")));
    }

    /**
     * Tells whether {@code text} parses.
     *
     * @param text the candidate
     * @return {@code true} if {@link #parse(String)} would succeed
     */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * The check digit for the first nine digits of an enterprise code.
     *
     * @param firstNine nine digits
     * @return the check digit, or {@code -1} if no valid code starts with these digits
     * @throws InvalidValueException if {@code firstNine} is not nine digits
     */
    public static int checkDigit(String firstNine) {
        if (firstNine.length() != 9) {
            throw new InvalidValueException(TYPE, -1, "expected 9 digits, got " + firstNine.length());
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = firstNine.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException(TYPE, i, "expected a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 0 ? -1 : (10 - remainder) % 10;
    }

    private static String canonical(String text) {
        StringBuilder digits = new StringBuilder(13);
        int dashAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '-' && dashAt < 0 && digits.length() == 10) {
                dashAt = i;
            } else if (c != ' ' && c != '.') {
                throw new InvalidValueException(TYPE, i, "unexpected character; expected a digit");
            }
        }
        int n = digits.length();
        if (n == 12) {
            if (dashAt >= 0) {
                throw new InvalidValueException(TYPE, dashAt, "a branch suffix has 3 digits, got 2");
            }
            return PersonalIdNumber.parse(digits.toString()).value();
        }
        if (n != 10 && n != 13) {
            throw new InvalidValueException(
                    TYPE, -1, "expected 10 digits, 10 + 3 for a branch, or 12 for a person; got " + n);
        }
        if (digits.charAt(0) == '0' && digits.charAt(1) == '0') {
            throw new InvalidValueException(TYPE, 0, "the province part 00 is never issued");
        }
        if ("0000000".equals(digits.substring(2, 9))) {
            throw new InvalidValueException(TYPE, 2, "the sequence number 0000000 is never issued");
        }
        int check = checkDigit(digits.substring(0, 9));
        if (check < 0) {
            throw new InvalidValueException(
                    TYPE, -1, "no tax code begins with these nine digits (their weighted sum is divisible by 11)");
        }
        if (digits.charAt(9) - '0' != check) {
            throw new InvalidValueException(
                    TYPE, 9, "check digit mismatch: expected " + check + ", got " + digits.charAt(9));
        }
        if (n == 13) {
            String branch = digits.substring(10);
            if ("000".equals(branch)) {
                throw new InvalidValueException(TYPE, 10, "branch suffix 000 is never issued");
            }
            return digits.substring(0, 10) + "-" + branch;
        }
        return digits.toString();
    }

    /**
     * What kind of code this is.
     *
     * @return the kind
     */
    public Kind kind() {
        if (value.length() == 12) {
            return Kind.PERSONAL;
        }
        return value.length() == 14 ? Kind.BRANCH : Kind.ENTERPRISE;
    }

    /**
     * The 10-digit code of the enterprise, without a branch suffix.
     *
     * @return the enterprise's code, or empty for a personal code
     */
    public Optional<String> enterpriseCode() {
        return kind() == Kind.PERSONAL ? Optional.empty() : Optional.of(value.substring(0, 10));
    }

    /**
     * The branch suffix.
     *
     * @return the three digits after the dash, or empty
     */
    public Optional<String> branch() {
        return kind() == Kind.BRANCH ? Optional.of(value.substring(11)) : Optional.empty();
    }

    /**
     * The personal identification number behind a personal tax code.
     *
     * @return the number, or empty for enterprise codes
     */
    public Optional<PersonalIdNumber> personalIdNumber() {
        return kind() == Kind.PERSONAL ? Optional.of(new PersonalIdNumber(value)) : Optional.empty();
    }

    /**
     * The canonical form, with a personal code masked.
     *
     * @return such as {@code 0100112437-011}
     */
    @Override
    public String toString() {
        return kind() == Kind.PERSONAL ? new PersonalIdNumber(value).masked() : value;
    }
}
