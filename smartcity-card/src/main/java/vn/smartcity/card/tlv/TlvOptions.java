package vn.smartcity.card.tlv;

/**
 * Limits for reading BER-TLV.
 *
 * @param maxDepth how deep elements may nest: the outermost element is at depth 0, so {@code 0}
 *     allows a single element and no children
 * @param allowIndefiniteLength whether a constructed element may use the indefinite length form
 *     ({@code 80} ... {@code 00 00}); ICAO Doc 9303 Part 10 forbids it in the LDS
 */
public record TlvOptions(int maxDepth, boolean allowIndefiniteLength) {

    /** The largest nesting limit accepted. */
    public static final int MAX_DEPTH_LIMIT = 256;

    /** The defaults for LDS files: depth up to 32, definite lengths only. */
    public static final TlvOptions LDS = new TlvOptions(32, false);

    /**
     * Validates the limits.
     *
     * @param maxDepth the nesting limit, {@code 0} to {@value #MAX_DEPTH_LIMIT}
     * @param allowIndefiniteLength whether the indefinite length form is accepted
     * @throws IllegalArgumentException if {@code maxDepth} is out of range
     */
    public TlvOptions {
        if (maxDepth < 0 || maxDepth > MAX_DEPTH_LIMIT) {
            throw new IllegalArgumentException("maxDepth must be 0 to " + MAX_DEPTH_LIMIT + ", got " + maxDepth);
        }
    }

    /**
     * These limits with the indefinite length form allowed.
     *
     * @return a copy that accepts {@code 80} lengths on constructed elements
     */
    public TlvOptions withIndefiniteLength() {
        return new TlvOptions(maxDepth, true);
    }

    /**
     * These limits with another nesting limit.
     *
     * @param depth the new limit
     * @return a copy with {@code maxDepth} set to {@code depth}
     */
    public TlvOptions withMaxDepth(int depth) {
        return new TlvOptions(depth, allowIndefiniteLength);
    }
}
