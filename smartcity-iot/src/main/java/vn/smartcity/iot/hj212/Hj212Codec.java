package vn.smartcity.iot.hj212;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.smartcity.iot.Ascii;
import vn.smartcity.iot.CivilTime;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.MutableObservation;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationSink;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Units;
import vn.smartcity.iot.Value;

/**
 * HJ 212-2017, the data-logger protocol of automatic monitoring stations: frames of {@code ##},
 * four decimal digits giving the data segment's length, the data segment, four hex digits of
 * {@linkplain Hj212Crc CRC} and CRLF.
 *
 * <p>Decoding emits one record per value field of the {@code CP=&&...&&} part: {@code Rtd} as a
 * {@link Statistic#SAMPLE}, {@code Avg}, {@code Min}, {@code Max}, {@code Cou} as aggregates,
 * converted values ({@code ZsRtd}, {@code ZsAvg}, ...) under the name {@code CODE-Zs}. The name is
 * the pollutant code ({@code a34004}), the source the data logger's {@code MN}, the time the
 * packet's {@code DataTime} in the station's local time (UTC+7 unless configured), the status the
 * code's {@code -Flag} (N, F, M, S, D, C, T, B; see {@link Status}). Units are not in the frames:
 * they come from the table of HJ 212-2017 Appendix B, overridable per code. Several frames in one
 * input are decoded in turn; use {@link Hj212FrameSplitter} to cut frames out of a TCP stream.
 *
 * <p>Encoding writes one frame per source and time: {@code CN=2011} for samples, {@code CN=2061}
 * (configurable) for aggregates. {@link Hj212Packet} reads and writes whole packets, including
 * the responses a data centre sends ({@link Hj212Packet#dataResponse()} and others).
 *
 * <pre>{@code
 * List<Observation> records = new Hj212Codec().decode(frameBytes);
 * }</pre>
 */
public final class Hj212Codec implements SensorCodec {

    /** This codec's plugin id. */
    public static final String ID = "hj212";

    /** The largest data segment a frame can carry: its length has four decimal digits. */
    public static final int MAX_DATA_LENGTH = 9999;

    private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter QN_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    private static final Map<String, String> STANDARD_UNITS = loadUnits();

    private final int offsetSeconds;
    private final Map<String, String> units;
    private final long[] unitKeys;
    private final String[] unitValues;
    private final String systemCode;
    private final String password;
    private final String aggregateCommand;
    private final Clock clock;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** Per-thread state of the hot path. */
    private static final class Scratch {
        final MutableObservation record = new MutableObservation(ID);
        int mnStart;
        int mnEnd;
        int cpStart;
        int cpEnd;
        boolean hasTime;
        long epochSecond;
        int records;
    }

    /** A codec with the standard settings: UTC+7 station clocks, Appendix B units. */
    public Hj212Codec() {
        this(builder());
    }

