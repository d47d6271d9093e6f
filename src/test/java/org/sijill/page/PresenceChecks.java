package org.sijill.page;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.page.ApiAnswers.find;
import static org.sijill.page.Browser.ARABIC_OUTSIDE_RTL;

/**
 * The "On a date" view: its tables are the presence answer for the date (and "as known at") in the
 * address, the address is a permalink of the question, Arabic is right to left, a value's sources and
 * alternatives open beside it, and a question the API refuses shows the API's reason.
 */
final class PresenceChecks {

    private final Browser page;
    private final ApiAnswers api;
    private final PresenceTables tables;

    PresenceChecks(Browser page, ApiAnswers api) {
        this.page = page;
        this.api = api;
        this.tables = new PresenceTables(page);
    }

    void theTablesShowThePresenceAnswer(String date) throws IOException {
        page.open("/?on=" + date);
        page.waitForAnswer(date, "");
        tables.assertMatch(api.get("/api/v1/presence?on=" + date));
        assertThat(page.driver().getCurrentUrl()).contains("on=" + date);
        page.screenshot("presence-" + date);
    }

    void thePermalinkRestoresTheQuestion() {
        page.open("/?on=2012-06-01");
        page.waitForAnswer("2012-06-01", "");
        assertThat(page.find(By.id("on")).getDomProperty("value")).isEqualTo("2012-06-01");
        tables.assertMatch(api.get("/api/v1/presence?on=2012-06-01"));

        // Asking again from the picker rewrites the permalink.
        page.pick("#on", "2020-10-15");
        page.waitForAnswer("2020-10-15", "");
        assertThat(page.driver().getCurrentUrl()).endsWith("/?on=2020-10-15&lang=en");
        assertThat(tables.troopCell("US", "count")).isEqualTo("3,000");

        // "As known at" before the seeds were recorded: the record knew nothing then.
        String before = "2020-01-01T00:00:00Z";
        page.open("/?on=2021-12-20&asKnownAt=" + before);
        page.waitForAnswer("2021-12-20", before);
        assertThat(page.find(By.id("asKnownAt")).getDomProperty("value")).startsWith("2020-01-01T00:00");
        JsonNode then = api.get("/api/v1/presence?on=2021-12-20&asKnownAt=" + before);
        assertThat(then.get("troops").size()).isZero();
        tables.assertMatch(then);

        page.pick("#asKnownAt", "2030-01-01T00:00:00");
        page.waitForAnswer("2021-12-20", "2030-01-01T00:00:00Z");
        assertThat(page.driver().getCurrentUrl()).contains("asKnownAt=" + URLEncoder.encode("2030-01-01T00:00:00Z",
                StandardCharsets.UTF_8));
        tables.assertMatch(api.get("/api/v1/presence?on=2021-12-20&asKnownAt=2030-01-01T00:00:00Z"));
    }

    void arabicIsRightToLeftAndSourcesOpen() throws IOException {
        page.open("/?on=2021-12-20");
        page.waitForAnswer("2021-12-20", "");
        WebElement arabic = page.find(By.cssSelector("#bases tr[data-base-id='ain-al-asad'] td.name-ar"));
        assertThat(arabic.getText()).isEqualTo("قاعدة عين الأسد الجوية");
        assertThat(arabic.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(arabic.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(page.js("return getComputedStyle(arguments[0]).direction", arabic)).isEqualTo("rtl");
        // Every piece of Arabic text on the page sits in an element with dir="rtl" lang="ar".
        assertThat(page.js(ARABIC_OUTSIDE_RTL)).asList().isEmpty();

        // A value's sources: title and the locator's quote, behind a <details>.
        WebElement sources = page.find(By.cssSelector("#troops tr[data-force='US'] td.sources details"));
        sources.findElement(By.tagName("summary")).click();
        JsonNode us = find(api.get("/api/v1/presence?on=2021-12-20").get("troops"), "force", "US");
        JsonNode source = us.get("sources").get(0);
        page.until(ExpectedConditions.visibilityOf(sources.findElement(By.cssSelector("li.source .locator"))));
        assertThat(sources.findElement(By.cssSelector("li.source .source-title")).getText())
                .isEqualTo(source.get("title").asString());
        assertThat(sources.findElement(By.cssSelector("li.source .locator")).getText())
                .contains(source.get("locator").asString().replaceAll("[«»]", "").split(", ", 2)[1].trim());
        // Alternatives: the mission of 9 December was announced by two documents.
        WebElement alternatives = page.find(By.cssSelector("#missions tr[data-scope='IRAQ'] td.alternatives"));
        JsonNode mission = find(api.get("/api/v1/presence?on=2021-12-20").get("missions"), "scope", "IRAQ");
        assertThat(alternatives.findElements(By.cssSelector("li.alternative"))).hasSize(mission.get("alternatives").size());
        page.screenshot("presence-sources-open");
    }

    void theErrorOfABadQuestionIsShown() {
        page.open("/?on=2021-02-31");
        page.until(d -> "error".equals(page.attr("#view-date", "data-state")));
        WebElement error = page.find(By.id("error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(page.findAll(By.cssSelector("#view-date tbody tr"))).isEmpty();
        JsonNode problem = api.problem("/api/v1/presence?on=2021-02-31");
        assertThat(error.getText()).contains(problem.get("detail").asString());
    }
}
