package vn.smartcity.iot.senml;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.DecodeContext;
import vn.smartcity.iot.MutableObservation;
import vn.smartcity.iot.ObservationSink;

/**
 * The format-independent half of a SenML decoder: resolution of a pack into resolved records (RFC
 * 8428 section 4.6), shared by the JSON and CBOR readers, which parse the bytes and report fields
 * through {@link #beginRecord()}, {@link #claim}, {@link #text}, {@link #number}, {@link #bool},
 * {@link #version} and {@link #endRecord}.
 *
 * <p>Decoding takes two passes. The first parses and validates the whole pack and stores each
 * resolved record as offsets into the input and primitive numbers, in arrays that are grown only
 * when a pack is larger than any before; the second sorts the records by time (stable) and hands
 * them to the sink. So a pack that is invalid anywhere reaches the sink not at all, and decoding
 * allocates nothing per record in steady state. One instance per thread.
 */
abstract class SenmlPack {

    /** Version ({@code bver}), CBOR -1. */
    static final int BVER = 0;
    /** Base Name ({@code bn}), CBOR -2. */
    static final int BN = 1;
    /** Base Time ({@code bt}), CBOR -3. */
    static final int BT = 2;
    /** Base Unit ({@code bu}), CBOR -4. */
    static final int BU = 3;
    /** Base Value ({@code bv}), CBOR -5. */
    static final int BV = 4;
    /** Base Sum ({@code bs}), CBOR -6. */
    static final int BS = 5;
    /** Name ({@code n}), CBOR 0. */
    static final int N = 6;
    /** Unit ({@code u}), CBOR 1. */
    static final int U = 7;
    /** Value ({@code v}), CBOR 2. */
    static final int V = 8;
    /** String Value ({@code vs}), CBOR 3. */
    static final int VS = 9;
    /** Boolean Value ({@code vb}), CBOR 4. */
    static final int VB = 10;
    /** Value Sum ({@code s}), CBOR 5. */
    static final int S = 11;
    /** Time ({@code t}), CBOR 6. */
    static final int T = 12;
    /** Update Time ({@code ut}), CBOR 7: read, checked to be a number, and ignored. */
    static final int UT = 13;
    /** Data Value ({@code vd}), CBOR 8. */
    static final int VD = 14;
    /** A label this decoder does not know: ignored unless it ends in {@code '_'}. */
    static final int UNKNOWN = -1;

    /** The labels by index, for messages. */
    static final String[] LABELS = {
        "bver", "bn", "bt", "bu", "bv", "bs", "n", "u", "v", "vs", "vb", "s", "t", "ut", "vd"
    };

    /** The newest SenML version this decoder understands (RFC 8428 section 4.1). */
    static final int SUPPORTED_VERSION = 10;

    /** Times below 2^28 are relative to "now" (RFC 8428 section 4.5.3). */
    static final double ABSOLUTE_TIME = 268_435_456d;

    /** The largest time, in seconds either side of 1970, that microseconds in a {@code long} hold. */
    static final double MAX_SECONDS = 9.0e12;

    private static final int BASE_FIELDS = (1 << BVER) | (1 << BN) | (1 << BT) | (1 << BU) | (1 << BV) | (1 << BS);
    private static final int VALUE_FIELDS = (1 << V) | (1 << VS) | (1 << VB) | (1 << VD);
    private static final int REGULAR_FIELDS = ((1 << (VD + 1)) - 1) & ~BASE_FIELDS;

    private static final byte[] EMPTY = new byte[0];
    private static final Clock NO_CLOCK = Clock.systemUTC();

    // The ints of a stored record: where its base name, name, unit and string or data value are
    // (start and length in the reader's terms, start -1 for none) and its kind.
    private static final int STRIDE = 9;
    private static final int BASE_NAME = 0;
    private static final int NAME = 2;
    private static final int UNIT = 4;
    private static final int TEXT = 6;
    private static final int KIND = 8;
    private static final int KIND_NONE = 0;
    private static final int KIND_NUMBER = 1;
    private static final int KIND_BOOL = 2;
    private static final int KIND_TEXT = 3;
    private static final int KIND_DATA = 4;
    private static final int HAS_SUM = 8;

    private static final int SOURCE_UNKNOWN = 0;
    private static final int SOURCE_EMPTY = 1;
    private static final int SOURCE_BASE_NAME = 2;

    /** The codec's id, for exceptions. */
    final String codec;

    /** The record handed to the sink. */
    private final MutableObservation out;