    private Hj212Codec(Builder b) {
        this.offsetSeconds = b.offsetSeconds;
        this.units = Map.copyOf(b.units);
        TreeMap<Long, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : units.entrySet()) {
            long key = unitKey(e.getKey());
            if (key >= 0) {
                sorted.put(key, e.getValue());
            }
        }
        this.unitKeys = sorted.keySet().stream().mapToLong(Long::longValue).toArray();
        this.unitValues = sorted.values().toArray(String[]::new);
        this.systemCode = b.systemCode;
        this.password = b.password;
        this.aggregateCommand = b.aggregateCommand;
        this.clock = b.clock;
    }

    /**
     * Starts a configured codec.
     *
     * @return a builder with the standard settings
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
        return "HJ 212-2017 data-logger frames (##len...CRC), as automatic monitoring stations send them";
    }

    /**
     * The unit this codec gives values of a pollutant code.
     *
     * @param code such as {@code a21005}
     * @return the unit, or {@code null} if the table has none
     */
    public @Nullable String unitOf(String code) {
        return units.get(code);
    }

    @Override
    public boolean looksLike(byte[] data, int offset, int length) {
        if (length < 10 || offset < 0 || offset + length > data.length) {
            return false;
        }
        return data[offset] == '#'
                && data[offset + 1] == '#'
                && Ascii.parseDigits(data, offset + 2, 4) >= 0
                && data[offset + 6] >= 'A'
                && data[offset + 6] <= 'Z';
    }

    @Override
    public int decode(byte[] data, int offset, int length, DecodeContext context, ObservationSink sink) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(sink, "sink");
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", array " + data.length);
        }
        int end = offset + length;
        Scratch s = scratch.get();
        int pos = offset;
        int count = 0;
        boolean frames = false;
        while (pos < end) {
            byte b = data[pos];
            if (b == '\r' || b == '\n') {
                pos++;
                continue;
            }
            pos = frame(data, offset, pos, end, s, sink);
            count += s.records;
            frames = true;
        }
        if (!frames) {
            throw new CodecException(ID, length, "a frame starting with '##'", "end of input");
        }
        return count;
    }

    /** Decodes the frame at {@code pos}; returns the position after it. */
    private int frame(byte[] data, int base, int pos, int end, Scratch s, ObservationSink sink) {
        if (end - pos < 6) {
            throw new CodecException(
                    ID, pos - base, "'##' and 4 digits of data length", CodecException.describe(data, pos, end));
        }
        if (data[pos] != '#' || data[pos + 1] != '#') {
            throw new CodecException(ID, pos - base, "'##' (frame start)", CodecException.describe(data, pos, end));
        }
        long declared = Ascii.parseDigits(data, pos + 2, 4);
        if (declared < 0) {
            throw new CodecException(
                    ID, pos + 2 - base, "4 decimal digits of data length", CodecException.describe(data, pos + 2, end));
        }
        int ds = pos + 6;
        int de = ds + (int) declared;
        if (de + 4 > end) {
            throw new CodecException(
                    ID,
                    end - base,
                    declared + " bytes of data segment and 4 hex digits of CRC (frame at byte " + (pos - base) + ")",
                    "end of input");
        }
        long crc = Ascii.parseHex(data, de, 4);
        if (crc < 0) {
            throw new CodecException(ID, de - base, "4 hex digits of CRC", CodecException.describe(data, de, end));
        }
        int computed = Hj212Crc.compute(data, ds, (int) declared);
        if (computed != crc) {
            throw new CodecException(
                    ID,
                    de - base,
                    String.format("CRC %04x of the data segment", computed),
                    CodecException.describe(data, de, de + 4));
        }
        int next = de + 4;
        if (next + 1 < end && data[next] == '\r' && data[next + 1] == '\n') {
            next += 2;
        } else if (next < end && data[next] != '#' && data[next] != '\r' && data[next] != '\n') {
            throw new CodecException(ID, next - base, "CRLF after the CRC", CodecException.describe(data, next, end));
        }
        header(data, base, ds, de, s);
        s.records = values(data, base, s, sink);
        return next;
    }

    /** Reads the header fields QN...Flag and finds CP; throws on anything malformed. */
    private static void header(byte[] data, int base, int ds, int de, Scratch s) {
        s.mnStart = -1;
        s.cpStart = -1;
        boolean st = false;
        boolean cn = false;
        int p = ds;
        while (p < de) {
            int eq = Ascii.indexOf(data, p, de, (byte) '=');
            if (eq < 0) {
                throw new CodecException(ID, p - base, "a 'KEY=value' field", CodecException.describe(data, p, de));
            }
            int keyLength = eq - p;
            if (Ascii.equals(data, p, keyLength, "CP")) {
                if (eq + 2 >= de || data[eq + 1] != '&' || data[eq + 2] != '&') {
                    throw new CodecException(
                            ID, eq + 1 - base, "'&&' opening CP", CodecException.describe(data, eq + 1, de));
                }
                if (de - (eq + 3) < 2 || data[de - 2] != '&' || data[de - 1] != '&') {
                    throw new CodecException(
                            ID,
                            de - 2 - base,
                            "'&&' closing CP at the end of the data segment",
                            CodecException.describe(data, Math.max(eq + 3, de - 2), de));
                }
                s.cpStart = eq + 3;
                s.cpEnd = de - 2;
                break;
            }
            int ve = Ascii.indexOf(data, eq + 1, de, (byte) ';');
            if (ve < 0) {
                throw new CodecException(
                        ID,
                        de - base,
                        "';' ending the " + new String(data, p, keyLength, StandardCharsets.US_ASCII)
                                + " field, then CP=&&...&&",
                        "end of data segment");
            }
            int vl = ve - (eq + 1);
            if (Ascii.equals(data, p, keyLength, "QN")) {
                if (vl != 17 || Ascii.parseDigits(data, eq + 1, 17) < 0) {
                    throw new CodecException(
                            ID,
                            eq + 1 - base,
                            "QN of 17 digits (yyyyMMddHHmmssSSS)",
                            CodecException.describe(data, eq + 1, ve));
                }
            } else if (Ascii.equals(data, p, keyLength, "ST")) {
                if (vl < 1 || vl > 5 || Ascii.parseDigits(data, eq + 1, vl) < 0) {
                    throw new CodecException(
                            ID,
                            eq + 1 - base,
                            "ST, a system code of digits",
                            CodecException.describe(data, eq + 1, ve));
                }
                st = true;
            } else if (Ascii.equals(data, p, keyLength, "CN")) {
                if (vl < 1 || vl > 7 || Ascii.parseDigits(data, eq + 1, vl) < 0) {
                    throw new CodecException(
                            ID,
                            eq + 1 - base,
                            "CN, a command code of digits",
                            CodecException.describe(data, eq + 1, ve));
                }
                cn = true;
            } else if (Ascii.equals(data, p, keyLength, "PW")) {
                if (vl > 9) {
                    throw new CodecException(ID, eq + 1 - base, "PW of at most 9 characters", null);
                }
            } else if (Ascii.equals(data, p, keyLength, "MN")) {
                if (vl < 1 || vl > 24) {
                    throw new CodecException(
                            ID, eq + 1 - base, "MN of 1 to 24 characters", CodecException.describe(data, eq + 1, ve));
                }
                s.mnStart = eq + 1;
                s.mnEnd = ve;
            } else if (Ascii.equals(data, p, keyLength, "Flag")
                    || Ascii.equals(data, p, keyLength, "PNUM")
                    || Ascii.equals(data, p, keyLength, "PNO")) {
                if (vl < 1 || vl > 4 || Ascii.parseDigits(data, eq + 1, vl) < 0) {
                    throw new CodecException(
                            ID, eq + 1 - base, "a decimal number", CodecException.describe(data, eq + 1, ve));
                }
            } else {
                throw new CodecException(
                        ID,
                        p - base,
                        "one of QN, ST, CN, PW, MN, Flag, PNUM, PNO, CP",
                        CodecException.describe(data, p, eq));
            }
            p = ve + 1;
        }
        if (s.cpStart < 0) {
            throw new CodecException(
                    ID, de - base, "CP=&&...&& as the last field of the data segment", "end of data segment");
        }
        if (!st || !cn || s.mnStart < 0) {
            throw new CodecException(ID, ds - base, "the fields ST, CN and MN in the data segment", null);
        }
    }

    /** Emits the value fields of CP; returns how many. */
    private int values(byte[] data, int base, Scratch s, ObservationSink sink) {
        MutableObservation r = s.record;
        s.hasTime = false;
        int count = 0;
        int gs = s.cpStart;
        int cpEnd = s.cpEnd;
        while (gs < cpEnd) {
            int ge = Ascii.indexOf(data, gs, cpEnd, (byte) ';');
            if (ge < 0) {
                ge = cpEnd;
            }
            count += group(data, base, gs, ge, s, r, sink);
            gs = ge + 1;
        }
        return count;
    }

    private int group(byte[] data, int base, int gs, int ge, Scratch s, MutableObservation r, ObservationSink sink) {
        int count = 0;
        int f = gs;
        while (f < ge) {
            int fe = Ascii.indexOf(data, f, ge, (byte) ',');
            if (fe < 0) {
                fe = ge;
            }
            int eq = Ascii.indexOf(data, f, fe, (byte) '=');
            if (eq < 0) {
                throw new CodecException(
                        ID, f - base, "a 'KEY=value' field in CP", CodecException.describe(data, f, fe));
            }
            int dash = Ascii.indexOf(data, f, eq, (byte) '-');
            if (dash < 0) {
                if (Ascii.equals(data, f, eq - f, "DataTime")) {
                    s.epochSecond = time(data, base, eq + 1, fe);
                    s.hasTime = true;
                }
                // Other plain fields (BeginTime, QnRtn, RtdInterval, ...) carry no values.
            } else {
                Statistic statistic = null;
                boolean converted = false;
                int ts = dash + 1;
                int tl = eq - ts;
                if (tl > 2 && data[ts] == 'Z' && data[ts + 1] == 's') {
                    converted = true;
                    ts += 2;
                    tl -= 2;
                }
                if (Ascii.equals(data, ts, tl, "Rtd") || Ascii.equals(data, ts, tl, "Data")) {
                    statistic = Statistic.SAMPLE;
                } else if (Ascii.equals(data, ts, tl, "Avg")) {
                    statistic = Statistic.AVERAGE;
                } else if (Ascii.equals(data, ts, tl, "Min")) {
                    statistic = Statistic.MINIMUM;
                } else if (Ascii.equals(data, ts, tl, "Max")) {
                    statistic = Statistic.MAXIMUM;
                } else if (Ascii.equals(data, ts, tl, "Cou")) {
                    statistic = Statistic.TOTAL;
                }
                if (statistic != null) {
                    if (!s.hasTime) {
                        throw new CodecException(ID, f - base, "DataTime before the first value in CP", null);
                    }
                    double value = Ascii.parseDouble(data, eq + 1, fe - eq - 1);
                    if (Double.isNaN(value)) {
                        throw new CodecException(
                                ID, eq + 1 - base, "a decimal number", CodecException.describe(data, eq + 1, fe));
                    }
                    r.clear();
                    r.sourceAscii(data, s.mnStart, s.mnEnd - s.mnStart);
                    r.nameAscii(data, f, dash - f);
                    String unit = unit(data, f, dash - f);
                    if (converted) {
                        r.nameBuffer().append("-Zs");
                    }
                    r.unit(unit);
                    r.number(value);
                    r.statistic(statistic);
                    r.time(s.epochSecond, 0);
                    flag(data, base, gs, ge, f, dash - f, r);
                    sink.accept(r);
                    count++;
                }
                // Flag, EFlag, SampleTime, Info and other descriptive fields are read through flag().
            }
            f = fe + 1;
        }
        return count;
    }

    /** Finds CODE-Flag in the group and sets the status; N when absent. */
    private static void flag(byte[] data, int base, int gs, int ge, int code, int codeLength, MutableObservation r) {
        int f = gs;
        while (f < ge) {
            int fe = Ascii.indexOf(data, f, ge, (byte) ',');
            if (fe < 0) {
                fe = ge;
            }
            if (fe - f > codeLength + 6
                    && data[f + codeLength] == '-'
                    && Ascii.equals(data, f + codeLength + 1, 5, "Flag=")
                    && regionEquals(data, f, code, codeLength)) {
                int v = f + codeLength + 6;
                if (fe - v != 1) {
                    throw new CodecException(
                            ID,
                            v - base,
                            "a one-letter flag (N, F, M, S, D, C, T, B)",
                            CodecException.describe(data, v, fe));
                }
                r.status(status(data[v]), data, v, 1);
                return;
            }
            f = fe + 1;
        }
        r.status(Status.NORMAL);
    }

    private static boolean regionEquals(byte[] data, int a, int b, int length) {
        for (int i = 0; i < length; i++) {
            if (data[a + i] != data[b + i]) {
                return false;
            }
        }
        return true;
    }

    static Status status(byte flag) {
        switch (flag) {
            case 'N':
                return Status.NORMAL;
            case 'F':
                return Status.STOPPED;
            case 'M':
                return Status.MAINTENANCE;
            case 'S':
                return Status.MANUAL;
            case 'D':
                return Status.FAULT;
            case 'C':
                return Status.CALIBRATING;
            case 'T':
                return Status.OUT_OF_RANGE;
            case 'B':
                return Status.COMMUNICATION_ERROR;
            default:
                return Status.UNKNOWN;
        }
    }

    static char flagOf(Status status) {
        switch (status) {
            case NORMAL:
                return 'N';
            case STOPPED:
                return 'F';
            case MAINTENANCE:
                return 'M';
            case MANUAL:
                return 'S';
            case FAULT:
                return 'D';
            case CALIBRATING:
                return 'C';
            case OUT_OF_RANGE:
                return 'T';
            case COMMUNICATION_ERROR:
                return 'B';
            default:
                return '?';
        }
    }

    private long time(byte[] data, int base, int vs, int ve) {
        long y = ve - vs == 14 ? Ascii.parseDigits(data, vs, 4) : -1;
        long mo = Ascii.parseDigits(data, vs + 4, 2);
        long d = Ascii.parseDigits(data, vs + 6, 2);
        long h = Ascii.parseDigits(data, vs + 8, 2);
        long mi = Ascii.parseDigits(data, vs + 10, 2);
        long se = Ascii.parseDigits(data, vs + 12, 2);
        if (y < 0
                || mo < 0
                || d < 0
                || h < 0
                || mi < 0
                || se < 0
                || !CivilTime.isValid(y, (int) mo, (int) d, (int) h, (int) mi, (int) se)) {
            throw new CodecException(
                    ID, vs - base, "DataTime as yyyyMMddHHmmss", CodecException.describe(data, vs, ve));
        }
        return CivilTime.epochSecond(y, (int) mo, (int) d, (int) h, (int) mi, (int) se, offsetSeconds);
    }

    private @Nullable String unit(byte[] data, int code, int length) {
        if (length != 6) {
            return null;
        }
        long key = unitKey(data, code);
        if (key < 0) {
            return null;
        }
        int i = Arrays.binarySearch(unitKeys, key);
        return i >= 0 ? unitValues[i] : null;
    }

    private static long unitKey(byte[] data, int code) {
        int letter = data[code];
        long digits = Ascii.parseDigits(data, code + 1, 5);
        if (letter < 'a' || letter > 'z' || digits < 0) {
            return -1;
        }
        return ((long) letter << 24) | digits;
    }

    private static long unitKey(String code) {
        byte[] b = code.getBytes(StandardCharsets.US_ASCII);
        return b.length == 6 ? unitKey(b, 0) : -1;
    }

    @Override
    public boolean canEncode() {
        return true;
    }

    /**
     * Encodes records as data frames: one frame per source and time, {@code CN=2011} when all its
     * records are samples and the configured aggregate command ({@code 2061}) otherwise. Values are
     * converted to the unit this codec gives their code when their unit differs and can be
     * converted. The names must be pollutant codes; {@code CODE-Zs} writes converted values.
     *
     * @param records the records
     * @return the frames, each ending in CRLF
     * @throws CodecException naming the record that cannot be expressed
     */
    @Override
    public byte[] encode(List<Observation> records) {
        Map<String, List<Observation>> frames = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Observation o = records.get(i);
            check(o, i);
            frames.computeIfAbsent(o.source() + "\u0000" + o.time().getEpochSecond(), k -> new ArrayList<>())
                    .add(o);
        }
        StringBuilder out = new StringBuilder();
        for (List<Observation> frame : frames.values()) {
            out.append(frame(frame));
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void check(Observation o, int index) {
        if (!(o.value() instanceof Value.Number n) || !Double.isFinite(n.value())) {
            throw new CodecException(
                    ID, -1, "a finite number in record " + index + " (" + o.name() + ")", String.valueOf(o.value()));
        }
        if (o.source().isEmpty() || o.source().length() > 24) {
            throw new CodecException(
                    ID, -1, "a source (MN) of 1 to 24 characters in record " + index, "'" + o.source() + "'");
        }
        String code = code(o.name());
        if (code.isEmpty() || !code.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128)) {
            throw new CodecException(
                    ID,
                    -1,
                    "a pollutant code (letters and digits) as the name of record " + index,
                    "'" + o.name() + "'");
        }
        if (flagOf(o.status()) == '?' && (o.rawStatus() == null || o.rawStatus().length() != 1)) {
            throw new CodecException(
                    ID,
                    -1,
                    "a status with an HJ 212 flag in record " + index,
                    o.status().name());
        }
        if (o.time().getNano() != 0) {
            throw new CodecException(
                    ID,
                    -1,
                    "a time in whole seconds in record " + index,
                    o.time().toString());
        }
    }

    private static String code(String name) {
        return name.endsWith("-Zs") ? name.substring(0, name.length() - 3) : name;
    }

    private String frame(List<Observation> records) {
        Observation first = records.get(0);
        boolean samples = records.stream().allMatch(o -> o.statistic() == Statistic.SAMPLE);
        LocalDateTime local =
                LocalDateTime.ofEpochSecond(first.time().getEpochSecond(), 0, ZoneOffset.ofTotalSeconds(offsetSeconds));
        String qn = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.ofTotalSeconds(offsetSeconds))
                .format(QN_TIME);
        StringBuilder cp = new StringBuilder("DataTime=").append(local.format(DATA_TIME));
        Map<String, List<Observation>> byName = new LinkedHashMap<>();
        for (Observation o : records) {
            byName.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(o);
        }
        for (Map.Entry<String, List<Observation>> group : byName.entrySet()) {
            String name = group.getKey();
            String code = code(name);
            String zs = name.endsWith("-Zs") ? "Zs" : "";
            cp.append(';');
            Observation flagSource = group.getValue().get(0);
            for (Observation o : group.getValue()) {
                cp.append(code)
                        .append('-')
                        .append(zs)
                        .append(field(o.statistic()))
                        .append('=')
                        .append(number(value(o, code)))
                        .append(',');
            }
            char flag = flagOf(flagSource.status());
            String raw = flagSource.rawStatus();
            cp.append(code).append("-Flag=").append(flag == '?' && raw != null ? raw : String.valueOf(flag));
        }
        String segment = "QN=" + qn + ";ST=" + systemCode + ";CN=" + (samples ? "2011" : aggregateCommand) + ";PW="
                + password + ";MN=" + first.source() + ";Flag=4;CP=&&" + cp + "&&";
        return Hj212Packet.frame(segment);
    }

    private double value(Observation o, String code) {
        double v = o.number();
        String target = units.get(code);
        if (o.unit() == null || target == null || o.unit().equals(target)) {
            return v;
        }
        double converted = Units.convert(v, o.unit(), target, Double.NaN);
        if (Double.isNaN(converted)) {
            throw new CodecException(ID, -1, "a value in " + target + " for " + code, o.unit());
        }
        return converted;
    }

    private static String field(Statistic statistic) {
        switch (statistic) {
            case AVERAGE:
                return "Avg";
            case MINIMUM:
                return "Min";
            case MAXIMUM:
                return "Max";
            case TOTAL:
                return "Cou";
            default:
                return "Rtd";
        }
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).toPlainString();
    }

    private static Map<String, String> loadUnits() {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = Hj212Codec.class.getResourceAsStream("units.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource units.csv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(";", -1);
                    map.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read units.csv", e);
        }
        return map;
    }

    /** Settings of a {@link Hj212Codec}. */
    public static final class Builder {
        private int offsetSeconds = CivilTime.VIETNAM_OFFSET_SECONDS;
        private final Map<String, String> units = new LinkedHashMap<>(STANDARD_UNITS);
        private String systemCode = "22";
        private String password = "123456";
        private String aggregateCommand = "2061";
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * The UTC offset of the stations' clocks ({@code DataTime}); UTC+7 by default.
         *
         * @param seconds the offset in seconds
         * @return this builder
         */
        public Builder offsetSeconds(int seconds) {
            this.offsetSeconds = seconds;
            return this;
        }

        /**
         * Sets the unit of a pollutant code (flue-gas stations report gases in mg/m3).
         *
         * @param code the code, such as {@code a21026}
         * @param unit the unit, such as {@code mg/m3}
         * @return this builder
         */
        public Builder unit(String code, String unit) {
            units.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(unit, "unit"));
            return this;
        }

        /**
         * The system code written by {@code encode} ({@code ST}): 22 ambient air (default), 21
         * surface water, 31 flue gas, 32 wastewater.
         *
         * @param st the code
         * @return this builder
         */
        public Builder systemCode(String st) {
            this.systemCode = Objects.requireNonNull(st, "st");
            return this;
        }

        /**
         * The access password written by {@code encode} ({@code PW}).
         *
         * @param pw at most 9 characters
         * @return this builder
         */
        public Builder password(String pw) {
            this.password = Objects.requireNonNull(pw, "pw");
            return this;
        }

        /**
         * The command {@code encode} uses for aggregates: 2051 minute, 2061 hour (default), 2031
         * day.
         *
         * @param cn the command code
         * @return this builder
         */
        public Builder aggregateCommand(String cn) {
            this.aggregateCommand = Objects.requireNonNull(cn, "cn");
            return this;
        }

        /**
         * The clock for the request numbers ({@code QN}) that {@code encode} writes.
         *
         * @param c the clock
         * @return this builder
         */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return the codec
         */
        public Hj212Codec build() {
            return new Hj212Codec(this);
        }
    }
}
