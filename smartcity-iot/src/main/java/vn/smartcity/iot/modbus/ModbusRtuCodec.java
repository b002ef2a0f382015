package vn.smartcity.iot.modbus;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.MutableObservation;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationSink;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Units;
import vn.smartcity.iot.Value;

/**
 * Modbus RTU as a data logger sees it: a poll and its answer turned into observations through a
 * {@link RegisterMap}. Frames follow MODBUS over Serial Line V1.02 (section 2.5.1) and the
 * Application Protocol V1.1b3 (functions 1 to 6, 15 and 16, exception responses); every frame's
 * CRC-16 is checked.
 *
 * <p><b>What {@code decode} accepts.</b> A register response alone does not say which registers
 * it holds, so a codec works in one of two modes:
 *
 * <ul>
 *   <li><b>exchange</b> (the default): the input is a request frame followed by its response frame,
 *       as a logger or a bus sniffer records them; the request gives the start address. A write
 *       request alone (functions 5, 6, 15, 16) is accepted too, since it carries its values. The
 *       response must come from the polled server and answer the request's function, with the
 *       byte count, echo or quantity the request implies.
 *   <li><b>response</b> ({@link Builder#startAddress(int)}): the input is one read-registers
 *       response (function 3 or 4, or its exception) whose first register is the configured
 *       address.
 * </ul>
 *
 * <p><b>Records.</b> Register data (functions 3, 4, 6 and 16) becomes one record per map entry
 * that lies wholly within the registers carried, named and scaled by the entry; entries outside
 * are skipped. With an empty map each register becomes a record named {@code holding/<address>}
 * or {@code input/<address>} (0-based PDU address) with its unsigned value. Coils and discrete
 * inputs (functions 1, 2, 5, 15) become boolean records {@code coil/<address>} or {@code
 * discrete/<address>}. An exception response becomes one record per entry (or address) the request
 * covered, with value NaN, the status of the {@link ModbusExceptionCode} and the specification's
 * name of the exception as the raw status. The source is the {@linkplain
 * DecodeContext#sourceName() context's source name}, or else the server address in decimal
 * ({@code "1"}); RTU carries no time, so records take the context clock's current time.
 *
 * <p><b>Encoding</b> writes the registers the records name (through the map, or {@code
 * holding/<address>} names with an empty map): in exchange mode as one function 16 request (Write
 * Multiple Registers) covering the records' registers, which must be contiguous; in response mode
 * as one function 3 response starting at the configured address, registers no record names sent
 * as 0. Both use {@link Builder#unit(int)} as the server address. Values are converted to the
 * entry's unit when the record has another convertible unit, unscaled and rounded to the entry's
 * type; out-of-range values are rejected with the record's index.
 */
public final class ModbusRtuCodec implements SensorCodec {

    /** The plugin id. */
    public static final String ID = "modbus-rtu";

    private static final String[] UNIT_NAMES = new String[256];

    static {
        for (int i = 0; i < UNIT_NAMES.length; i++) {
            UNIT_NAMES[i] = Integer.toString(i);
        }
    }

    private final RegisterMap map;
    private final RegisterMap.Entry[] entries;
    private final Slot[] slots;
    private final int startAddress;
    private final int unit;

    private final ThreadLocal<MutableObservation> scratch = ThreadLocal.withInitial(() -> new MutableObservation(ID));

    /** Creates a codec in exchange mode with an empty register map, writing to server 1. */
    public ModbusRtuCodec() {
        this(RegisterMap.empty(), -1, 1);
    }

    private ModbusRtuCodec(RegisterMap map, int startAddress, int unit) {
        this.map = map;
        this.entries = map.entries().toArray(new RegisterMap.Entry[0]);
        this.slots = Slot.of(entries);
        this.startAddress = startAddress;
        this.unit = unit;
    }

    /**
     * A builder for a configured codec.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The register map.
     *
     * @return the map, possibly empty
     */
    public RegisterMap registerMap() {
        return map;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Modbus RTU frames (functions 1-6, 15, 16 and exceptions, CRC-16) through a register map";
    }

