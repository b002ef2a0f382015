package vn.smartcity.core.id;

/** Gender as ID documents record it. */
public enum Gender {
    /** Nam. */
    MALE,
    /** Nữ. */
    FEMALE
}
