package vn.smartcity.iot.aqi;

/**
 * A piecewise-linear map from concentration to index: rows {@code (cLo, cHi, iLo, iHi)}, the index
 * {@code (iHi - iLo) / (cHi - cLo) * (c - cLo) + iLo} on the first row with {@code cLo <= c <= cHi}.
 */
final class Breakpoints {

    /** What to do beyond the last row. */
    enum Beyond {
        /** The index of the last row's top. */
        CAP,
        /** The last row's line, extended. */
        EXTEND,
        /** Undefined (NaN). */
        UNDEFINED
    }

    private final double[] cLo;
    private final double[] cHi;
    private final double[] iLo;
    private final double[] iHi;
    private final Beyond beyond;

    private Breakpoints(double[] cLo, double[] cHi, double[] iLo, double[] iHi, Beyond beyond) {
        this.cLo = cLo;
        this.cHi = cHi;
        this.iLo = iLo;
        this.iHi = iHi;
        this.beyond = beyond;
    }

    /** Contiguous breakpoints BP_1..BP_n for indices I_1..I_n (the VN_AQI layout). */
    static Breakpoints contiguous(double[] concentrations, double[] indices, Beyond beyond) {
        int n = concentrations.length - 1;
        double[] cLo = new double[n];
        double[] cHi = new double[n];
        double[] iLo = new double[n];
        double[] iHi = new double[n];
        for (int k = 0; k < n; k++) {
            cLo[k] = concentrations[k];
            cHi[k] = concentrations[k + 1];
            iLo[k] = indices[k];
            iHi[k] = indices[k + 1];
        }
        return new Breakpoints(cLo, cHi, iLo, iHi, beyond);
    }

    /** Rows as {cLo, cHi, iLo, iHi} (the US EPA layout, with gaps closed by truncation). */
    static Breakpoints rows(double[][] rows, Beyond beyond) {
        int n = rows.length;
        double[] cLo = new double[n];
        double[] cHi = new double[n];
        double[] iLo = new double[n];
        double[] iHi = new double[n];
        for (int k = 0; k < n; k++) {
            cLo[k] = rows[k][0];
            cHi[k] = rows[k][1];
            iLo[k] = rows[k][2];
            iHi[k] = rows[k][3];
        }
        return new Breakpoints(cLo, cHi, iLo, iHi, beyond);
    }

    /** The index for a concentration; NaN for negative, NaN or undefined input. */
    double index(double c) {
        if (!(c >= cLo[0])) {
            return Double.NaN;
        }
        for (int k = 0; k < cLo.length; k++) {
            if (c >= cLo[k] && c <= cHi[k]) {
                return line(k, c);
            }
        }
        int last = cLo.length - 1;
        if (c > cHi[last]) {
            switch (beyond) {
                case CAP:
                    return iHi[last];
                case EXTEND:
                    return line(last, c);
                default:
                    return Double.NaN;
            }
        }
        return Double.NaN; // in a gap between rows: the caller truncates first
    }

    /** The lowest concentration the table covers. */
    double min() {
        return cLo[0];
    }

    /** The highest concentration of the table. */
    double max() {
        return cHi[cHi.length - 1];
    }

    private double line(int k, double c) {
        return (iHi[k] - iLo[k]) / (cHi[k] - cLo[k]) * (c - cLo[k]) + iLo[k];
    }
}
