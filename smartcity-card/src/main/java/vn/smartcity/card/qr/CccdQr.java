package vn.smartcity.card.qr;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.id.Gender;
import vn.smartcity.core.id.PersonalIdNumber;

/**
 * The text of the QR code of a Vietnamese chip ID card: fields separated by {@code |}, in this
 * order:
 *
 * <ol>
 *   <li>the 12-digit personal identification number;
 *   <li>the old 9-digit ID number (CMND), empty if the holder had none;
 *   <li>the full name;
 *   <li>the date of birth, {@code ddMMyyyy};
 *   <li>the gender, {@code Nam} or {@code Nữ};
 *   <li>the address (place of permanent residence, or of residence on cards from 2024);
 *   <li>the issue date of the card, {@code ddMMyyyy}.
 * </ol>
 *
 * <p>Cards issued from 1 July 2024 (Circular 16/2024/TT-BCA) put more in the QR (parents' names,
 * a cancelled personal number); those trailing fields, often empty, are kept as they are in {@link
 * #extraFields()}. Fewer than seven fields is an error.
 *
 * <p><b>The QR is not signed.</b> Anyone can print one; it identifies a person but does not
 * authenticate the card ({@link #authenticated()} is always {@code false}). Read the chip and check
 * its security object to authenticate.
 *
 * <p>Parsing tolerates a UTF-8 byte order mark, whitespace around the text and around each field,
 * and Vietnamese text in NFD (it is normalised to NFC). The gender accepts {@code Nam}, {@code Nữ}
 * and the unaccented {@code Nu} in any case. Where the number's encoded gender or birth year
 * disagree with the fields, the QR still parses and {@link #mismatches()} says so.
 *
 * <p>{@link #toString()} masks the number and shows the name as initials.
 */
public final class CccdQr {

    private static final String WHAT = "CCCD QR";
    private static final int FIELDS = 7;

    private final PersonalIdNumber idNumber;
    private final @Nullable String oldIdNumber;
    private final String fullName;
    private final LocalDate dateOfBirth;
    private final Gender gender;
    private final String address;
    private final LocalDate issueDate;
    private final List<String> extraFields;
    private final List<CccdQrMismatch> mismatches;

    private CccdQr(
            PersonalIdNumber idNumber,
            @Nullable String oldIdNumber,
            String fullName,
            LocalDate dateOfBirth,
            Gender gender,
            String address,
            LocalDate issueDate,
            List<String> extraFields) {
        this.idNumber = idNumber;
        this.oldIdNumber = oldIdNumber;
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.gender = gender;
        this.address = address;
        this.issueDate = issueDate;
        this.extraFields = List.copyOf(extraFields);
        List<CccdQrMismatch> found = new ArrayList<>(3);
        if (idNumber.gender() != gender) {
            found.add(CccdQrMismatch.GENDER);
        }
        if (idNumber.birthYear() != dateOfBirth.getYear()) {
            found.add(CccdQrMismatch.BIRTH_YEAR);
        }
        if (issueDate.isBefore(dateOfBirth)) {
            found.add(CccdQrMismatch.ISSUED_BEFORE_BIRTH);
        }
        this.mismatches = List.copyOf(found);
    }

    /**
     * Parses the QR text as decoded bytes: UTF-8, optionally with a byte order mark.
     *
     * @param bytes the QR payload
     * @return the fields
     * @throws CardDataException if the bytes are not UTF-8 or the text is malformed
     */
    public static CccdQr parse(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            return parse(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new CardDataException(WHAT, -1, "the payload is not UTF-8", e);
        }
    }

