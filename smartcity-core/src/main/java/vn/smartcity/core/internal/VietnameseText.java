package vn.smartcity.core.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Folding of Vietnamese text for lenient look-ups: no diacritics, no case, no punctuation. */
public final class VietnameseText {

    private VietnameseText() {}

    /**
     * Folds {@code text} to lower-case ASCII words separated by single spaces: diacritics are
     * removed ({@code đ} becomes {@code d}), punctuation becomes a space.
     *
     * @param text any text
     * @return the folded form, such as {@code "tp hue"} for {@code "TP. Huế"}
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