    @Override
    public boolean looksLike(byte[] data, int offset, int length) {
        if (offset < 0 || length < 5 || length > 512 || offset > data.length - length) {
            return false;
        }
        int function = data[offset + 1] & 0x7F;
        if ((data[offset] & 0xFF) > 247 || !((function >= 1 && function <= 6) || function == 15 || function == 16)) {
            return false;
        }
        if (ModbusCrc.check(data, offset, length)) {
            return true;
        }
        int request = function <= 6 ? 8 : length >= 7 ? 9 + (data[offset + 6] & 0xFF) : -1;
        return request > 0 && request < length && ModbusCrc.check(data, offset, request);
    }

    @Override
    public int decode(byte[] data, int offset, int length, DecodeContext context, ObservationSink sink) {
        Objects.checkFromIndexSize(offset, length, data.length);
        MutableObservation r = scratch.get();
        long now = context.clock().millis();
        String sourceName = context.sourceName();
        int end = offset + length;
        if (startAddress >= 0) {
            int n = Rtu.response(data, offset, end, offset);
            trailing(data, offset, length, n);
            r.source(sourceName != null ? sourceName : UNIT_NAMES[data[offset] & 0xFF]);
            int function = data[offset + 1] & 0xFF;
            if (function == 0x83 || function == 0x84) {
                return exception(r, sink, now, function & 0x7F, data[offset + 2] & 0xFF, startAddress, -1);
            }
            if (function != 3 && function != 4) {
                throw new CodecException(
                        ID, 1, "a read-registers response (function 3 or 4) or its exception", Rtu.hex(function));
            }
            int count = (data[offset + 2] & 0xFF) / 2;
            if (startAddress + count > 0x10000) {
                throw new CodecException(
                        ID,
                        2,
                        "at most " + (0x10000 - startAddress) + " registers after start address " + startAddress,
                        Integer.toString(count));
            }
            return registers(r, sink, now, function, startAddress, data, offset + 3, count);
        }
        int requestLength = Rtu.request(data, offset, end, offset);
        int server = data[offset] & 0xFF;
        int function = data[offset + 1] & 0xFF;
        int address = Rtu.u16(data, offset + 2);
        int quantity = Rtu.u16(data, offset + 4);
        r.source(sourceName != null ? sourceName : UNIT_NAMES[server]);
        if (requestLength == length) {
            switch (function) {
                case 5:
                    return coil(r, sink, now, address, quantity == 0xFF00);
                case 6:
                    return registers(r, sink, now, function, address, data, offset + 4, 1);
                case 15:
                    return bits(r, sink, now, "coil", address, quantity, data, offset + 7);
                case 16:
                    return registers(r, sink, now, function, address, data, offset + 7, quantity);
                default:
                    throw new CodecException(
                            ID,
                            length,
                            "the response frame after the function " + function + " request",
                            "end of input");
            }
        }
        if (server == 0) {
            throw new CodecException(
                    ID,
                    requestLength,
                    "the end of input after a broadcast request (servers do not answer address 0)",
                    CodecException.describe(data, offset + requestLength, end));
        }
        int rp = offset + requestLength;
        int responseLength = Rtu.response(data, rp, end, offset);
        trailing(data, offset, length, requestLength + responseLength);
        if ((data[rp] & 0xFF) != server) {
            throw new CodecException(
                    ID, requestLength, "the response of server " + server, "server " + (data[rp] & 0xFF));
        }
        int answered = data[rp + 1] & 0xFF;
        if ((answered & 0x7F) != function) {
            throw new CodecException(
                    ID,
                    requestLength + 1,
                    "function " + Rtu.hex(function) + " or its exception " + Rtu.hex(function | 0x80),
                    Rtu.hex(answered));
        }
        if (answered != function) {
            int items = function == 5 || function == 6 ? 1 : quantity;
            return exception(r, sink, now, function, data[rp + 2] & 0xFF, address, items);
        }
        switch (function) {
            case 1:
            case 2:
                count(data, rp, (quantity + 7) / 8, requestLength);
                return bits(r, sink, now, function == 1 ? "coil" : "discrete", address, quantity, data, rp + 3);
            case 3:
            case 4:
                count(data, rp, 2 * quantity, requestLength);
                return registers(r, sink, now, function, address, data, rp + 3, quantity);
            default:
                for (int k = 2; k < 6; k++) {
                    if (data[rp + k] != data[offset + k]) {
                        throw new CodecException(
                                ID,
                                requestLength + k,
                                function <= 6
                                        ? "the echo of the request's address and value"
                                        : "the request's address and quantity",
                                String.format("%02X", data[rp + k] & 0xFF));
                    }
                }
                if (function == 5) {
                    return coil(r, sink, now, address, quantity == 0xFF00);
                }
                if (function == 15) {
                    return bits(r, sink, now, "coil", address, quantity, data, offset + 7);
                }
                return registers(
                        r,
                        sink,
                        now,
                        function,
                        address,
                        data,
                        function == 6 ? offset + 4 : offset + 7,
                        function == 6 ? 1 : quantity);
        }
    }

