package vn.example.quangninh.smartcity.qn1;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.smartcity.iot.Ascii;
import vn.smartcity.iot.CivilTime;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.MutableObservation;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.ObservationSink;
import vn.smartcity.iot.Parameter;
import vn.smartcity.iot.ParameterCatalogue;
import vn.smartcity.iot.SensorCodec;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;

/**
 * The QN1 station protocol of Vinh Xanh Instruments' data loggers. <b>Made up</b>: neither the
 * vendor nor the protocol exists; they show how a province adds a vendor's format to the SDK.
 *
 * <p><b>Lines.</b> A station sends one line per reading, ending in CR LF or LF (the last may have
 * no end; blank lines are skipped). Fields are separated by {@code ';'}, in this order:
 *
 * <pre>
 * QN1;ST=QN-HL-01;T=20251120T0800;K=R;PM25=35.2;PM10=60.1;NO2=21;CO=1.2!C;CRC=1A2B
 * </pre>
 *
 * <ul>
 *   <li>{@code QN1}: the protocol tag;
 *   <li>{@code ST=}: the station id, 1 to {@value #MAX_STATION_LENGTH} characters of {@code A-Z
 *       a-z 0-9 - _ .}; it becomes each record's {@linkplain Observation#source() source};
 *   <li>{@code T=}: the time, {@code yyyyMMddTHHmm} or {@code yyyyMMddTHHmmss}, Việt Nam time
 *       (UTC+7) as station clocks keep it;
 *   <li>{@code K=} (optional): {@code R} for instantaneous samples (the default) or {@code H} for
 *       the means of the hour that starts at {@code T} (which must then be on the hour); they
 *       decode as {@link Statistic#SAMPLE} and {@link Statistic#AVERAGE};
 *   <li>1 to {@value #MAX_MEASUREMENTS} measurements {@code CODE=value}, each code at most once: a
 *       decimal number (optional {@code '-'}, at most 15 digits, no exponent), optionally followed
 *       by {@code '!'} and a status letter;
 *   <li>{@code CRC=}: four hex digits, the {@linkplain Qn1Crc CRC-16/CCITT-FALSE} of every byte of
 *       the line from {@code Q} up to and including the {@code ';'} before {@code CRC=}.
 * </ul>
 *
 * <p><b>Records.</b> Each measurement becomes one record named after the SDK's canonical
 * {@linkplain ParameterCatalogue parameter}, in its canonical unit, so {@link
 * vn.smartcity.iot.aqi.AirQualityAggregator} and NGSI-LD export need no alias:
 *
 * <table>
 *   <caption>QN1 codes</caption>
 *   <tr><th>code</th><th>QN1 unit</th><th>record name</th><th>record unit</th></tr>
 *   <tr><td>PM25, PM10, TSP</td><td>µg/m³</td><td>pm2.5, pm10, tsp</td><td>ug/m3</td></tr>
 *   <tr><td>SO2, NO2, O3</td><td>µg/m³</td><td>so2, no2, o3</td><td>ug/m3</td></tr>
 *   <tr><td>CO</td><td>mg/m³</td><td>co</td><td>ug/m3 (× 1000)</td></tr>
 *   <tr><td>TEMP</td><td>°C</td><td>temperature</td><td>Cel</td></tr>
 *   <tr><td>RH</td><td>%</td><td>humidity</td><td>%</td></tr>
 *   <tr><td>P</td><td>hPa</td><td>pressure</td><td>kPa (÷ 10)</td></tr>
 *   <tr><td>WS</td><td>m/s</td><td>wind-speed</td><td>m/s</td></tr>
 *   <tr><td>WD</td><td>degrees</td><td>wind-direction</td><td>deg</td></tr>
 * </table>
 *
 * <p>Unit changes move the decimal point, so the record holds the double nearest to the decimal the
 * station wrote. Status letters: none {@link Status#NORMAL}, {@code C} {@link Status#CALIBRATING},
 * {@code M} {@link Status#MAINTENANCE}, {@code F} {@link Status#FAULT}, {@code O} {@link
 * Status#OUT_OF_RANGE}, {@code X} {@link Status#COMMUNICATION_ERROR}, {@code S} {@link
 * Status#STOPPED}, {@code H} (hand-entered) {@link Status#MANUAL}; any other letter {@link
 * Status#UNKNOWN}. The letter is kept as the {@linkplain Observation#rawStatus() raw status}.
 *
 * <p><b>Errors.</b> A line is checked whole (characters, checksum, every field) before any of its
 * records reaches the sink; a bad line raises {@link CodecException} with the byte offset of the
 * problem, what was expected there and what was found.
 *
 * <p><b>Encoding</b> writes one line per station, time and statistic, in the order they first
 * appear, each ending in CR LF. It takes any record whose name and unit the standard catalogue
 * maps to a QN1 parameter (so HJ 212 or SenML records can be re-encoded), converts it to the QN1
 * unit and writes at most 15 significant digits.
 *
 * <p>Instances are immutable and thread-safe; decoding allocates nothing per record.
 */
