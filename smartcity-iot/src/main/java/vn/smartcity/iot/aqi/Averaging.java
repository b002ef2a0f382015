package vn.smartcity.iot.aqi;

/** The averaging period a concentration covers. */
public enum Averaging {
    /** The NowCast weighted average of the last 12 hourly means (particulate matter, hourly index). */
    NOWCAST("NowCast"),
    /** A one-hour mean. */
    ONE_HOUR("1h"),
    /** An eight-hour mean. */
    EIGHT_HOURS("8h"),
    /** A twenty-four-hour mean. */
    TWENTY_FOUR_HOURS("24h");

    private final String label;

    Averaging(String label) {
        this.label = label;
    }

    /**
     * A short label.
     *
     * @return such as {@code 8h}
     */
    public String label() {
        return label;
    }
}
