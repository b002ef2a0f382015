package vn.smartcity.iot.tt10;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
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
import vn.smartcity.iot.Value;

/**
 * Station files of automatic, continuous environmental monitoring under Circular
 * 10/2021/TT-BTNMT (Article 39, Appendix 15): what a station's data logger uploads by FTP to the
 * provincial Department of Natural Resources and Environment every few minutes.
 *
 * <p><b>Layout.</b> One line per parameter, five fields separated by TAB (shown as &rarr;):
 *
 * <pre>
 * PM2,5 &rarr; 25.4 &rarr; ug/m3 &rarr; 20210817090000 &rarr; 00
 * COD   &rarr; 12.5 &rarr; mg/L  &rarr; 20210817090000 &rarr; 01
 * </pre>
 *
 * <ol>
 *   <li>the parameter symbol of Appendix 15 Table 34 ({@code pH}, {@code TSS}, {@code COD}, {@code
 *       NH4}, {@code Flow}, {@code Temp}, {@code SO2}, {@code PM2,5}...), kept as the record's
 *       {@linkplain Observation#name() name};
 *   <li>the value, a decimal number with a point; empty or dashes ({@code ---}) where a logger had
 *       no value (some write that with status 02), read as NaN. A decimal comma is refused unless {@link
 *       Builder#acceptDecimalComma(boolean)}: the loggers whose code is public write a point, and
 *       the comma is the separator inside symbols such as {@code PM2,5};
 *   <li>the unit as the station writes it ({@code mg/L}, {@code mg/Nm3}, {@code °C}, {@code
 *       m3/h}); empty means none;
 *   <li>the time {@code yyyyMMddHHmmss}, Viet Nam's local time (UTC+7, {@link
 *       CivilTime#VIETNAM_OFFSET_SECONDS});
 *   <li>the device status: {@code 00} measuring ({@link Status#NORMAL}), {@code 01} calibrating
 *       ({@link Status#CALIBRATING}), {@code 02} device error ({@link Status#FAULT}); other two-digit
 *       codes (some loggers write {@code 03} for maintenance) give {@link Status#UNKNOWN}. The code
 *       is kept as the raw status.
 * </ol>
 *
 * <p>Some loggers write all parameters on one line, the groups of five fields one after another
 * separated by tabs as well; such a line is read as one record per group. Text is UTF-8 (symbols and units may carry {@code µ}, {@code °}, Vietnamese letters). The
 * decoder tolerates a UTF-8 byte order mark, CR LF or LF line ends, a last line without an end and
 * blank lines at the end; it is strict on everything else (a blank line between parameters, a
 * field too many or too few, a space around a number) and reports the line and byte offset.
 *
 * <p><b>File name.</b> When {@link DecodeContext#sourceName()} is a {@code .txt} file name, it
 * must follow {@link Tt10FileName} and the records' {@linkplain Observation#source() source} is its
 * station part; other labels (such as {@code stdin}) leave the source empty. The name's time is
 * when the file was made, the lines' times when each value was measured: loggers write the same
 * time in both or measure shortly before, so they are not compared unless {@link
 * Builder#maxNameTimeLag(Duration)} asks for every line to lie within that lag before the name's
 * time.
 *
 * <p><b>Encoding</b> writes one line per record, the value in its shortest exact decimal form with a
 * point (NaN as an empty field), lines ending in CR LF, UTF-8 without a byte order mark; {@link
 * #fileNameFor(String, String, List)} names the file. Instances are immutable and thread-safe.
 */
public final class Tt10Codec implements SensorCodec {

    /** The plugin id. */
    public static final String ID = "vn-tt10";

    private static final ZoneOffset VIETNAM = ZoneOffset.ofTotalSeconds(CivilTime.VIETNAM_OFFSET_SECONDS);
    private static final String FIELDS = "symbol, value, unit, time and status separated by 4 tabs";

    /** Per-thread state: the reused record, text buffers and the last file name seen. */
    private static final class State {
        final MutableObservation record = new MutableObservation(ID);
        final StringBuilder text = new StringBuilder(32);
        byte[] number = new byte[32];

        @Nullable
        String lastSourceName;

        String station = "";
        long nameSecond;
        boolean named;
    }

