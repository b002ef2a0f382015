package vn.smartcity.egov.payment.internal;

import java.text.Normalizer;
import vn.smartcity.core.InvalidValueException;

/**
 * Vietnamese text made safe for gateways that carry ASCII only: diacritics removed ({@code Lệ phí
 * đường} becomes {@code Le phi duong}), typographic punctuation made plain (dashes, curly quotes,
 * no-break spaces, the ellipsis), then anything that is still not printable ASCII refused.
 */
public final class AsciiText {

    private AsciiText() {}

    /**
     * Removes Vietnamese (and other Latin) diacritics: decomposes to NFD, drops combining marks, and
     * maps {@code đ}/{@code Đ}, which do not decompose, to {@code d}/{@code D}; dashes become
     * {@code -}, curly quotes straight ones, no-break spaces spaces and {@code …} three dots.
     *
     * @param text the text
     * @return the text without diacritics (other characters unchanged)
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ') {
                out.append('d');
            } else if (c == 'Đ') {
                out.append('D');
            } else if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
                out.append('-');
            } else if (c == '\u2018' || c == '\u2019' || c == '\u201A') {
                out.append('\'');
            } else if (c == '\u201C' || c == '\u201D' || c == '\u201E') {
                out.append('"');
            } else if (c == '\u00A0' || c == '\u202F') {
                out.append(' ');
            } else if (c == '\u2026') {
                out.append("...");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Folds diacritics and checks that what remains is printable ASCII.
     *
     * @param valueType the type, for the message
     * @param field the field's name, for the message
     * @param text the text
     * @return the folded text
     * @throws InvalidValueException naming the field and the position of the first character that
     *     has no ASCII form
     */
    public static String foldToPrintableAscii(String valueType, String field, String text) {
        String folded = fold(text);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new InvalidValueException(
                        valueType,
                        i,
                        field + ": character U+" + String.format("%04X", (int) c)
                                + " has no ASCII form; this gateway carries Vietnamese without diacritics only");
            }
        }
        return folded;
    }
}