    /**
     * Parses the QR text.
     *
     * @param text the decoded QR text
     * @return the fields
     * @throws CardDataException if there are fewer than 7 fields or a field is malformed, with the
     *     character offset of the field in {@code text}
     */
    public static CccdQr parse(String text) {
        Objects.requireNonNull(text, "text");
        int start = 0;
        int end = text.length();
        if (start < end && text.charAt(start) == '\uFEFF') {
            start++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        List<String> fields = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int fieldStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '|') {
                int from = fieldStart;
                int to = i;
                while (from < to && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                    to--;
                }
                fields.add(text.substring(from, to));
                offsets.add(from);
                fieldStart = i + 1;
            }
        }
        if (fields.size() < FIELDS) {
            throw new CardDataException(
                    WHAT,
                    -1,
                    "expected at least " + FIELDS + " fields separated by '|' (number, old number, name, date of"
                            + " birth, gender, address, issue date), got " + fields.size());
        }
        PersonalIdNumber id = idNumber(fields.get(0), offsets.get(0));
        String old = oldIdNumber(fields.get(1), offsets.get(1));
        String name = nfc(fields.get(2));
        if (name.isEmpty()) {
            throw new CardDataException(WHAT, offsets.get(2), "field 3 (full name) is empty");
        }
        LocalDate birth = date(fields.get(3), offsets.get(3), "field 4 (date of birth)");
        Gender gender = gender(fields.get(4), offsets.get(4));
        String address = nfc(fields.get(5));
        LocalDate issued = date(fields.get(6), offsets.get(6), "field 7 (issue date)");
        return new CccdQr(id, old, name, birth, gender, address, issued, fields.subList(FIELDS, fields.size()));
    }

    private static PersonalIdNumber idNumber(String field, int offset) {
        try {
            return new PersonalIdNumber(field);
        } catch (InvalidValueException e) {
            throw new CardDataException(
                    WHAT,
                    offset + Math.max(e.position(), 0),
                    "field 1 is not a personal identification number (12 digits with a known place code)",
                    e);
        }
    }

    private static @Nullable String oldIdNumber(String field, int offset) {
        if (field.isEmpty()) {
            return null;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                throw new CardDataException(WHAT, offset + i, "field 2 (old ID number) must be digits or empty");
            }
        }
        if (field.length() != 9 && field.length() != 12) {
            throw new CardDataException(
                    WHAT, offset, "field 2 (old ID number) must be 9 or 12 digits or empty, got " + field.length());
        }
        return field;
    }

    private static LocalDate date(String field, int offset, String name) {
        if (field.length() != 8) {
            throw new CardDataException(WHAT, offset, name + " must be 8 digits, ddMMyyyy");
        }
        for (int i = 0; i < 8; i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                throw new CardDataException(WHAT, offset + i, name + " must be 8 digits, ddMMyyyy");
            }
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(field.substring(4, 8)),
                    Integer.parseInt(field.substring(2, 4)),
                    Integer.parseInt(field.substring(0, 2)));
        } catch (DateTimeException e) {
            throw new CardDataException(WHAT, offset, name + " is not a calendar date", e);
        }
    }

    private static Gender gender(String field, int offset) {
        String value = nfc(field).toLowerCase(Locale.ROOT);
        switch (value) {
            case "nam":
                return Gender.MALE;
            case "n\u1eef": // nữ
            case "nu":
                return Gender.FEMALE;
            default:
                throw new CardDataException(WHAT, offset, "field 5 (gender) must be Nam or Nữ");
        }
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * The personal identification number.
     *
     * @return the 12-digit number
     */
    public PersonalIdNumber idNumber() {
        return idNumber;
    }

    /**
     * The old ID number (CMND), if the holder had one.
     *
     * @return 9 (or 12) digits, or empty
     */
    public Optional<String> oldIdNumber() {
        return Optional.ofNullable(oldIdNumber);
    }

    /**
     * The full name, in NFC.
     *
     * @return such as {@code Nguyễn Văn A}
     */
    public String fullName() {
        return fullName;
    }

    /**
     * The date of birth.
     *
     * @return the date
     */
    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /**
     * The gender.
     *
     * @return male for {@code Nam}, female for {@code Nữ}
     */
    public Gender gender() {
        return gender;
    }

    /**
     * The address, in NFC.
     *
     * @return the address, possibly empty
     */
    public String address() {
        return address;
    }

    /**
     * The date the card was issued.
     *
     * @return the date
     */
    public LocalDate issueDate() {
        return issueDate;
    }

    /**
     * The fields after the seventh, as read (trimmed, not normalised), empty ones included.
     *
     * @return possibly empty
     */
    public List<String> extraFields() {
        return extraFields;
    }

    /**
     * Always {@code false}: the QR carries no signature, so it identifies the holder but does not
     * prove the card genuine.
     *
     * @return {@code false}
     */
    public boolean authenticated() {
        return false;
    }

    /**
     * Where the number's encoded gender or birth year disagree with the fields, or the issue date
     * precedes the birth.
     *
     * @return possibly empty
     */
    public List<CccdQrMismatch> mismatches() {
        return mismatches;
    }

    /**
     * Equal when every field is equal.
     *
     * @param o the other object
     * @return whether they are equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CccdQr)) {
            return false;
        }
        CccdQr other = (CccdQr) o;
        return idNumber.equals(other.idNumber)
                && Objects.equals(oldIdNumber, other.oldIdNumber)
                && fullName.equals(other.fullName)
                && dateOfBirth.equals(other.dateOfBirth)
                && gender == other.gender
                && address.equals(other.address)
                && issueDate.equals(other.issueDate)
                && extraFields.equals(other.extraFields);
    }

    /**
     * A hash of the fields.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(idNumber, oldIdNumber, fullName, dateOfBirth, gender, address, issueDate, extraFields);
    }

    /**
     * The masked number, the initials of the name and the field count: safe for logs.
     *
     * @return such as {@code CccdQr[001*******45, N. V. A., 7 fields, unauthenticated]}
     */
    @Override
    public String toString() {
        StringBuilder initials = new StringBuilder();
        for (String word : fullName.split("\\s+")) {
            if (!word.isEmpty()) {
                initials.append(initials.length() == 0 ? "" : " ")
                        .appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
                        .append('.');
            }
        }
        return "CccdQr[" + idNumber.masked() + ", " + initials + ", " + (FIELDS + extraFields.size())
                + " fields, unauthenticated" + (mismatches.isEmpty() ? "" : ", " + mismatches.size() + " mismatch(es)")
                + "]";
    }
}
