package vn.smartcity.iot.aqi;

/**
 * The NowCast of particulate matter: a weighted mean of the last 12 hourly means that follows
 * rising and falling concentrations faster than a 24-hour mean (Decision 1459/QĐ-TCMT section
 * 2.2.1, after the US EPA's NowCast).
 *
 * <p>With {@code c1} the current hour's mean and {@code c12} the mean eleven hours before: {@code
 * w* = cmin / cmax} over the hours present, {@code w = max(w*, 1/2)}, and {@code NowCast = Σ
 * w^(i-1)·ci / Σ w^(i-1)} where a missing hour weighs 0. At least two of {@code c1}, {@code c2},
 * {@code c3} must be present. The decision writes the {@code w = 1/2} case as {@code Σ
 * (1/2)^i·ci} without the division; that is the same weighted mean up to 0.02 % when all hours are
 * present, and the normalised form stays correct when hours are missing, so this class uses it for
 * both cases.
 */
public final class NowCast {

    /** How many hourly means the NowCast looks at. */
    public static final int HOURS = 12;

    private NowCast() {}

    /**
     * Computes the NowCast.
     *
     * @param hourlyMeans the hourly means, most recent first; {@code NaN} marks a missing hour;
     *     entries beyond the twelfth are ignored
     * @return the NowCast, or NaN if fewer than two of the three most recent hours are present
     */
    public static double of(double... hourlyMeans) {
        int n = Math.min(HOURS, hourlyMeans.length);
        int recent = 0;
        for (int i = 0; i < Math.min(3, n); i++) {
            if (present(hourlyMeans[i])) {
                recent++;
            }
        }
        if (recent < 2) {
            return Double.NaN;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double c = hourlyMeans[i];
            if (present(c)) {
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
        }
        double w = max <= 0 ? 1 : Math.max(min / max, 0.5);
        double weighted = 0;
        double weights = 0;
        double weight = 1;
        for (int i = 0; i < n; i++) {
            double c = hourlyMeans[i];
            if (present(c)) {
                weighted += weight * c;
                weights += weight;
            }
            weight *= w;
        }
        return weighted / weights;
    }

    private static boolean present(double c) {
        return !Double.isNaN(c) && c >= 0;
    }
}
