package vn.smartcity.card;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.smartcity.card.lds.Dg13;
import vn.smartcity.card.mrz.Mrz;
import vn.smartcity.card.mrz.MrzSex;
import vn.smartcity.card.qr.CccdQr;
import vn.smartcity.core.id.Gender;
import vn.smartcity.core.id.PersonalIdNumber;

/**
 * A citizen's identity as the sources at a counter state it: the chip's DG13, the machine-readable
 * zone (printed, or DG1 of the chip), the front QR code and the 12-digit number itself (whose digits
 * encode gender and birth year). It takes each value from the most trustworthy source present
 * (chip, then MRZ, then QR) and reports every disagreement between sources.
 *
 * <pre>{@code
 * CitizenIdentity who = CitizenIdentity.builder().dg13(dg13).mrz(dg1.mrz()).qr(qr)
 *         .chipAuthenticated(verdict.passed()).build();
 * if (!who.mismatches().isEmpty()) warn(who.mismatches());   // safe to log: no personal data
 * }</pre>
 *
 * <p>Names are compared after Unicode normalisation and, against the MRZ (which has no diacritics
 * and may be truncated), after folding to A–Z. {@link #toString()} masks every personal value.
 */
public final class CitizenIdentity {

    /** What two sources may disagree on. */
    public enum Field {
        /** The 12-digit personal identification number. */
        NUMBER,
        /** The full name. */
        NAME,
        /** The date of birth (or, against the number, the birth year). */
        DATE_OF_BIRTH,
        /** The gender. */
        GENDER
    }

    /** Where a value came from. */
    public enum Source {
        /** The chip's DG13. */
        CHIP,
        /** The machine-readable zone. */
        MRZ,
        /** The front QR code (unsigned). */
        QR,
        /** The digits of the personal identification number. */
        NUMBER
    }

    /**
     * Two sources that disagree about a field. It names the field and the sources only, never the
     * values: safe to log.
     *
     * @param field what they disagree on
     * @param first one source
     * @param second the other
     */
    public record Mismatch(Field field, Source first, Source second) {
        /**
         * Validates the components.
         *
         * @param field the {@code field} component
         * @param first the {@code first} component
         * @param second the {@code second} component
         */
        public Mismatch {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }

        @Override
        public String toString() {
            return field + ": " + first + " and " + second + " differ";
        }
    }

    private final @Nullable PersonalIdNumber idNumber;
    private final @Nullable String fullName;
    private final @Nullable LocalDate dateOfBirth;
    private final @Nullable Gender gender;
    private final List<Source> sources;
    private final List<Mismatch> mismatches;
    private final boolean chipAuthenticated;

    private CitizenIdentity(Builder b) {
        List<Source> present = new ArrayList<>();
        if (b.dg13 != null) {
            present.add(Source.CHIP);
        }
        if (b.mrz != null) {
            present.add(Source.MRZ);
        }
        if (b.qr != null) {
            present.add(Source.QR);
        }
        PersonalIdNumber chipNumber = b.dg13 == null ? null : b.dg13.idNumber().orElse(null);
        PersonalIdNumber mrzNumber =
                b.mrz == null ? null : b.mrz.personalIdNumber().orElse(null);
        PersonalIdNumber qrNumber = b.qr == null ? null : b.qr.idNumber();
        this.idNumber = first(chipNumber, mrzNumber, qrNumber);
        if (idNumber != null) {
            present.add(Source.NUMBER);
        }
        String chipName = b.dg13 == null ? null : b.dg13.fullName().orElse(null);
        String qrName = b.qr == null ? null : b.qr.fullName();
        this.fullName = first(chipName, qrName);
        LocalDate chipBirth = b.dg13 == null ? null : b.dg13.dateOfBirth().orElse(null);
        LocalDate mrzBirth = b.mrz == null ? null : b.mrz.dateOfBirth();
        LocalDate qrBirth = b.qr == null ? null : b.qr.dateOfBirth();
        this.dateOfBirth = first(chipBirth, mrzBirth, qrBirth);
        Gender chipGender = b.dg13 == null ? null : b.dg13.gender().orElse(null);
        Gender mrzGender = b.mrz == null ? null : gender(b.mrz.sex());
        Gender qrGender = b.qr == null ? null : b.qr.gender();
        this.gender = first(chipGender, mrzGender, qrGender);

        List<Mismatch> found = new ArrayList<>();
        compare(found, Field.NUMBER, Source.CHIP, chipNumber, Source.MRZ, mrzNumber);
        compare(found, Field.NUMBER, Source.CHIP, chipNumber, Source.QR, qrNumber);
        compare(found, Field.NUMBER, Source.MRZ, mrzNumber, Source.QR, qrNumber);
        compare(found, Field.NAME, Source.CHIP, exact(chipName), Source.QR, exact(qrName));
        if (b.mrz != null) {
            String mrzName = fold(b.mrz.primaryIdentifier() + " " + b.mrz.secondaryIdentifier());
            String other = chipName != null ? chipName : qrName;
            Source otherSource = chipName != null ? Source.CHIP : Source.QR;
            if (other != null && !mrzNameMatches(fold(other), mrzName, b.mrz.nameMayBeTruncated())) {
                found.add(new Mismatch(Field.NAME, otherSource, Source.MRZ));
            }
        }
        compare(found, Field.DATE_OF_BIRTH, Source.CHIP, chipBirth, Source.MRZ, mrzBirth);
        compare(found, Field.DATE_OF_BIRTH, Source.CHIP, chipBirth, Source.QR, qrBirth);
        compare(found, Field.DATE_OF_BIRTH, Source.MRZ, mrzBirth, Source.QR, qrBirth);
        compare(found, Field.GENDER, Source.CHIP, chipGender, Source.MRZ, mrzGender);
        compare(found, Field.GENDER, Source.CHIP, chipGender, Source.QR, qrGender);
        compare(found, Field.GENDER, Source.MRZ, mrzGender, Source.QR, qrGender);
        if (idNumber != null) {
            Source s = chipBirth != null ? Source.CHIP : mrzBirth != null ? Source.MRZ : Source.QR;
            if (dateOfBirth != null && dateOfBirth.getYear() != idNumber.birthYear()) {
                found.add(new Mismatch(Field.DATE_OF_BIRTH, s, Source.NUMBER));
            }
            Source g = chipGender != null ? Source.CHIP : mrzGender != null ? Source.MRZ : Source.QR;
            if (gender != null && gender != idNumber.gender()) {
                found.add(new Mismatch(Field.GENDER, g, Source.NUMBER));
            }
        }
        this.sources = List.copyOf(present);
        this.mismatches = List.copyOf(found);
        this.chipAuthenticated = b.chipAuthenticated && b.dg13 != null;
    }

