package vn.smartcity.iot;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One resolved record, the same for every sensor protocol: SenML's resolved record (RFC 8428,
 * section 4.6) plus where it came from and the instrument's status.
 *
 * <p>Codecs produce these on their convenient path ({@link SensorCodec#decode(byte[])}); the hot
 * path hands out a reusable {@link ObservationView} instead, which {@link
 * ObservationView#toObservation()} turns into one of these.
 *
 * @param source the device or station that sent it (HJ 212 {@code MN}, a TT 10/2021 station, a
 *     SenML base name's device part), or {@code ""} when the protocol does not say
 * @param codec the id of the codec that decoded it
 * @param name the name as the protocol gives it (an HJ 212 pollutant code such as {@code a34004},
 *     a TT 10/2021 symbol, a resolved SenML name); {@link ParameterCatalogue} maps it to a canonical
 *     parameter
 * @param unit the unit as the protocol gives it, or {@code null} if none
 * @param value the value, or {@code null} for a record that carries only a sum
 * @param sum the integrated sum (SenML {@code s}), or {@code null}
 * @param time when the value was measured
 * @param statistic whether the value is a sample or an aggregate over a period
 * @param status the instrument's state, mapped onto the common set
 * @param rawStatus the protocol's own flag for the status, or {@code null} if it sent none
 */
public record Observation(
        String source,
        String codec,
        String name,
        @Nullable String unit,
        @Nullable Value value,
        @Nullable Double sum,
        Instant time,
        Statistic statistic,
        Status status,
        @Nullable String rawStatus) {

    /**
     * Validates the components.
     *
     * @param codec the {@code codec} component
     * @param name the {@code name} component
     * @param rawStatus the {@code rawStatus} component
     * @param source the {@code source} component
     * @param statistic the {@code statistic} component
     * @param status the {@code status} component
     * @param sum the {@code sum} component
     * @param time the {@code time} component
     * @param unit the {@code unit} component
     * @param value the {@code value} component
     */
    public Observation {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(status, "status");
        if (value == null && sum == null) {
            throw new IllegalArgumentException("an observation needs a value or a sum: " + name);
        }
    }

    /**
     * A normal, instantaneous numeric sample: the common case when building records to encode.
     *
     * @param source the device or station
     * @param name the name
     * @param unit the unit, or {@code null}
     * @param value the number
     * @param time when it was measured
     * @return the observation, with codec {@code ""}
     */
    public static Observation of(String source, String name, @Nullable String unit, double value, Instant time) {
        return new Observation(
                source, "", name, unit, Value.of(value), null, time, Statistic.SAMPLE, Status.NORMAL, null);
    }

    /**
     * The numeric value.
     *
     * @return the number
     * @throws IllegalStateException if the value is not a number
     */
    public double number() {
        if (value instanceof Value.Number n) {
            return n.value();
        }
        throw new IllegalStateException(name + " has no numeric value: " + value);
    }

    /**
     * A copy with another codec id (codecs stamp their own on what they produce).
     *
     * @param codecId the codec id
     * @return the copy
     */
    public Observation withCodec(String codecId) {
        return new Observation(source, codecId, name, unit, value, sum, time, statistic, status, rawStatus);
    }
}
