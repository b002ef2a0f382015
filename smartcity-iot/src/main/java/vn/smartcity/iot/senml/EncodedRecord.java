package vn.smartcity.iot.senml;

import java.time.Instant;
import java.util.List;
import vn.smartcity.iot.CodecException;
import vn.smartcity.iot.Observation;
import vn.smartcity.iot.Statistic;
import vn.smartcity.iot.Status;
import vn.smartcity.iot.Value;

/**
 * One observation as both encoders write it: checked, its name split into the base name that
 * carries the source and the rest, its time in microseconds.
 *
 * <p>The split undoes what decoding does with the source (the base name less one trailing {@code
 * ':'} or {@code '/'}): a name equal to the source is written as the base name alone; a name that
 * starts with the source and {@code ':'} or {@code '/'} is written as that base name and the rest;
 * any other name is qualified by its source, {@code bn} being the source and {@code ':'} (a record
 * from another protocol, source {@code Y80110010000010} and name {@code a34004}, becomes {@code
 * Y80110010000010:a34004}). A record without a source has no base name.
 *
 * @param observation the observation
 * @param baseName the base name to have in effect, {@code ""} for none
 * @param name the name field, {@code ""} to leave it out
 * @param micros the time in microseconds since the epoch
 */
record EncodedRecord(Observation observation, String baseName, String name, long micros) {

    /** The largest absolute time written, in seconds, as the decoders accept it. */
    private static final long MAX_SECONDS = (long) SenmlPack.MAX_SECONDS;

    /**
     * Checks and lays out records.
     *
     * @param codec the codec's id, for exceptions
     * @param records the records
     * @return the layouts
     * @throws CodecException with offset -1, naming the record and the reason, if one cannot be
     *     written
     */
    static EncodedRecord[] of(String codec, List<Observation> records) {
        if (records.isEmpty()) {
            throw new CodecException(codec, -1, "at least one record (a SenML pack is never empty)", "no records");
        }
        EncodedRecord[] out = new EncodedRecord[records.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(codec, i, records.get(i));
        }
        return out;
    }

    private static EncodedRecord of(String codec, int index, Observation o) {
        String where = "record " + index + ": ";
        if (o.status() != Status.NORMAL) {
            throw new CodecException(
                    codec,
                    -1,
                    where + "status NORMAL (SenML has no instrument status)",
                    o.status().name());
        }
        if (o.statistic() != Statistic.SAMPLE) {
            throw new CodecException(
                    codec,
                    -1,
                    where + "statistic SAMPLE (SenML values are samples)",
                    o.statistic().name());
        }
        Instant time = o.time();
        if (time.getEpochSecond() < (long) SenmlPack.ABSOLUTE_TIME || time.getEpochSecond() >= MAX_SECONDS) {
            throw new CodecException(
                    codec,
                    -1,
                    where + "a time from 1978-07-04T21:24:16Z on (earlier SenML times are relative to now,"
                            + " RFC 8428 section 4.5.3)",
                    time.toString());
        }
        long micros = time.getEpochSecond() * 1_000_000L + (time.getNano() + 500) / 1000;
        checkUnicode(codec, where + "source", o.source());
        checkUnicode(codec, where + "name", o.name());
        if (o.unit() != null) {
            checkUnicode(codec, where + "unit", o.unit());
        }
        if (o.value() instanceof Value.Text text) {
            checkUnicode(codec, where + "string value", text.value());
        }
        String source = o.source();
        String name = o.name();
        String baseName;
        String rest;
        if (source.isEmpty()) {
            baseName = "";
            rest = name;
        } else if (name.equals(source) && !separator(source.charAt(source.length() - 1))) {
            baseName = source;
            rest = "";
        } else if (name.length() > source.length()
                && name.startsWith(source)
                && separator(name.charAt(source.length()))) {
            baseName = name.substring(0, source.length() + 1);
            rest = name.substring(source.length() + 1);
        } else {
            baseName = source + ":";
            rest = name;
        }
        String full = baseName + rest;
        int bad = SenmlPack.invalidNameChar(full);
        if (bad >= 0) {
            throw new CodecException(
                    codec, -1, where + SenmlPack.nameRule(), "'" + full + "' has '" + full.charAt(bad) + "'");
        }
        if (full.isEmpty() || !SenmlPack.leads(full.charAt(0))) {
            throw new CodecException(
                    codec, -1, where + "a name starting with a letter or digit (RFC 8428 section 4.5.1)", full);
        }
        return new EncodedRecord(o, baseName, rest, micros);
    }

    private static boolean separator(char c) {
        return c == ':' || c == '/';
    }

    private static void checkUnicode(String codec, String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new CodecException(
                        codec, -1, what + ": text without lone surrogates", String.format("U+%04X at %d", (int) c, i));
            }
        }
    }

    /**
     * The whole seconds of the time.
     *
     * @return seconds since the epoch
     */
    long seconds() {
        return Math.floorDiv(micros, 1_000_000L);
    }

    /**
     * The microseconds within the second.
     *
     * @return 0 to 999,999
     */
    int microsOfSecond() {
        return (int) Math.floorMod(micros, 1_000_000L);
    }
}
