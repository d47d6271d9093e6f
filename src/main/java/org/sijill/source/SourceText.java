package org.sijill.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's text as the locator check reads it: lines split at CR LF, LF or CR ({@link String#lines}, so a final
 * line break opens no empty line), numbered from 1, and a locator of
 * the form {@code line N, «quote»} (CONTRACT.md "Writes") checked by finding the quote verbatim on line N.
 */
public record SourceText(String sha256, List<String> lines, String text) {

    /** The locator form that is checked; other locators (a page, a heading) are left as they are. */
    static final Pattern LOCATOR = Pattern.compile("line (\\d+), .*«(.+)»", Pattern.DOTALL);

    /** What a store answers: the hash, the line count, and whether the text differed from the one kept. */
    public record Stored(String sourceId, String textSha256, int lines, boolean changed) {
    }

    static SourceText of(String text) {
        return new SourceText(sha256(text), text.lines().toList(), text);
    }

    /** The text exactly as stored (its SHA-256 is {@link #sha256}). */
    public String joined() {
        return text;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Null when the locator stands (or is not of the checked form), else what is wrong with it. */
    public String problemWith(String locator) {
        Matcher m = LOCATOR.matcher(locator == null ? "" : locator);
        if (!m.matches()) {
            return null;
        }
        int line;
        try {
            line = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return "names no line of the text (it has " + lines.size() + ")";
        }
        if (line < 1 || line > lines.size()) {
            return "names line " + line + ", but the text has " + lines.size() + " lines";
        }
        if (!lines.get(line - 1).contains(m.group(2))) {
            return "quotes words that are not on line " + line + " of the source's text";
        }
        return null;
    }
}