    private final boolean decimalComma;
    private final @Nullable Duration maxLag;
    private final ThreadLocal<State> scratch = ThreadLocal.withInitial(State::new);

    /** Creates the codec with the defaults: decimal point only, file name time not compared. */
    public Tt10Codec() {
        this(false, null);
    }

    private Tt10Codec(boolean decimalComma, @Nullable Duration maxLag) {
        this.decimalComma = decimalComma;
        this.maxLag = maxLag;
    }

    /**
     * A builder for a configured codec.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures a {@link Tt10Codec}. */
    public static final class Builder {
        private boolean decimalComma;
        private @Nullable Duration maxLag;

        private Builder() {}

        /**
         * Whether a value may use a comma as its decimal separator ({@code 12,5}), as software
         * formatting numbers in the Vietnamese locale writes them.
         *
         * @param accept {@code true} to accept a comma
         * @return this builder
         */
        public Builder acceptDecimalComma(boolean accept) {
            this.decimalComma = accept;
            return this;
        }

        /**
         * Requires every line's time to lie between the file name's time minus {@code lag} and the
         * file name's time, when a file name is given.
         *
         * @param lag the longest time a value may be measured before the file is made, or {@code
         *     null} not to compare
         * @return this builder
         * @throws IllegalArgumentException if the lag is negative
         */
        public Builder maxNameTimeLag(@Nullable Duration lag) {
            if (lag != null && lag.isNegative()) {
                throw new IllegalArgumentException("negative lag " + lag);
            }
            this.maxLag = lag;
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return an immutable codec
         */
        public Tt10Codec build() {
            return new Tt10Codec(decimalComma, maxLag);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Circular 10/2021/TT-BTNMT monitoring station files (tab-separated, UTC+7)";
    }

    @Override
    public boolean looksLike(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            return false;
        }
        int pos = offset;
        int end = offset + Math.min(length, 1024);
        if (hasBom(data, pos, end)) {
            pos += 3;
        }
        int tabs = 0;
        int fieldStart = pos;
        int timeStart = -1;
        for (int i = pos; i <= end; i++) {
            boolean lineEnd = i == end || data[i] == '\n' || data[i] == '\r';
            if (!lineEnd && data[i] != '\t') {
                continue;
            }
            if (tabs == 4) {
                // The first group's status: two digits, then the line's end or the next group.
                return i - fieldStart == 2 && Ascii.parseDigits(data, fieldStart, 2) >= 0;
            }
            if (lineEnd) {
                return false;
            }
            tabs++;
            if (tabs == 3) {
                timeStart = i + 1;
            } else if (tabs == 4 && (i - timeStart != 14 || Ascii.parseDigits(data, timeStart, 14) < 0)) {
                return false;
            }
            fieldStart = i + 1;
        }
        return false;
    }

    private static boolean hasBom(byte[] d, int pos, int end) {
        return end - pos >= 3 && d[pos] == (byte) 0xEF && d[pos + 1] == (byte) 0xBB && d[pos + 2] == (byte) 0xBF;
    }

    @Override
    public int decode(byte[] data, int offset, int length, DecodeContext context, ObservationSink sink) {
        Objects.checkFromIndexSize(offset, length, data.length);
        State s = scratch.get();
        name(s, context.sourceName());
        int end = offset + length;
        int pos = offset;
        if (hasBom(data, pos, end)) {
            pos += 3;
        }
        int count = 0;
        int line = 0;
        int blank = -1;
        while (pos < end) {
            line++;
            int lf = Ascii.indexOf(data, pos, end, (byte) '\n');
            int next = lf < 0 ? end : lf + 1;
            int stop = lf < 0 ? end : lf;
            if (stop > pos && data[stop - 1] == '\r') {
                stop--;
            }
            if (stop == pos) {
                if (blank < 0) {
                    blank = pos;
                }
            } else {
                if (blank >= 0) {
                    throw new CodecException(
                            ID,
                            blank - offset,
                            "line " + (line - 1) + ": a parameter line (blank lines only at the end)",
                            "a blank line");
                }
                count += line(s, data, offset, pos, stop, line, sink);
            }
            pos = next;
        }
        return count;
    }

