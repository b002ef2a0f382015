package vn.smartcity.iot.senml;

import org.jspecify.annotations.Nullable;
import vn.smartcity.iot.Ascii;
import vn.smartcity.iot.MutableObservation;

/**
 * Reads a SenML JSON pack (RFC 8428 section 5) with a strict, allocation-free JSON tokenizer over
 * the UTF-8 bytes (RFC 8259): whitespace, strings with every escape including surrogate pairs,
 * numbers by the JSON grammar, literals, and nested values of unknown labels skipped. Strings are
 * stored as the offset and length of their content between the quotes, and unescaped only when
 * needed.
 */
final class JsonPackReader extends SenmlPack {

    private static final int MAX_DEPTH = 32;

    /** Whether the last string scanned had an escape. */
    private boolean escaped;

    /** The bytes of the last data value decoded. */
    private byte[] bytes = new byte[64];

    /** A label with escapes, unescaped. */
    private final StringBuilder key = new StringBuilder(8);

    /**
     * Creates a reader.
     *
     * @param codec the codec's id
     */
    JsonPackReader(String codec) {
        super(codec);
    }

    @Override
    void parse() {
        byte[] b = data;
        int end = limit;
        int pos = skipSpace(base);
        if (pos >= end || b[pos] != '[') {
            throw error(pos, "'[' opening the SenML pack", describe(pos));
        }
        pos = skipSpace(pos + 1);
        while (true) {
            if (pos >= end || b[pos] != '{') {
                throw error(pos, "'{' opening a SenML record", describe(pos));
            }
            pos = skipSpace(record(pos));
            if (pos < end && b[pos] == ',') {
                pos = skipSpace(pos + 1);
            } else if (pos < end && b[pos] == ']') {
                break;
            } else {
                throw error(pos, "',' or ']' after a record", describe(pos));
            }
        }
        pos = skipSpace(pos + 1);
        if (pos != end) {
            throw error(pos, "end of input after the SenML pack", describe(pos));
        }
    }

    private int record(int start) {
        byte[] b = data;
        int end = limit;
        beginRecord();
        int pos = skipSpace(start + 1);
        if (pos < end && b[pos] == '}') {
            endRecord(start);
            return pos + 1;
        }
        while (true) {
            if (pos >= end || b[pos] != '"') {
                throw error(pos, "a label in double quotes", describe(pos));
            }
            int keyStart = pos;
            int keyEnd = string(pos);
            int label = label(keyStart, keyEnd);
            pos = skipSpace(keyEnd);
            if (pos >= end || b[pos] != ':') {
                throw error(pos, "':' after the label", describe(pos));
            }
            pos = skipSpace(pos + 1);
            if (label == UNKNOWN) {
                pos = skipValue(pos, 0);
            } else {
                claim(label, keyStart);
                pos = field(label, pos);
            }
            pos = skipSpace(pos);
            if (pos < end && b[pos] == ',') {
                pos = skipSpace(pos + 1);
            } else if (pos < end && b[pos] == '}') {
                endRecord(start);
                return pos + 1;
            } else {
                throw error(pos, "',' or '}' after a field", describe(pos));
            }
        }
    }

    private int field(int label, int pos) {
        byte[] b = data;
        switch (label) {
            case BN, BU, N, U, VS -> {
                if (pos >= limit || b[pos] != '"') {
                    throw error(pos, "a string for " + LABELS[label], describe(pos));
                }
                int end = string(pos);
                text(label, pos + 1, end - pos - 2, pos);
                return end;
            }
            case VD -> {
                if (pos >= limit || b[pos] != '"') {
                    throw error(pos, "a base64url string for vd", describe(pos));
                }
                int end = string(pos);
                base64(pos + 1, end - pos - 2);
                text(label, pos + 1, end - pos - 2, pos);
                return end;
            }
            case VB -> {
                if (literal(pos, "true")) {
                    bool(true);
                    return pos + 4;
                }
                if (literal(pos, "false")) {
                    bool(false);
                    return pos + 5;
                }
                throw error(pos, "true or false for vb", describe(pos));
            }
            case BVER -> {
                int end = numberToken(pos, label);
                double value = Ascii.parseDouble(b, pos, end - pos);
                if (!(value >= 1 && value <= Long.MAX_VALUE) || value != Math.rint(value)) {
                    throw error(pos, "a positive integer for bver (RFC 8428 section 4.1)", describe(pos));
                }
                version(value >= 0x1p62 ? Long.MAX_VALUE : (long) value, pos);
                return end;
            }
            default -> {
                int end = numberToken(pos, label);
                double value = Ascii.parseDouble(b, pos, end - pos);
                if (!Double.isFinite(value)) {
                    throw error(pos, "a number within the range of a double", describe(pos));
                }
                number(label, value, pos);
                return end;
            }
        }
    }

