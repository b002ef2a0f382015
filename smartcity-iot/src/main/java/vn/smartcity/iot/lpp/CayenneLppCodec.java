package vn.smartcity.iot.lpp;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.MutableObservation;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationSink;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.Units;
import vn.smartcity.iot.Value;

/**
 * Cayenne Low Power Payload: a LoRaWAN payload of {@code [channel][type][data]} fields, the data
 * big-endian, each type with a fixed size (see {@link LppType}).
 *
 * <p><b>Records.</b> Each value becomes one record named {@code <channel>/<type>}, such as {@code
 * 3/temperature} for a temperature on channel 3; the types with several values add the axis:
 * {@code 6/accelerometer/x}, {@code 1/gps/latitude}, {@code 7/colour/r}. The type names are those
 * of the ElectronicCats library ({@link LppType#typeName()}). The channel comes first because it
 * identifies the sensor (the myDevices documentation: "uniquely identifies each sensor in the
 * device across frames"), and the type name last because {@link
 * vn.smartcity.iot.ParameterCatalogue} matches a name by its last {@code '/'} part: {@code
 * 3/temperature} and {@code 4/humidity} map to the canonical parameters without further aliases.
 * Units are UCUM ({@code Cel}, {@code %}, {@code hPa}, {@code lx}, {@code [g]}, {@code deg/s},
 * {@code deg}, {@code m}, {@code V}, {@code A}, {@code Hz}, {@code W}, {@code kW.h}, {@code
 * [ppm]}, {@code s}); dimensionless types (digital and analog I/O, presence, generic, switch,
 * colour) have none. Values are numbers, the raw integer divided by the type's multiplier.
 *
 * <p><b>Source and time.</b> LPP names no device: the source is the {@linkplain
 * DecodeContext#sourceName() context's source name} (a LoRaWAN DevEUI, say), or empty. LPP
 * carries no time either: records are stamped with the context clock's current time, except a
 * Unix time field (type 133), whose record is stamped with the time it carries.
 *
 * <p><b>Encoding</b> takes records named as above (the type name in any case) and writes one field
 * per single-value record; the values of a multi-value type must follow one another in axis
 * order, as decoding produces them. Values are rounded to the type's resolution; a value outside
 * the type's range, a unit that does not convert to the type's unit, or a name that does not
 * follow the scheme is rejected with the record's index.
 *
 * <pre>{@code
 * SensorCodec lpp = new CayenneLppCodec();
 * List<Observation> records = lpp.decode(HexFormat.of().parseHex("03670110056700ff"));
 * // 3/temperature = 27.2 Cel, 5/temperature = 25.5 Cel
 * }</pre>
 */
public final class CayenneLppCodec implements SensorCodec {

    /** The plugin id. */
    public static final String ID = "cayenne-lpp";

    private final boolean unsignedVoltageAndCurrent;

    private final ThreadLocal<MutableObservation> scratch = ThreadLocal.withInitial(() -> new MutableObservation(ID));

    /** Creates a codec with the defaults: voltage and current signed, as the library reads them. */
    public CayenneLppCodec() {
        this(false);
    }

    private CayenneLppCodec(boolean unsignedVoltageAndCurrent) {
        this.unsignedVoltageAndCurrent = unsignedVoltageAndCurrent;
    }

