package vn.smartcity.card.mrz;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.CardDataException;

/**
 * Reads TD1, TD2 and TD3 zones (ICAO Doc 9303 Parts 4, 5 and 6). Immutable: the {@code with...}
 * methods return a configured copy.
 *
 * <p><b>Strict by default.</b> A line of the wrong length, a character outside {@code [A-Z0-9<]},
 * a letter where a digit belongs (dates, check digits) or a digit where a letter belongs (codes,
 * names), a date that is not on the calendar, or a sex other than {@code M}, {@code F}, {@code <}
 * raise {@link CardDataException} with the line ({@code MRZ line 2}) and the column, counted from 1
 * as in the Doc 9303 tables. Unknown date parts written as fillers are not accepted. A wrong check
 * digit is not an exception: {@link Mrz#checks()} reports it.
 *
 * <p><b>OCR correction</b>, only when asked ({@link #withOcrCorrection()}): in fields whose type is
 * known, the confusions {@code O/0}, {@code I/1}, {@code B/8}, {@code S/5}, {@code Z/2}, {@code G/6}
 * are corrected towards the type (numeric: dates, check digits, the CCCD's numbers; alphabetic:
 * document code, country codes, names). Each is listed in {@link Mrz#corrections()}. Document
 * numbers of other countries and optional data are left alone: their type is not known.
 *
 * <p><b>Dates.</b> The date of birth takes the latest century that does not put it after the
 * reference date (and that has the day, for 29 February); the date of expiry the century that puts its year within 50 years before or 49
 * after the reference year. The reference date is today unless {@link #withReferenceDate(LocalDate)}
 * fixes it.
 *
 * <p><b>Vietnam.</b> For a TD1 issued by {@code VNM} the document number must be 9 digits and the
 * optional data of line 1 must be 12 digits, two fillers and a check digit (see {@link
 * VietnameseMrz}); a zone that does not follow that layout is malformed.
 */
public final class MrzParser {

    private static final MrzParser STRICT = new MrzParser(false, null);

    private static final Comparator<MrzCorrection> BY_POSITION =
            Comparator.comparingInt(MrzCorrection::line).thenComparingInt(MrzCorrection::column);

    // The fields under the composite check digit, as {line, from, to} (columns from 1, inclusive).
    private static final int[][] TD1_COMPOSITE = {{1, 6, 30}, {2, 1, 7}, {2, 9, 15}, {2, 19, 29}};
    private static final int[][] TD2_COMPOSITE = {{2, 1, 10}, {2, 14, 20}, {2, 22, 35}};
    private static final int[][] TD3_COMPOSITE = {{2, 1, 10}, {2, 14, 20}, {2, 22, 43}};

    private final boolean ocrCorrection;
    private final @Nullable LocalDate referenceDate;

    private MrzParser(boolean ocrCorrection, @Nullable LocalDate referenceDate) {
        this.ocrCorrection = ocrCorrection;
        this.referenceDate = referenceDate;
    }

    /**
     * A strict parser that dates relative to today.
     *
     * @return the parser
     */
    public static MrzParser strict() {
        return STRICT;
    }

    /**
     * A copy that corrects OCR confusions in fields whose type is known.
     *
     * @return the copy
     */
    public MrzParser withOcrCorrection() {
        return new MrzParser(true, referenceDate);
    }

    /**
     * A copy that chooses date centuries relative to {@code date} instead of today.
     *
     * @param date the reference date
     * @return the copy
     */
    public MrzParser withReferenceDate(LocalDate date) {
        return new MrzParser(ocrCorrection, Objects.requireNonNull(date, "date"));
    }

    /**
     * Whether this parser corrects OCR confusions.
     *
     * @return {@code true} after {@link #withOcrCorrection()}
     */
    public boolean ocrCorrection() {
        return ocrCorrection;
    }