    /**
     * Starts an identity from the sources at hand.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @SafeVarargs
    private static <T> @Nullable T first(@Nullable T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static void compare(
            List<Mismatch> out, Field field, Source a, @Nullable Object va, Source b, @Nullable Object vb) {
        if (va != null && vb != null && !va.equals(vb)) {
            out.add(new Mismatch(field, a, b));
        }
    }

    private static @Nullable Gender gender(MrzSex sex) {
        switch (sex) {
            case MALE:
                return Gender.MALE;
            case FEMALE:
                return Gender.FEMALE;
            default:
                return null;
        }
    }

    private static @Nullable String exact(@Nullable String name) {
        if (name == null) {
            return null;
        }
        return Normalizer.normalize(name, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** A–Z and spaces only: what an MRZ can hold of a Vietnamese name. */
    static String fold(String name) {
        String d = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'D';
            }
            c = Character.toUpperCase(c);
            if (c >= 'A' && c <= 'Z') {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    private static boolean mrzNameMatches(String full, String mrz, boolean mayBeTruncated) {
        String a = full.replace(" ", "");
        String b = mrz.replace(" ", "");
        return a.equals(b) || (mayBeTruncated && a.startsWith(b));
    }

    /**
     * The personal identification number.
     *
     * @return from the chip, else the MRZ, else the QR; empty if none had a valid one
     */
    public Optional<PersonalIdNumber> idNumber() {
        return Optional.ofNullable(idNumber);
    }

    /**
     * The full name, with diacritics.
     *
     * @return from the chip, else the QR; empty if neither was given (the MRZ has no diacritics)
     */
    public Optional<String> fullName() {
        return Optional.ofNullable(fullName);
    }

    /**
     * The date of birth.
     *
     * @return from the chip, else the MRZ, else the QR
     */
    public Optional<LocalDate> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
    }

    /**
     * The gender.
     *
     * @return from the chip, else the MRZ, else the QR
     */
    public Optional<Gender> gender() {
        return Optional.ofNullable(gender);
    }

    /**
     * The sources that contributed.
     *
     * @return in order of trust
     */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Every disagreement between sources.
     *
     * @return empty when all sources agree
     */
    public List<Mismatch> mismatches() {
        return mismatches;
    }

    /**
     * Whether the chip's data were verified by passive authentication (as the caller said) and the
     * chip was among the sources. Data from the QR or a printed MRZ alone are never authenticated.
     *
     * @return {@code true} only for a verified chip
     */
    public boolean chipAuthenticated() {
        return chipAuthenticated;
    }

    /**
     * A summary that shows no personal data.
     *
     * @return the sources, the masked number, and the mismatches
     */
    @Override
    public String toString() {
        return "CitizenIdentity[" + (idNumber == null ? "no number" : idNumber.masked()) + ", sources=" + sources
                + ", authenticated=" + chipAuthenticated + ", mismatches=" + mismatches + "]";
    }

    /** The sources at hand. */
    public static final class Builder {
        private @Nullable Dg13 dg13;
        private @Nullable Mrz mrz;
        private @Nullable CccdQr qr;
        private boolean chipAuthenticated;

        private Builder() {}

        /**
         * The chip's DG13.
         *
         * @param value the parsed file
         * @return this builder
         */
        public Builder dg13(Dg13 value) {
            this.dg13 = Objects.requireNonNull(value, "dg13");
            return this;
        }

        /**
         * The machine-readable zone (printed, or the chip's DG1).
         *
         * @param value the parsed zone
         * @return this builder
         */
        public Builder mrz(Mrz value) {
            this.mrz = Objects.requireNonNull(value, "mrz");
            return this;
        }

        /**
         * The front QR code.
         *
         * @param value the parsed text
         * @return this builder
         */
        public Builder qr(CccdQr value) {
            this.qr = Objects.requireNonNull(value, "qr");
            return this;
        }

        /**
         * Whether passive authentication of the chip's data passed.
         *
         * @param passed the verdict's result
         * @return this builder
         */
        public Builder chipAuthenticated(boolean passed) {
            this.chipAuthenticated = passed;
            return this;
        }

        /**
         * Joins the sources.
         *
         * @return the identity
         * @throws IllegalStateException if no source was given
         */
        public CitizenIdentity build() {
            if (dg13 == null && mrz == null && qr == null) {
                throw new IllegalStateException("give at least one of DG13, MRZ or QR");
            }
            return new CitizenIdentity(this);
        }
    }
}
