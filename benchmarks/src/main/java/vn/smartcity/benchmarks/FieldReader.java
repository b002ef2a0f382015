package vn.smartcity.benchmarks;

import org.jspecify.annotations.Nullable;
import vn.smartcity.iot.ObservationSink;
import vn.smartcity.iot.ObservationView;
import vn.smartcity.iot.ValueType;

/**
 * The sink every codec's hot path decodes into: it reads every field of every record (source,
 * name, unit, the value of its type, sum, time, statistic, status and raw status) without copying
 * any, so that the hot path pays for what a real consumer reads and nothing is dead code. One class
 * for every benchmark, so the hot paths of different codecs do the same work per record.
 */
final class FieldReader implements ObservationSink {

    private double sum;
    private long bits;

    /** Creates the sink. */
    FieldReader() {}

    @Override
    public void accept(ObservationView r) {
        long b = text(r.source()) + text(r.name()) + text(r.unit()) + text(r.rawStatus());
        ValueType type = r.valueType();
        if (type == ValueType.NUMBER) {
            sum += r.number();
        } else if (type == ValueType.TEXT) {
            b += text(r.text());
        } else if (type == ValueType.BOOL) {
            b += r.bool() ? 1 : 0;
        }
        if (r.hasSum()) {
            sum += r.sum();
        }
        bits += b
                + r.epochSecond()
                + r.nano()
                + r.statistic().ordinal()
                + r.status().ordinal();
    }

    private static long text(@Nullable CharSequence s) {
        if (s == null) {
            return 0;
        }
        int n = s.length();
        return n == 0 ? 1 : n + s.charAt(0) + s.charAt(n - 1);
    }

    /**
     * What the sink has read since the last call, and a reset.
     *
     * @return a digest of every field read
     */
    double drain() {
        double d = sum + bits;
        sum = 0;
        bits = 0;
        return d;
    }
}