    /**
     * Identifies a label from its string token.
     *
     * @param start the opening quote
     * @param end after the closing quote
     * @return the label's index, or {@link #UNKNOWN}
     */
    private int label(int start, int end) {
        int label;
        boolean mustUnderstand;
        if (!escaped) {
            label = labelOf(data, start + 1, end - start - 2);
            mustUnderstand = end - start > 2 && data[end - 2] == '_';
        } else {
            StringBuilder k = key;
            k.setLength(0);
            appendText(start + 1, end - start - 2, k);
            label = labelOf(k);
            mustUnderstand = k.length() > 0 && k.charAt(k.length() - 1) == '_';
        }
        if (label == UNKNOWN && mustUnderstand) {
            throw error(
                    start,
                    "a label this decoder understands (labels ending in '_' must be understood, RFC 8428"
                            + " section 4.4)",
                    describe(start));
        }
        return label;
    }

    private static int labelOf(byte[] b, int s, int length) {
        switch (length) {
            case 1:
                return labelOf(b[s]);
            case 2:
                return labelOf(b[s], b[s + 1]);
            case 4:
                return b[s] == 'b' && b[s + 1] == 'v' && b[s + 2] == 'e' && b[s + 3] == 'r' ? BVER : UNKNOWN;
            default:
                return UNKNOWN;
        }
    }

    private static int labelOf(CharSequence k) {
        switch (k.length()) {
            case 1:
                return labelOf(k.charAt(0));
            case 2:
                return labelOf(k.charAt(0), k.charAt(1));
            case 4:
                return "bver".contentEquals(k) ? BVER : UNKNOWN;
            default:
                return UNKNOWN;
        }
    }

    /**
     * The label of one character.
     *
     * @param c the character
     * @return the label, or {@link #UNKNOWN}
     */
    private static int labelOf(int c) {
        switch (c) {
            case 'n':
                return N;
            case 'u':
                return U;
            case 'v':
                return V;
            case 's':
                return S;
            case 't':
                return T;
            default:
                return UNKNOWN;
        }
    }

    /**
     * The label of two characters.
     *
     * @param c0 the first
     * @param c1 the second
     * @return the label, or {@link #UNKNOWN}
     */
    private static int labelOf(int c0, int c1) {
        if (c0 == 'b') {
            switch (c1) {
                case 'n':
                    return BN;
                case 't':
                    return BT;
                case 'u':
                    return BU;
                case 'v':
                    return BV;
                case 's':
                    return BS;
                default:
                    return UNKNOWN;
            }
        }
        if (c0 == 'v') {
            switch (c1) {
                case 's':
                    return VS;
                case 'b':
                    return VB;
                case 'd':
                    return VD;
                default:
                    return UNKNOWN;
            }
        }
        return c0 == 'u' && c1 == 't' ? UT : UNKNOWN;
    }

    private int skipSpace(int pos) {
        byte[] b = data;
        int end = limit;
        while (pos < end) {
            byte c = b[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                break;
            }
            pos++;
        }
        return pos;
    }

    private boolean literal(int pos, String word) {
        return word.length() <= limit - pos && Ascii.equals(data, pos, word.length(), word);
    }

