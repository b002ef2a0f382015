package vn.smartcity.card.mrz;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.core.id.PersonalIdNumber;

/**
 * A parsed machine-readable zone (ICAO Doc 9303 Parts 4, 5 and 6) with the result of every check
 * digit. Parsing succeeds when the zone is well formed, even if a check digit fails: {@link
 * #checks()} says which, {@link #isValid()} sums them up.
 *
 * <pre>{@code
 * Mrz mrz = Mrz.parse(text);
 * if (!mrz.isValid()) {
 *     mrz.failedChecks().forEach(check -> System.out.println(check));
 * }
 * }</pre>
 *
 * <p>Everything here is personal data; {@link #toString()} shows the format, document type and
 * issuing state only.
 */
public final class Mrz {

    private final MrzFormat format;
    private final List<String> lines;
    private final String documentType;
    private final String issuingState;
    private final String documentNumber;
    private final String nationality;
    private final String rawDateOfBirth;
    private final LocalDate dateOfBirth;
    private final String rawDateOfExpiry;
    private final LocalDate dateOfExpiry;
    private final MrzSex sex;
    private final String primaryIdentifier;
    private final String secondaryIdentifier;
    private final boolean nameMayBeTruncated;
    private final String optionalData;
    private final String optionalData2;
    private final List<MrzCheck> checks;
    private final List<MrzCorrection> corrections;
    private final @Nullable VietnameseMrz vietnamese;

    Mrz(Builder b) {
        this.format = Objects.requireNonNull(b.format);
        this.lines = List.copyOf(b.lines);
        this.documentType = Objects.requireNonNull(b.documentType);
        this.issuingState = Objects.requireNonNull(b.issuingState);
        this.documentNumber = Objects.requireNonNull(b.documentNumber);
        this.nationality = Objects.requireNonNull(b.nationality);
        this.rawDateOfBirth = Objects.requireNonNull(b.rawDateOfBirth);
        this.dateOfBirth = Objects.requireNonNull(b.dateOfBirth);
        this.rawDateOfExpiry = Objects.requireNonNull(b.rawDateOfExpiry);
        this.dateOfExpiry = Objects.requireNonNull(b.dateOfExpiry);
        this.sex = Objects.requireNonNull(b.sex);
        this.primaryIdentifier = Objects.requireNonNull(b.primaryIdentifier);
        this.secondaryIdentifier = Objects.requireNonNull(b.secondaryIdentifier);
        this.nameMayBeTruncated = b.nameMayBeTruncated;
        this.optionalData = Objects.requireNonNull(b.optionalData);
        this.optionalData2 = Objects.requireNonNull(b.optionalData2);
        this.checks = List.copyOf(b.checks);
        this.corrections = List.copyOf(b.corrections);
        this.vietnamese = b.vietnamese;
    }

    /** Collects the fields while {@link MrzParser} reads them. */
    static final class Builder {
        @Nullable
        MrzFormat format;

        List<String> lines = List.of();

        @Nullable
        String documentType;

        @Nullable
        String issuingState;

        @Nullable
        String documentNumber;

        @Nullable
        String nationality;

        @Nullable
        String rawDateOfBirth;

        @Nullable
        LocalDate dateOfBirth;

        @Nullable
        String rawDateOfExpiry;

        @Nullable
        LocalDate dateOfExpiry;

        @Nullable
        MrzSex sex;

        @Nullable
        String primaryIdentifier;

        @Nullable
        String secondaryIdentifier;

        boolean nameMayBeTruncated;
        String optionalData = "";
        String optionalData2 = "";
        List<MrzCheck> checks = List.of();
        List<MrzCorrection> corrections = List.of();

        @Nullable
        VietnameseMrz vietnamese;
    }

    /**
     * Parses an MRZ strictly, choosing date centuries relative to today: lines separated by
     * {@code \n} or {@code \r\n}, or the 90, 72 or 88 characters of a DG1 joined.
     *
     * <p>Each call reads the system clock and time zone for today's date; code that parses many
     * zones can keep a {@code MrzParser.strict().withReferenceDate(...)} instead.
     *
     * @param text the zone
     * @return the zone
     * @throws vn.smartcity.card.CardDataException if it is malformed, with the line and column
     * @see MrzParser
     */
    public static Mrz parse(String text) {
        return MrzParser.strict().parse(text);
    }

    /**
     * The size of the zone.
     *
     * @return TD1, TD2 or TD3
     */
    public MrzFormat format() {
        return format;
    }

    /**
     * The lines as parsed, after any OCR correction.
     *
     * @return 2 or 3 lines
     */
    public List<String> lines() {
        return lines;
    }

    /**
     * The document code (positions 1–2 of line 1) without trailing fillers.
     *
     * @return such as {@code P}, {@code I} or {@code ID}
     */
    public String documentType() {
        return documentType;
    }

    /**
     * The issuing state or organisation, a Doc 9303 Part 3 three-letter code without trailing
     * fillers.
     *
     * @return such as {@code VNM}, {@code UTO} or {@code D}
     */
    public String issuingState() {
        return issuingState;
    }