    /** Resolves the station from the source name, once per distinct name on this thread. */
    private static void name(State s, @Nullable String sourceName) {
        if (sourceName == s.lastSourceName) {
            return;
        }
        s.station = "";
        s.named = false;
        if (sourceName != null) {
            String base = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
            if (base.length() >= 4 && base.regionMatches(true, base.length() - 4, ".txt", 0, 4)) {
                Tt10FileName name;
                try {
                    name = Tt10FileName.parse(base);
                } catch (IllegalArgumentException e) {
                    s.lastSourceName = null;
                    throw new CodecException(
                            ID, -1, "a file name <TinhCode>_<CoSo>_<Tram>_<yyyyMMddHHmmss>.txt", "'" + base + "'", e);
                }
                s.station = name.station();
                s.nameSecond = name.instant().getEpochSecond();
                s.named = true;
            }
        }
        s.lastSourceName = sourceName;
    }

    private CodecException error(byte[] d, int base, int pos, int limit, int line, String expected) {
        return new CodecException(
                ID, pos - base, "line " + line + ": " + expected, CodecException.describe(d, pos, limit));
    }

    /** One line: a group of five fields, or several groups one after another; the records sent. */
    private int line(State s, byte[] d, int base, int start, int stop, int line, ObservationSink sink) {
        int records = 0;
        int from = start;
        while (true) {
            int next = group(s, d, base, from, stop, line, sink);
            records++;
            if (next == stop) {
                return records;
            }
            from = next + 1;
            if (from == stop) {
                throw error(d, base, from, stop, line, "another group of " + FIELDS + " after the tab");
            }
        }
    }

    /** One group of five fields from {@code start}; returns where its status ends (a tab or the line end). */
    private int group(State s, byte[] d, int base, int start, int stop, int line, ObservationSink sink) {
        int t1 = Ascii.indexOf(d, start, stop, (byte) '\t');
        int t2 = t1 < 0 ? -1 : Ascii.indexOf(d, t1 + 1, stop, (byte) '\t');
        int t3 = t2 < 0 ? -1 : Ascii.indexOf(d, t2 + 1, stop, (byte) '\t');
        int t4 = t3 < 0 ? -1 : Ascii.indexOf(d, t3 + 1, stop, (byte) '\t');
        if (t4 < 0) {
            throw error(d, base, stop, stop, line, FIELDS);
        }
        int st = t4 + 1;
        int statusEnd = Ascii.indexOf(d, st, stop, (byte) '\t');
        if (statusEnd < 0) {
            statusEnd = stop;
        }
        MutableObservation r = s.record;
        r.clear();
        r.source(s.station);
        // 1. Symbol.
        if (t1 == start) {
            throw error(d, base, start, stop, line, "a parameter symbol");
        }
        r.name(utf8(s, d, base, start, t1, line, "symbol"));
        // 2. Value.
        r.number(value(s, d, base, t1 + 1, t2, line));
        // 3. Unit.
        if (t3 > t2 + 1) {
            r.unit(utf8(s, d, base, t2 + 1, t3, line, "unit"));
        }
        // 4. Time, local time of Viet Nam.
        int ts = t3 + 1;
        long second = t4 - ts == 14 ? time(d, ts) : Long.MIN_VALUE;
        if (second == Long.MIN_VALUE) {
            throw error(d, base, ts, t4, line, "a time yyyyMMddHHmmss");
        }
        if (s.named && maxLag != null && (second > s.nameSecond || s.nameSecond - second > maxLag.getSeconds())) {
            throw error(d, base, ts, t4, line, "a time at most " + maxLag + " before the file name's time");
        }
        r.time(second, 0);
        // 5. Status.
        long code = statusEnd - st == 2 ? Ascii.parseDigits(d, st, 2) : -1;
        if (code < 0) {
            throw error(d, base, st, statusEnd, line, "a status of two digits: 00 measuring, 01 calibrating, 02 error");
        }
        r.status(status((int) code), d, st, 2);
        sink.accept(r);
        return statusEnd;
    }

    private static Status status(int code) {
        switch (code) {
            case 0:
                return Status.NORMAL;
            case 1:
                return Status.CALIBRATING;
            case 2:
                return Status.FAULT;
            default:
                return Status.UNKNOWN;
        }
    }