    private static void trailing(byte[] data, int offset, int length, int used) {
        if (used != length) {
            throw new CodecException(
                    ID,
                    used,
                    "the end of input after the frame",
                    CodecException.describe(data, offset + used, offset + length));
        }
    }

    private static void count(byte[] data, int rp, int expected, int at) {
        int count = data[rp + 2] & 0xFF;
        if (count != expected) {
            throw new CodecException(
                    ID, at + 2, "a byte count of " + expected + " for the quantity requested", Integer.toString(count));
        }
    }

    private static void name(MutableObservation r, String table, int address) {
        StringBuilder name = r.nameBuffer();
        name.setLength(0);
        name.append(table).append('/').append(address);
    }

    private int registers(
            MutableObservation r,
            ObservationSink sink,
            long now,
            int function,
            int first,
            byte[] data,
            int pos,
            int count) {
        // The records of one frame share source, time, status and statistic: the record is cleared
        // once, then only name, unit and value change from one record to the next.
        r.clear();
        r.timeMillis(now);
        if (slots.length == 0) {
            String table = function == 4 ? "input" : "holding";
            for (int i = 0; i < count; i++) {
                name(r, table, first + i);
                r.number(Rtu.u16(data, pos + 2 * i));
                sink.accept(r);
            }
            return count;
        }
        int records = 0;
        int last = first + count;
        for (Slot e : slots) {
            int a = e.address;
            if (a >= last) {
                break;
            }
            if (a < first || e.end > last) {
                continue;
            }
            double raw = Registers.read(e.type, e.order, data, pos + 2 * (a - first));
            r.nameRef(e.name);
            r.unitRef(e.unit);
            r.number(e.value(raw));
            sink.accept(r);
            records++;
        }
        return records;
    }

    private static int bits(
            MutableObservation r,
            ObservationSink sink,
            long now,
            String table,
            int first,
            int quantity,
            byte[] data,
            int pos) {
        for (int i = 0; i < quantity; i++) {
            r.clear();
            name(r, table, first + i);
            r.bool((data[pos + (i >>> 3)] >> (i & 7) & 1) != 0);
            r.timeMillis(now);
            sink.accept(r);
        }
        return quantity;
    }

    private static int coil(MutableObservation r, ObservationSink sink, long now, int address, boolean on) {
        r.clear();
        name(r, "coil", address);
        r.bool(on);
        r.timeMillis(now);
        sink.accept(r);
        return 1;
    }