public final class Qn1Codec implements SensorCodec {

    /** The plugin id, the key of {@code smartcity decode --codec qn1}. */
    public static final String ID = "qn1";

    /** The most measurements one line may carry. */
    public static final int MAX_MEASUREMENTS = 32;

    /** The longest station id. */
    public static final int MAX_STATION_LENGTH = 32;

    private static final String TAG = "QN1;";
    private static final int MAX_DIGITS = 15;
    private static final byte[] EMPTY = new byte[0];
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18
    };
    private static final ParameterCatalogue CATALOGUE = ParameterCatalogue.standard();
    private static final long FIRST_SECOND = CivilTime.epochSecond(0, 1, 1, 0, 0, 0, CivilTime.VIETNAM_OFFSET_SECONDS);
    private static final long LAST_SECOND =
            CivilTime.epochSecond(9999, 12, 31, 23, 59, 59, CivilTime.VIETNAM_OFFSET_SECONDS);

    /** The QN1 codes: the canonical parameter, and the power of ten from the QN1 unit to its unit. */
    private enum Code {
        PM25("PM25", "pm2.5", 0),
        PM10("PM10", "pm10", 0),
        TSP("TSP", "tsp", 0),
        SO2("SO2", "so2", 0),
        NO2("NO2", "no2", 0),
        O3("O3", "o3", 0),
        CO("CO", "co", 3),
        TEMP("TEMP", "temperature", 0),
        RH("RH", "humidity", 0),
        P("P", "pressure", -1),
        WS("WS", "wind-speed", 0),
        WD("WD", "wind-direction", 0);

        final String code;
        final String parameter;
        final String unit;
        final int shift;

        Code(String code, String parameter, int shift) {
            this.code = code;
            this.parameter = parameter;
            this.shift = shift;
            this.unit =
                    ParameterCatalogue.standard().byId(parameter).orElseThrow().unit();
        }
    }

    private static final Code[] CODES = Code.values();
    private static final String CODE_LIST =
            Arrays.stream(CODES).map(c -> c.code).collect(Collectors.joining(", "));

    /** Per-thread decoding state: the reused record and the fields of the line being read. */
    private static final class State {
        final MutableObservation record = new MutableObservation(ID);
        final Code[] codes = new Code[MAX_MEASUREMENTS];
        final double[] values = new double[MAX_MEASUREMENTS];
        final int[] flags = new int[MAX_MEASUREMENTS];
        byte[] data = EMPTY;
        int base;
        int stationStart;
        int stationLength;
        long epochSecond;
        Statistic statistic = Statistic.SAMPLE;
        int measurements;
    }

    private final ThreadLocal<State> scratch = ThreadLocal.withInitial(State::new);

    /** Creates the codec; {@link java.util.ServiceLoader} calls this. */
    public Qn1Codec() {}

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "QN1 station lines of Vinh Xanh data loggers (made-up example of a province plugin)";
    }

    @Override
    public boolean looksLike(byte[] data, int offset, int length) {
        return offset >= 0
                && length >= TAG.length()
                && offset <= data.length - length
                && Ascii.equals(data, offset, TAG.length(), TAG);
    }

    @Override
    public int decode(byte[] data, int offset, int length, DecodeContext context, ObservationSink sink) {
        Objects.checkFromIndexSize(offset, length, data.length);
        Objects.requireNonNull(sink, "sink");
        State s = scratch.get();
        s.data = data;
        s.base = offset;
        try {
            int limit = offset + length;
            int count = 0;
            int pos = offset;
            while (pos < limit) {
                int lf = Ascii.indexOf(data, pos, limit, (byte) '\n');
                int next = lf < 0 ? limit : lf + 1;
                int end = lf < 0 ? limit : lf;
                if (end > pos && data[end - 1] == '\r') {
                    end--;
                }
                if (end > pos) {
                    line(s, pos, end);
                    count += emit(s, sink);
                }
                pos = next;
            }
            return count;
        } finally {
            s.data = EMPTY;
        }
    }

    /** Reads and checks one line, from 'Q' to the last CRC digit, into the state. */
    private static void line(State s, int start, int end) {
        byte[] d = s.data;
        if (!startsWith(d, start, end, TAG)) {
            throw error(s, start, "'QN1;' starting the line", end);
        }
        int last = start;
        for (int i = start; i < end; i++) {
            byte b = d[i];
            if (b < 0x20 || b > 0x7E) {
                throw error(s, i, "a printable ASCII character", end);
            }
            if (b == ';') {
                last = i;
            }
        }
        int crcField = last + 1;
        if (!startsWith(d, crcField, end, "CRC=")) {
            throw error(s, crcField, "'CRC=' and 4 hex digits as the last field", end);
        }
        int digits = crcField + 4;
        long found = end - digits == 4 ? Ascii.parseHex(d, digits, 4) : -1;
        if (found < 0) {
            throw error(s, digits, "4 hex digits of CRC ending the line", end);
        }
        int crc = Qn1Crc.crc16(d, start, crcField - start);
        if (found != crc) {
            throw error(s, digits, String.format("CRC %04X (CRC-16/CCITT-FALSE of the line up to 'CRC=')", crc), end);
        }

        int pos = start + TAG.length();
        int semi = fieldEnd(d, pos, last);
        if (semi < 0 || !startsWith(d, pos, semi, "ST=")) {
            throw error(s, pos, "'ST=' and the station id", end);
        }
        int station = pos + 3;
        int stationLength = semi - station;
        if (stationLength < 1 || stationLength > MAX_STATION_LENGTH) {
            throw error(s, station, "a station id of 1 to " + MAX_STATION_LENGTH + " characters", end);
        }
        for (int i = station; i < semi; i++) {
            if (!isStationChar(d[i])) {
                throw error(s, i, "a station id character (A-Z, a-z, 0-9, '-', '_', '.')", end);
            }
        }
        s.stationStart = station;
        s.stationLength = stationLength;

        pos = semi + 1;
        semi = fieldEnd(d, pos, last);
        if (semi < 0 || !startsWith(d, pos, semi, "T=")) {
            throw error(s, pos, "'T=' and the time as yyyyMMddTHHmm or yyyyMMddTHHmmss", end);
        }
        int t = pos + 2;
        int timeLength = semi - t;
        boolean shape = (timeLength == 13 || timeLength == 15) && d[t + 8] == 'T';
        long year = shape ? Ascii.parseDigits(d, t, 4) : -1;
        int month = (int) Ascii.parseDigits(d, t + 4, 2);
        int day = (int) Ascii.parseDigits(d, t + 6, 2);
        int hour = (int) Ascii.parseDigits(d, t + 9, 2);
        int minute = (int) Ascii.parseDigits(d, t + 11, 2);
        int second = timeLength == 15 ? (int) Ascii.parseDigits(d, t + 13, 2) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            throw error(s, t, "the time as yyyyMMddTHHmm or yyyyMMddTHHmmss (Việt Nam time)", semi);
        }
        if (!CivilTime.isValid(year, month, day, hour, minute, second)) {
            throw error(s, t, "a real date and time", semi);
        }
        s.epochSecond = CivilTime.epochSecond(year, month, day, hour, minute, second, CivilTime.VIETNAM_OFFSET_SECONDS);

        pos = semi + 1;
        s.statistic = Statistic.SAMPLE;
        semi = fieldEnd(d, pos, last);
        if (semi >= 0 && startsWith(d, pos, semi, "K=")) {
            byte kind = semi - pos == 3 ? d[pos + 2] : 0;
            if (kind != 'R' && kind != 'H') {
                throw error(s, pos + 2, "K=R (samples) or K=H (hourly means)", end);
            }
            if (kind == 'H') {
                if (minute != 0 || second != 0) {
                    throw error(s, t + 11, "the time on the hour (minutes and seconds 00) for hourly means", end);
                }
                s.statistic = Statistic.AVERAGE;
            }
            pos = semi + 1;
        }

        int n = 0;
        int seen = 0;
        while (pos <= last) {
            semi = fieldEnd(d, pos, last);
            int eq = Ascii.indexOf(d, pos, semi, (byte) '=');
            Code code = eq < 0 ? null : code(d, pos, eq - pos);
            if (code == null) {
                throw error(s, pos, "a measurement CODE=value with a QN1 code (" + CODE_LIST + ")", end);
            }
            int bit = 1 << code.ordinal();
            if ((seen & bit) != 0) {
                throw error(s, pos, "each parameter at most once in a line", end);
            }
            if (n == MAX_MEASUREMENTS) {
                throw error(s, pos, "at most " + MAX_MEASUREMENTS + " measurements in a line", end);
            }
            seen |= bit;
            int value = eq + 1;
            int bang = Ascii.indexOf(d, value, semi, (byte) '!');
            double number = decimal(d, value, (bang < 0 ? semi : bang) - value, code.shift);
            if (Double.isNaN(number)) {
                throw error(s, value, "a decimal number of at most 15 digits, such as 35.2 or -1.5", end);
            }
            int flag = -1;
            if (bang >= 0) {
                if (semi - bang != 2 || d[bang + 1] < 'A' || d[bang + 1] > 'Z') {
                    throw error(s, bang + 1, "one status letter after '!' (C, M, F, O, X, S, H)", end);
                }
                flag = bang + 1;
            }
            s.codes[n] = code;
            s.values[n] = number;
            s.flags[n] = flag;
            n++;
            pos = semi + 1;
        }
        if (n == 0) {
            throw error(s, crcField, "at least one measurement CODE=value before CRC", end);
        }
        s.measurements = n;
    }

    private static int emit(State s, ObservationSink sink) {
        MutableObservation r = s.record;
        for (int i = 0; i < s.measurements; i++) {
            Code code = s.codes[i];
            r.clear();
            r.sourceAscii(s.data, s.stationStart, s.stationLength);
            r.name(code.parameter);
            r.unit(code.unit);
            r.number(s.values[i]);
            r.time(s.epochSecond, 0);
            r.statistic(s.statistic);
            int flag = s.flags[i];
            if (flag < 0) {
                r.status(Status.NORMAL);
            } else {
                r.status(status(s.data[flag]), s.data, flag, 1);
            }
            sink.accept(r);
        }
        return s.measurements;
    }

    /** The index of the ';' ending the field at {@code pos}, or -1 if only the CRC field is left. */
    private static int fieldEnd(byte[] d, int pos, int last) {
        return pos > last ? -1 : Ascii.indexOf(d, pos, last + 1, (byte) ';');
    }

    private static boolean startsWith(byte[] d, int pos, int end, String text) {
        return end - pos >= text.length() && Ascii.equals(d, pos, text.length(), text);
    }

    private static boolean isStationChar(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '_'
                || c == '.';
    }

    private static @Nullable Code code(byte[] d, int pos, int length) {
        for (Code c : CODES) {
            if (Ascii.equals(d, pos, length, c.code)) {
                return c;
            }
        }
        return null;
    }

    /**
     * A decimal number times {@code 10^shift}: optional '-', 1 to 15 digits with an optional '.'
     * that has digits on both sides. Mantissa and power of ten are exact, so the one division or
     * multiplication rounds correctly.
     */
    private static double decimal(byte[] d, int offset, int length, int shift) {
        int i = offset;
        int end = offset + length;
        boolean negative = i < end && d[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int integerDigits = 0;
        int decimals = 0;
        boolean point = false;
        for (; i < end; i++) {
            int c = d[i];
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_DIGITS) {
                    return Double.NaN;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (point) {
                    decimals++;
                } else {
                    integerDigits++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return Double.NaN;
            }
        }
        if (integerDigits == 0 || (point && decimals == 0)) {
            return Double.NaN;
        }
        int exponent = shift - decimals;
        double value = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        return negative ? 0.0 - value : value;
    }

    private static Status status(byte flag) {
        switch (flag) {
            case 'C':
                return Status.CALIBRATING;
            case 'M':
                return Status.MAINTENANCE;
            case 'F':
                return Status.FAULT;
            case 'O':
                return Status.OUT_OF_RANGE;
            case 'X':
                return Status.COMMUNICATION_ERROR;
            case 'S':
                return Status.STOPPED;
            case 'H':
                return Status.MANUAL;
            default:
                return Status.UNKNOWN;
        }
    }

    private static CodecException error(State s, int pos, String expected, int end) {
        String found = pos >= end ? "end of line" : CodecException.describe(s.data, pos, end);
        return new CodecException(ID, pos - s.base, expected, found);
    }

    // ---- encoding -----------------------------------------------------------------------------

    @Override
    public boolean canEncode() {
        return true;
    }

    /** The records of one line: one station, one time, one statistic. */
    private record LineKey(String station, long epochSecond, Statistic statistic) {}

    /** The measurements of one line, and which codes it has. */
    private static final class Line {
        final StringBuilder fields = new StringBuilder();
        int seen;
        int count;
    }

    /**
     * Writes QN1 lines, one per station, time and statistic, each ending in CR LF.
     *
     * @param records records named and measured as the class documentation describes (any name and
     *     unit the standard catalogue maps to a QN1 parameter)
     * @return the lines in ASCII
     * @throws CodecException naming the record's index if a record has another parameter, a unit
     *     that does not convert, a value that is not a finite number of at most 15 integer digits, a
     *     sum, a statistic other than sample or hourly average, a status without a QN1 letter, a
     *     source that is not a station id, a time with a fraction of a second, or repeats a
     *     parameter of its line
     */
    @Override
    public byte[] encode(List<Observation> records) {
        Map<LineKey, Line> lines = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Observation o = Objects.requireNonNull(records.get(i), "record");
            Code code = code(o, i);
            String value = value(o, code, i);
            String flag = flag(o, i);
            LineKey key = new LineKey(station(o, i), time(o, i), o.statistic());
            Line line = lines.computeIfAbsent(key, k -> new Line());
            int bit = 1 << code.ordinal();
            if ((line.seen & bit) != 0) {
                throw refuse(i, "a second " + code.parameter + " record for " + key.station() + " at " + o.time());
            }
            if (line.count == MAX_MEASUREMENTS) {
                throw refuse(i, "more than " + MAX_MEASUREMENTS + " records for one line");
            }
            line.seen |= bit;
            line.count++;
            line.fields.append(code.code).append('=').append(value).append(flag).append(';');
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<LineKey, Line> e : lines.entrySet()) {
            LineKey key = e.getKey();
            String body = TAG + "ST=" + key.station() + ";T=" + formatTime(key.epochSecond())
                    + (key.statistic() == Statistic.AVERAGE ? ";K=H;" : ";") + e.getValue().fields;
            byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
            out.append(body)
                    .append("CRC=")
                    .append(String.format("%04X", Qn1Crc.crc16(bytes, 0, bytes.length)))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static CodecException refuse(int index, String reason) {
        return new CodecException(ID, -1, "records a QN1 line can carry", "record " + index + ": " + reason);
    }

    private static Code code(Observation o, int i) {
        Optional<Parameter> parameter = CATALOGUE.find(o.name());
        if (parameter.isPresent()) {
            for (Code c : CODES) {
                if (c.parameter.equals(parameter.get().id())) {
                    return c;
                }
            }
        }
        throw refuse(
                i,
                "name '" + o.name() + "' is not a QN1 parameter ("
                        + Arrays.stream(CODES).map(c -> c.parameter).collect(Collectors.joining(", ")) + ")");
    }

    private static String value(Observation o, Code code, int i) {
        if (!(o.value() instanceof Value.Number)) {
            throw refuse(i, code.parameter + " needs a numeric value");
        }
        if (o.sum() != null) {
            throw refuse(i, "QN1 carries no sums");
        }
        double v = ((Value.Number) o.value()).value();
        Parameter parameter = CATALOGUE.byId(code.parameter).orElseThrow();
        double canonical = CATALOGUE.toCanonical(parameter, v, o.unit());
        if (!Double.isFinite(canonical)) {
            throw refuse(
                    i,
                    Double.isFinite(v)
                            ? code.parameter + " in '" + o.unit() + "' does not convert to " + code.unit
                            : code.parameter + " is " + v);
        }
        BigDecimal qn1 = BigDecimal.valueOf(canonical)
                .movePointLeft(code.shift)
                .round(new MathContext(MAX_DIGITS))
                .stripTrailingZeros();
        if (qn1.abs().compareTo(BigDecimal.TEN.pow(MAX_DIGITS)) >= 0) {
            throw refuse(i, code.parameter + " " + v + " has more than " + MAX_DIGITS + " integer digits in QN1 units");
        }
        return qn1.signum() == 0 ? "0" : qn1.toPlainString();
    }

    private static String flag(Observation o, int i) {
        switch (o.status()) {
            case NORMAL:
                return "";
            case CALIBRATING:
                return "!C";
            case MAINTENANCE:
                return "!M";
            case FAULT:
                return "!F";
            case OUT_OF_RANGE:
                return "!O";
            case COMMUNICATION_ERROR:
                return "!X";
            case STOPPED:
                return "!S";
            case MANUAL:
                return "!H";
            default:
                String raw = o.rawStatus();
                if (raw != null && raw.length() == 1 && raw.charAt(0) >= 'A' && raw.charAt(0) <= 'Z') {
                    return "!" + raw;
                }
                throw refuse(i, "status " + o.status() + " without a one-letter raw status has no QN1 flag");
        }
    }

    private static String station(Observation o, int i) {
        String station = o.source();
        boolean valid = !station.isEmpty() && station.length() <= MAX_STATION_LENGTH;
        for (int k = 0; valid && k < station.length(); k++) {
            valid = isStationChar(station.charAt(k));
        }
        if (!valid) {
            throw refuse(
                    i,
                    "source '" + station + "' is not a station id (1 to " + MAX_STATION_LENGTH
                            + " of A-Z a-z 0-9 - _ .)");
        }
        return station;
    }

    private static long time(Observation o, int i) {
        if (o.time().getNano() != 0) {
            throw refuse(i, "QN1 times are whole seconds, not " + o.time());
        }
        long second = o.time().getEpochSecond();
        if (second < FIRST_SECOND || second > LAST_SECOND) {
            throw refuse(i, "the time " + o.time() + " is outside the years 0000 to 9999 of yyyyMMdd");
        }
        if (o.statistic() == Statistic.AVERAGE) {
            if (Math.floorMod(second, 3600) != 0) {
                throw refuse(i, "an hourly mean must start on the hour, not at " + o.time());
            }
        } else if (o.statistic() != Statistic.SAMPLE) {
            throw refuse(i, "QN1 carries samples and hourly means, not " + o.statistic());
        }
        return second;
    }

    private static String formatTime(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(
                epochSecond, 0, ZoneOffset.ofTotalSeconds(CivilTime.VIETNAM_OFFSET_SECONDS));
        String minutes = String.format(
                "%04d%02d%02dT%02d%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute());
        return t.getSecond() == 0 ? minutes : minutes + String.format("%02d", t.getSecond());
    }
}
