package org.sijill.page;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.page.ApiAnswers.find;

/**
 * The page as an Arabic or English reader on a phone or a desk sees it: the document's language and direction,
 * nothing wider than the screen, the answer at a glance equal to the API's, every word of the page in both
 * languages, and an Arabic search that finds content. Screenshots of every view in both languages and sizes.
 */
final class LanguageChecks {

    static final List<Dimension> SIZES = List.of(new Dimension(1440, 1000), new Dimension(390, 844));
    private static final String DATE = "2021-12-20";

    /** The outermost elements that stick out of the screen (not those inside a scroll box), for the message. */
    private static final String WIDER_THAN_THE_SCREEN = """
            const width = document.documentElement.clientWidth, out = [];
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width && (r.right > width + 1 || r.left < -1) && !el.closest('.table-wrap')
                  && !(el.parentElement && out.includes(el.parentElement))) out.push(el);
            }
            return out.slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width));""";

    private final Browser page;
    private final ApiAnswers api;

    LanguageChecks(Browser page, ApiAnswers api) {
        this.page = page;
        this.api = api;
    }

    void everyViewInBothLanguagesAtBothSizes(String lang) throws IOException {
        try {
            for (Dimension size : SIZES) {
                page.driver().manage().window().setSize(size);
                page.open("/?on=" + DATE + "&lang=" + lang + "#/");
                page.waitForAnswer(DATE, "");
                assertDocument(lang, size);
                assertGlance(lang);
                page.screenshot("date-" + lang + "-" + size.width);
                for (String view : List.of("over-time", "timeline", "map", "compare?from=2020-01-01&to=2022-01-01",
                        "changes", "new")) {
                    page.open("/?on=" + DATE + "&lang=" + lang + "#/" + view);
                    String id = "#view-" + Map.of("over-time", "time", "timeline", "timeline", "map", "map",
                            "changes", "changes", "new", "new").getOrDefault(view, "compare");
                    page.until(d -> "ready".equals(page.attr(id, "data-state")));
                    page.screenshot(view.replaceAll("\\?.*", "") + "-" + lang + "-" + size.width);
                    assertDocument(lang, size);
                }
            }
        } finally {
            page.driver().manage().window().setSize(new Dimension(1400, 2000));
        }
    }

    private void assertDocument(String lang, Dimension size) {
        assertThat(page.attr("html", "lang")).isEqualTo(lang);
        assertThat(page.attr("html", "dir")).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
        Object overflow = page.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("sideways scroll at %d px in %s: %s", size.width, lang,
                page.js(WIDER_THAN_THE_SCREEN)).isLessThanOrEqualTo(0);
        assertThat(page.find(By.cssSelector("nav a[data-view='date']")).getText())
                .isEqualTo(lang.equals("ar") ? "في تاريخ" : "On a date");
    }

    /** The headline's US figure and its count of bases hosting the coalition are the API's. */
    private void assertGlance(String lang) {
        JsonNode answer = api.get("/api/v1/presence?on=" + DATE);
        JsonNode us = find(answer.get("troops"), "force", "US");
        String shown = page.find(By.cssSelector("#glance-troops li[data-force='US'] .glance-count")).getText();
        assertThat(shown.replaceAll("[^0-9]", "")).isEqualTo(us.get("count").asString());
        long hosting = StreamSupport.stream(answer.get("bases").spliterator(), false)
                .filter(b -> b.get("status").asString().equals("COALITION_PRESENT")).count();
        assertThat(page.attr(".glance-base-count", "data-value")).isEqualTo(String.valueOf(hosting));
        assertThat(page.findAll(By.cssSelector("#glance-bases a[data-base-id]"))).hasSize((int) hosting);
        if (lang.equals("ar")) {
            assertThat(page.find(By.id("glance-heading")).getText()).isEqualTo("بنظرة واحدة");
            assertThat(page.find(By.cssSelector("#glance-troops li[data-force='US']")).getText()).contains("بحسب");
        }
    }

    /** A reader who chose Arabic-Indic digits reads the headline's figure in them, and the same number. */
    void theReaderChoosesTheDigits() {
        page.open("/?on=" + DATE + "&lang=ar&digits=arab#/");
        page.waitForAnswer(DATE, "");
        String shown = page.find(By.cssSelector("#glance-troops li[data-force='US'] .glance-count")).getText();
        assertThat(shown).matches("(?s).*[\\u0660-\\u0669].*");
        StringBuilder western = new StringBuilder();
        shown.chars().filter(c -> c >= 0x0660 && c <= 0x0669).forEach(c -> western.append((char) ('0' + c - 0x0660)));
        JsonNode us = find(api.get("/api/v1/presence?on=" + DATE).get("troops"), "force", "US");
        assertThat(western.toString()).isEqualTo(us.get("count").asString());
        assertThat(page.find(By.id("digits")).getDomProperty("value")).isEqualTo("arab");
    }

    /** The Arabic font is the page's own (from the build), loaded for Arabic text. */
    void theArabicFontIsThePagesOwn() {
        page.open("/?on=" + DATE + "&lang=ar#/");
        page.waitForAnswer(DATE, "");
        Object loaded = ((org.openqa.selenium.JavascriptExecutor) page.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " document.fonts.load('16px \"Noto Sans Arabic\"', 'سجل').then(f => done(f.length), () => done(-1));");
        assertThat(((Number) loaded).intValue()).isPositive();
    }

    /** Every key of the page's dictionary has both languages. */
    void everyWordHasBothLanguages() {
        page.open("/?lang=en#/");
        page.until(d -> "ready".equals(page.attr("#view-date", "data-state")));
        Object missing = ((org.openqa.selenium.JavascriptExecutor) page.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + " import('/app/i18n.js').then(m => done(m.missingWords()), e => done(['error: ' + e]));");
        assertThat(Browser.listOf(missing)).isEmpty();
    }

    /** «انسحاب» (withdrawal) finds facts, shown with their Arabic summaries. */
    void anArabicSearchFindsArabicSummaries() throws IOException {
        page.open("/?lang=ar#/timeline?q=%D8%A7%D9%86%D8%B3%D8%AD%D8%A7%D8%A8");
        page.until(d -> "ready".equals(page.attr("#view-timeline", "data-state"))
                && !page.findAll(By.cssSelector("#facts tbody tr[data-fact-id]")).isEmpty());
        String summary = page.find(By.cssSelector("#facts tbody tr[data-fact-id] .fact-summary")).getText();
        assertThat(summary).matches("(?s).*[\\u0600-\\u06FF].*");
        page.screenshot("timeline-search-ar");
    }
}
