package vn.smartcity.iot.senml;

import java.util.List;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationSink;
import vn.smartcity.iot.SensorCodec;

/**
 * SenML in JSON, {@code application/senml+json} (RFC 8428 section 5).
 *
 * <p>Decoding resolves the pack (section 4.6): {@code bn} is prepended to {@code n}, {@code bt}
 * added to {@code t}, {@code bu} used where {@code u} is absent, {@code bv} added to {@code v} and
 * {@code bs} to {@code s}, each base field carried forward to the records that follow; a resolved
 * time below 2^28 is relative to the context's clock (section 4.5.3). A {@code bver} above 10, a
 * change of version within the pack, or an unknown label ending in {@code '_'} is rejected (section
 * 4.4); other unknown labels are skipped, and so is {@code ut}. Resolved names must follow section
 * 4.5.1, and every record must have one value ({@code v}, {@code vs}, {@code vb}, {@code vd}) or a
 * sum, except that a record of base fields alone (as in section 5.1.7) yields no record. Records
 * come out in time order (stable), times to the microsecond.
 *
 * <p>{@link Observation#source() source} is the base name in effect less one trailing {@code ':'}
 * or {@code '/'} ({@code urn:dev:ow:10e2073a01080063} for {@code bn}
 * {@code "urn:dev:ow:10e2073a01080063:"}), or {@code ""} if there is none.
 *
 * <p>Encoding writes the simple form: {@code n}, {@code u}, the value, {@code s} and an absolute
 * {@code t} in every record, and {@code bn}, holding the source, whenever it changes; a name that
 * does not start with its source is written as {@code source:name}, so that it stays unique.
 * Records with a status other than NORMAL, an aggregate statistic, a time before 1978-07-04 or a
 * name SenML does not allow cannot be written; a raw status is dropped. {@code
 * decode(encode(records))} gives the records back, in time order and with their times rounded to
 * the microsecond (exact for times before 2106).
 *
 * <p>The decoder is a strict JSON tokenizer of its own (UTF-8 only; escapes including surrogate
 * pairs; the JSON number grammar, which allows the upper-case {@code E} that section 5 asks
 * senders not to use) that allocates nothing per record. Instances are immutable and thread-safe.
 */
public final class SenmlJsonCodec implements SensorCodec {

    /** The codec's id. */
    public static final String ID = "senml-json";

    /** The media type (RFC 8428 section 12.3.1). */
    public static final String MEDIA_TYPE = "application/senml+json";

    private final ThreadLocal<JsonPackReader> readers = ThreadLocal.withInitial(() -> new JsonPackReader(ID));

    /** Creates the codec. */
    public SenmlJsonCodec() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "SenML JSON packs, application/senml+json (RFC 8428 section 5)";
    }

    /**
     * Whether the input starts, after whitespace, with {@code '['} and then <code>'&#123;'</code>.
     *
     * @param data the buffer
     * @param offset where the input starts
     * @param length its length
     * @return {@code true} if the input looks like a SenML JSON pack
     */
    @Override
    public boolean looksLike(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            return false;
        }
        int end = offset + length;
        int i = skipSpace(data, offset, end);
        if (i >= end || data[i] != '[') {
            return false;
        }
        i = skipSpace(data, i + 1, end);
        return i < end && data[i] == '{';
    }

    private static int skipSpace(byte[] data, int i, int end) {
        while (i < end && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t')) {
            i++;
        }
        return i;
    }

    @Override
    public int decode(byte[] data, int offset, int length, DecodeContext context, ObservationSink sink) {
        JsonPackReader reader = readers.get();
        if (reader.busy) {
            reader = new JsonPackReader(ID);
        }
        return reader.decode(data, offset, length, context, sink);
    }

    @Override
    public boolean canEncode() {
        return true;
    }

    /**
     * Encodes records as a SenML JSON pack.
     *
     * @param records the records
     * @return the pack in UTF-8
     * @throws CodecException naming the record and the reason, if one cannot be written
     */
    @Override
    public byte[] encode(List<Observation> records) {
        return JsonPackWriter.write(ID, records);
    }

    @Override
    public String toString() {
        return "SenmlJsonCodec";
    }
}