    /**
     * Records for an exception: one per map entry within the range (register functions), else one
     * per address; {@code count < 0} means "everything from {@code first} on" (response mode).
     */
    private int exception(
            MutableObservation r, ObservationSink sink, long now, int function, int code, int first, int count) {
        ModbusExceptionCode exception = ModbusExceptionCode.of(code).orElse(null);
        Status status = exception == null ? Status.UNKNOWN : exception.status();
        String raw = exception == null ? Rtu.hex(code) : exception.specName();
        ModbusFunction f = Rtu.function(function);
        int records = 0;
        if (entries.length > 0 && !f.isBits()) {
            long last = count < 0 ? 0x10000L : (long) first + count;
            for (RegisterMap.Entry e : entries) {
                if (e.address() >= first && e.address() + e.type().words() <= last) {
                    r.clear();
                    r.name(e.name());
                    r.unit(e.unit());
                    r.number(Double.NaN);
                    r.status(status, raw);
                    r.timeMillis(now);
                    sink.accept(r);
                    records++;
                }
            }
            return records;
        }
        for (int i = 0; i < Math.max(count, 1); i++) {
            r.clear();
            name(r, f.table(), first + i);
            r.number(Double.NaN);
            r.status(status, raw);
            r.timeMillis(now);
            sink.accept(r);
            records++;
        }
        return records;
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
        RegisterMap.Entry[] targets = new RegisterMap.Entry[records.size()];
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < targets.length; i++) {
            RegisterMap.Entry e = target(records.get(i), i);
            targets[i] = e;
            min = Math.min(min, e.address());
            max = Math.max(max, e.address() + e.type().words());
        }
        boolean response = startAddress >= 0;
        int first = response ? startAddress : min;
        if (min < first) {
            throw new CodecException(
                    ID,
                    -1,
                    "records at or after start address " + startAddress + " (a function 3 response starts there)",
                    "register " + min);
        }
        int count = max - first;
        int limit = response ? 125 : 123;
        if (count > limit) {
            throw new CodecException(
                    ID,
                    -1,
                    "records within " + limit + " registers (one function " + (response ? "3 response" : "16 request")
                            + ")",
                    count + " registers, " + first + " to " + (max - 1));
        }
        byte[] registers = new byte[2 * count];
        boolean[] covered = new boolean[count];
        for (int i = 0; i < targets.length; i++) {
            RegisterMap.Entry e = targets[i];
            int at = e.address() - first;
            for (int w = 0; w < e.type().words(); w++) {
                if (covered[at + w]) {
                    throw new CodecException(
                            ID,
                            -1,
                            "record " + i + " (" + e.name() + "): a register no earlier record writes",
                            "register " + (e.address() + w) + " written twice");
                }
                covered[at + w] = true;
            }
            Registers.write(e.type(), e.order(), raw(records.get(i), i, e), registers, 2 * at);
        }
        if (!response) {
            for (int k = 0; k < count; k++) {
                if (!covered[k]) {
                    throw new CodecException(
                            ID,
                            -1,
                            "records covering registers " + first + " to " + (max - 1)
                                    + " without a gap (a function 16 request writes one block)",
                            "register " + (first + k) + " not covered");
                }
            }
            return new ModbusFrame.WriteMultipleRegistersRequest(unit, first, registers).encode();
        }
        return new ModbusFrame.ReadRegistersResponse(unit, ModbusFunction.READ_HOLDING_REGISTERS, registers).encode();
    }

    private RegisterMap.Entry target(Observation record, int index) {
        String name = record.name();
        if (entries.length > 0) {
            RegisterMap.Entry e = map.entry(name).orElse(null);
            if (e == null) {
                throw new CodecException(
                        ID, -1, "record " + index + ": the name of an entry of the register map", "'" + name + "'");
            }
            return e;
        }
        int address = -1;
        if (name.startsWith("holding/") && name.length() > 8 && name.length() <= 13) {
            address = 0;
            for (int k = 8; k < name.length() && address >= 0; k++) {
                char c = name.charAt(k);
                address = c >= '0' && c <= '9' ? address * 10 + (c - '0') : -1;
            }
        }
        if (address < 0 || address > 0xFFFF) {
            throw new CodecException(
                    ID,
                    -1,
                    "record " + index + ": a name holding/<address> (0 to 65535), the codec having no register map",
                    "'" + name + "'");
        }
        return RegisterMap.Entry.of(name, null, address, RegisterType.UINT16);
    }

    /** The raw register value of a record, checked against the entry's type. */
    private static double raw(Observation record, int index, RegisterMap.Entry e) {
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
        String given = record.unit();
        @Nullable String unit = e.unit();
        if (given != null && !given.equals(unit)) {
            double converted = unit == null ? Double.NaN : Units.convert(value, given, unit, Double.NaN);
            if (Double.isNaN(converted)) {
                throw new CodecException(
                        ID,
                        -1,
                        "record " + index + " (" + record.name() + "): "
                                + (unit == null ? "no unit" : "a unit convertible to " + unit),
                        "unit " + given);
            }
            value = converted;
        }
        double raw = e.raw(value);
        RegisterType type = e.type();
        boolean fits = type.isInteger()
                ? raw >= type.min() - 0.5 && raw < type.max() + 0.5
                : Double.isNaN(raw) || Double.isInfinite(raw) || Math.abs(raw) <= type.max();
        if (!fits) {
            throw new CodecException(
                    ID,
                    -1,
                    "record " + index + " (" + record.name() + "): a value whose raw register value fits " + type + " ("
                            + type.min() + " to " + type.max() + ")",
                    value + " (raw " + raw + ")");
        }
        return raw;
    }

    /**
     * A map entry as decoding uses it, with its scaling divisor worked out once (see {@link
     * RegisterMap#divisor(double)}), so the hot loop does not divide {@code 1 / scale} for every
     * record.
     */
    private static final class Slot {
        final String name;
        final @Nullable String unit;
        final RegisterType type;
        final WordOrder order;
        final int address;
        final int end;
        final double divisor;
        final double scale;
        final double offset;

        private Slot(RegisterMap.Entry e) {
            this.name = e.name();
            this.unit = e.unit();
            this.type = e.type();
            this.order = e.order();
            this.address = e.address();
            this.end = e.address() + e.type().words();
            this.divisor = RegisterMap.divisor(e.scale());
            this.scale = e.scale();
            this.offset = e.offset();
        }

        static Slot[] of(RegisterMap.Entry[] entries) {
            Slot[] slots = new Slot[entries.length];
            for (int i = 0; i < entries.length; i++) {
                slots[i] = new Slot(entries[i]);
            }
            return slots;
        }

        /** The same arithmetic as {@link RegisterMap.Entry#value(double)}, so the same bits. */
        double value(double raw) {
            return (Double.isNaN(divisor) ? raw * scale : raw / divisor) + offset;
        }
    }

    /** Configures a {@link ModbusRtuCodec}. */
    public static final class Builder {

        private RegisterMap map = RegisterMap.empty();
        private int startAddress = -1;
        private int unit = 1;

        private Builder() {}

        /**
         * Sets the register map that names and scales register values.
         *
         * @param registerMap the map
         * @return this builder
         */
        public Builder registerMap(RegisterMap registerMap) {
            this.map = Objects.requireNonNull(registerMap, "registerMap");
            return this;
        }

        /**
         * Switches to response mode: inputs are read-registers responses alone whose first register
         * is this address, and encoding writes such responses.
         *
         * @param address the first register's address, 0 to 65535
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder startAddress(int address) {
            if (address < 0 || address > 0xFFFF) {
                throw new IllegalArgumentException("start address " + address + " is outside 0 to 65535");
            }
            this.startAddress = address;
            return this;
        }

        /**
         * Sets the server address that encoded frames carry (decoding accepts any).
         *
         * @param serverAddress 1 to 247
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder unit(int serverAddress) {
            if (serverAddress < 1 || serverAddress > 247) {
                throw new IllegalArgumentException("server address " + serverAddress + " is outside 1 to 247");
            }
            this.unit = serverAddress;
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return an immutable codec
         */
        public ModbusRtuCodec build() {
            return new ModbusRtuCodec(map, startAddress, unit);
        }
    }
}
