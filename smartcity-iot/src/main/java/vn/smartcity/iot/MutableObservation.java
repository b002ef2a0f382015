package vn.smartcity.iot;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The reusable record a codec fills on its hot path and hands to the sink as an {@link
 * ObservationView}. Text setters copy into internal buffers that grow once and are then reused,
 * so filling a record allocates nothing in steady state.
 *
 * <p>For codec authors: call {@link #clear()}, set what the record has, pass {@code this} to the
 * sink, repeat. Names and units that are constants of the codec are better set with {@link
 * #nameRef(String)} and {@link #unitRef(String)}, which keep the reference instead of copying the
 * characters. Not thread-safe; one per decoding thread.
 */
public final class MutableObservation implements ObservationView {

    private final String codec;
    private final StringBuilder source = new StringBuilder(32);
    private final StringBuilder name = new StringBuilder(32);
    private final StringBuilder unit = new StringBuilder(16);
    private final StringBuilder text = new StringBuilder(32);
    private final StringBuilder rawStatus = new StringBuilder(4);
    // Set by nameRef and unitRef: the name or unit is this string, not the buffer's content.
    private @Nullable String nameString;
    private @Nullable String unitString;
    private boolean hasUnit;
    private boolean hasRawStatus;
    private ValueType valueType = ValueType.NONE;
    private double number;
    private boolean bool;
    private byte[] data = new byte[0];
    private int dataLength;
    private boolean hasSum;
    private double sum;
    private long epochSecond;
    private int nano;
    private Statistic statistic = Statistic.SAMPLE;
    private Status status = Status.NORMAL;

    /**
     * Creates a record for one codec.
     *
     * @param codec the codec's id, reported by {@link #codec()}
     */
    public MutableObservation(String codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /**
     * Resets everything but the source: no unit, no value, no sum, time 0, a normal sample.
     *
     * @return this
     */
    public MutableObservation clear() {
        name.setLength(0);
        nameString = null;
        unit.setLength(0);
        unitString = null;
        text.setLength(0);
        rawStatus.setLength(0);
        hasUnit = false;
        hasRawStatus = false;
        valueType = ValueType.NONE;
        number = 0;
        bool = false;
        dataLength = 0;
        hasSum = false;
        sum = 0;
        epochSecond = 0;
        nano = 0;
        statistic = Statistic.SAMPLE;
        status = Status.NORMAL;
        return this;
    }

    private static void ascii(StringBuilder target, byte[] bytes, int offset, int length) {
        target.setLength(0);
        for (int i = offset, end = offset + length; i < end; i++) {
            target.append((char) (bytes[i] & 0xFF));
        }
    }

    /**
     * Sets the source.
     *
     * @param value the device or station
     * @return this
     */
    public MutableObservation source(CharSequence value) {
        source.setLength(0);
        source.append(value);
        return this;
    }

    /**
     * Sets the source from ASCII (or ISO-8859-1) bytes.
     *
     * @param bytes the buffer
     * @param offset where the text starts
     * @param length its length
     * @return this
     */
    public MutableObservation sourceAscii(byte[] bytes, int offset, int length) {
        ascii(source, bytes, offset, length);
        return this;
    }

    /**
     * Sets the name.
     *
     * @param value the name
     * @return this
     */
    public MutableObservation name(CharSequence value) {
        nameString = null;
        name.setLength(0);
        name.append(value);
        return this;
    }

    /**
     * Sets the name to a string without copying it: the record keeps the reference (a string cannot
     * change), which costs two stores where {@link #name(CharSequence)} copies every character. For
     * codecs whose names are constants, such as the entries of a register map.
     *
     * @param value the name
     * @return this
     */
    public MutableObservation nameRef(String value) {
        nameString = Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * Sets the name from ASCII bytes.
     *
     * @param bytes the buffer
     * @param offset where the text starts
     * @param length its length
     * @return this
     */
    public MutableObservation nameAscii(byte[] bytes, int offset, int length) {
        nameString = null;
        ascii(name, bytes, offset, length);
        return this;
    }

    /**
     * The name buffer, for codecs that build a name in parts (SenML's base name and name). It holds
     * the current name, also one set by {@link #nameRef(String)}.
     *
     * @return the buffer behind {@link #name()}
     */
    public StringBuilder nameBuffer() {
        if (nameString != null) {
            name.setLength(0);
            name.append(nameString);
            nameString = null;
        }
        return name;
    }

    /**
     * Sets the unit.
     *
     * @param value the unit, or {@code null} for none
     * @return this
     */
    public MutableObservation unit(@Nullable CharSequence value) {
        unitString = null;
        unit.setLength(0);
        hasUnit = value != null;
        if (value != null) {
            unit.append(value);
        }
        return this;
    }

    /**
     * Sets the unit to a string without copying it, as {@link #nameRef(String)} does for the name.
     *
     * @param value the unit, or {@code null} for none
     * @return this
     */
    public MutableObservation unitRef(@Nullable String value) {
        unitString = value;
        hasUnit = value != null;
        return this;
    }

    /**
     * Sets the unit from ASCII bytes.
     *
     * @param bytes the buffer
     * @param offset where the text starts
     * @param length its length
     * @return this
     */
    public MutableObservation unitAscii(byte[] bytes, int offset, int length) {
        unitString = null;
        ascii(unit, bytes, offset, length);
        hasUnit = true;
        return this;
    }

    /**
     * Sets a numeric value.
     *
     * @param value the number
     * @return this
     */
    public MutableObservation number(double value) {
        valueType = ValueType.NUMBER;
        number = value;
        return this;
    }

    /**
     * Sets a string value.
     *
     * @param value the string
     * @return this
     */
    public MutableObservation text(CharSequence value) {
        valueType = ValueType.TEXT;
        text.setLength(0);
        text.append(value);
        return this;
    }

    /**
     * The string-value buffer, for codecs that unescape into it; call {@link #textValue()} after.
     *
     * @return the buffer behind {@link #text()}, cleared
     */
    public StringBuilder textBuffer() {
        text.setLength(0);
        return text;
    }

    /**
     * Marks the text buffer's content as the value.
     *
     * @return this
     */
    public MutableObservation textValue() {
        valueType = ValueType.TEXT;
        return this;
    }

    /**
     * Sets a boolean value.
     *
     * @param value the boolean
     * @return this
     */
    public MutableObservation bool(boolean value) {
        valueType = ValueType.BOOL;
        bool = value;
        return this;
    }

    /**
     * Sets a data value (copied into an internal buffer).
     *
     * @param bytes the buffer
     * @param offset where the data starts
     * @param length its length
     * @return this
     */
    public MutableObservation data(byte[] bytes, int offset, int length) {
        if (data.length < length) {
            data = new byte[Math.max(length, data.length * 2)];
        }
        System.arraycopy(bytes, offset, data, 0, length);
        dataLength = length;
        valueType = ValueType.DATA;
        return this;
    }

    /**
     * Removes the value (a record with only a sum).
     *
     * @return this
     */
    public MutableObservation noValue() {
        valueType = ValueType.NONE;
        return this;
    }

    /**
     * Sets the sum.
     *
     * @param value the sum
     * @return this
     */
    public MutableObservation sum(double value) {
        hasSum = true;
        sum = value;
        return this;
    }

    /**
     * Sets the time.
     *
     * @param seconds seconds since the epoch
     * @param nanos nanoseconds within the second, 0 to 999,999,999
     * @return this
     */
    public MutableObservation time(long seconds, int nanos) {
        epochSecond = seconds;
        nano = nanos;
        return this;
    }

    /**
     * Sets the time in milliseconds since the epoch.
     *
     * @param epochMillis the time
     * @return this
     */
    public MutableObservation timeMillis(long epochMillis) {
        epochSecond = Math.floorDiv(epochMillis, 1000);
        nano = Math.floorMod(epochMillis, 1000) * 1_000_000;
        return this;
    }

    /**
     * Sets the statistic.
     *
     * @param value the statistic
     * @return this
     */
    public MutableObservation statistic(Statistic value) {
        statistic = value;
        return this;
    }

    /**
     * Sets the status without a raw flag.
     *
     * @param value the status
     * @return this
     */
    public MutableObservation status(Status value) {
        status = value;
        rawStatus.setLength(0);
        hasRawStatus = false;
        return this;
    }

    /**
     * Sets the status and the protocol's flag from ASCII bytes.
     *
     * @param value the status
     * @param bytes the buffer holding the flag
     * @param offset where the flag starts
     * @param length its length
     * @return this
     */
    public MutableObservation status(Status value, byte[] bytes, int offset, int length) {
        status = value;
        ascii(rawStatus, bytes, offset, length);
        hasRawStatus = true;
        return this;
    }

    /**
     * Sets the status and the protocol's flag.
     *
     * @param value the status
     * @param raw the flag
     * @return this
     */
    public MutableObservation status(Status value, CharSequence raw) {
        status = value;
        rawStatus.setLength(0);
        rawStatus.append(raw);
        hasRawStatus = true;
        return this;
    }

    @Override
    public CharSequence source() {
        return source;
    }

    @Override
    public String codec() {
        return codec;
    }

    @Override
    public CharSequence name() {
        String ref = nameString;
        return ref != null ? ref : name;
    }

    @Override
    public @Nullable CharSequence unit() {
        if (!hasUnit) {
            return null;
        }
        String ref = unitString;
        return ref != null ? ref : unit;
    }

    @Override
    public ValueType valueType() {
        return valueType;
    }

    @Override
    public double number() {
        return number;
    }

    @Override
    public boolean bool() {
        return bool;
    }

    @Override
    public CharSequence text() {
        return text;
    }

    @Override
    public byte[] data() {
        return Arrays.copyOf(data, dataLength);
    }

    @Override
    public boolean hasSum() {
        return hasSum;
    }

    @Override
    public double sum() {
        return sum;
    }

    @Override
    public long epochSecond() {
        return epochSecond;
    }

    @Override
    public int nano() {
        return nano;
    }

    @Override
    public Statistic statistic() {
        return statistic;
    }

    @Override
    public Status status() {
        return status;
    }

    @Override
    public @Nullable CharSequence rawStatus() {
        return hasRawStatus ? rawStatus : null;
    }

    @Override
    public Observation toObservation() {
        Value value;
        switch (valueType) {
            case NUMBER:
                value = Value.of(number);
                break;
            case TEXT:
                value = Value.of(text.toString());
                break;
            case BOOL:
                value = Value.of(bool);
                break;
            case DATA:
                value = Value.of(data());
                break;
            default:
                value = null;
        }
        return new Observation(
                source.toString(),
                codec,
                nameString != null ? nameString : name.toString(),
                hasUnit ? (unitString != null ? unitString : unit.toString()) : null,
                value,
                hasSum ? sum : null,
                Instant.ofEpochSecond(epochSecond, nano),
                statistic,
                status,
                hasRawStatus ? rawStatus.toString() : null);
    }

    @Override
    public String toString() {
        return "MutableObservation[" + name() + "=" + (valueType == ValueType.NUMBER ? number : valueType) + "]";
    }
}
