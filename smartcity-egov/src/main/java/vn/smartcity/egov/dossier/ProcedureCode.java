package vn.smartcity.egov.dossier;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import vn.smartcity.core.InvalidValueException;
import vn.smartcity.core.id.AgencyCode;

/**
 * The code of an administrative procedure (mã thủ tục hành chính) as the national procedures
 * database (Cơ sở dữ liệu quốc gia về thủ tục hành chính) issues it: {@code 2.002492}, or with the
 * agency code under which a province publishes its copy of the procedure, {@code
 * 1.001612.000.00.00.H48}.
 *
 * <p>Layout: a digit, a dot, a six-digit serial ({@code G.SSSSSS}, the national code), optionally a
 * dot and a QCVN 102 {@link AgencyCode} ({@code G.SSSSSS.DDD.DD.DD.LDD}). Codes starting with 1, 2
 * and 3 occur in the published data; no definition of the first digit was found, so any digit 1–9
 * is accepted and {@link #group()} returns it without interpretation.
 *
 * <p>Two codes name the same national procedure when their {@link #nationalCode()}s are equal:
 * {@code 1.001612.000.00.00.H48} (Quảng Ngãi) and {@code 1.001612.000.00.00.H01} are local copies
 * of {@code 1.001612}.
 *
 * @param value the code, such as {@code 1.001612.000.00.00.H48} or {@code 2.002492}
 */
public record ProcedureCode(String value) implements Comparable<ProcedureCode> {

    private static final String TYPE = "ProcedureCode";
    private static final String LAYOUT = "G.SSSSSS or G.SSSSSS.DDD.DD.DD.LDD, e.g. 1.001612.000.00.00.H48";
    private static final int NATIONAL_LENGTH = 8;
    private static final Comparator<ProcedureCode> ORDER = Comparator.comparingInt(ProcedureCode::group)
            .thenComparingInt(ProcedureCode::serial)
            .thenComparing(c -> c.agency().map(AgencyCode::value).orElse(""));

    /**
     * Validates the code.
     *
     * @throws InvalidValueException naming the position of the first wrong character
     *
     * @param value the {@code value} component
     */
    public ProcedureCode {
        Objects.requireNonNull(value, "value");
        validate(value);
    }

    /**
     * Parses a code. The text must be exactly a national or a local code: no spaces, the agency
     * letter upper-case.
     *
     * @param text the code
     * @return the code
     * @throws InvalidValueException naming the position of the first wrong character
     */
    public static ProcedureCode parse(CharSequence text) {
        return new ProcedureCode(Objects.requireNonNull(text, "text").toString());
    }

    /**
     * Makes the local code of a national procedure for an agency.
     *
     * @param nationalCode such as {@code 1.001612}
     * @param agency the agency publishing it
     * @return such as {@code 1.001612.000.00.00.H48}
     * @throws InvalidValueException if {@code nationalCode} is not {@code G.SSSSSS}
     */
    public static ProcedureCode of(String nationalCode, AgencyCode agency) {
        ProcedureCode national = parse(nationalCode);
        return national.withAgency(agency);
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

    private static void validate(String v) {
        if (v.isEmpty()) {
            throw new InvalidValueException(TYPE, -1, "empty (" + LAYOUT + ")");
        }
        char g = v.charAt(0);
        if (g < '1' || g > '9') {
            throw new InvalidValueException(TYPE, 0, "expected a digit 1-9 (" + LAYOUT + ")");
        }
        for (int i = 1; i < Math.min(v.length(), NATIONAL_LENGTH); i++) {
            char c = v.charAt(i);
            boolean ok = i == 1 ? c == '.' : c >= '0' && c <= '9';
            if (!ok) {
                throw new InvalidValueException(
                        TYPE, i, "expected " + (i == 1 ? "'.'" : "a digit") + " (" + LAYOUT + ")");
            }
        }
        if (v.length() < NATIONAL_LENGTH) {
            throw new InvalidValueException(
                    TYPE, v.length(), "too short: expected " + LAYOUT + ", got " + v.length() + " characters");
        }
        if (v.length() == NATIONAL_LENGTH) {
            return;
        }
        if (v.charAt(NATIONAL_LENGTH) != '.') {
            throw new InvalidValueException(
                    TYPE, NATIONAL_LENGTH, "expected '.' before the agency code (" + LAYOUT + ")");
        }
        String agency = v.substring(NATIONAL_LENGTH + 1);
        try {
            new AgencyCode(agency);
        } catch (InvalidValueException e) {
            throw Causes.nested(
                    TYPE,
                    NATIONAL_LENGTH + 1,
                    NATIONAL_LENGTH + 1 + Math.min(agency.length(), 13),
                    "agency part (QCVN 102 code)",
                    e);
        }
    }

    /**
     * The first digit.
     *
     * @return 1 to 9 (1, 2 and 3 occur in published codes)
     */
    public int group() {
        return value.charAt(0) - '0';
    }

    /**
     * The six-digit serial after the first dot.
     *
     * @return such as {@code 1612} for {@code 1.001612}
     */
    public int serial() {
        return Integer.parseInt(value.substring(2, NATIONAL_LENGTH));
    }

    /**
     * The national code without the agency part.
     *
     * @return such as {@code 1.001612}
     */
    public String nationalCode() {
        return value.substring(0, NATIONAL_LENGTH);
    }

    /**
     * The agency under which a local copy is published.
     *
     * @return the agency, or empty for a national code
     */
    public Optional<AgencyCode> agency() {
        return isLocal() ? Optional.of(new AgencyCode(value.substring(NATIONAL_LENGTH + 1))) : Optional.empty();
    }

    /**
     * Whether the code carries an agency part.
     *
     * @return {@code true} for {@code 1.001612.000.00.00.H48}, {@code false} for {@code 2.002492}
     */
    public boolean isLocal() {
        return value.length() > NATIONAL_LENGTH;
    }

    /**
     * The national code as a code of its own.
     *
     * @return this code without its agency part
     */
    public ProcedureCode national() {
        return isLocal() ? new ProcedureCode(nationalCode()) : this;
    }

    /**
     * The local code of the same national procedure for an agency.
     *
     * @param agency the agency
     * @return {@code G.SSSSSS.} followed by the agency code
     */
    public ProcedureCode withAgency(AgencyCode agency) {
        return new ProcedureCode(nationalCode() + "." + agency.value());
    }

    /**
     * Whether both codes name the same national procedure, whatever their agency parts.
     *
     * @param other the other code
     * @return {@code true} if the national codes are equal
     */
    public boolean sameProcedure(ProcedureCode other) {
        return nationalCode().equals(other.nationalCode());
    }

    /**
     * Orders by first digit, serial, then agency (a national code before its local copies).
     *
     * @param other the other code
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(ProcedureCode other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return value;
    }
}
