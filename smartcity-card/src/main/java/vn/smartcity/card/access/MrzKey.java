package vn.smartcity.card.access;

import java.security.MessageDigest;
import java.util.Objects;
import vn.smartcity.card.access.internal.Crypto;
import vn.smartcity.card.mrz.BacKeySeed;

/**
 * The MRZ data that open a chip (ICAO Doc 9303 Part 11, section 9.7.2): the document number, the
 * date of birth and the date of expiry, each with its check digit computed here. For the CCCD the
 * document number is the 9 digits of the MRZ, the tail of the 12-digit number ({@link
 * AccessKey#cccd}). {@link #toString()} hides every field.
 *
 * @param documentNumber the document number, {@code [A-Z0-9<]}
 * @param dateOfBirth {@code YYMMDD}
 * @param dateOfExpiry {@code YYMMDD}
 */
public record MrzKey(String documentNumber, String dateOfBirth, String dateOfExpiry) implements AccessKey {

    /**
     * Checks the fields.
     *
     * @param documentNumber the document number
     * @param dateOfBirth {@code YYMMDD}
     * @param dateOfExpiry {@code YYMMDD}
     * @throws vn.smartcity.card.CardDataException if a field is malformed (the message does not
     *     repeat it)
     */
    public MrzKey {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(dateOfExpiry, "dateOfExpiry");
        BacKeySeed.of(documentNumber, dateOfBirth, dateOfExpiry);
    }

    /**
     * The {@code MRZ_information}: the three fields with their check digits.
     *
     * @return the seed input
     */
    public BacKeySeed bacKeySeed() {
        return BacKeySeed.of(documentNumber, dateOfBirth, dateOfExpiry);
    }

    /**
     * {@code MRZ}.
     *
     * @return {@code MRZ}
     */
    @Override
    public String kind() {
        return "MRZ";
    }

    /**
     * 1, the MRZ.
     *
     * @return 1
     */
    @Override
    public int passwordReference() {
        return 1;
    }

    /**
     * {@code SHA-1(MRZ_information)}, all 20 bytes (Doc 9303 Part 11, section 9.7.2).
     *
     * @return a new array
     */
    @Override
    public byte[] pacePassword() {
        MessageDigest sha1 = Crypto.digest("SHA-1");
        return sha1.digest(bacKeySeed().bytes());
    }

    @Override
    public String refusalAdvice() {
        return "check the document number, the date of birth and the date of expiry and try again";
    }

    /**
     * The key with every field hidden.
     *
     * @return {@code MrzKey[document number, date of birth and date of expiry hidden]}
     */
    @Override
    public String toString() {
        return "MrzKey[document number, date of birth and date of expiry hidden]";
    }
}
