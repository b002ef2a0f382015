package vn.smartcity.iot;

/**
 * Receives the records of the hot decoding path, one call per record, with a view that is valid
 * only during the call.
 *
 * <pre>{@code
 * double[] pm25 = {0};
 * codec.decode(frame, 0, frame.length, DecodeContext.defaults(), r -> {
 *     if (CharSequence.compare(r.name(), "a34004") == 0) pm25[0] = r.number();
 * });
 * }</pre>
 */
@FunctionalInterface
public interface ObservationSink {

    /**
     * Takes one record.
     *
     * @param record the record; do not keep it beyond this call
     */
    void accept(ObservationView record);
}
