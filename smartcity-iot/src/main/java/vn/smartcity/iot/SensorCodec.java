package vn.smartcity.iot;

import java.util.ArrayList;
import java.util.List;
import vn.smartcity.core.plugin.Plugin;

/**
 * A sensor protocol codec: decodes bytes into {@link Observation}s, encodes them back where the
 * protocol allows, and recognises its own format for automatic detection.
 *
 * <p>Codecs are {@link Plugin plugins}: find them with {@code
 * PluginRegistry.load(SensorCodec.class).get("hj212")}. Instances are immutable and thread-safe;
 * the hot path keeps its per-call state on the stack or in the sink's thread.
 *
 * <p>Two ways to decode:
 *
 * <ul>
 *   <li>{@link #decode(byte[])} returns a list: convenient, allocates per record;
 *   <li>{@link #decode(byte[], int, int, DecodeContext, ObservationSink)} hands each record to a
 *       sink as a reused flyweight: no allocation per record in steady state, for stream engines
 *       and data-centre ingest.
 * </ul>
 *
 * <p>Bad input raises {@link CodecException} with the byte offset and what was expected, never an
 * {@code IndexOutOfBoundsException}; no decoder allocates according to a length field beyond the
 * input's own size.
 */
public interface SensorCodec extends Plugin {

    /**
     * Tells whether the bytes look like this codec's format: a cheap check on magic bytes or
     * structure, used by {@code decode --codec auto}. It never throws.
     *
     * @param data the buffer
     * @param offset where the input starts
     * @param length its length
     * @return {@code true} if the input is probably in this format
     */
    boolean looksLike(byte[] data, int offset, int length);

    /**
     * Decodes into a sink: the hot path.
     *
     * @param data the buffer
     * @param offset where the input starts
     * @param length its length
     * @param context the clock and source name
     * @param sink receives each record
     * @return the number of records decoded
     * @throws CodecException if the input is not valid; records before the error may already have
     *     reached the sink
     */
    int decode(byte[] data, int offset, int length, DecodeContext context, ObservationSink sink);

    /**
     * Decodes into a list.
     *
     * @param data the input
     * @param context the clock and source name
     * @return the records, in the order of the input (time order for SenML)
     * @throws CodecException if the input is not valid
     */
    default List<Observation> decode(byte[] data, DecodeContext context) {
        List<Observation> records = new ArrayList<>();
        decode(data, 0, data.length, context, r -> records.add(r.toObservation()));
        return records;
    }

    /**
     * Decodes into a list with the {@linkplain DecodeContext#defaults() default context}.
     *
     * @param data the input
     * @return the records
     * @throws CodecException if the input is not valid
     */
    default List<Observation> decode(byte[] data) {
        return decode(data, DecodeContext.defaults());
    }

    /**
     * Whether {@link #encode(List)} is supported.
     *
     * @return {@code true} if this codec encodes
     */
    default boolean canEncode() {
        return false;
    }

    /**
     * Encodes records.
     *
     * @param records the records
     * @return the bytes
     * @throws CodecException if a record cannot be expressed in this format (the message says which
     *     and why)
     * @throws UnsupportedOperationException if the codec does not encode
     */
    default byte[] encode(List<Observation> records) {
        throw new UnsupportedOperationException(id() + " does not encode");
    }
}