    /** Epoch seconds of a local {@code yyyyMMddHHmmss}, or {@code Long.MIN_VALUE} if not a time. */
    private static long time(byte[] d, int from) {
        long date = Ascii.parseDigits(d, from, 8);
        long clock = Ascii.parseDigits(d, from + 8, 6);
        if (date < 0 || clock < 0) {
            return Long.MIN_VALUE;
        }
        int year = (int) (date / 10000);
        int month = (int) (date / 100 % 100);
        int day = (int) (date % 100);
        int hour = (int) (clock / 10000);
        int minute = (int) (clock / 100 % 100);
        int sec = (int) (clock % 100);
        if (!CivilTime.isValid(year, month, day, hour, minute, sec)) {
            return Long.MIN_VALUE;
        }
        return CivilTime.epochSecond(year, month, day, hour, minute, sec, CivilTime.VIETNAM_OFFSET_SECONDS);
    }

    private double value(State s, byte[] d, int base, int from, int to, int line) {
        if (dashes(d, from, to)) {
            return Double.NaN;
        }
        double v = Ascii.parseDouble(d, from, to - from);
        if (Double.isNaN(v) && decimalComma) {
            int comma = Ascii.indexOf(d, from, to, (byte) ',');
            if (comma >= 0
                    && Ascii.indexOf(d, comma + 1, to, (byte) ',') < 0
                    && Ascii.indexOf(d, from, to, (byte) '.') < 0) {
                int n = to - from;
                if (s.number.length < n) {
                    s.number = new byte[Math.max(n, s.number.length * 2)];
                }
                System.arraycopy(d, from, s.number, 0, n);
                s.number[comma - from] = '.';
                v = Ascii.parseDouble(s.number, 0, n);
            }
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw error(
                    d,
                    base,
                    from,
                    to,
                    line,
                    decimalComma ? "a decimal number (point or comma)" : "a decimal number with a point");
        }
        return v;
    }

    /** Whether a value field says "no value": empty, or only dashes ({@code ---}). */
    private static boolean dashes(byte[] d, int from, int to) {
        for (int i = from; i < to; i++) {
            if (d[i] != '-') {
                return false;
            }
        }
        return true;
    }

    /** Decodes UTF-8 text into the state's buffer; control characters are refused. */
    private StringBuilder utf8(State s, byte[] d, int base, int from, int to, int line, String what) {
        StringBuilder out = s.text;
        out.setLength(0);
        int i = from;
        while (i < to) {
            int b = d[i] & 0xFF;
            if (b < 0x80) {
                if (b < 0x20 || b == 0x7F) {
                    throw error(d, base, i, to, line, "a " + what + " without control characters");
                }
                out.append((char) b);
                i++;
                continue;
            }
            int need;
            int cp;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                cp = b & 0x1F;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                cp = b & 0x0F;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                cp = b & 0x07;
                min = 0x10000;
            } else {
                throw error(d, base, i, to, line, "a " + what + " in UTF-8");
            }
            if (i + need >= to) {
                throw error(d, base, i, to, line, "a " + what + " in UTF-8");
            }
            for (int k = 1; k <= need; k++) {
                int c = d[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    throw error(d, base, i, to, line, "a " + what + " in UTF-8");
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x80 && cp < 0xA0)) {
                throw error(d, base, i, to, line, "a " + what + " in UTF-8 without control characters");
            }
            out.appendCodePoint(cp);
            i += need + 1;
        }
        return out;
    }

    // ---- encoding -----------------------------------------------------------------------------

    @Override
    public boolean canEncode() {
        return true;
    }

