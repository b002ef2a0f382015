package vn.smartcity.card.mrz;

import java.util.Objects;
import java.util.Optional;
import vn.smartcity.card.CardDataException;
import vn.smartcity.core.id.PersonalIdNumber;

/**
 * What the TD1 MRZ of a Vietnamese chip ID card (CCCD, issuing state {@code VNM}) adds to Doc 9303:
 * the document-number field holds the last 9 digits of the 12-digit personal identification number,
 * and the optional data of line 1 holds the whole 12 digits (positions 16–27), two fillers (28–29)
 * and a check digit over the 12 digits (30). That check digit is reported among {@link
 * Mrz#checks()} as {@link MrzCheck.Field#VN_PERSONAL_ID_NUMBER}.
 *
 * <p>{@link #toString()} masks the number.
 *
 * @param personalNumber the 12 digits as printed at positions 16–27
 * @param documentNumberIsTail whether the 9-digit document number equals the last 9 of them
 */
public record VietnameseMrz(String personalNumber, boolean documentNumberIsTail) {

    /**
     * Validates the number's shape.
     *
     * @param personalNumber 12 digits
     * @param documentNumberIsTail whether the document number is their tail
     * @throws CardDataException if {@code personalNumber} is not 12 digits
     */
    public VietnameseMrz {
        Objects.requireNonNull(personalNumber, "personalNumber");
        if (personalNumber.length() != 12) {
            throw new CardDataException("Vietnamese MRZ personal number", -1, "expected 12 digits");
        }
        for (int i = 0; i < 12; i++) {
            char c = personalNumber.charAt(i);
            if (c < '0' || c > '9') {
                throw new CardDataException("Vietnamese MRZ personal number", i, "expected a digit");
            }
        }
    }

    /**
     * The number as the SDK's type, when it is a valid personal identification number (a known
     * place code).
     *
     * @return the number, or empty if its place code is unknown
     */
    public Optional<PersonalIdNumber> personalIdNumber() {
        return PersonalIdNumber.isValid(personalNumber)
                ? Optional.of(new PersonalIdNumber(personalNumber))
                : Optional.empty();
    }

    /**
     * The masked number and whether the document number matches it.
     *
     * @return such as {@code VietnameseMrz[001*******45, document number is its tail]}
     */
    @Override
    public String toString() {
        return "VietnameseMrz[" + personalNumber.substring(0, 3) + "*******" + personalNumber.substring(10)
                + (documentNumberIsTail ? ", document number is its tail]" : ", document number is NOT its tail]");
    }
}
