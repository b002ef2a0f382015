package vn.smartcity.card.access;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.smartcity.card.mrz.Mrz;
import vn.smartcity.core.id.PersonalIdNumber;

/**
 * What the clerk gives the chip to open it (ICAO Doc 9303 Part 11, section 9.7.2): the card access
 * number printed on the card, or the document number, date of birth and date of expiry of the MRZ.
 * PACE accepts both; BAC needs the MRZ data.
 *
 * <p>Every variant's {@code toString()} hides the key.
 */
public sealed interface AccessKey permits CanKey, MrzKey {

    /**
     * A card access number.
     *
     * @param digits the 6 digits
     * @return the key
     * @throws IllegalArgumentException if {@code digits} is not exactly 6 ASCII digits
     */
    static CanKey can(String digits) {
        return new CanKey(digits);
    }

    /**
     * The card access number of a CCCD: the last 6 digits of the 12-digit personal identification
     * number.
     *
     * @param number the number printed on the card
     * @return the key
     */
    static CanKey can(PersonalIdNumber number) {
        String value = number.value();
        return new CanKey(value.substring(value.length() - CanKey.LENGTH));
    }

    /**
     * The MRZ data.
     *
     * @param documentNumber the document number as in the MRZ, {@code [A-Z0-9<]}
     * @param dateOfBirth {@code YYMMDD}
     * @param dateOfExpiry {@code YYMMDD}
     * @return the key
     * @throws vn.smartcity.card.CardDataException if a field is malformed (the message does not
     *     repeat it)
     */
    static MrzKey mrz(String documentNumber, String dateOfBirth, String dateOfExpiry) {
        return new MrzKey(documentNumber, dateOfBirth, dateOfExpiry);
    }

    /**
     * The MRZ data of a parsed machine-readable zone.
     *
     * @param mrz the zone, printed on the card or read from DG1
     * @return the key
     */
    static MrzKey mrz(Mrz mrz) {
        DateTimeFormatter yymmdd = DateTimeFormatter.ofPattern("yyMMdd");
        return new MrzKey(
                mrz.documentNumber(),
                mrz.dateOfBirth().format(yymmdd),
                mrz.dateOfExpiry().format(yymmdd));
    }

    /**
     * The MRZ data of a CCCD from what is printed on its face: its document number in the MRZ is the
     * last 9 digits of the personal identification number.
     *
     * @param number the 12-digit number
     * @param dateOfBirth the date of birth
     * @param dateOfExpiry the date of expiry printed on the card
     * @return the key
     */
    static MrzKey cccd(PersonalIdNumber number, LocalDate dateOfBirth, LocalDate dateOfExpiry) {
        DateTimeFormatter yymmdd = DateTimeFormatter.ofPattern("yyMMdd");
        String value = number.value();
        return new MrzKey(value.substring(value.length() - 9), dateOfBirth.format(yymmdd), dateOfExpiry.format(yymmdd));
    }

    /**
     * What the key is called in messages for the clerk.
     *
     * @return {@code CAN} or {@code MRZ}
     */
    String kind();

    /**
     * The PACE password reference of MSE:Set AT (Doc 9303 Part 11, section 4.4.4.1).
     *
     * @return 1 for the MRZ, 2 for the CAN
     */
    int passwordReference();

    /**
     * The PACE password {@code pi} (Doc 9303 Part 11, section 9.7.2): the CAN as ASCII, or the
     * SHA-1 of the MRZ information.
     *
     * @return a new array
     */
    byte[] pacePassword();

    /**
     * What to tell the clerk when the chip refuses this key.
     *
     * @return a sentence without the key
     */
    String refusalAdvice();
}
