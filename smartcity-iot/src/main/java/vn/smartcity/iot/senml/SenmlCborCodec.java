package vn.smartcity.iot.senml;

import java.util.List;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationSink;
import vn.smartcity.iot.SensorCodec;

/**
 * SenML in CBOR, {@code application/senml+cbor} (RFC 8428 section 6), with the integer labels of
 * Table 4: {@code bver} -1, {@code bn} -2, {@code bt} -3, {@code bu} -4, {@code bv} -5, {@code bs}
 * -6, {@code n} 0, {@code u} 1, {@code v} 2, {@code vs} 3, {@code vb} 4, {@code s} 5, {@code t} 6,
 * {@code ut} 7, {@code vd} 8. Text labels are extensions: skipped, or rejected if they end in
 * {@code '_'}.
 *
 * <p>Resolution, source, time order and encoding are those of {@link SenmlJsonCodec}. Numbers may be
 * integers, half, single or double floats, or decimal fractions (tag 4); {@code bver} an unsigned
 * integer; {@code vd} a byte string. The decoder accepts definite lengths only (so not the
 * indefinite-length arrays of SensML streams), no other tags, and nothing after the pack; it
 * allocates nothing per record. The encoder writes every number in the shortest exact form.
 * Instances are immutable and thread-safe.
 */
public final class SenmlCborCodec implements SensorCodec {

    /** The codec's id. */
    public static final String ID = "senml-cbor";

    /** The media type (RFC 8428 section 12.3.3). */
    public static final String MEDIA_TYPE = "application/senml+cbor";

    private final ThreadLocal<CborPackReader> readers = ThreadLocal.withInitial(() -> new CborPackReader(ID));

    /** Creates the codec. */
    public SenmlCborCodec() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "SenML CBOR packs, application/senml+cbor (RFC 8428 section 6)";
    }

    /**
     * Whether the input starts with a definite-length CBOR array head followed by a map head.
     *
     * @param data the buffer
     * @param offset where the input starts
     * @param length its length
     * @return {@code true} if the input looks like a SenML CBOR pack
     */
    @Override
    public boolean looksLike(byte[] data, int offset, int length) {
        if (offset < 0 || length < 2 || offset > data.length - length) {
            return false;
        }
        int initial = data[offset] & 0xFF;
        int info = initial & 0x1F;
        if (initial >>> 5 != 4 || info > 27) {
            return false;
        }
        int next = offset + 1 + (info < 24 ? 0 : 1 << (info - 24));
        if (next >= offset + length) {
            return false;
        }
        int map = data[next] & 0xFF;
        return map >>> 5 == 5 && (map & 0x1F) <= 27;
    }

    @Override
    public int decode(byte[] data, int offset, int length, DecodeContext context, ObservationSink sink) {
        CborPackReader reader = readers.get();
        if (reader.busy) {
            reader = new CborPackReader(ID);
        }
        return reader.decode(data, offset, length, context, sink);
    }

    @Override
    public boolean canEncode() {
        return true;
    }

    /**
     * Encodes records as a SenML CBOR pack.
     *
     * @param records the records
     * @return the pack
     * @throws CodecException naming the record and the reason, if one cannot be written
     */
    @Override
    public byte[] encode(List<Observation> records) {
        return CborPackWriter.write(ID, records);
    }

    @Override
    public String toString() {
        return "SenmlCborCodec";
    }
}