    /**
     * The document number without trailing fillers, in its long form when it continues in the
     * optional data (Doc 9303 Part 5 section 4.2.4, Part 6 note j). For a CCCD it is the last 9
     * digits of the personal identification number.
     *
     * @return such as {@code L898902C3} or {@code D23145890734}
     */
    public String documentNumber() {
        return documentNumber;
    }

    /**
     * The holder's nationality, a three-letter code without trailing fillers.
     *
     * @return such as {@code VNM}
     */
    public String nationality() {
        return nationality;
    }

    /**
     * The date of birth. The MRZ has two-digit years: the century is the latest that does not put
     * the date after the parser's reference date (and has the day, for 29 February).
     *
     * @return the date
     */
    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /**
     * The date of expiry. The century puts the year within 50 years before or 49 after the
     * parser's reference date ({@code 94} read in 2025 is 1994, {@code 74} is 2074).
     *
     * @return the date
     */
    public LocalDate dateOfExpiry() {
        return dateOfExpiry;
    }

    /**
     * The sex field.
     *
     * @return male, female or unspecified
     */
    public MrzSex sex() {
        return sex;
    }

    /**
     * The primary identifier (the family name for Vietnamese names), fillers turned into spaces.
     *
     * @return such as {@code ERIKSSON}
     */
    public String primaryIdentifier() {
        return primaryIdentifier;
    }

    /**
     * The secondary identifier (the given names), fillers turned into spaces.
     *
     * @return such as {@code ANNA MARIA}, or empty if the name has one part
     */
    public String secondaryIdentifier() {
        return secondaryIdentifier;
    }

    /**
     * Whether the name field ends with a letter, which Doc 9303 says means it may have been
     * truncated (Part 5 section 4.2.3.3).
     *
     * @return {@code true} if the last position of the name field is a letter
     */
    public boolean nameMayBeTruncated() {
        return nameMayBeTruncated;
    }

    /**
     * The optional data: TD1 line 1 positions 16–30, TD2 line 2 positions 29–35, TD3 line 2
     * positions 29–42 (the personal number), without the continuation of a long document number
     * and without trailing fillers.
     *
     * @return the data, possibly empty
     */
    public String optionalData() {
        return optionalData;
    }

    /**
     * The second optional data field of a TD1, line 2 positions 19–29, without trailing fillers.
     *
     * @return the data; empty for TD2 and TD3
     */
    public String optionalData2() {
        return optionalData2;
    }

    /**
     * Every check digit of the zone, passed or not: document number, date of birth, date of expiry,
     * the TD3 personal number, the Vietnamese personal number, then the composite.
     *
     * @return the checks in that order
     */
    public List<MrzCheck> checks() {
        return checks;
    }

    /**
     * The checks that failed.
     *
     * @return possibly empty
     */
    public List<MrzCheck> failedChecks() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }

    /**
     * Whether every check digit passed and, for a CCCD, the document number is the tail of the
     * personal identification number.
     *
     * @return {@code true} if nothing failed
     */
    public boolean isValid() {
        return checks.stream().allMatch(MrzCheck::passed) && (vietnamese == null || vietnamese.documentNumberIsTail());
    }

    /**
     * The OCR corrections made, if the parser was asked to make them, by line and column.
     *
     * @return possibly empty
     */
    public List<MrzCorrection> corrections() {
        return corrections;
    }

    /**
     * The Vietnamese layout of a CCCD's optional data, for a TD1 issued by {@code VNM}.
     *
     * @return the 12-digit number and whether the document number matches it, or empty
     */
    public Optional<VietnameseMrz> vietnamese() {
        return Optional.ofNullable(vietnamese);
    }

    /**
     * The 12-digit personal identification number of a CCCD, when it is valid.
     *
     * @return the number, or empty for other documents or an unknown place code
     */
    public Optional<PersonalIdNumber> personalIdNumber() {
        return vietnamese == null ? Optional.empty() : vietnamese.personalIdNumber();
    }

    /**
     * The input to the BAC key seed (Doc 9303 Part 11 section 9.7.2) from the document number, the
     * date of birth and the date of expiry, with check digits computed from them.
     *
     * @return the seed input
     */
    public BacKeySeed bacKeySeed() {
        return BacKeySeed.of(documentNumber, rawDateOfBirth, rawDateOfExpiry);
    }

    /**
     * Equal when parsed from the same lines to the same dates with the same corrections.
     *
     * @param o the other object
     * @return whether they are equal
     */
    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Mrz)) {
            return false;
        }
        Mrz other = (Mrz) o;
        return lines.equals(other.lines)
                && dateOfBirth.equals(other.dateOfBirth)
                && dateOfExpiry.equals(other.dateOfExpiry)
                && corrections.equals(other.corrections);
    }

    /**
     * A hash of the lines and dates.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        return Objects.hash(lines, dateOfBirth, dateOfExpiry, corrections);
    }

    /**
     * The format, document type, issuing state and validity, without personal data.
     *
     * @return such as {@code Mrz[TD1 ID VNM, valid]}
     */
    @Override
    public String toString() {
        return "Mrz[" + format + " " + documentType + " " + issuingState + ", "
                + (isValid() ? "valid" : failedChecks().size() + " failed check(s)") + "]";
    }
}
