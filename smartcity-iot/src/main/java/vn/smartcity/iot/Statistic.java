package vn.smartcity.iot;

/** What a value says about the period it covers. */
public enum Statistic {
    /** A single, instantaneous sample (HJ 212 {@code Rtd}, SenML values, TT 10/2021 values). */
    SAMPLE,
    /** The mean over the period (HJ 212 {@code Avg}). */
    AVERAGE,
    /** The minimum over the period (HJ 212 {@code Min}). */
    MINIMUM,
    /** The maximum over the period (HJ 212 {@code Max}). */
    MAXIMUM,
    /** The total over the period (HJ 212 {@code Cou}, such as a discharged volume). */
    TOTAL
}
