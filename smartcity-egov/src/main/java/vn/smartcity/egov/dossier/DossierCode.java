package vn.smartcity.egov.dossier;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.id.AgencyCode;

/**
 * The code of an administrative-procedure dossier (mã số hồ sơ thủ tục hành chính), such as {@code
 * 000.00.14.H20-200703-0002}.
 *
 * <p>Layout (Circular 01/2018/TT-VPCP, Art. 19 cl. 1): {@code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX}.
 *
 * <ul>
 *   <li>{@code V1V2V3.Z1Z2.Y1Y2.MX1X2}: the code of the receiving agency under QCVN 102:2016/BTTTT
 *       (Circular 10/2016/TT-BTTTT), an {@link AgencyCode};
 *   <li>{@code YYMMDD}: the day the dossier was received, six digits: the last two digits of the
 *       year, the month, the day;
 *   <li>{@code XXXX}: the number of the dossier among those received that day, four digits.
 * </ul>
 *
 * <p>The two-digit year is read as 2000–2099 (the circular took effect on 6 January 2019). The
 * daily number starts at {@code 0001}, so {@code 0000} is rejected; at most {@value #MAX_SEQUENCE}
 * dossiers can be numbered per agency per day; {@link DossierCodeGenerator} issues codes.
 *
 * <p>{@link #parse(CharSequence)} is strict: exactly the 25 characters of the canonical form, the
 * agency letter upper-case, no spaces. Its errors name the part (agency, receipt date, sequence)
 * and the zero-based position of the first wrong character.
 *
 * @param agency the receiving agency
 * @param receiptDate the day the dossier was received
 * @param sequence the number of the dossier that day, 1 to {@value #MAX_SEQUENCE}
 */
public record DossierCode(AgencyCode agency, LocalDate receiptDate, int sequence) implements Comparable<DossierCode> {

    /** The highest daily number the four-digit sequence can hold. */
    public static final int MAX_SEQUENCE = 9999;

    /** The length of a dossier code: 13 + 1 + 6 + 1 + 4 characters. */
    public static final int LENGTH = 25;

    private static final String TYPE = "DossierCode";
    private static final String LAYOUT = "DDD.DD.DD.LDD-YYMMDD-NNNN, e.g. 000.00.14.H20-200703-0002";
    private static final int DATE_AT = 14;
    private static final int SEQUENCE_AT = 21;
    private static final Comparator<DossierCode> ORDER = Comparator.comparing((DossierCode c) -> c.agency.value())
            .thenComparing(DossierCode::receiptDate)
            .thenComparingInt(DossierCode::sequence);

    /**
     * Validates the parts.
     *
     * @throws InvalidValueException if the year is outside 2000–2099 or the sequence outside 1 to
     *     {@value #MAX_SEQUENCE}
     *
     * @param agency the {@code agency} component
     * @param receiptDate the {@code receiptDate} component
     * @param sequence the {@code sequence} component
     */
    public DossierCode {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(receiptDate, "receiptDate");
        if (receiptDate.getYear() < 2000 || receiptDate.getYear() > 2099) {
            throw new InvalidValueException(
                    TYPE, -1, "receipt date must be in 2000-2099 (the code keeps two digits of the year)");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new InvalidValueException(
                    TYPE, -1, "sequence must be 1 to " + MAX_SEQUENCE + " (four digits, from 0001), got " + sequence);
        }
    }

    /**
     * Makes a code from its parts.
     *
     * @param agency the receiving agency
     * @param receiptDate the day the dossier was received, in 2000–2099
     * @param sequence the number of the dossier that day, 1 to {@value #MAX_SEQUENCE}
     * @return the code
     * @throws InvalidValueException if a part is out of range
     */
    public static DossierCode of(AgencyCode agency, LocalDate receiptDate, int sequence) {
        return new DossierCode(agency, receiptDate, sequence);
    }