    /**
     * A builder for a configured codec.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Cayenne LPP LoRaWAN payloads (myDevices types and ElectronicCats extended types)";
    }

    @Override
    public boolean looksLike(byte[] data, int offset, int length) {
        if (offset < 0 || length < 3 || offset > data.length - length) {
            return false;
        }
        int pos = offset;
        int end = offset + length;
        while (end - pos >= 2) {
            LppType type = LppType.byCode(data[pos + 1] & 0xFF);
            if (type == null) {
                return false;
            }
            pos += 2 + type.size();
        }
        return pos == end;
    }

    private boolean signed(LppType type) {
        return type.signed && !(unsignedVoltageAndCurrent && (type == LppType.VOLTAGE || type == LppType.CURRENT));
    }

    @Override
    public int decode(byte[] data, int offset, int length, DecodeContext context, ObservationSink sink) {
        Objects.checkFromIndexSize(offset, length, data.length);
        if (length == 0) {
            throw new CodecException(ID, 0, "a channel byte", "end of input");
        }
        MutableObservation r = scratch.get();
        String sourceName = context.sourceName();
        r.source(sourceName == null ? "" : sourceName);
        long now = context.clock().millis();
        int end = offset + length;
        int pos = offset;
        int count = 0;
        while (pos < end) {
            int channel = data[pos] & 0xFF;
            if (pos + 1 == end) {
                throw new CodecException(ID, length, "a data type byte after channel " + channel, "end of input");
            }
            int code = data[pos + 1] & 0xFF;
            LppType type = LppType.byCode(code);
            if (type == null) {
                throw new CodecException(
                        ID,
                        pos + 1 - offset,
                        "a Cayenne LPP data type (0-3, 100-104, 113, 115-118, 120, 121, 125, 128, 130-136, 142)",
                        code + " (0x" + Integer.toHexString(code) + ")");
            }
            int p = pos + 2;
            if (end - p < type.size()) {
                throw new CodecException(
                        ID,
                        length,
                        type.size() + " data bytes of " + type.typeName + " (type " + code + ") on channel " + channel,
                        (end - p) + " bytes");
            }
            boolean signed = signed(type);
            int width = type.width;
            for (int axis = 0; axis < type.multipliers.length; axis++, p += width) {
                long raw = 0;
                for (int k = 0; k < width; k++) {
                    raw = (raw << 8) | (data[p + k] & 0xFF);
                }
                if (signed) {
                    int shift = 64 - 8 * width;
                    raw = (raw << shift) >> shift;
                }
                r.clear();
                StringBuilder name = r.nameBuffer();
                name.setLength(0);
                name.append(channel).append('/').append(type.typeName);
                if (type.axes.length > 0) {
                    name.append('/').append(type.axes[axis]);
                }
                r.unit(type.units[axis]);
                r.number(raw / (double) type.multipliers[axis]);
                if (type == LppType.UNIX_TIME) {
                    r.time(raw, 0);
                } else {
                    r.timeMillis(now);
                }
                sink.accept(r);
                count++;
            }
            pos = p;
        }
        return count;
    }

    @Override
    public boolean canEncode() {
        return true;
    }

    @Override
    public byte[] encode(List<Observation> records) {
        if (records.isEmpty()) {
            throw new CodecException(ID, -1, "at least one record", "none");
        }
        // A field takes at most 6 bytes per record (2 header + 4 data); GPS takes 11 for 3 records.
        byte[] out = new byte[records.size() * 6];
        int n = 0;
        int i = 0;
        while (i < records.size()) {
            Target first = target(records.get(i), i);
            LppType type = first.type();
            if (first.axis() > 0) {
                throw new CodecException(
                        ID,
                        -1,
                        "record " + i + ": " + first.channel() + "/" + type.typeName + "/" + type.axes[0]
                                + " (the values of " + type.typeName + " come together, in the order "
                                + String.join(", ", type.axes) + ")",
                        records.get(i).name());
            }
            out[n++] = (byte) first.channel();
            out[n++] = (byte) type.code;
            for (int axis = 0; axis < type.multipliers.length; axis++) {
                int index = i + axis;
                if (axis > 0) {
                    Target next = index < records.size() ? target(records.get(index), index) : null;
                    if (next == null
                            || next.channel() != first.channel()
                            || next.type() != type
                            || next.axis() != axis) {
                        throw new CodecException(
                                ID,
                                -1,
                                "record " + index + " to be " + first.channel() + "/" + type.typeName + "/"
                                        + type.axes[axis] + " (the values of " + type.typeName
                                        + " come together, in the order " + String.join(", ", type.axes) + ")",
                                next == null
                                        ? "end of records"
                                        : records.get(index).name());
                    }
                }
                long raw = raw(records.get(index), index, type, axis);
                for (int k = type.width - 1; k >= 0; k--) {
                    out[n + k] = (byte) raw;
                    raw >>= 8;
                }
                n += type.width;
            }
            i += type.multipliers.length;
        }
        return Arrays.copyOf(out, n);
    }

    /** Where a record goes: its channel, type and axis (-1 for a single-value type). */
    private record Target(int channel, LppType type, int axis) {}

