package vn.smartcity.iot;

import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a codec may need besides the bytes: the clock for times given relative to "now" (SenML
 * times below 2^28) and the name the bytes came under (a TT 10/2021 file name carries the station
 * and the time).
 *
 * @param clock the clock for relative times
 * @param sourceName the file name or other label of the input, or {@code null}
 */
public record DecodeContext(Clock clock, @Nullable String sourceName) {

    private static final DecodeContext DEFAULTS = new DecodeContext(Clock.systemUTC(), null);

    /**
     * Validates the components.
     *
     * @param clock the {@code clock} component
     * @param sourceName the {@code sourceName} component
     */
    public DecodeContext {
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * The system clock and no source name.
     *
     * @return the default context
     */
    public static DecodeContext defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another clock.
     *
     * @param newClock the clock
     * @return the copy
     */
    public DecodeContext withClock(Clock newClock) {
        return new DecodeContext(newClock, sourceName);
    }

    /**
     * A copy with a source name.
     *
     * @param name the file name or label
     * @return the copy
     */
    public DecodeContext withSourceName(@Nullable String name) {
        return new DecodeContext(clock, name);
    }
}
