package org.sijill.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names and summaries are compared in searches: lower case, no diacritics, and
 * Arabic letters folded so that spelling variants meet: every alef form to bare alef, hamza on waw or
 * ya to the letter itself, ta marbuta to ha, alef maqsura to ya, tatweel removed.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int folded = fold(c);
            if (folded != 0) {
                out.appendCodePoint(folded);
            }
        });
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ").trim();
    }

    private static int fold(int c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ؤ' -> 'و';
            case 'ئ' -> 'ي';
            case 'ة' -> 'ه';
            case 'ى' -> 'ي';
            case 'ـ' -> 0;
            default -> (c >= 0x064B && c <= 0x065F) || c == 0x0670 ? 0 : c;
        };
    }
}