    /**
     * Scans a string token strictly: valid UTF-8, no control characters, valid escapes, surrogate
     * escapes only in pairs. Sets {@link #escaped}.
     *
     * @param start the opening quote
     * @return the position after the closing quote
     */
    private int string(int start) {
        byte[] b = data;
        int end = limit;
        boolean escapes = false;
        int i = start + 1;
        while (true) {
            if (i >= end) {
                throw error(i, "'\"' closing the string", "end of input");
            }
            int c = b[i] & 0xFF;
            if (c == '"') {
                escaped = escapes;
                return i + 1;
            }
            if (c == '\\') {
                escapes = true;
                i = escape(i);
            } else if (c < 0x20) {
                throw error(i, "no control character in a string (escape it)", describe(i));
            } else if (c < 0x80) {
                i++;
            } else {
                int n = utf8Length(b, i, end);
                if (n < 0) {
                    throw error(i, "valid UTF-8", describe(i));
                }
                i += n;
            }
        }
    }

    /**
     * Checks one escape.
     *
     * @param i the backslash
     * @return the position after the escape
     */
    private int escape(int i) {
        byte[] b = data;
        if (i + 1 >= limit) {
            throw error(i + 1, "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", "end of input");
        }
        switch (b[i + 1]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return i + 2;
            }
            case 'u' -> {
                int unit = hex4(i + 2);
                if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    throw error(i, "a high surrogate before a low one", describe(i));
                }
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    if (i + 7 >= limit || b[i + 6] != '\\' || b[i + 7] != 'u') {
                        throw error(i + 6, "a \\u escape of a low surrogate after a high one", describe(i + 6));
                    }
                    int low = hex4(i + 8);
                    if (low < 0xDC00 || low > 0xDFFF) {
                        throw error(i + 6, "a low surrogate (\\uDC00 to \\uDFFF) after a high one", describe(i + 6));
                    }
                    return i + 12;
                }
                return i + 6;
            }
            default -> throw error(i, "an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", describe(i));
        }
    }

    private int hex4(int pos) {
        long value = pos + 4 <= limit ? Ascii.parseHex(data, pos, 4) : -1;
        if (value < 0) {
            throw error(pos, "4 hex digits", describe(pos));
        }
        return (int) value;
    }

    /**
     * Scans a number token by the JSON grammar: {@code -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?}.
     *
     * @param pos where it starts
     * @param label the label, for messages, or {@link #UNKNOWN}
     * @return where it ends
     */
    private int numberToken(int pos, int label) {
        byte[] b = data;
        int end = limit;
        int i = pos;
        if (i < end && b[i] == '-') {
            i++;
        }
        if (i >= end || !digit(b[i])) {
            throw error(i, label == UNKNOWN ? "a digit" : "a number for " + LABELS[label], describe(i));
        }
        if (b[i] == '0') {
            i++;
            if (i < end && digit(b[i])) {
                throw error(i - 1, "no leading zero in a number", describe(i - 1));
            }
        } else {
            while (i < end && digit(b[i])) {
                i++;
            }
        }
        if (i < end && b[i] == '.') {
            i++;
            if (i >= end || !digit(b[i])) {
                throw error(i, "a digit after '.'", describe(i));
            }
            while (i < end && digit(b[i])) {
                i++;
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            if (i >= end || !digit(b[i])) {
                throw error(i, "a digit in the exponent", describe(i));
            }
            while (i < end && digit(b[i])) {
                i++;
            }
        }
        return i;
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Skips the value of an unknown label, checking it is valid JSON.
     *
     * @param pos where it starts
     * @param depth how deep in arrays and objects
     * @return where it ends
     */
    private int skipValue(int pos, int depth) {
        byte[] b = data;
        int end = limit;
        if (pos >= end) {
            throw error(pos, "a JSON value", "end of input");
        }
        switch (b[pos]) {
            case '"' -> {
                return string(pos);
            }
            case '{', '[' -> {
                if (depth >= MAX_DEPTH) {
                    throw error(pos, "JSON nested at most " + MAX_DEPTH + " deep", describe(pos));
                }
                boolean object = b[pos] == '{';
                byte close = (byte) (object ? '}' : ']');
                int i = skipSpace(pos + 1);
                if (i < end && b[i] == close) {
                    return i + 1;
                }
                while (true) {
                    if (object) {
                        if (i >= end || b[i] != '"') {
                            throw error(i, "a member name in double quotes", describe(i));
                        }
                        i = skipSpace(string(i));
                        if (i >= end || b[i] != ':') {
                            throw error(i, "':' after the member name", describe(i));
                        }
                        i = skipSpace(i + 1);
                    }
                    i = skipSpace(skipValue(i, depth + 1));
                    if (i < end && b[i] == ',') {
                        i = skipSpace(i + 1);
                    } else if (i < end && b[i] == close) {
                        return i + 1;
                    } else {
                        throw error(i, object ? "',' or '}'" : "',' or ']'", describe(i));
                    }
                }
            }
            case 't' -> {
                return word(pos, "true");
            }
            case 'f' -> {
                return word(pos, "false");
            }
            case 'n' -> {
                return word(pos, "null");
            }
            default -> {
                if (b[pos] == '-' || digit(b[pos])) {
                    return numberToken(pos, UNKNOWN);
                }
                throw error(pos, "a JSON value", describe(pos));
            }
        }
    }

    private int word(int pos, String word) {
        if (!literal(pos, word)) {
            throw error(pos, word, describe(pos));
        }
        return pos + word.length();
    }

    /**
     * Decodes a {@code vd} value into {@link #bytes}: base64url without padding (RFC 4648 section
     * 5, as RFC 8428 section 5 requires), strictly: no padding, no other characters, unused bits
     * zero.
     *
     * @param start where the string's content starts, after the quote
     * @param length the content's length
     * @return the number of bytes
     */
    private int base64(int start, int length) {
        int chars;
        byte[] b = data;
        int quote = start - 1;
        @Nullable StringBuilder text = null;
        if (escaped) {
            text = key;
            text.setLength(0);
            appendText(start, length, text);
            chars = text.length();
        } else {
            chars = length;
        }
        if (chars % 4 == 1) {
            throw error(quote, "base64url without padding for vd (RFC 8428 section 5)", chars + " characters");
        }
        int size = chars / 4 * 3 + (chars % 4 == 0 ? 0 : chars % 4 - 1);
        if (bytes.length < size) {
            bytes = new byte[Math.max(size, bytes.length * 2)];
        }
        byte[] target = bytes;
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < chars; i++) {
            int c = text == null ? b[start + i] & 0xFF : text.charAt(i);
            int sextet = sextet(c);
            if (sextet < 0) {
                int at = text == null ? start + i : quote;
                throw error(at, "base64url characters (A-Z a-z 0-9 - _, no padding) for vd", describe(at));
            }
            buffer = (buffer << 6) | sextet;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                target[n++] = (byte) (buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        if (buffer != 0) {
            throw error(quote, "base64url whose unused last bits are zero for vd", describe(quote));
        }
        return n;
    }

    private static int sextet(int c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '-') {
            return 62;
        }
        return c == '_' ? 63 : -1;
    }

    @Override
    void appendText(int start, int length, StringBuilder target) {
        byte[] b = data;
        int i = start;
        int end = start + length;
        while (i < end) {
            int run = i;
            while (run < end && b[run] >= 0 && b[run] != '\\') {
                run++;
            }
            if (run > i) {
                appendAscii(b, i, run, target);
                i = run;
                continue;
            }
            if (b[i] != '\\') {
                i = appendUtf8(b, i, target);
                continue;
            }
            byte c = b[i + 1];
            switch (c) {
                case 'b' -> target.append('\b');
                case 'f' -> target.append('\f');
                case 'n' -> target.append('\n');
                case 'r' -> target.append('\r');
                case 't' -> target.append('\t');
                case 'u' -> {
                    target.append((char) Ascii.parseHex(b, i + 2, 4));
                    i += 4;
                }
                default -> target.append((char) c);
            }
            i += 2;
        }
    }

    @Override
    void setData(int start, int length, MutableObservation target) {
        byte[] b = data;
        boolean escapes = false;
        for (int i = start, end = start + length; i < end && !escapes; i++) {
            escapes = b[i] == '\\';
        }
        escaped = escapes;
        int n = base64(start, length);
        target.data(bytes, 0, n);
    }
}
