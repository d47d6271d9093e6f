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
        return withoutMarks(Normalizer.normalize(out.toString(), Normalizer.Form.NFD));
    }

    /** Drops combining marks (\p{M}) and turns each run of white space (\s) into one space, trimmed. */
    private static String withoutMarks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.appendCodePoint(c);
        }
        return out.toString().trim();
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