    private static Target target(Observation record, int index) {
        String name = record.name();
        int slash = name.indexOf('/');
        int channel = -1;
        if (slash >= 1 && slash <= 3) {
            channel = 0;
            for (int k = 0; k < slash && channel >= 0; k++) {
                char c = name.charAt(k);
                channel = c >= '0' && c <= '9' ? channel * 10 + (c - '0') : -1;
            }
        }
        if (channel < 0 || channel > 255) {
            throw badName(record, index, "a name <channel>/<type>[/<axis>] with a channel of 0 to 255");
        }
        int second = name.indexOf('/', slash + 1);
        String typeName = second < 0 ? name.substring(slash + 1) : name.substring(slash + 1, second);
        LppType type = LppType.forName(typeName).orElse(null);
        if (type == null) {
            throw badName(record, index, "a Cayenne LPP type name after the channel (temperature, humidity, ...)");
        }
        if (type.axes.length == 0) {
            if (second >= 0) {
                throw badName(record, index, "no axis after " + type.typeName + ", a single-value type");
            }
            return new Target(channel, type, -1);
        }
        String axis = second < 0 ? "" : name.substring(second + 1);
        for (int a = 0; a < type.axes.length; a++) {
            if (type.axes[a].equalsIgnoreCase(axis)) {
                return new Target(channel, type, a);
            }
        }
        throw badName(record, index, "an axis of " + type.typeName + " (" + String.join(", ", type.axes) + ")");
    }

    private static CodecException badName(Observation record, int index, String expected) {
        return new CodecException(ID, -1, "record " + index + ": " + expected, "'" + record.name() + "'");
    }

    /** The raw integer of a record's value, checked against the type's range. */
    private long raw(Observation record, int index, LppType type, int axis) {
        double value;
        Value v = record.value();
        if (v instanceof Value.Number number) {
            value = number.value();
        } else if (v instanceof Value.Bool bool) {
            value = bool.value() ? 1 : 0;
        } else {
            throw new CodecException(
                    ID, -1, "record " + index + " (" + record.name() + "): a numeric or boolean value", "" + v);
        }
        String unit = type.units[axis];
        String given = record.unit();
        if (given != null && !given.equals(unit)) {
            if (unit == null) {
                throw new CodecException(
                        ID,
                        -1,
                        "record " + index + " (" + record.name() + "): no unit, " + type.typeName + " is dimensionless",
                        "unit " + given);
            }
            double converted = Units.convert(value, given, unit, Double.NaN);
            if (Double.isNaN(converted)) {
                throw new CodecException(
                        ID,
                        -1,
                        "record " + index + " (" + record.name() + "): a unit convertible to " + unit,
                        "unit " + given);
            }
            value = converted;
        }
        int multiplier = type.multipliers[axis];
        boolean signed = signed(type);
        int bits = 8 * type.width;
        long min = signed ? -(1L << (bits - 1)) : 0;
        long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
        double scaled = value * multiplier;
        if (!(scaled >= min - 0.5 && scaled < max + 0.5)) {
            throw new CodecException(
                    ID,
                    -1,
                    "record " + index + " (" + record.name() + "): a value from " + ((double) min / multiplier) + " to "
                            + ((double) max / multiplier) + (unit == null ? "" : " " + unit) + " for "
                            + type.typeName,
                    Double.toString(value));
        }
        return Math.round(scaled);
    }

    /** Configures a {@link CayenneLppCodec}. */
    public static final class Builder {

        private boolean unsignedVoltageAndCurrent;

        private Builder() {}

        /**
         * Reads and writes voltage (116) and current (117) as unsigned, as the ElectronicCats
         * library did before commit {@code 1a08320} (August 2025) and as its JavaScript decoder
         * still does: 0 to 655.35 V and 0 to 65.535 A instead of ±327.67 V and ±32.767 A.
         *
         * @param unsigned {@code true} for unsigned
         * @return this builder
         */
        public Builder unsignedVoltageAndCurrent(boolean unsigned) {
            this.unsignedVoltageAndCurrent = unsigned;
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return an immutable codec
         */
        public CayenneLppCodec build() {
            return new CayenneLppCodec(unsignedVoltageAndCurrent);
        }
    }
}
