package vn.smartcity.core.id;

import java.util.Objects;
import java.util.Optional;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.admin.AdministrativeUnits;
import vn.smartcity.core.admin.Era;
import vn.smartcity.core.admin.Province;

/**
 * The 12-digit personal identification number (số định danh cá nhân) printed on the chip citizen
 * identity card (CCCD) and used as the personal tax code.
 *
 * <p>Structure (Circular 07/2016/TT-BCA, Article 7, as amended by Circular 59/2021/TT-BCA):
 *
 * <ul>
 *   <li>digits 1–3: where the birth was registered: {@code 0} and the two-digit GSO province code
 *       ({@code 001} Hà Nội, {@code 046} Thừa Thiên Huế, {@code 079} Hồ Chí Minh), or for a citizen
 *       registered abroad a country code from the circular's annex ({@code 000}, {@code
 *       101}–{@code 295});
 *   <li>digit 4: century and gender: 0/1 born 1900–1999 male/female, 2/3 2000s, 4/5 2100s, 6/7
 *       2200s, 8/9 2300s;
 *   <li>digits 5–6: the last two digits of the birth year;
 *   <li>digits 7–12: a random number.
 * </ul>
 *
 * <p>There is no check digit, so validation is structural plus a known place code. Place codes are
 * those of the 63 provinces that issued numbers before 1 July 2025; cards were not renumbered when
 * provinces merged, so {@link #province()} also gives the unit the place belongs to now through
 * {@link AdministrativeUnits#successor(Province)}.
 *
 * <p>{@link #toString()} masks the number ({@code 001*******45}): it is personal data and must not
 * reach logs in full. {@link #value()} gives the digits.
 *
 * @param value the twelve digits
 */
public record PersonalIdNumber(String value) {

    private static final String TYPE = "PersonalIdNumber";

    /** Place codes 0..99 that are provinces of the 63-unit division (codes 000..099 in numbers). */
    private static final boolean[] PROVINCE_PLACE = provincePlaces();

    /**
     * Validates the digits.
     *
     * @throws InvalidValueException if {@code value} is not twelve digits with a known place code
     *
     * @param value the {@code value} component
     */
    public PersonalIdNumber {
        Objects.requireNonNull(value, "value");
        validate(value);
    }

    /**
     * Parses a number as people write it: spaces, dots and dashes between digit groups are
     * ignored ({@code "001 089 012 345"}).
     *
     * @param text the number
     * @return the number
     * @throws InvalidValueException saying what is wrong and at which position, without repeating
     *     the number
     */
    public static PersonalIdNumber parse(String text) {
        return new PersonalIdNumber(compact(Objects.requireNonNull(text, "text")));
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

    private static boolean[] provincePlaces() {
        boolean[] places = new boolean[100];
        for (Province p : AdministrativeUnits.standard().provinces(Era.PRE_2025)) {
            places[Integer.parseInt(p.code())] = true;
        }
        return places;
    }

    private static String compact(String text) {
        if (text.length() == 12 && isAllDigits(text)) {
            return text;
        }
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '.' || c == '-') {
                continue;
            }
            digits.append(c);
        }
        return digits.toString();
    }

    private static boolean isAllDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void validate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException(TYPE, i, "expected a digit");
            }
        }
        if (value.length() != 12) {
            throw new InvalidValueException(TYPE, -1, "expected 12 digits, got " + value.length());
        }
        int place = placeNumber(value);
        if (!isAbroad(place) && !(place < 100 && PROVINCE_PLACE[place])) {
            throw new InvalidValueException(
                    TYPE,
                    0,
                    "place code " + value.substring(0, 3)
                            + " is neither a province code (001-096) nor a country code for births registered"
                            + " abroad");
        }
    }

    private static int placeNumber(String value) {
        return (value.charAt(0) - '0') * 100 + (value.charAt(1) - '0') * 10 + (value.charAt(2) - '0');
    }

    private static boolean isAbroad(int place) {
        return place == 0 || (place >= 101 && place <= 295);
    }

    /**
     * The place-of-registration code.
     *
     * @return the first three digits, such as {@code 046}
     */
    public String placeCode() {
        return value.substring(0, 3);
    }

    /**
     * Whether the birth was registered abroad, so the place code is a country code.
     *
     * @return {@code true} for country codes
     */
    public boolean registeredAbroad() {
        return isAbroad(placeNumber(value));
    }

    /**
     * The province where the birth was registered, among the 63 provinces that issued numbers
     * before 1 July 2025.
     *
     * @return the province, or empty for births registered abroad
     */
    public Optional<Province> province() {
        return registeredAbroad()
                ? Optional.empty()
                : AdministrativeUnits.standard().byCode(Era.PRE_2025, placeCode());
    }

    /**
     * The gender the number encodes.
     *
     * @return male for even century digits, female for odd
     */
    public Gender gender() {
        return (value.charAt(3) - '0') % 2 == 0 ? Gender.MALE : Gender.FEMALE;
    }

    /**
     * The year of birth the number encodes.
     *
     * @return such as {@code 1989}
     */
    public int birthYear() {
        int century = (value.charAt(3) - '0') / 2;
        return 1900 + century * 100 + (value.charAt(4) - '0') * 10 + (value.charAt(5) - '0');
    }

    /**
     * The number with all but the place code and the last two digits hidden.
     *
     * @return such as {@code 001*******45}
     */
    public String masked() {
        return value.substring(0, 3) + "*******" + value.substring(10);
    }

    /**
     * The masked number: safe for logs.
     *
     * @return {@link #masked()}
     */
    @Override
    public String toString() {
        return masked();
    }
}