    /**
     * The fixed reference date, if any.
     *
     * @return the date, or empty for today
     */
    public Optional<LocalDate> referenceDate() {
        return Optional.ofNullable(referenceDate);
    }

    /**
     * Parses a zone given as text: lines separated by {@code \n} or {@code \r\n} (a final line
     * break is allowed), or the 90 (TD1), 72 (TD2) or 88 (TD3) characters of a DG1 joined on one
     * line.
     *
     * @param text the zone
     * @return the zone
     * @throws CardDataException if it is malformed
     */
    public Mrz parse(String text) {
        Objects.requireNonNull(text, "text");
        List<String> lines = new ArrayList<>(3);
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            int length = text.length();
            MrzFormat joined =
                    length == 90 ? MrzFormat.TD1 : length == 72 ? MrzFormat.TD2 : length == 88 ? MrzFormat.TD3 : null;
            if (joined == null) {
                throw new CardDataException(
                        "MRZ",
                        -1,
                        "expected 3 lines of 30, 2 of 36 or 2 of 44 characters (or 90, 72 or 88 joined), got"
                                + " one line of " + length);
            }
            for (int i = 0; i < joined.lines(); i++) {
                lines.add(text.substring(i * joined.lineLength(), (i + 1) * joined.lineLength()));
            }
            return parse(lines);
        }
        int start = 0;
        while (start <= text.length() && lines.size() <= 4) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lines.add(line);
            start = end + 1;
        }
        if (text.endsWith("\n")
                && !lines.isEmpty()
                && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return parse(lines);
    }

    /**
     * Parses a zone given line by line.
     *
     * @param lines 3 lines of 30, or 2 of 36 or 44 characters
     * @return the zone
     * @throws CardDataException if it is malformed
     */
    public Mrz parse(List<String> lines) {
        Objects.requireNonNull(lines, "lines");
        for (String line : lines) {
            Objects.requireNonNull(line, "line");
        }
        MrzFormat format = format(lines);
        for (int i = 0; i < lines.size(); i++) {
            checkLine(lines.get(i), i + 1, format.lineLength());
        }
        Zone zone = new Zone(lines, ocrCorrection);
        LocalDate reference = referenceDate != null ? referenceDate : LocalDate.now();
        Mrz.Builder b = new Mrz.Builder();
        b.format = format;
        switch (format) {
            case TD1:
                td1(zone, b, reference);
                break;
            case TD2:
                td2(zone, b, reference);
                break;
            default:
                td3(zone, b, reference);
                break;
        }
        b.lines = zone.corrections.isEmpty() ? lines : zone.lines();
        if (zone.corrections.size() > 1) {
            zone.corrections.sort(BY_POSITION);
        }
        b.corrections = zone.corrections;
        return new Mrz(b);
    }

    private static MrzFormat format(List<String> lines) {
        if (lines.size() == 3) {
            return MrzFormat.TD1;
        }
        if (lines.size() == 2) {
            for (String line : lines) {
                if (line.length() == 36) {
                    return MrzFormat.TD2;
                }
                if (line.length() == 44) {
                    return MrzFormat.TD3;
                }
            }
            throw new CardDataException(
                    "MRZ",
                    -1,
                    "a 2-line MRZ has lines of 36 (TD2) or 44 (TD3) characters, got "
                            + lines.get(0).length() + " and " + lines.get(1).length());
        }
        throw new CardDataException(
                "MRZ",
                -1,
                "expected 3 lines (TD1) or 2 lines (TD2, TD3), got "
                        + (lines.size() > 4 ? "more than 4" : lines.size()));
    }

    private static void checkLine(String line, int number, int length) {
        if (line.length() != length) {
            throw new CardDataException(
                    "MRZ line " + number,
                    Math.min(line.length(), length) + 1,
                    "expected " + length + " characters, got " + line.length());
        }
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            if (MrzCheckDigit.value(c) < 0) {
                throw new CardDataException("MRZ line " + number, i + 1, "expected [A-Z0-9<], found " + describe(c));
            }
        }
    }

    /** Names the kind of a bad character without repeating it (it may be part of a name). */
    private static String describe(char c) {
        if (c == ' ') {
            return "a space";
        }
        if (c >= 'a' && c <= 'z') {
            return "a lowercase letter";
        }
        if (Character.isISOControl(c)) {
            return "a control character";
        }
        if (c > 0x7e) {
            return "a non-ASCII character";
        }
        return "punctuation or a symbol";
    }

    // --- Doc 9303 Part 5 section 4.2.2: TD1 ---

    private static void td1(Zone z, Mrz.Builder b, LocalDate reference) {
        documentCode(z, b, 1, "ACI");
        b.issuingState = z.countryCode(1, 3, "issuing state");
        boolean vietnam = "VNM".equals(b.issuingState);
        if (vietnam) {
            z.requireDigits(1, 6, 15, "document number of a Vietnamese ID card");
        }
        List<MrzCheck> checks = new ArrayList<>(5);
        String optional = documentNumber(z, b, checks, 1, 6, 15, 16, 30);
        b.optionalData = stripFillers(optional);
        b.rawDateOfBirth = z.digits(2, 1, 6, "date of birth");
        checks.add(z.check(MrzCheck.Field.DATE_OF_BIRTH, b.rawDateOfBirth, 2, 7));
        b.sex = sex(z, 2, 8);
        b.rawDateOfExpiry = z.digits(2, 9, 14, "date of expiry");
        checks.add(z.check(MrzCheck.Field.DATE_OF_EXPIRY, b.rawDateOfExpiry, 2, 15));
        b.nationality = z.countryCode(2, 16, "nationality");
        b.optionalData2 = stripFillers(z.text(2, 19, 29));
        if (vietnam) {
            vietnamese(z, b, checks);
        }
        checks.add(z.compositeCheck(TD1_COMPOSITE, 2, 30));
        name(z, b, 3, 1, 30);
        dates(b, reference, 2, 1, 2, 9);
        b.checks = checks;
    }

    /** The CCCD layout of line 1 positions 16–30, checked against sources in the package tests. */
    private static void vietnamese(Zone z, Mrz.Builder b, List<MrzCheck> checks) {
        String personal = z.digits(1, 16, 27, "Vietnamese personal identification number");
        for (int column = 28; column <= 29; column++) {
            if (z.at(1, column) != '<') {
                throw new CardDataException(
                        "MRZ line 1",
                        column,
                        "a Vietnamese ID card has fillers after its 12-digit personal identification number");
            }
        }
        checks.add(z.check(MrzCheck.Field.VN_PERSONAL_ID_NUMBER, personal, 1, 30));
        b.vietnamese = new VietnameseMrz(personal, personal.endsWith(Objects.requireNonNull(b.documentNumber)));
    }

    // --- Doc 9303 Part 6 section 4.2.2: TD2 ---

    private static void td2(Zone z, Mrz.Builder b, LocalDate reference) {
        documentCode(z, b, 1, "ACI");
        b.issuingState = z.countryCode(1, 3, "issuing state");
        name(z, b, 1, 6, 36);
        List<MrzCheck> checks = new ArrayList<>(4);
        String optional = documentNumber(z, b, checks, 2, 1, 10, 29, 35);
        b.optionalData = stripFillers(optional);
        lowerLine(z, b, checks);
        checks.add(z.compositeCheck(TD2_COMPOSITE, 2, 36));
        dates(b, reference, 2, 14, 2, 22);
        b.checks = checks;
    }

    // --- Doc 9303 Part 4 section 4.2.2: TD3 ---

    private static void td3(Zone z, Mrz.Builder b, LocalDate reference) {
        documentCode(z, b, 1, "P");
        b.issuingState = z.countryCode(1, 3, "issuing state");
        name(z, b, 1, 6, 44);
        List<MrzCheck> checks = new ArrayList<>(5);
        String number = z.text(2, 1, 9);
        firstNotFiller(number, 2, 1);
        b.documentNumber = stripFillers(number);
        checks.add(z.check(MrzCheck.Field.DOCUMENT_NUMBER, number, 2, 10));
        lowerLine(z, b, checks);
        String personal = z.text(2, 29, 42);
        b.optionalData = stripFillers(personal);
        if (z.at(2, 43) != '<') {
            z.requireDigits(2, 43, 43, "check digit of the personal number");
        }
        checks.add(z.check(MrzCheck.Field.PERSONAL_NUMBER, personal, 2, 43));
        checks.add(z.compositeCheck(TD3_COMPOSITE, 2, 44));
        dates(b, reference, 2, 14, 2, 22);
        b.checks = checks;
    }

    /** Nationality, date of birth, sex and date of expiry of the TD2 and TD3 lower line. */
    private static void lowerLine(Zone z, Mrz.Builder b, List<MrzCheck> checks) {
        b.nationality = z.countryCode(2, 11, "nationality");
        b.rawDateOfBirth = z.digits(2, 14, 19, "date of birth");
        checks.add(z.check(MrzCheck.Field.DATE_OF_BIRTH, b.rawDateOfBirth, 2, 20));
        b.sex = sex(z, 2, 21);
        b.rawDateOfExpiry = z.digits(2, 22, 27, "date of expiry");
        checks.add(z.check(MrzCheck.Field.DATE_OF_EXPIRY, b.rawDateOfExpiry, 2, 28));
    }

    private static void documentCode(Zone z, Mrz.Builder b, int line, String firstLetters) {
        z.alphabetic(line, 1, 2, "document code");
        char first = z.at(line, 1);
        if (firstLetters.indexOf(first) < 0) {
            throw new CardDataException(
                    "MRZ line " + line,
                    1,
                    "the document code of this format starts with "
                            + String.join(" or ", firstLetters.split(""))
                            + (firstLetters.equals("P") ? " (visas are not supported)" : ""));
        }
        b.documentType = stripFillers(z.text(line, 1, 2));
    }

    /**
     * Reads the document number and its check digit, following a long number into the optional
     * data (Doc 9303 Part 5 section 4.2.4, Part 6 note j): a filler instead of the check digit, the
     * rest of the number at the start of the optional data, then its check digit and a filler.
     *
     * @return the optional data left after the number
     */
    private static String documentNumber(
            Zone z, Mrz.Builder b, List<MrzCheck> checks, int line, int from, int checkColumn, int optFrom, int optTo) {
        String field = z.text(line, from, from + 8);
        firstNotFiller(field, line, from);
        String optional = z.text(line, optFrom, optTo);
        if (z.at(line, checkColumn) != '<') {
            b.documentNumber = stripFillers(field);
            checks.add(z.check(MrzCheck.Field.DOCUMENT_NUMBER, field, line, checkColumn));
            return optional;
        }
        int filler = optional.indexOf('<');
        if (field.indexOf('<') >= 0 || filler < 2) {
            throw new CardDataException(
                    "MRZ line " + line,
                    checkColumn,
                    "the check digit of the document number is a filler, but the number does not continue in the"
                            + " optional data (9 characters, then the rest, its check digit and a filler)");
        }
        int digitColumn = optFrom + filler - 1;
        z.requireDigits(line, digitColumn, digitColumn, "check digit of the long document number");
        String number = field + optional.substring(0, filler - 1);
        b.documentNumber = number;
        checks.add(z.check(MrzCheck.Field.DOCUMENT_NUMBER, number, line, digitColumn));
        return digitColumn + 2 > optTo ? "" : z.text(line, digitColumn + 2, optTo);
    }

    private static void firstNotFiller(String field, int line, int column) {
        if (field.charAt(0) == '<') {
            throw new CardDataException("MRZ line " + line, column, "the document number is empty");
        }
    }

    private static MrzSex sex(Zone z, int line, int column) {
        switch (z.at(line, column)) {
            case 'M':
                return MrzSex.MALE;
            case 'F':
                return MrzSex.FEMALE;
            case '<':
                return MrzSex.UNSPECIFIED;
            default:
                throw new CardDataException("MRZ line " + line, column, "expected M, F or < for the sex");
        }
    }

    /** Doc 9303 Part 3 section 4.6: primary and secondary identifiers separated by {@code <<}. */
    private static void name(Zone z, Mrz.Builder b, int line, int from, int to) {
        String name = z.alphabetic(line, from, to, "name");
        if (name.charAt(0) == '<') {
            throw new CardDataException("MRZ line " + line, from, "the name must start with the primary identifier");
        }
        int separator = name.indexOf("<<");
        String primary = separator < 0 ? name : name.substring(0, separator);
        String secondary = separator < 0 ? "" : name.substring(separator + 2);
        b.primaryIdentifier = words(primary);
        b.secondaryIdentifier = words(secondary);
        b.nameMayBeTruncated = name.charAt(name.length() - 1) != '<';
    }

    private static String words(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '<') {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static void dates(
            Mrz.Builder b, LocalDate reference, int birthLine, int birthColumn, int expiryLine, int expiryColumn) {
        String birth = Objects.requireNonNull(b.rawDateOfBirth);
        String expiry = Objects.requireNonNull(b.rawDateOfExpiry);
        MonthDay birthDay = monthDay(birth, birthLine, birthColumn, "date of birth");
        int birthYear = reference.getYear() / 100 * 100 + twoDigits(birth, 0);
        if (birthYear > reference.getYear()
                || (birthYear == reference.getYear() && birthDay.isAfter(MonthDay.from(reference)))) {
            birthYear -= 100;
        }
        if (!birthDay.isValidYear(birthYear) && birthDay.isValidYear(birthYear - 100)) {
            birthYear -= 100; // 29 February: the latest date that exists
        }
        b.dateOfBirth = date(birthDay, birthYear, birthLine, birthColumn, "date of birth");
        MonthDay expiryDay = monthDay(expiry, expiryLine, expiryColumn, "date of expiry");
        int windowStart = reference.getYear() - 50;
        int expiryYear = windowStart + Math.floorMod(twoDigits(expiry, 0) - windowStart, 100);
        b.dateOfExpiry = date(expiryDay, expiryYear, expiryLine, expiryColumn, "date of expiry");
    }

    private static MonthDay monthDay(String yymmdd, int line, int column, String name) {
        try {
            return MonthDay.of(twoDigits(yymmdd, 2), twoDigits(yymmdd, 4));
        } catch (DateTimeException e) {
            throw new CardDataException(
                    "MRZ line " + line, column, "the " + name + " is not a calendar date (YYMMDD)", e);
        }
    }

    /** The number written by two digits (checked before) at {@code index}. */
    private static int twoDigits(String digits, int index) {
        return (digits.charAt(index) - '0') * 10 + digits.charAt(index + 1) - '0';
    }

    private static LocalDate date(MonthDay day, int year, int line, int column, String name) {
        if (!day.isValidYear(year)) {
            throw new CardDataException(
                    "MRZ line " + line, column, "the " + name + " is 29 February of a year that is not a leap year");
        }
        return day.atYear(year);
    }

    private static String stripFillers(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end);
    }

    /** The lines being read, with the corrections made to them. */
    private static final class Zone {

        private static final String LETTERS = "OIBSZG";
        private static final String DIGITS = "018526";

        private final char[][] lines;
        private final boolean correct;
        final List<MrzCorrection> corrections = new ArrayList<>(0);

        Zone(List<String> lines, boolean correct) {
            this.lines = new char[lines.size()][];
            for (int i = 0; i < lines.size(); i++) {
                this.lines[i] = lines.get(i).toCharArray();
            }
            this.correct = correct;
        }

        List<String> lines() {
            List<String> out = new ArrayList<>(lines.length);
            for (char[] line : lines) {
                out.add(new String(line));
            }
            return out;
        }

        char at(int line, int column) {
            return lines[line - 1][column - 1];
        }

        String text(int line, int from, int to) {
            return new String(lines[line - 1], from - 1, to - from + 1);
        }

        /** Positions {@code from..to} must be digits; letters OCR confuses with digits are corrected if asked. */
        String digits(int line, int from, int to, String what) {
            requireDigits(line, from, to, what);
            return text(line, from, to);
        }

        /** As {@link #digits}, without the text. */
        void requireDigits(int line, int from, int to, String what) {
            for (int column = from; column <= to; column++) {
                if (!digit(line, column)) {
                    throw new CardDataException("MRZ line " + line, column, "expected a digit in the " + what);
                }
            }
        }

        /** Whether the position holds a digit, after correcting a letter OCR confuses with one if asked. */
        private boolean digit(int line, int column) {
            char c = at(line, column);
            if (c >= '0' && c <= '9') {
                return true;
            }
            int confusion = LETTERS.indexOf(c);
            if (!correct || confusion < 0) {
                return false;
            }
            fix(line, column, DIGITS.charAt(confusion));
            return true;
        }

        /** Positions {@code from..to} must be letters or fillers; digits OCR confuses with letters are corrected if asked. */
        String alphabetic(int line, int from, int to, String what) {
            for (int column = from; column <= to; column++) {
                char c = at(line, column);
                if ((c >= 'A' && c <= 'Z') || c == '<') {
                    continue;
                }
                int confusion = DIGITS.indexOf(c);
                if (!correct || confusion < 0) {
                    throw new CardDataException("MRZ line " + line, column, "expected a letter or < in the " + what);
                }
                fix(line, column, LETTERS.charAt(confusion));
            }
            return text(line, from, to);
        }

        /** A three-letter code of Doc 9303 Part 3 section 5: a letter, then letters or fillers. */
        String countryCode(int line, int from, String what) {
            String code = alphabetic(line, from, from + 2, what);
            if (code.charAt(0) == '<') {
                throw new CardDataException("MRZ line " + line, from, "the " + what + " code is empty");
            }
            return stripFillers(code);
        }

        MrzCheck check(MrzCheck.Field field, String data, int line, int column) {
            checkDigitPosition(field, line, column);
            return new MrzCheck(field, MrzCheckDigit.of(data), at(line, column), line, column);
        }

        /**
         * The composite check digit, over the fields {@code {line, from, to}} in turn as if they
         * were one text (Doc 9303 Part 3 section 4.9), without building that text.
         */
        MrzCheck compositeCheck(int[][] fields, int line, int column) {
            checkDigitPosition(MrzCheck.Field.COMPOSITE, line, column);
            int sum = 0;
            int weight = 0;
            for (int[] field : fields) {
                char[] text = lines[field[0] - 1];
                for (int i = field[1] - 1; i < field[2]; i++) {
                    sum += MrzCheckDigit.value(text[i]) * (weight == 0 ? 7 : weight == 1 ? 3 : 1);
                    weight = weight == 2 ? 0 : weight + 1;
                }
            }
            return new MrzCheck(MrzCheck.Field.COMPOSITE, (char) ('0' + sum % 10), at(line, column), line, column);
        }

        /** A check digit must be a digit (the personal number's may be a filler: checked before). */
        private void checkDigitPosition(MrzCheck.Field field, int line, int column) {
            if (field != MrzCheck.Field.PERSONAL_NUMBER && !digit(line, column)) {
                throw new CardDataException(
                        "MRZ line " + line, column, "expected a digit in the check digit of the " + field.label());
            }
        }

        private void fix(int line, int column, char to) {
            corrections.add(new MrzCorrection(line, column, at(line, column), to));
            lines[line - 1][column - 1] = to;
        }
    }
}