    /** Scratch text: names being checked. */
    private final StringBuilder scratch = new StringBuilder(64);

    /** Scratch characters: runs of ASCII bytes widened, to append them at once. */
    private char[] asciiRun = new char[64];

    // The last base name and unit handed out, decoded, with where their bytes are (start -1: none).
    private final StringBuilder baseNameText = new StringBuilder(64);
    private final StringBuilder sourceText = new StringBuilder(64);
    private final StringBuilder unitText = new StringBuilder(16);
    private int baseNameTextStart;
    private int baseNameTextLength;
    private int unitTextStart;
    private int unitTextLength;

    // What the source of the reused record holds (clear() keeps it), so that it is copied only when
    // it changes: SOURCE_UNKNOWN, SOURCE_EMPTY or SOURCE_BASE_NAME (sourceText).
    private int outSource;

    /** Whether a decode is under way on this instance (a sink that decodes again gets a new one). */
    boolean busy;

    /** The input; only during a decode. */
    byte[] data = EMPTY;

    /** Where the input starts: offsets in exceptions are relative to it. */
    int base;

    /** Where the input ends (exclusive). */
    int limit;

    private Clock clock = NO_CLOCK;
    private boolean nowKnown;
    private long nowMicros;

    // Base fields in effect (section 4.1), carried forward from record to record.
    private int version;
    private boolean hasBaseName;
    private int baseNameStart;
    private int baseNameLength;
    private int baseNameOffset;
    private int baseNameChars;
    private boolean baseNameLeads;
    private boolean hasBaseUnit;
    private int baseUnitStart;
    private int baseUnitLength;
    private boolean hasBaseTime;
    private double baseTime;
    private boolean hasBaseValue;
    private double baseValue;
    private boolean hasBaseSum;
    private double baseSum;

    // The record being read.
    private int records;
    private int seen;
    private int bnStart;
    private int bnLength;
    private int bnOffset;
    private int buStart;
    private int buLength;
    private int nStart;
    private int nLength;
    private int nOffset;
    private int uStart;
    private int uLength;
    private int textStart;
    private int textLength;
    private double bt;
    private double bv;
    private double bs;
    private double v;
    private double s;
    private double t;
    private int tOffset;
    private boolean vb;
    private long bver;
    private int bverOffset;

    // The resolved records.
    private int count;
    private int[] ints = new int[16 * STRIDE];
    private double[] numbers = new double[16 * 2];
    private long[] times = new long[16];
    private int[] order = new int[16];
    private int[] merged = new int[16];

    /**
     * Creates the state for one codec.
     *
     * @param codec the codec's id, for exceptions and records
     */
    SenmlPack(String codec) {
        this.codec = codec;
        this.out = new MutableObservation(codec);
    }

    /**
     * Parses {@link #data} from {@link #base} to {@link #limit}, reporting each record's fields.
     *
     * @throws CodecException if the input is not a valid pack
     */
    abstract void parse();

    /**
     * Appends a string field's text, as stored by {@link #text}; the reader validated it before.
     *
     * @param start where the text's bytes start (for JSON, the content between the quotes, still
     *     escaped)
     * @param length how many bytes
     * @param target where to append
     */
    abstract void appendText(int start, int length, StringBuilder target);

    /**
     * Sets a data value ({@code vd}) on the record, as stored by {@link #text}.
     *
     * @param start where the field is
     * @param length its length
     * @param target the record
     */
    abstract void setData(int start, int length, MutableObservation target);

