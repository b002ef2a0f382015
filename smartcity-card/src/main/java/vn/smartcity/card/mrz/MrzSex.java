package vn.smartcity.card.mrz;

import java.util.Optional;
import vn.smartcity.core.id.Gender;

/** The sex field of the MRZ: {@code M}, {@code F} or the filler {@code <} (Doc 9303 Part 5, note f). */
public enum MrzSex {
    /** {@code M}. */
    MALE,
    /** {@code F}. */
    FEMALE,
    /** {@code <}: the issuer does not state it. */
    UNSPECIFIED;

    /**
     * The sex as the SDK's gender.
     *
     * @return the gender, or empty when unspecified
     */
    public Optional<Gender> gender() {
        switch (this) {
            case MALE:
                return Optional.of(Gender.MALE);
            case FEMALE:
                return Optional.of(Gender.FEMALE);
            default:
                return Optional.empty();
        }
    }
}
