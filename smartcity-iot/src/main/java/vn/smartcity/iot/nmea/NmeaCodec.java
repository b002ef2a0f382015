package vn.smartcity.iot.nmea;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * NMEA 0183 sentences from GNSS receivers: GGA, RMC, VTG and GSA of any talker ({@code GP}, {@code
 * GN}, {@code GL}, {@code GA}, {@code GB}, {@code BD}...), as bus trackers send them.
 *
 * <p><b>Framing.</b> One sentence a line: {@code $}, the address (talker and type), comma-separated
 * fields, {@code *} and two hex digits of checksum, the XOR of every byte between {@code $} and
 * {@code *} (NMEA Revealed, "NMEA Encoding Conventions": the checksum is mandatory). Lines end in
 * CR LF or LF; the last may have no end; blank lines are skipped. A checksum that does not match is
 * rejected with the offset of its digits. The 82-byte limit is not enforced (high-precision
 * receivers exceed it).
 *
 * <p><b>Sentences.</b> Unknown types and proprietary sentences ({@code $P...}) are checked
 * (framing, checksum) and skipped without a record, as a receiver also sends GSV, GLL, ZDA and
 * vendor sentences a tracker does not need; {@link Builder#rejectUnknownSentences(boolean)} makes
 * them an error instead. The records, by {@linkplain Observation#name() name}:
 *
 * <table>
 *   <caption>Records</caption>
 *   <tr><th>name</th><th>unit</th><th>from</th></tr>
 *   <tr><td>{@value #LATITUDE}, {@value #LONGITUDE}</td><td>deg</td><td>GGA, RMC: WGS 84 decimal
 *       degrees, negative south and west</td></tr>
 *   <tr><td>{@value #ALTITUDE}</td><td>m</td><td>GGA: above mean sea level</td></tr>
 *   <tr><td>{@value #GEOID_SEPARATION}</td><td>m</td><td>GGA</td></tr>
 *   <tr><td>{@value #FIX_QUALITY}</td><td></td><td>GGA: 0 invalid, 1 GPS, 2 DGPS ... 8
 *       simulation</td></tr>
 *   <tr><td>{@value #SATELLITES}</td><td></td><td>GGA: satellites in use</td></tr>
 *   <tr><td>{@value #HDOP}</td><td></td><td>GGA, GSA</td></tr>
 *   <tr><td>{@value #PDOP}, {@value #VDOP}</td><td></td><td>GSA</td></tr>
 *   <tr><td>{@value #FIX_MODE}</td><td></td><td>GSA: 1 no fix, 2 2D, 3 3D</td></tr>
 *   <tr><td>{@value #SPEED}</td><td>m/s</td><td>RMC, VTG: speed over ground, converted from knots
 *       (1 kn = 1852/3600 m/s exactly; VTG's km/h when it has no knots)</td></tr>
 *   <tr><td>{@value #COURSE}</td><td>deg</td><td>RMC, VTG: course over ground, true</td></tr>
 *   <tr><td>{@value #COURSE_MAGNETIC}</td><td>deg</td><td>VTG</td></tr>
 *   <tr><td>{@value #MAGNETIC_VARIATION}</td><td>deg</td><td>RMC: east positive, west
 *       negative</td></tr>
 * </table>
 *
 * <p>Empty fields give no record. The {@linkplain Observation#source() source} is the talker id. A
 * value that several sentences of one fix repeat (GGA and RMC both give the position; RMC and VTG
 * the speed; GGA and GSA the HDOP) is reported once: a record equal in name, talker, time, value
 * and status to the last one of that name is not sent again.
 *
 * <p><b>Status.</b> GGA quality 0 and RMC status {@code V} give {@link Status#FAULT}, GGA quality
 * 7 (manual input) {@link Status#MANUAL}, GSA mode 1 (no fix) and VTG mode {@code N} {@link
 * Status#FAULT}; everything else {@link Status#NORMAL}. The raw flag is the quality digit, the
 * status letter, the GSA mode or the VTG mode letter.
 *
 * <p><b>Times</b> are UTC. RMC carries the date ({@code ddmmyy}, years 80 to 99 read as 19xx, 00
 * to 79 as 20xx). GGA carries only the time of day: its date is the one of the last RMC before it
 * in the input, else of the first RMC after it, else the {@link DecodeContext#clock() clock}'s
 * current UTC date; a date is moved by a day when the two times of day are more than twelve hours
 * apart, so a fix at 23:59:59 next to an RMC of 00:00:01 keeps the right day. VTG and GSA carry no
 * time: they take the time of the last GGA or RMC before them, else of the first after them, else
 * the clock's current time.
 *
 * <p><b>Encoding</b> writes, for each talker and time, a GGA and an RMC sentence from the records
 * {@value #LATITUDE}, {@value #LONGITUDE} (both required), {@value #ALTITUDE}, {@value
 * #GEOID_SEPARATION}, {@value #FIX_QUALITY} (default 1, or 0 when the position's status is a
 * fault), {@value #SATELLITES}, {@value #HDOP}, {@value #SPEED}, {@value #COURSE} and {@value
 * #MAGNETIC_VARIATION}; GSA and VTG quantities are refused. Instances are immutable and
 * thread-safe.
 */
public final class NmeaCodec implements SensorCodec {

    /** The plugin id. */
    public static final String ID = "nmea";

    /** Latitude in decimal degrees (WGS 84), negative south. */
    public static final String LATITUDE = "latitude";

    /** Longitude in decimal degrees (WGS 84), negative west. */
    public static final String LONGITUDE = "longitude";

    /** Antenna altitude above mean sea level, in metres (GGA). */
    public static final String ALTITUDE = "altitude";

    /** Geoid separation: the geoid above the WGS 84 ellipsoid, in metres (GGA). */
    public static final String GEOID_SEPARATION = "geoid-separation";

    /** GGA's quality indicator: 0 invalid, 1 GPS, 2 DGPS, 3 PPS, 4 RTK, 5 float RTK, 6 estimated. */
    public static final String FIX_QUALITY = "fix-quality";

    /** Satellites in use (GGA). */
    public static final String SATELLITES = "satellites";

    /** Horizontal dilution of precision (GGA, GSA). */
    public static final String HDOP = "hdop";

    /** Position dilution of precision (GSA). */
    public static final String PDOP = "pdop";

    /** Vertical dilution of precision (GSA). */
    public static final String VDOP = "vdop";

    /** GSA's fix mode: 1 no fix, 2 two-dimensional, 3 three-dimensional. */
    public static final String FIX_MODE = "fix-mode";

    /** Speed over ground in metres per second (RMC, VTG). */
    public static final String SPEED = "speed";

    /** Course over ground in degrees from true north (RMC, VTG). */
    public static final String COURSE = "course";

    /** Course over ground in degrees from magnetic north (VTG). */
    public static final String COURSE_MAGNETIC = "course-magnetic";

    /** Magnetic variation in degrees, east positive (RMC). */
    public static final String MAGNETIC_VARIATION = "magnetic-variation";

    /** One knot in metres per second (1852 m per hour). */
    private static final double KNOT = 1852.0 / 3600.0;

    private static final byte[] EMPTY = new byte[0];
    private static final int MAX_FIELDS = 32;
    private static final int NONE = -1;
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int HALF_DAY = 43_200;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    /** The quantities this codec reports; the ordinal indexes the per-call de-duplication state. */
    private enum Quantity {
        LATITUDE(NmeaCodec.LATITUDE, "deg"),
        LONGITUDE(NmeaCodec.LONGITUDE, "deg"),
        ALTITUDE(NmeaCodec.ALTITUDE, "m"),
        GEOID_SEPARATION(NmeaCodec.GEOID_SEPARATION, "m"),
        FIX_QUALITY(NmeaCodec.FIX_QUALITY, null),
        SATELLITES(NmeaCodec.SATELLITES, null),
        HDOP(NmeaCodec.HDOP, null),
        PDOP(NmeaCodec.PDOP, null),
        VDOP(NmeaCodec.VDOP, null),
        FIX_MODE(NmeaCodec.FIX_MODE, null),
        SPEED(NmeaCodec.SPEED, "m/s"),
        COURSE(NmeaCodec.COURSE, "deg"),
        COURSE_MAGNETIC(NmeaCodec.COURSE_MAGNETIC, "deg"),
        MAGNETIC_VARIATION(NmeaCodec.MAGNETIC_VARIATION, "deg");

        private static final int COUNT = 14;

        final String label;
        final @Nullable String unit;

        Quantity(String label, @Nullable String unit) {
            this.label = label;
            this.unit = unit;
        }

        static @Nullable Quantity byLabel(String label) {
            for (Quantity q : values()) {
                if (q.label.equals(label)) {
                    return q;
                }
            }
            return null;
        }
    }

    /** Per-thread decoding state: the reused record, field boundaries, times and the last values. */
    private static final class State {
        final MutableObservation record = new MutableObservation(ID);
        final int[] start = new int[MAX_FIELDS];
        final int[] end = new int[MAX_FIELDS];
        final boolean[] sent = new boolean[Quantity.COUNT];
        final long[] sentSecond = new long[Quantity.COUNT];
        final int[] sentNano = new int[Quantity.COUNT];
        final long[] sentBits = new long[Quantity.COUNT];
        final int[] sentTalker = new int[Quantity.COUNT];
        final Status[] sentStatus = new Status[Quantity.COUNT];
        byte[] data = EMPTY;
        int base;
        int limit;
        int lineEnd;
        int fields;
        int talker;

        @Nullable
        Clock clock;

        @Nullable
        ObservationSink sink;

        int count;
        // The last time of a GGA or RMC, for sentences that carry none.
        boolean haveTime;
        long timeSecond;
        int timeNano;
        // The date of the last RMC, and its time of day (NONE if it had none).
        boolean haveDate;
        long dateDay;
        int dateTod;
        // What lies ahead, scanned once when needed.
        boolean scanned;
        long aheadDay;
        int aheadDateTod;
        int aheadTod;
        int aheadNano;
        // Outputs of the time-of-day parser.
        int tod;
        int todNano;

        void reset(byte[] bytes, int offset, int length, DecodeContext context, ObservationSink target) {
            data = bytes;
            base = offset;
            limit = offset + length;
            clock = context.clock();
            sink = target;
            count = 0;
            haveTime = false;
            haveDate = false;
            scanned = false;
            Arrays.fill(sent, false);
        }

        void release() {
            data = EMPTY;
            clock = null;
            sink = null;
        }
    }

    private final boolean rejectUnknown;
    private final ThreadLocal<State> scratch = ThreadLocal.withInitial(State::new);

    /** Creates the codec with the defaults: unknown sentences are skipped. */
    public NmeaCodec() {
        this(false);
    }

    private NmeaCodec(boolean rejectUnknown) {
        this.rejectUnknown = rejectUnknown;
    }

    /**
     * A builder for a configured codec.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Configures an {@link NmeaCodec}. */
    public static final class Builder {
        private boolean rejectUnknown;

        private Builder() {}

        /**
         * Whether a sentence other than GGA, RMC, VTG and GSA is an error rather than skipped.
         *
         * @param reject {@code true} to reject them
         * @return this builder
         */
        public Builder rejectUnknownSentences(boolean reject) {
            this.rejectUnknown = reject;
            return this;
        }

        /**
         * Builds the codec.
         *
         * @return an immutable codec
         */
        public NmeaCodec build() {
            return new NmeaCodec(rejectUnknown);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "NMEA 0183 GNSS sentences (GGA, RMC, VTG, GSA) for vehicle tracking";
    }

    @Override
    public boolean looksLike(byte[] data, int offset, int length) {
        if (offset < 0 || length < 10 || offset + length > data.length || data[offset] != '$') {
            return false;
        }
        for (int i = offset + 1; i < offset + 6; i++) {
            if (!isAddressChar(data[i])) {
                return false;
            }
        }
        int end = Math.min(offset + length, offset + 256);
        for (int i = offset + 6; i < end; i++) {
            if (data[i] == '*') {
                return i + 2 < offset + length && Ascii.parseHex(data, i + 1, 2) >= 0;
            }
            if (data[i] == '\n') {
                return false;
            }
        }
        return false;
    }

    @Override
    public int decode(byte[] data, int offset, int length, DecodeContext context, ObservationSink sink) {
        Objects.checkFromIndexSize(offset, length, data.length);
        State s = scratch.get();
        s.reset(data, offset, length, context, sink);
        try {
            int pos = offset;
            while (pos < s.limit) {
                int lf = Ascii.indexOf(data, pos, s.limit, (byte) '\n');
                int next = lf < 0 ? s.limit : lf + 1;
                int end = lf < 0 ? s.limit : lf;
                if (end > pos && data[end - 1] == '\r') {
                    end--;
                }
                if (end > pos) {
                    s.lineEnd = next;
                    sentence(s, pos, end);
                }
                pos = next;
            }
            return s.count;
        } finally {
            s.release();
        }
    }

    private CodecException error(State s, int pos, String expected, int end) {
        return new CodecException(ID, pos - s.base, expected, CodecException.describe(s.data, pos, end));
    }

    private static boolean isAddressChar(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
    }

    /** One sentence, from its '$' to the last checksum digit. */
    private void sentence(State s, int start, int end) {
        byte[] d = s.data;
        if (d[start] != '$') {
            throw error(s, start, "'$' starting a sentence", end);
        }
        int star = NONE;
        int sum = 0;
        for (int i = start + 1; i < end; i++) {
            byte b = d[i];
            if (b == '*') {
                star = i;
                break;
            }
            if (b < 0x20 || b > 0x7E) {
                throw error(s, i, "a printable ASCII character of the sentence", end);
            }
            sum ^= b;
        }
        if (star < 0) {
            throw error(s, end, "'*' and two hex digits of checksum", end);
        }
        long found = star + 3 <= end ? Ascii.parseHex(d, star + 1, 2) : -1;
        if (found < 0) {
            throw error(s, star + 1, "two hex digits of checksum", end);
        }
        if (star + 3 != end) {
            throw error(s, star + 3, "the end of the line after the checksum", end);
        }
        if (found != sum) {
            throw new CodecException(
                    ID,
                    star + 1 - s.base,
                    String.format("checksum %02X (XOR of the bytes between '$' and '*')", sum),
                    String.format("%02X", found));
        }
        int address = start + 1;
        int addressEnd = address;
        while (addressEnd < star && d[addressEnd] != ',') {
            if (!isAddressChar(d[addressEnd])) {
                throw error(s, addressEnd, "an address of upper-case letters and digits", star);
            }
            addressEnd++;
        }
        if (addressEnd - address < 2) {
            throw error(s, address, "an address: talker id and sentence type", star);
        }
        if (addressEnd - address == 5 && d[address] != 'P') {
            int t = address + 2;
            s.talker = address;
            // The source is the talker for every record of the sentence; clear() keeps it.
            s.record.sourceAscii(d, address, 2);
            if (Ascii.equals(d, t, 3, "GGA")) {
                split(s, address, star, "GGA");
                gga(s);
                return;
            }
            if (Ascii.equals(d, t, 3, "RMC")) {
                split(s, address, star, "RMC");
                rmc(s);
                return;
            }
            if (Ascii.equals(d, t, 3, "VTG")) {
                split(s, address, star, "VTG");
                vtg(s);
                return;
            }
            if (Ascii.equals(d, t, 3, "GSA")) {
                split(s, address, star, "GSA");
                gsa(s);
                return;
            }
        }
        if (rejectUnknown) {
            throw error(s, address, "a GGA, RMC, VTG or GSA sentence", addressEnd);
        }
    }

    /** Splits the fields between the address and the '*'; field 0 is the address. */
    private static void split(State s, int from, int star, String type) {
        int n = 0;
        s.start[0] = from;
        for (int i = from; i < star; i++) {
            if (s.data[i] == ',') {
                if (n + 1 >= MAX_FIELDS) {
                    throw new CodecException(
                            ID,
                            i - s.base,
                            "at most " + (MAX_FIELDS - 1) + " fields in a " + type + " sentence",
                            CodecException.describe(s.data, i, star));
                }
                s.end[n] = i;
                n++;
                s.start[n] = i + 1;
            }
        }
        s.end[n] = star;
        s.fields = n + 1;
    }

    private void requireFields(State s, int count, String type) {
        if (s.fields - 1 < count) {
            int pos = s.end[s.fields - 1];
            throw error(s, pos, "at least " + count + " fields in a " + type + " sentence", s.lineEnd);
        }
    }

    private static boolean empty(State s, int field) {
        return field >= s.fields || s.start[field] == s.end[field];
    }

    private static int length(State s, int field) {
        return field >= s.fields ? 0 : s.end[field] - s.start[field];
    }

    /** A decimal field, or NaN if empty. */
    private double decimal(State s, int field, String what) {
        if (empty(s, field)) {
            return Double.NaN;
        }
        int from = s.start[field];
        double v = Ascii.parseDouble(s.data, from, s.end[field] - from);
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw error(s, from, what + " as a decimal number", s.end[field]);
        }
        return v;
    }

    /** A non-negative decimal field, or NaN if empty. */
    private double unsigned(State s, int field, String what, double max) {
        double v = decimal(s, field, what);
        if (v < 0 || v > max) {
            throw error(s, s.start[field], what + " from 0 to " + (long) max, s.end[field]);
        }
        return v;
    }

    /** A one-character field among {@code allowed}, or 0 if empty (only where empty is allowed). */
    private int letter(State s, int field, String allowed, boolean optional, String what) {
        if (empty(s, field)) {
            if (optional) {
                return 0;
            }
            int pos = field < s.fields ? s.start[field] : s.end[s.fields - 1];
            throw error(s, pos, what, s.lineEnd);
        }
        int from = s.start[field];
        if (length(s, field) != 1 || allowed.indexOf(s.data[from]) < 0) {
            throw error(s, from, what, s.end[field]);
        }
        return s.data[from];
    }

    /** Parses a time of day {@code hhmmss[.sss]} into {@code s.tod} and {@code s.todNano}. */
    private boolean timeOfDay(State s, int field) {
        if (empty(s, field)) {
            return false;
        }
        int from = s.start[field];
        int to = s.end[field];
        if (!parseTimeOfDay(s, s.data, from, to)) {
            throw error(s, from, "a time of day hhmmss[.sss]", to);
        }
        return true;
    }

    private static boolean parseTimeOfDay(State s, byte[] d, int from, int to) {
        if (to - from < 6) {
            return false;
        }
        long hms = Ascii.parseDigits(d, from, 6);
        if (hms < 0) {
            return false;
        }
        int h = (int) (hms / 10000);
        int m = (int) (hms / 100 % 100);
        int sec = (int) (hms % 100);
        if (h > 23 || m > 59 || sec > 59) {
            return false;
        }
        int nano = 0;
        if (to > from + 6) {
            int digits = to - from - 7;
            if (d[from + 6] != '.' || digits < 1 || digits > 9) {
                return false;
            }
            long frac = Ascii.parseDigits(d, from + 7, digits);
            if (frac < 0) {
                return false;
            }
            for (int i = digits; i < 9; i++) {
                frac *= 10;
            }
            nano = (int) frac;
        }
        s.tod = h * 3600 + m * 60 + sec;
        s.todNano = nano;
        return true;
    }

    /** Days since the epoch of a {@code ddmmyy} date, or NONE if the bytes are not one. */
    private static long parseDate(byte[] d, int from, int to) {
        if (to - from != 6) {
            return NONE;
        }
        long v = Ascii.parseDigits(d, from, 6);
        if (v < 0) {
            return NONE;
        }
        int day = (int) (v / 10000);
        int month = (int) (v / 100 % 100);
        int yy = (int) (v % 100);
        int year = yy >= 80 ? 1900 + yy : 2000 + yy;
        if (!CivilTime.isValid(year, month, day, 0, 0, 0)) {
            return NONE;
        }
        return CivilTime.epochDay(year, month, day);
    }

    /**
     * A latitude or longitude {@code (d)ddmm.mmm} with its hemisphere field, or NaN if both are
     * empty.
     */
    private double coordinate(State s, int field, boolean latitude) {
        int hemisphere = field + 1;
        String what = latitude ? "a latitude ddmm.mmm" : "a longitude dddmm.mmm";
        if (empty(s, field)) {
            if (!empty(s, hemisphere)) {
                throw error(s, s.start[hemisphere], "an empty hemisphere with an empty position", s.end[hemisphere]);
            }
            return Double.NaN;
        }
        byte[] d = s.data;
        int from = s.start[field];
        int to = s.end[field];
        int dot = to;
        for (int i = from; i < to; i++) {
            byte b = d[i];
            if (b == '.' && dot == to) {
                dot = i;
            } else if (b < '0' || b > '9') {
                throw error(s, from, what, to);
            }
        }
        int degreeDigits = dot - from - 2;
        if (degreeDigits < 1 || degreeDigits > 3 || dot == to - 1) {
            throw error(s, from, what, to);
        }
        long degrees = Ascii.parseDigits(d, from, degreeDigits);
        double minutes = Ascii.parseDouble(d, from + degreeDigits, to - from - degreeDigits);
        double max = latitude ? 90 : 180;
        double value = degrees + minutes / 60;
        if (degrees < 0 || Double.isNaN(minutes) || minutes >= 60 || value > max) {
            throw error(s, from, what + " of at most " + (int) max + " degrees", to);
        }
        int h = letter(
                s, hemisphere, latitude ? "NS" : "EW", false, latitude ? "hemisphere N or S" : "hemisphere E or W");
        return h == 'S' || h == 'W' ? -value : value;
    }

    // ---- time resolution ----------------------------------------------------------------------

    /** The day a time of day belongs to, per the class documentation's rules. */
    private static long dayOf(State s, int tod) {
        if (s.haveDate) {
            return nearestDay(s.dateDay, s.dateTod, tod);
        }
        lookAhead(s);
        if (s.aheadDay != NONE) {
            return nearestDay(s.aheadDay, s.aheadDateTod, tod);
        }
        long now = Objects.requireNonNull(s.clock).millis();
        long today = Math.floorDiv(now, MILLIS_PER_DAY);
        int nowTod = (int) (Math.floorMod(now, MILLIS_PER_DAY) / 1000);
        return nearestDay(today, nowTod, tod);
    }

    private static long nearestDay(long day, int referenceTod, int tod) {
        if (referenceTod == NONE) {
            return day;
        }
        int diff = tod - referenceTod;
        if (diff > HALF_DAY) {
            return day - 1;
        }
        if (diff < -HALF_DAY) {
            return day + 1;
        }
        return day;
    }

    /** Sets {@code s.timeSecond}/{@code s.timeNano} for a sentence that carries no time. */
    private static void untimed(State s) {
        if (s.haveTime) {
            return;
        }
        lookAhead(s);
        if (s.aheadTod != NONE) {
            s.timeSecond = dayOf(s, s.aheadTod) * SECONDS_PER_DAY + s.aheadTod;
            s.timeNano = s.aheadNano;
        } else {
            long now = Objects.requireNonNull(s.clock).millis();
            s.timeSecond = Math.floorDiv(now, 1000);
            s.timeNano = Math.floorMod(now, 1000) * 1_000_000;
        }
    }

    /**
     * Scans the rest of the input once for the first time of day of a GGA or RMC and the first RMC
     * date; the sentences are checked properly when their turn comes.
     */
    private static void lookAhead(State s) {
        if (s.scanned) {
            return;
        }
        s.scanned = true;
        s.aheadDay = NONE;
        s.aheadDateTod = NONE;
        s.aheadTod = NONE;
        int savedTod = s.tod;
        int savedNano = s.todNano;
        byte[] d = s.data;
        int pos = s.lineEnd;
        while (pos < s.limit && s.aheadDay == NONE) {
            int lf = Ascii.indexOf(d, pos, s.limit, (byte) '\n');
            int end = lf < 0 ? s.limit : lf;
            int star = Ascii.indexOf(d, pos, end, (byte) '*');
            if (star >= 0 && star - pos > 7 && d[pos] == '$' && d[pos + 6] == ',') {
                boolean gga = Ascii.equals(d, pos + 3, 3, "GGA");
                boolean rmc = Ascii.equals(d, pos + 3, 3, "RMC");
                if (gga || rmc) {
                    int timeFrom = pos + 7;
                    int timeTo = fieldEnd(d, timeFrom, star);
                    boolean timed = parseTimeOfDay(s, d, timeFrom, timeTo);
                    if (timed && s.aheadTod == NONE) {
                        s.aheadTod = s.tod;
                        s.aheadNano = s.todNano;
                    }
                    if (rmc) {
                        int from = timeTo;
                        for (int field = 1; field < 8 && from < star; field++) {
                            from = fieldEnd(d, from + 1, star);
                        }
                        if (from < star) {
                            long day = parseDate(d, from + 1, fieldEnd(d, from + 1, star));
                            if (day != NONE) {
                                s.aheadDay = day;
                                s.aheadDateTod = timed ? s.tod : NONE;
                            }
                        }
                    }
                }
            }
            pos = lf < 0 ? s.limit : lf + 1;
        }
        s.tod = savedTod;
        s.todNano = savedNano;
    }

    private static int fieldEnd(byte[] d, int from, int limit) {
        int i = from;
        while (i < limit && d[i] != ',') {
            i++;
        }
        return i;
    }

    // ---- sentences ----------------------------------------------------------------------------

    private void gga(State s) {
        requireFields(s, 6, "GGA");
        boolean timed = timeOfDay(s, 1);
        double lat = coordinate(s, 2, true);
        double lon = coordinate(s, 4, false);
        if (Double.isNaN(lat) != Double.isNaN(lon)) {
            int f = Double.isNaN(lat) ? 2 : 4;
            throw error(s, s.start[f], "both latitude and longitude, or neither", s.end[f]);
        }
        int quality = letter(s, 6, "012345678", false, "a GGA quality indicator 0 to 8");
        double satellites = Double.NaN;
        if (!empty(s, 7)) {
            long n = length(s, 7) <= 3 ? Ascii.parseDigits(s.data, s.start[7], length(s, 7)) : -1;
            if (n < 0) {
                throw error(s, s.start[7], "a number of satellites", s.end[7]);
            }
            satellites = n;
        }
        double hdop = unsigned(s, 8, "an HDOP", 9999);
        double altitude = decimal(s, 9, "an altitude");
        letter(s, 10, "M", true, "altitude unit M");
        double separation = decimal(s, 11, "a geoid separation");
        letter(s, 12, "M", true, "geoid separation unit M");
        if (timed) {
            int tod = s.tod;
            int nano = s.todNano;
            setTime(s, dayOf(s, tod) * SECONDS_PER_DAY + tod, nano);
        } else {
            untimed(s);
        }
        Status status = quality == '0' ? Status.FAULT : quality == '7' ? Status.MANUAL : Status.NORMAL;
        int raw = s.start[6];
        position(s, lat, lon, status, raw);
        emit(s, Quantity.FIX_QUALITY, quality - '0', status, raw);
        emit(s, Quantity.SATELLITES, satellites, status, raw);
        emit(s, Quantity.HDOP, hdop, status, raw);
        emit(s, Quantity.ALTITUDE, altitude, status, raw);
        emit(s, Quantity.GEOID_SEPARATION, separation, status, raw);
    }

    private void rmc(State s) {
        requireFields(s, 9, "RMC");
        boolean timed = timeOfDay(s, 1);
        int valid = letter(s, 2, "AV", false, "RMC status A or V");
        double lat = coordinate(s, 3, true);
        double lon = coordinate(s, 5, false);
        if (Double.isNaN(lat) != Double.isNaN(lon)) {
            int f = Double.isNaN(lat) ? 3 : 5;
            throw error(s, s.start[f], "both latitude and longitude, or neither", s.end[f]);
        }
        double knots = unsigned(s, 7, "a speed in knots", 1e6);
        double course = unsigned(s, 8, "a course in degrees", 360);
        long day = NONE;
        if (!empty(s, 9)) {
            day = parseDate(s.data, s.start[9], s.end[9]);
            if (day == NONE) {
                throw error(s, s.start[9], "a date ddmmyy", s.end[9]);
            }
        }
        double variation = unsigned(s, 10, "a magnetic variation in degrees", 180);
        if (!Double.isNaN(variation)) {
            int east = letter(s, 11, "EW", false, "magnetic variation direction E or W");
            variation = east == 'W' ? -variation : variation;
        } else {
            letter(s, 11, "EW", true, "magnetic variation direction E or W");
        }
        if (day != NONE) {
            s.haveDate = true;
            s.dateDay = day;
            s.dateTod = timed ? s.tod : NONE;
        }
        if (timed) {
            int tod = s.tod;
            int nano = s.todNano;
            setTime(s, (day != NONE ? day : dayOf(s, tod)) * SECONDS_PER_DAY + tod, nano);
        } else {
            untimed(s);
        }
        Status status = valid == 'V' ? Status.FAULT : Status.NORMAL;
        int raw = s.start[2];
        position(s, lat, lon, status, raw);
        emit(s, Quantity.SPEED, knots * KNOT, status, raw);
        emit(s, Quantity.COURSE, course, status, raw);
        emit(s, Quantity.MAGNETIC_VARIATION, variation, status, raw);
    }

    private void vtg(State s) {
        double course;
        double magnetic;
        double knots;
        double kmh;
        int mode = 0;
        if (s.fields - 1 >= 8) {
            // NMEA 2.3 and later: x.x,T,x.x,M,x.x,N,x.x,K[,m]
            letter(s, 2, "T", true, "'T' after the true course");
            letter(s, 4, "M", true, "'M' after the magnetic course");
            letter(s, 6, "N", true, "'N' after the speed in knots");
            letter(s, 8, "K", true, "'K' after the speed in km/h");
            course = unsigned(s, 1, "a course in degrees", 360);
            magnetic = unsigned(s, 3, "a magnetic course in degrees", 360);
            knots = unsigned(s, 5, "a speed in knots", 1e6);
            kmh = unsigned(s, 7, "a speed in km/h", 2e6);
            mode = letter(s, 9, "ADEFMNPRS", true, "an FAA mode indicator");
        } else if (s.fields - 1 == 4) {
            // The older form: x.x,x.x,x.x,x.x
            course = unsigned(s, 1, "a course in degrees", 360);
            magnetic = unsigned(s, 2, "a magnetic course in degrees", 360);
            knots = unsigned(s, 3, "a speed in knots", 1e6);
            kmh = unsigned(s, 4, "a speed in km/h", 2e6);
        } else {
            throw error(s, s.end[s.fields - 1], "4 fields (old form) or at least 8 in a VTG sentence", s.lineEnd);
        }
        untimed(s);
        Status status = mode == 'N' ? Status.FAULT : Status.NORMAL;
        int raw = mode == 0 ? NONE : s.start[9];
        emit(s, Quantity.COURSE, course, status, raw);
        emit(s, Quantity.COURSE_MAGNETIC, magnetic, status, raw);
        emit(s, Quantity.SPEED, Double.isNaN(knots) ? kmh / 3.6 : knots * KNOT, status, raw);
    }

    private void gsa(State s) {
        requireFields(s, 17, "GSA");
        letter(s, 1, "AM", false, "GSA selection mode A or M");
        int mode = letter(s, 2, "123", false, "GSA fix mode 1, 2 or 3");
        double pdop = unsigned(s, 15, "a PDOP", 9999);
        double hdop = unsigned(s, 16, "an HDOP", 9999);
        double vdop = unsigned(s, 17, "a VDOP", 9999);
        untimed(s);
        Status status = mode == '1' ? Status.FAULT : Status.NORMAL;
        int raw = s.start[2];
        emit(s, Quantity.FIX_MODE, mode - '0', status, raw);
        emit(s, Quantity.PDOP, pdop, status, raw);
        emit(s, Quantity.HDOP, hdop, status, raw);
        emit(s, Quantity.VDOP, vdop, status, raw);
    }

    private static void setTime(State s, long second, int nano) {
        s.haveTime = true;
        s.timeSecond = second;
        s.timeNano = nano;
    }

    private static void position(State s, double lat, double lon, Status status, int raw) {
        if (Double.isNaN(lat)) {
            return;
        }
        if (repeats(s, Quantity.LATITUDE, lat, status) && repeats(s, Quantity.LONGITUDE, lon, status)) {
            return;
        }
        send(s, Quantity.LATITUDE, lat, status, raw);
        send(s, Quantity.LONGITUDE, lon, status, raw);
    }

    private static void emit(State s, Quantity q, double value, Status status, int raw) {
        if (Double.isNaN(value) || repeats(s, q, value, status)) {
            return;
        }
        send(s, q, value, status, raw);
    }

    private static int talker(State s) {
        return (s.data[s.talker] << 8) | s.data[s.talker + 1];
    }

    private static boolean repeats(State s, Quantity q, double value, Status status) {
        int i = q.ordinal();
        return s.sent[i]
                && s.sentSecond[i] == s.timeSecond
                && s.sentNano[i] == s.timeNano
                && s.sentBits[i] == Double.doubleToLongBits(value)
                && s.sentStatus[i] == status
                && s.sentTalker[i] == talker(s);
    }

    private static void send(State s, Quantity q, double value, Status status, int raw) {
        int i = q.ordinal();
        s.sent[i] = true;
        s.sentSecond[i] = s.timeSecond;
        s.sentNano[i] = s.timeNano;
        s.sentBits[i] = Double.doubleToLongBits(value);
        s.sentStatus[i] = status;
        s.sentTalker[i] = talker(s);
        MutableObservation r = s.record;
        r.clear();
        r.nameRef(q.label);
        r.unitRef(q.unit);
        r.number(value);
        r.time(s.timeSecond, s.timeNano);
        if (raw == NONE) {
            r.status(status);
        } else {
            r.status(status, s.data, raw, 1);
        }
        s.count++;
        Objects.requireNonNull(s.sink).accept(r);
    }

    // ---- encoding -----------------------------------------------------------------------------

    @Override
    public boolean canEncode() {
        return true;
    }

    /** The records of one fix: one talker, one time. */
    private record FixKey(String talker, long second, int nano) {}

    /** The values of one fix, by quantity. */
    private static final class Fix {
        final double[] values = new double[Quantity.COUNT];
        final Status[] statuses = new Status[Quantity.COUNT];
        final int firstIndex;

        Fix(int firstIndex) {
            this.firstIndex = firstIndex;
            Arrays.fill(values, Double.NaN);
        }

        boolean has(Quantity q) {
            return statuses[q.ordinal()] != null;
        }

        double get(Quantity q) {
            return values[q.ordinal()];
        }

        boolean fault(Quantity q) {
            return statuses[q.ordinal()] == Status.FAULT;
        }
    }

    /**
     * Writes a GGA and an RMC sentence for each talker and time, in the order the fixes first
     * appear, each line ending in CR LF.
     *
     * @param records the records, as described in the class documentation
     * @return the sentences in ASCII
     * @throws CodecException if a record has another name, a value out of range, a unit other than
     *     this codec's, a source that is not a talker id, or a fix lacks a position
     */
    @Override
    public byte[] encode(List<Observation> records) {
        Map<FixKey, Fix> fixes = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            Observation o = records.get(i);
            Quantity q = encodable(o, i);
            double v = ((Value.Number) Objects.requireNonNull(o.value())).value();
            FixKey key = new FixKey(
                    talkerOf(o, i), o.time().getEpochSecond(), o.time().getNano());
            int index = i;
            Fix fix = fixes.computeIfAbsent(key, k -> new Fix(index));
            if (fix.has(q)) {
                throw refuse(i, "a second " + q.label + " record for the fix at " + o.time());
            }
            fix.values[q.ordinal()] = v;
            fix.statuses[q.ordinal()] = o.status();
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<FixKey, Fix> e : fixes.entrySet()) {
            FixKey key = e.getKey();
            Fix fix = e.getValue();
            if (!fix.has(Quantity.LATITUDE) || !fix.has(Quantity.LONGITUDE)) {
                throw refuse(fix.firstIndex, "the fix at its time has no latitude and longitude records");
            }
            long tod = Math.floorMod(key.second(), SECONDS_PER_DAY);
            String time = time(tod, key.nano());
            int quality = fix.has(Quantity.FIX_QUALITY)
                    ? (int) fix.get(Quantity.FIX_QUALITY)
                    : fix.fault(Quantity.LATITUDE) ? 0 : 1;
            StringBuilder gga =
                    new StringBuilder(96).append(key.talker()).append("GGA,").append(time);
            position(gga, fix);
            gga.append(',').append(quality).append(',');
            if (fix.has(Quantity.SATELLITES)) {
                int n = (int) fix.get(Quantity.SATELLITES);
                gga.append(n < 10 ? "0" : "").append(n);
            }
            gga.append(',').append(number(fix, Quantity.HDOP, 2));
            gga.append(',').append(number(fix, Quantity.ALTITUDE, 3));
            gga.append(',').append(fix.has(Quantity.ALTITUDE) ? "M" : "");
            gga.append(',').append(number(fix, Quantity.GEOID_SEPARATION, 3));
            gga.append(',').append(fix.has(Quantity.GEOID_SEPARATION) ? "M" : "");
            gga.append(",,");
            line(out, gga);

            boolean rmcFault = fix.fault(Quantity.SPEED)
                    || fix.fault(Quantity.COURSE)
                    || fix.fault(Quantity.MAGNETIC_VARIATION)
                    || (!fix.has(Quantity.SPEED)
                            && !fix.has(Quantity.COURSE)
                            && !fix.has(Quantity.MAGNETIC_VARIATION)
                            && fix.fault(Quantity.LATITUDE));
            StringBuilder rmc =
                    new StringBuilder(96).append(key.talker()).append("RMC,").append(time);
            rmc.append(',').append(rmcFault ? 'V' : 'A');
            position(rmc, fix);
            rmc.append(',');
            if (fix.has(Quantity.SPEED)) {
                rmc.append(decimal(fix.get(Quantity.SPEED) / KNOT, 6));
            }
            rmc.append(',').append(number(fix, Quantity.COURSE, 4));
            LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(key.second(), SECONDS_PER_DAY));
            if (date.getYear() < 1980 || date.getYear() > 2079) {
                throw refuse(fix.firstIndex, "the year " + date.getYear() + " cannot be written as RMC's ddmmyy");
            }
            rmc.append(',').append(two(date.getDayOfMonth())).append(two(date.getMonthValue()));
            rmc.append(two(date.getYear() % 100));
            rmc.append(',');
            if (fix.has(Quantity.MAGNETIC_VARIATION)) {
                double m = fix.get(Quantity.MAGNETIC_VARIATION);
                rmc.append(decimal(Math.abs(m), 2)).append(',').append(negative(m) ? 'W' : 'E');
            } else {
                rmc.append(',');
            }
            line(out, rmc);
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static CodecException refuse(int index, String reason) {
        return new CodecException(ID, -1, "records GGA and RMC can express", "record " + index + ": " + reason);
    }

    private static Quantity encodable(Observation o, int i) {
        Quantity q = Quantity.byLabel(o.name());
        if (q == null) {
            throw refuse(i, "name '" + o.name() + "' is not a GGA or RMC quantity");
        }
        switch (q) {
            case PDOP:
            case VDOP:
            case FIX_MODE:
            case COURSE_MAGNETIC:
                throw refuse(i, q.label + " needs a GSA or VTG sentence, which this encoder does not write");
            default:
                break;
        }
        if (!(o.value() instanceof Value.Number)) {
            throw refuse(i, q.label + " needs a numeric value");
        }
        double v = ((Value.Number) o.value()).value();
        if (o.sum() != null || o.statistic() != Statistic.SAMPLE) {
            throw refuse(i, "NMEA carries plain samples, not sums or " + o.statistic());
        }
        if (!Objects.equals(o.unit(), q.unit) && o.unit() != null) {
            throw refuse(i, q.label + " in '" + o.unit() + "'; expected " + (q.unit == null ? "no unit" : q.unit));
        }
        if (!inRange(q, v)) {
            throw refuse(i, q.label + " " + v + " is out of range");
        }
        return q;
    }

    private static boolean inRange(Quantity q, double v) {
        if (!Double.isFinite(v)) {
            return false;
        }
        switch (q) {
            case LATITUDE:
                return Math.abs(v) <= 90;
            case LONGITUDE:
            case MAGNETIC_VARIATION:
                return Math.abs(v) <= 180;
            case FIX_QUALITY:
                return v >= 0 && v <= 8 && v == Math.rint(v);
            case SATELLITES:
                return v >= 0 && v <= 999 && v == Math.rint(v);
            case COURSE:
                return v >= 0 && v <= 360;
            case SPEED:
            case HDOP:
                return v >= 0 && v < 1e6;
            default:
                return Math.abs(v) < 1e7;
        }
    }

    private static String talkerOf(Observation o, int i) {
        String t = o.source();
        if (t.isEmpty()) {
            return "GP";
        }
        if (t.length() != 2
                || t.charAt(0) == 'P'
                || !isAddressChar((byte) t.charAt(0))
                || !isAddressChar((byte) t.charAt(1))) {
            throw refuse(i, "source '" + t + "' is not a talker id such as GP or GN");
        }
        return t;
    }

    private static void position(StringBuilder out, Fix fix) {
        double lat = fix.get(Quantity.LATITUDE);
        double lon = fix.get(Quantity.LONGITUDE);
        out.append(',').append(coordinate(lat, 2)).append(',').append(negative(lat) ? 'S' : 'N');
        out.append(',').append(coordinate(lon, 3)).append(',').append(negative(lon) ? 'W' : 'E');
    }

    private static boolean negative(double v) {
        return Math.copySign(1.0, v) < 0;
    }

    /** Degrees as {@code (d)ddmm.mmmmmmm}, trailing zeros of the minutes dropped. */
    private static String coordinate(double value, int degreeDigits) {
        double a = Math.abs(value);
        long degrees = (long) a;
        BigDecimal minutes = new BigDecimal((a - degrees) * 60).setScale(7, RoundingMode.HALF_EVEN);
        if (minutes.compareTo(BigDecimal.valueOf(60)) >= 0) {
            degrees++;
            minutes = BigDecimal.ZERO;
        }
        String m = plain(minutes);
        StringBuilder out = new StringBuilder(16);
        String d = Long.toString(degrees);
        for (int i = d.length(); i < degreeDigits; i++) {
            out.append('0');
        }
        out.append(d);
        if (minutes.compareTo(BigDecimal.TEN) < 0) {
            out.append('0');
        }
        return out.append(m).toString();
    }

    private static String number(Fix fix, Quantity q, int scale) {
        return fix.has(q) ? decimal(fix.get(q), scale) : "";
    }

    /** At most {@code scale} decimals, trailing zeros dropped, at least one decimal kept. */
    private static String decimal(double v, int scale) {
        return plain(new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN));
    }

    private static String plain(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        if (stripped.scale() < 1) {
            stripped = stripped.setScale(1);
        }
        return stripped.toPlainString();
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String time(long tod, int nano) {
        StringBuilder t = new StringBuilder(16)
                .append(two((int) (tod / 3600)))
                .append(two((int) (tod / 60 % 60)))
                .append(two((int) (tod % 60)));
        if (nano != 0) {
            String f = String.format("%09d", nano);
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            t.append('.').append(f, 0, end);
        }
        return t.toString();
    }

    private static void line(StringBuilder out, StringBuilder body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum ^= body.charAt(i);
        }
        out.append('$')
                .append(body)
                .append('*')
                .append(String.format("%02X", sum))
                .append("\r\n");
    }
}