    /**
     * Parses the canonical form.
     *
     * @param text such as {@code 000.00.53.H48-220921-0099}
     * @return the code
     * @throws InvalidValueException naming the part and the position of the first wrong character
     */
    public static DossierCode parse(CharSequence text) {
        String t = Objects.requireNonNull(text, "text").toString();
        AgencyCode agency = parseAgency(t);
        expect(t, 13, '-', "'-' after the agency code");
        for (int i = DATE_AT; i < DATE_AT + 6; i++) {
            expectDigit(t, i, "receipt date (YYMMDD)");
        }
        expect(t, 20, '-', "'-' after the receipt date");
        for (int i = SEQUENCE_AT; i < SEQUENCE_AT + 4; i++) {
            expectDigit(t, i, "sequence (NNNN)");
        }
        if (t.length() != LENGTH) {
            throw new InvalidValueException(
                    TYPE, LENGTH, "expected " + LENGTH + " characters (" + LAYOUT + "), got " + t.length());
        }
        LocalDate date = parseDate(t);
        int sequence = number(t, SEQUENCE_AT, 4);
        if (sequence == 0) {
            throw new InvalidValueException(
                    TYPE, SEQUENCE_AT, "sequence 0000 is never issued: the daily number starts at 0001");
        }
        return new DossierCode(agency, date, sequence);
    }

    /**
     * Tells whether {@code text} parses.
     *
     * @param text the candidate
     * @return {@code true} if {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    private static AgencyCode parseAgency(String t) {
        String part = t.length() > 13 ? t.substring(0, 13) : t;
        try {
            return new AgencyCode(part);
        } catch (InvalidValueException e) {
            throw Causes.nested(TYPE, 0, Math.min(t.length(), 13), "agency part (QCVN 102 code)", e);
        }
    }

    private static void expect(String t, int i, char c, String what) {
        if (i >= t.length()) {
            throw new InvalidValueException(
                    TYPE, i, "too short: expected " + what + " (" + LAYOUT + "), got " + t.length() + " characters");
        }
        if (t.charAt(i) != c) {
            throw new InvalidValueException(TYPE, i, "expected " + what + " (" + LAYOUT + ")");
        }
    }

    private static void expectDigit(String t, int i, String part) {
        if (i >= t.length()) {
            throw new InvalidValueException(
                    TYPE,
                    i,
                    part + ": too short, expected a digit (" + LAYOUT + "), got " + t.length() + " characters");
        }
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
            throw new InvalidValueException(TYPE, i, part + ": expected a digit (" + LAYOUT + ")");
        }
    }

    private static LocalDate parseDate(String t) {
        int year = 2000 + number(t, DATE_AT, 2);
        int month = number(t, DATE_AT + 2, 2);
        int day = number(t, DATE_AT + 4, 2);
        String yyMMdd = t.substring(DATE_AT, DATE_AT + 6);
        if (month < 1 || month > 12) {
            throw new InvalidValueException(
                    TYPE, DATE_AT + 2, "receipt date " + yyMMdd + " (YYMMDD): month " + month + " does not exist");
        }
        int lastDay = LocalDate.of(year, month, 1).lengthOfMonth();
        if (day < 1 || day > lastDay) {
            throw new InvalidValueException(
                    TYPE,
                    DATE_AT + 4,
                    "receipt date " + yyMMdd + " (YYMMDD): day " + day + " does not exist in " + year + "-"
                            + (month < 10 ? "0" : "") + month);
        }
        return LocalDate.of(year, month, day);
    }

    private static int number(String t, int from, int digits) {
        int n = 0;
        for (int i = from; i < from + digits; i++) {
            n = n * 10 + (t.charAt(i) - '0');
        }
        return n;
    }

    /**
     * The receipt date as written in the code.
     *
     * @return six digits {@code YYMMDD}, such as {@code 200703}
     */
    public String receiptDatePart() {
        StringBuilder b = new StringBuilder(6);
        two(b, receiptDate.getYear() % 100);
        two(b, receiptDate.getMonthValue());
        two(b, receiptDate.getDayOfMonth());
        return b.toString();
    }

    private static void two(StringBuilder b, int n) {
        b.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    /**
     * Orders codes by agency code, then receipt date, then sequence.
     *
     * @param other the other code
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(DossierCode other) {
        return ORDER.compare(this, other);
    }

    /**
     * The canonical form.
     *
     * @return such as {@code 000.00.14.H20-200703-0002}
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(LENGTH);
        b.append(agency.value()).append('-').append(receiptDatePart()).append('-');
        int s = sequence;
        b.append((char) ('0' + s / 1000))
                .append((char) ('0' + s / 100 % 10))
                .append((char) ('0' + s / 10 % 10))
                .append((char) ('0' + s % 10));
        return b.toString();
    }
}
