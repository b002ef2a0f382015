package vn.smartcity.card.mrz;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import vn.smartcity.card.CardDataException;

/**
 * The input to the BAC key seed, the {@code MRZ_information} of ICAO Doc 9303 Part 11 section
 * 9.7.2: the document number, its check digit, the date of birth, its check digit, the date of
 * expiry and its check digit. A document number shorter than 9 characters is padded with {@code <}
 * to 9, as it is printed; a long document number (Doc 9303 Part 5 section 4.2.4) is used whole.
 *
 * <p>{@code K_seed} is the first 16 bytes of the SHA-1 of {@link #bytes()}. For the worked example
 * of Part 11 Appendix D.2, {@code of("L898902C", "690806", "940623")} gives {@code
 * L898902C<369080619406236}.
 *
 * <p>For the CCCD the document number is the 9 digits of the MRZ (the tail of the 12-digit
 * personal number), not the 12-digit number itself.
 *
 * <p>It contains a document number and a date of birth, so {@link #toString()} masks it.
 *
 * @param value the {@code MRZ_information} characters
 */
public record BacKeySeed(String value) {

    private static final String WHAT = "BAC key seed";

    /**
     * Validates the characters.
     *
     * @param value the {@code MRZ_information}: at least 24 characters from {@code [A-Z0-9<]}
     * @throws CardDataException if it is shorter or has other characters
     */
    public BacKeySeed {
        Objects.requireNonNull(value, "value");
        if (value.length() < 24) {
            throw new CardDataException(WHAT, -1, "expected at least 24 characters, got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (MrzCheckDigit.value(value.charAt(i)) < 0) {
                throw new CardDataException(WHAT, i, "expected a character from [A-Z0-9<]");
            }
        }
    }

    /**
     * Builds the seed input from the three fields, computing their check digits.
     *
     * @param documentNumber the document number as in the MRZ ({@code [A-Z0-9<]}, trailing fillers
     *     optional), its long form whole if it has one
     * @param dateOfBirth {@code YYMMDD}
     * @param dateOfExpiry {@code YYMMDD}
     * @return the seed input
     * @throws CardDataException if a field is empty, has the wrong length or characters
     */
    public static BacKeySeed of(String documentNumber, String dateOfBirth, String dateOfExpiry) {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(dateOfExpiry, "dateOfExpiry");
        if (documentNumber.isEmpty()) {
            throw new CardDataException(WHAT, 0, "the document number is empty");
        }
        for (int i = 0; i < documentNumber.length(); i++) {
            if (MrzCheckDigit.value(documentNumber.charAt(i)) < 0) {
                throw new CardDataException(WHAT, i, "the document number has a character outside [A-Z0-9<]");
            }
        }
        date(dateOfBirth, "date of birth");
        date(dateOfExpiry, "date of expiry");
        StringBuilder number = new StringBuilder(documentNumber);
        while (number.length() < 9) {
            number.append('<');
        }
        return new BacKeySeed(number.toString()
                + MrzCheckDigit.of(number)
                + dateOfBirth
                + MrzCheckDigit.of(dateOfBirth)
                + dateOfExpiry
                + MrzCheckDigit.of(dateOfExpiry));
    }

    private static void date(String date, String name) {
        if (date.length() != 6) {
            throw new CardDataException(WHAT, -1, "the " + name + " must be 6 digits (YYMMDD)");
        }
        for (int i = 0; i < 6; i++) {
            char c = date.charAt(i);
            if (c < '0' || c > '9') {
                throw new CardDataException(WHAT, i, "the " + name + " must be 6 digits (YYMMDD)");
            }
        }
    }

    /**
     * The seed input as bytes: ASCII, as hashed by SHA-1.
     *
     * @return a new array
     */
    public byte[] bytes() {
        return value.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The seed input with all but its length hidden.
     *
     * @return such as {@code BacKeySeed[24 characters]}
     */
    @Override
    public String toString() {
        return "BacKeySeed[" + value.length() + " characters]";
    }
}
