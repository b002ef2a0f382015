package vn.smartcity.iot;

import org.jspecify.annotations.Nullable;

/**
 * A decoded record as the hot path hands it to an {@link ObservationSink}: a flyweight the codec
 * reuses for every record, so decoding allocates nothing per record.
 *
 * <p>Everything it returns, the {@link CharSequence}s included, is valid only until the sink
 * returns; copy what you keep ({@link #toObservation()} copies it all). Numbers come unboxed.
 */
public interface ObservationView {

    /**
     * The device or station.
     *
     * @return the source, empty if the protocol does not say
     */
    CharSequence source();

    /**
     * The codec that decoded the record.
     *
     * @return its id
     */
    String codec();

    /**
     * The name as the protocol gives it.
     *
     * @return the name
     */
    CharSequence name();

    /**
     * The unit as the protocol gives it.
     *
     * @return the unit, or {@code null} if none
     */
    @Nullable
    CharSequence unit();

    /**
     * Which value accessor applies.
     *
     * @return the value's type
     */
    ValueType valueType();

    /**
     * The numeric value.
     *
     * @return the number; only meaningful when {@link #valueType()} is {@link ValueType#NUMBER}
     */
    double number();

    /**
     * The boolean value.
     *
     * @return the boolean; only meaningful for {@link ValueType#BOOL}
     */
    boolean bool();

    /**
     * The string value.
     *
     * @return the string; only meaningful for {@link ValueType#TEXT}
     */
    CharSequence text();

    /**
     * The data value, copied.
     *
     * @return the bytes; only meaningful for {@link ValueType#DATA}
     */
    byte[] data();

    /**
     * Whether the record has a sum.
     *
     * @return {@code true} if {@link #sum()} applies
     */
    boolean hasSum();

    /**
     * The sum.
     *
     * @return the sum; only meaningful when {@link #hasSum()}
     */
    double sum();

    /**
     * When the value was measured: seconds since the epoch.
     *
     * @return the seconds, as in {@link java.time.Instant#getEpochSecond()}
     */
    long epochSecond();

    /**
     * When the value was measured: nanoseconds within the second.
     *
     * @return 0 to 999,999,999
     */
    int nano();

    /**
     * Whether the value is a sample or an aggregate.
     *
     * @return the statistic
     */
    Statistic statistic();

    /**
     * The instrument's state.
     *
     * @return the status
     */
    Status status();

    /**
     * The protocol's own status flag.
     *
     * @return the flag, or {@code null} if none was sent
     */
    @Nullable
    CharSequence rawStatus();

    /**
     * Copies the record into an immutable {@link Observation}.
     *
     * @return the observation
     */
    Observation toObservation();
}