    /**
     * Decodes a pack into the sink.
     *
     * @param bytes the buffer
     * @param offset where the pack starts
     * @param length its length
     * @param context the clock for relative times
     * @param sink receives the records in time order
     * @return the number of records
     */
    final int decode(byte[] bytes, int offset, int length, DecodeContext context, ObservationSink sink) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        busy = true;
        try {
            data = bytes;
            base = offset;
            limit = offset + length;
            clock = context.clock();
            nowKnown = false;
            resetBase();
            records = 0;
            count = 0;
            baseNameTextStart = -1;
            unitTextStart = -1;
            outSource = SOURCE_UNKNOWN;
            parse();
            int[] sequence = sortByTime();
            for (int i = 0; i < count; i++) {
                emit(sequence == null ? i : sequence[i], sink);
            }
            return count;
        } finally {
            data = EMPTY;
            clock = NO_CLOCK;
            busy = false;
        }
    }

    private void resetBase() {
        version = SUPPORTED_VERSION;
        hasBaseName = false;
        hasBaseUnit = false;
        hasBaseTime = false;
        hasBaseValue = false;
        hasBaseSum = false;
    }

    /** Starts a record. */
    final void beginRecord() {
        seen = 0;
    }

    /**
     * Notes that a record has a known label: each at most once, and one value field at most.
     *
     * @param label the label's index
     * @param keyOffset where the label is
     */
    final void claim(int label, int keyOffset) {
        int bit = 1 << label;
        if ((seen & bit) != 0) {
            throw error(keyOffset, "each label once in a record", "a second '" + LABELS[label] + "'");
        }
        if ((bit & VALUE_FIELDS) != 0 && (seen & VALUE_FIELDS) != 0) {
            throw error(
                    keyOffset,
                    "one value field (v, vs, vb or vd) in a record (RFC 8428 section 4.2)",
                    "'" + LABELS[label] + "' after another value");
        }
        seen |= bit;
    }

    /**
     * A string field: {@code bn}, {@code bu}, {@code n}, {@code u}, {@code vs}, {@code vd}.
     *
     * @param label the label
     * @param start where the text's bytes start (for JSON, the content between the quotes, still
     *     escaped)
     * @param length how many bytes
     * @param valueOffset where the value starts in the input, for messages
     */
    final void text(int label, int start, int length, int valueOffset) {
        switch (label) {
            case BN -> {
                bnStart = start;
                bnLength = length;
                bnOffset = valueOffset;
            }
            case BU -> {
                buStart = start;
                buLength = length;
            }
            case N -> {
                nStart = start;
                nLength = length;
                nOffset = valueOffset;
            }
            case U -> {
                uStart = start;
                uLength = length;
            }
            default -> {
                textStart = start;
                textLength = length;
            }
        }
    }

    /**
     * A numeric field: {@code bt}, {@code bv}, {@code bs}, {@code v}, {@code s}, {@code t}, {@code
     * ut}.
     *
     * @param label the label
     * @param value the number
     * @param valueOffset where it is
     */
    final void number(int label, double value, int valueOffset) {
        if ((label == BT || label == T) && !Double.isFinite(value)) {
            throw error(valueOffset, "a finite number for " + LABELS[label], Double.toString(value));
        }
        switch (label) {
            case BT -> bt = value;
            case BV -> bv = value;
            case BS -> bs = value;
            case V -> v = value;
            case S -> s = value;
            case T -> {
                t = value;
                tOffset = valueOffset;
            }
            default -> {
                // ut: the sensor's update period; nothing in a resolved record carries it.
            }
        }
    }

    /**
     * The boolean value {@code vb}.
     *
     * @param value the value
     */
    final void bool(boolean value) {
        vb = value;
    }

    /**
     * The version {@code bver}.
     *
     * @param value the version, {@link Long#MAX_VALUE} for one beyond a {@code long}
     * @param valueOffset where it is
     */
    final void version(long value, int valueOffset) {
        if (value < 1) {
            throw error(valueOffset, "a positive integer for bver (RFC 8428 section 4.1)", Long.toString(value));
        }
        bver = value;
        bverOffset = valueOffset;
    }

    /**
     * Ends a record: applies its base fields, then resolves and stores it.
     *
     * @param recordOffset where the record starts
     */
    final void endRecord(int recordOffset) {
        int fields = seen;
        if (has(BVER)) {
            if (bver > SUPPORTED_VERSION) {
                throw error(
                        bverOffset,
                        "SenML version " + SUPPORTED_VERSION + " or lower (RFC 8428 section 4.4)",
                        "version " + bver);
            }
            if (records > 0 && bver != version) {
                throw error(
                        bverOffset,
                        "version " + version + " as in the records before (RFC 8428 section 4.4)",
                        "version " + bver);
            }
            version = (int) bver;
        }
        if (has(BN)) {
            setBaseName();
        }
        if (has(BT)) {
            hasBaseTime = true;
            baseTime = bt;
        }
        if (has(BU)) {
            hasBaseUnit = true;
            baseUnitStart = buStart;
            baseUnitLength = buLength;
        }
        if (has(BV)) {
            hasBaseValue = true;
            baseValue = bv;
        }
        if (has(BS)) {
            hasBaseSum = true;
            baseSum = bs;
        }
        records++;
        if ((fields & REGULAR_FIELDS) == 0) {
            if (fields == 0) {
                throw error(recordOffset, "a value (v, vs, vb or vd) or a sum (s)", "a record without SenML fields");
            }
            return; // only base fields, as in RFC 8428 section 5.1.7: no record of its own
        }
        boolean hasSum = has(S) || hasBaseSum;
        if ((fields & VALUE_FIELDS) == 0 && !hasSum) {
            throw error(recordOffset, "a value (v, vs, vb or vd) or a sum (s) (RFC 8428 section 4.2)", "neither");
        }
        checkName(recordOffset);
        long micros = resolveTime(has(T) ? tOffset : recordOffset);
        store(hasSum, micros);
    }

    private boolean has(int label) {
        return (seen & (1 << label)) != 0;
    }

    private void setBaseName() {
        int chars = plainName(bnStart, bnLength);
        char first = chars > 0 ? (char) data[bnStart] : 0;
        if (chars < 0) {
            StringBuilder text = decodeName(bnStart, bnLength, bnOffset);
            chars = text.length();
            first = chars > 0 ? text.charAt(0) : 0;
        }
        hasBaseName = true;
        baseNameStart = bnStart;
        baseNameLength = bnLength;
        baseNameOffset = bnOffset;
        baseNameChars = chars;
        baseNameLeads = chars > 0 && leads(first);
    }

    /**
     * Checks a name straight from the bytes when they are all ASCII name characters, as they
     * nearly always are.
     *
     * @param start where the text is
     * @param length its length
     * @return the number of characters, or -1 if the text must be decoded to be checked
     */
    private int plainName(int start, int length) {
        byte[] b = data;
        for (int i = start, end = start + length; i < end; i++) {
            if (!nameChar((char) b[i])) {
                return -1;
            }
        }
        return length;
    }

    /**
     * Decodes a name into the scratch text and checks its characters.
     *
     * @param start where the text is
     * @param length its length
     * @param offset where the value is, for the message
     * @return the scratch text
     */
    private StringBuilder decodeName(int start, int length, int offset) {
        StringBuilder text = scratch;
        text.setLength(0);
        appendText(start, length, text);
        int bad = invalidNameChar(text);
        if (bad >= 0) {
            throw error(offset, nameRule(), quote(text) + " has " + quote(text.charAt(bad)));
        }
        return text;
    }

    private void checkName(int recordOffset) {
        int chars = 0;
        char first = 0;
        if (has(N)) {
            chars = plainName(nStart, nLength);
            first = chars > 0 ? (char) data[nStart] : 0;
            if (chars < 0) {
                StringBuilder text = decodeName(nStart, nLength, nOffset);
                chars = text.length();
                first = chars > 0 ? text.charAt(0) : 0;
            }
        }
        if (hasBaseName && baseNameChars > 0) {
            if (!baseNameLeads) {
                throw error(
                        baseNameOffset,
                        "a base name starting with a letter or digit (RFC 8428 section 4.5.1)",
                        quote(decodeName(baseNameStart, baseNameLength, baseNameOffset)));
            }
        } else if (chars == 0) {
            throw error(recordOffset, "a name (n or bn)", "none");
        } else if (!leads(first)) {
            throw error(
                    nOffset,
                    "a name starting with a letter or digit (RFC 8428 section 4.5.1)",
                    quote(decodeName(nStart, nLength, nOffset)));
        }
    }

    private long resolveTime(int offset) {
        double seconds;
        if (has(T)) {
            seconds = hasBaseTime ? baseTime + t : t;
        } else {
            seconds = hasBaseTime ? baseTime : 0;
        }
        if (!(Math.abs(seconds) <= MAX_SECONDS)) {
            throw error(offset, "a time within 9e12 seconds of 1970", Double.toString(seconds));
        }
        long micros = micros(seconds);
        if (seconds < ABSOLUTE_TIME) {
            if (!nowKnown) {
                nowMicros = Math.multiplyExact(clock.millis(), 1000L);
                nowKnown = true;
            }
            micros += nowMicros;
        }
        return micros;
    }

    /**
     * Rounds seconds to microseconds: exact for every time a double holds to better than half a
     * microsecond, which is every absolute time before 2106.
     *
     * @param seconds the seconds, within {@link #MAX_SECONDS}
     * @return the microseconds
     */
    static long micros(double seconds) {
        double whole = Math.floor(seconds);
        return (long) whole * 1_000_000L + Math.round((seconds - whole) * 1e6);
    }

    private void store(boolean hasSum, long micros) {
        int index = count;
        if (index == times.length) {
            int size = index * 2;
            ints = Arrays.copyOf(ints, size * STRIDE);
            numbers = Arrays.copyOf(numbers, size * 2);
            times = Arrays.copyOf(times, size);
            order = new int[size];
            merged = new int[size];
        }
        int[] r = ints;
        int o = index * STRIDE;
        if (hasBaseName && baseNameChars > 0) {
            r[o + BASE_NAME] = baseNameStart;
            r[o + BASE_NAME + 1] = baseNameLength;
        } else {
            r[o + BASE_NAME] = -1;
        }
        if (has(N)) {
            r[o + NAME] = nStart;
            r[o + NAME + 1] = nLength;
        } else {
            r[o + NAME] = -1;
        }
        if (has(U)) {
            r[o + UNIT] = uStart;
            r[o + UNIT + 1] = uLength;
        } else if (hasBaseUnit) {
            r[o + UNIT] = baseUnitStart;
            r[o + UNIT + 1] = baseUnitLength;
        } else {
            r[o + UNIT] = -1;
        }
        r[o + TEXT] = textStart;
        r[o + TEXT + 1] = textLength;
        int kind;
        double value = 0;
        if (has(V)) {
            kind = KIND_NUMBER;
            value = hasBaseValue ? baseValue + v : v;
        } else if (has(VB)) {
            kind = KIND_BOOL;
            value = vb ? 1 : 0;
        } else if (has(VS)) {
            kind = KIND_TEXT;
        } else if (has(VD)) {
            kind = KIND_DATA;
        } else {
            kind = KIND_NONE;
        }
        double sum = 0;
        if (hasSum) {
            kind |= HAS_SUM;
            if (has(S)) {
                sum = hasBaseSum ? baseSum + s : s;
            } else {
                sum = baseSum;
            }
        }
        r[o + KIND] = kind;
        numbers[index * 2] = value;
        numbers[index * 2 + 1] = sum;
        times[index] = micros;
        count = index + 1;
    }

    /**
     * Puts the records in time order, stably (RFC 8428 section 4.6): nothing to do when they are
     * in order already, else a bottom-up merge sort of indices.
     *
     * @return the indices in time order, or {@code null} if the records are in order
     */
    private int @Nullable [] sortByTime() {
        int n = count;
        long[] time = times;
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = time[i - 1] <= time[i];
        }
        if (sorted) {
            return null;
        }
        int[] from = order;
        int[] to = merged;
        for (int i = 0; i < n; i++) {
            from[i] = i;
        }
        for (int width = 1; width < n; width <<= 1) {
            for (int lo = 0; lo < n; lo += width << 1) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + (width << 1), n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    to[k++] = time[from[j]] < time[from[i]] ? from[j++] : from[i++];
                }
                while (i < mid) {
                    to[k++] = from[i++];
                }
                while (j < hi) {
                    to[k++] = from[j++];
                }
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    private void emit(int index, ObservationSink sink) {
        MutableObservation r = out.clear();
        int[] f = ints;
        int o = index * STRIDE;
        StringBuilder name = r.nameBuffer();
        int start = f[o + BASE_NAME];
        int length = f[o + BASE_NAME + 1];
        if (start < 0) {
            if (outSource != SOURCE_EMPTY) {
                r.source("");
                outSource = SOURCE_EMPTY;
            }
        } else {
            if (!same(start, length, baseNameTextStart, baseNameTextLength)) {
                baseNameText.setLength(0);
                appendText(start, length, baseNameText);
                baseNameTextStart = start;
                baseNameTextLength = length;
                sourceText.setLength(0);
                sourceText.append(baseNameText);
                int end = sourceText.length();
                char last = sourceText.charAt(end - 1);
                if (last == ':' || last == '/') {
                    sourceText.setLength(end - 1);
                }
                outSource = SOURCE_UNKNOWN;
            }
            name.append(baseNameText);
            if (outSource != SOURCE_BASE_NAME) {
                r.source(sourceText);
                outSource = SOURCE_BASE_NAME;
            }
        }
        if (f[o + NAME] >= 0) {
            appendText(f[o + NAME], f[o + NAME + 1], name);
        }
        start = f[o + UNIT];
        length = f[o + UNIT + 1];
        if (start >= 0) {
            if (!same(start, length, unitTextStart, unitTextLength)) {
                unitText.setLength(0);
                appendText(start, length, unitText);
                unitTextStart = start;
                unitTextLength = length;
            }
            r.unit(unitText);
        }
        int kind = f[o + KIND];
        switch (kind & ~HAS_SUM) {
            case KIND_NUMBER -> r.number(numbers[index * 2]);
            case KIND_BOOL -> r.bool(numbers[index * 2] != 0);
            case KIND_TEXT -> {
                appendText(f[o + TEXT], f[o + TEXT + 1], r.textBuffer());
                r.textValue();
            }
            case KIND_DATA -> setData(f[o + TEXT], f[o + TEXT + 1], r);
            default -> r.noValue();
        }
        if ((kind & HAS_SUM) != 0) {
            r.sum(numbers[index * 2 + 1]);
        }
        long micros = times[index];
        r.time(Math.floorDiv(micros, 1_000_000L), (int) Math.floorMod(micros, 1_000_000L) * 1000);
        sink.accept(r);
    }

    /**
     * Whether the bytes of a text are those of a text decoded before.
     *
     * @param start where the text is
     * @param length its length
     * @param decodedStart where the decoded one is, -1 for none
     * @param decodedLength its length
     * @return {@code true} if they are the same bytes
     */
    private boolean same(int start, int length, int decodedStart, int decodedLength) {
        return decodedStart >= 0
                && length == decodedLength
                && (start == decodedStart
                        || Arrays.equals(data, start, start + length, data, decodedStart, decodedStart + length));
    }

    /**
     * An exception at a position of the input.
     *
     * @param position the absolute position in {@link #data}
     * @param expected what was expected
     * @param found what was there, or {@code null}
     * @return the exception, to throw
     */
    final CodecException error(int position, String expected, @Nullable String found) {
        return new CodecException(codec, position - base, expected, found);
    }

    /**
     * Renders the input from a position, for messages.
     *
     * @param position the absolute position
     * @return a short rendering
     */
    final String describe(int position) {
        return CodecException.describe(data, position, limit);
    }

    /**
     * Whether a character may start a SenML name (RFC 8428 section 4.5.1).
     *
     * @param c the character
     * @return {@code true} for A-Z, a-z, 0-9
     */
    static boolean leads(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /**
     * Finds a character SenML names do not allow (RFC 8428 section 4.5.1).
     *
     * @param name the name
     * @return the index of the first such character, or -1
     */
    static int invalidNameChar(CharSequence name) {
        for (int i = 0, n = name.length(); i < n; i++) {
            if (!nameChar(name.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean nameChar(char c) {
        return leads(c) || c == '-' || c == ':' || c == '.' || c == '/' || c == '_';
    }

    /**
     * The name rule, for messages.
     *
     * @return the phrase
     */
    static String nameRule() {
        return "a name of A-Z, a-z, 0-9, '-', ':', '.', '/', '_' (RFC 8428 section 4.5.1)";
    }

    private static String quote(CharSequence text) {
        return "'" + text + "'";
    }

    private static String quote(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    /**
     * The length of the UTF-8 sequence at a position, strictly (RFC 3629 section 4: no overlong
     * forms, no surrogates, nothing above U+10FFFF).
     *
     * @param b the buffer
     * @param i where the sequence starts; its first byte is 0x80 or above
     * @param end where the input ends
     * @return 2, 3 or 4, or -1 if the bytes are not valid UTF-8
     */
    static int utf8Length(byte[] b, int i, int end) {
        int c = b[i] & 0xFF;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        if (n > end - i) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < lo || second > hi) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            int next = b[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return -1;
            }
        }
        return n;
    }

    /**
     * Appends a run of ASCII bytes (each below 0x80, validated) at once: widened into a reused
     * array, then one append, rather than one append with its checks per character.
     *
     * @param b the buffer
     * @param from where the run starts
     * @param to where it ends (exclusive)
     * @param target where to append
     */
    final void appendAscii(byte[] b, int from, int to, StringBuilder target) {
        int n = to - from;
        char[] chars = asciiRun;
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
            asciiRun = chars;
        }
        for (int k = 0; k < n; k++) {
            chars[k] = (char) b[from + k];
        }
        target.append(chars, 0, n);
    }

    /**
     * Appends one validated UTF-8 character.
     *
     * @param b the buffer
     * @param i where the character starts
     * @param target where to append
     * @return where the next character starts
     */
    static int appendUtf8(byte[] b, int i, StringBuilder target) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
            target.append((char) c);
            return i + 1;
        }
        if (c < 0xE0) {
            target.append((char) (((c & 0x1F) << 6) | (b[i + 1] & 0x3F)));
            return i + 2;
        }
        if (c < 0xF0) {
            target.append((char) (((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F)));
            return i + 3;
        }
        target.appendCodePoint(
                ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F));
        return i + 4;
    }
}