    /**
     * Writes a station file: one line per record, in the given order.
     *
     * @param records the records of one station (one source), numeric samples with times in whole
     *     seconds
     * @return the file, UTF-8
     * @throws CodecException if records have different sources, a name or unit holds a tab or line
     *     end, a value is not a number or infinite, a record has a sum or is not a sample, a time
     *     has fractions of a second, or a status has no TT 10/2021 code
     */
    @Override
    public byte[] encode(List<Observation> records) {
        StringBuilder out = new StringBuilder(records.size() * 48);
        String source = records.isEmpty() ? "" : records.get(0).source();
        for (int i = 0; i < records.size(); i++) {
            Observation o = records.get(i);
            if (!o.source().equals(source)) {
                throw refuse(i, "source '" + o.source() + "' differs from '" + source + "': a file holds one station");
            }
            text(i, "name", o.name(), false);
            if (o.unit() != null) {
                text(i, "unit", o.unit(), true);
            }
            if (!(o.value() instanceof Value.Number)) {
                throw refuse(i, "value " + o.value() + " is not a number");
            }
            double v = ((Value.Number) o.value()).value();
            if (Double.isInfinite(v)) {
                throw refuse(i, "value is infinite");
            }
            if (o.sum() != null || o.statistic() != Statistic.SAMPLE) {
                throw refuse(i, "a TT 10/2021 file holds plain values, not sums or " + o.statistic());
            }
            if (o.time().getNano() != 0) {
                throw refuse(i, "time " + o.time() + " has fractions of a second");
            }
            LocalDateTime local = LocalDateTime.ofEpochSecond(o.time().getEpochSecond(), 0, VIETNAM);
            if (local.getYear() < 0 || local.getYear() > 9999) {
                throw refuse(i, "time " + o.time() + " is outside years 0 to 9999");
            }
            out.append(o.name()).append('\t').append(number(v)).append('\t');
            if (o.unit() != null) {
                out.append(o.unit());
            }
            out.append('\t')
                    .append(stamp(local))
                    .append('\t')
                    .append(code(o, i))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The file name for records: their station (common source) and the latest record's time.
     *
     * @param province the province code, such as {@code HN}
     * @param facility the facility
     * @param records the records, all of one non-empty source
     * @return the name
     * @throws IllegalArgumentException if there are no records, their sources differ or are empty,
     *     or a part is not valid in a file name
     */
    public Tt10FileName fileNameFor(String province, String facility, List<Observation> records) {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no records to name a file for");
        }
        String station = records.get(0).source();
        Instant latest = records.get(0).time();
        for (Observation o : records) {
            if (!o.source().equals(station)) {
                throw new IllegalArgumentException("records of two stations: " + station + ", " + o.source());
            }
            if (o.time().isAfter(latest)) {
                latest = o.time();
            }
        }
        LocalDateTime local = LocalDateTime.ofEpochSecond(latest.getEpochSecond(), 0, VIETNAM);
        return Tt10FileName.of(province, facility, station, local);
    }

    private static CodecException refuse(int index, String reason) {
        return new CodecException(ID, -1, "records a TT 10/2021 file can express", "record " + index + ": " + reason);
    }

    private static void text(int i, String what, String value, boolean mayBeEmpty) {
        if (value.isEmpty() && !mayBeEmpty) {
            throw refuse(i, what + " is empty");
        }
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !validSurrogate(value, k)) {
                throw refuse(i, what + " '" + value + "' holds a control character or a broken surrogate");
            }
        }
    }

    private static boolean validSurrogate(String value, int k) {
        char c = value.charAt(k);
        if (Character.isHighSurrogate(c)) {
            return k + 1 < value.length() && Character.isLowSurrogate(value.charAt(k + 1));
        }
        return k > 0 && Character.isHighSurrogate(value.charAt(k - 1));
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == 0) {
            return Math.copySign(1.0, v) < 0 ? "-0" : "0";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String code(Observation o, int i) {
        String raw = o.rawStatus();
        boolean twoDigits = raw != null
                && raw.length() == 2
                && Character.isDigit(raw.charAt(0))
                && Character.isDigit(raw.charAt(1))
                && raw.charAt(0) < 0x80
                && raw.charAt(1) < 0x80;
        if (twoDigits && status(Integer.parseInt(raw)) == o.status()) {
            return raw;
        }
        switch (o.status()) {
            case NORMAL:
                return "00";
            case CALIBRATING:
                return "01";
            case FAULT:
                return "02";
            default:
                throw refuse(i, "status " + o.status() + " has no TT 10/2021 code (00, 01, 02)");
        }
    }

    /**
     * A local time as {@code yyyyMMddHHmmss}.
     *
     * @param t the time
     * @return 14 digits
     */
    static String stamp(LocalDateTime t) {
        return String.format(
                "%04d%02d%02d%02d%02d%02d",
                t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
    }
}
