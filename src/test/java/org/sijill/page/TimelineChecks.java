package org.sijill.page;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.page.ApiAnswers.ids;
import static org.sijill.page.Browser.ARABIC_OUTSIDE_RTL;
import static org.sijill.page.Browser.listOf;

/**
 * The "Timeline" view and the pages it leads to: the fact list is the API's page of facts (also when
 * filtered by kind or searched in Arabic), a fact's page shows its sources and history, and a base's
 * page its names and status segments.
 */
final class TimelineChecks {

    private final Browser page;
    private final ApiAnswers api;

    TimelineChecks(Browser page, ApiAnswers api) {
        this.page = page;
        this.api = api;
    }

    void theTimelineListsTheFactsAndAFactShowsItsSourcesAndHistory() throws IOException {
        page.open("/?on=2021-12-20#/timeline");
        page.until(d -> "ready".equals(page.attr("#view-timeline", "data-state")));
        JsonNode facts = api.get("/api/v1/facts?page=0&size=50&sort=when");
        assertThat(factIdsShown()).isEqualTo(ids(facts.get("items")));
        assertThat(page.find(By.id("facts-meta")).getText()).startsWith(facts.get("total").asLong() + " facts");

        // The kind filter and an Arabic search.
        new Select(page.find(By.id("kind"))).selectByValue("BASE_STATUS");
        List<String> baseStatuses = ids(api.get("/api/v1/facts?kind=BASE_STATUS&page=0&size=50&sort=when").get("items"));
        // The state of the previous load may still read "ready" just after the URL changed: wait for the rows.
        page.until(d -> d.getCurrentUrl().contains("kind=BASE_STATUS") && factIdsShown().equals(baseStatuses));
        new Select(page.find(By.id("kind"))).selectByValue("");
        page.until(d -> !d.getCurrentUrl().contains("kind=") && factIdsShown().equals(ids(facts.get("items"))));
        WebElement q = page.find(By.id("q"));
        q.clear();
        q.sendKeys("عين الأسد");
        page.find(By.cssSelector("#fact-search button[type=submit]")).click();
        page.until(d -> d.getCurrentUrl().contains("q=") && "ready".equals(page.attr("#view-timeline", "data-state")));
        JsonNode found = api.get("/api/v1/facts?q=" + URLEncoder.encode("عين الأسد", StandardCharsets.UTF_8)
                + "&page=0&size=50&sort=when");
        assertThat(found.get("total").asLong()).isPositive();
        page.until(d -> factIdsShown().equals(ids(found.get("items"))));
        assertThat(page.js(ARABIC_OUTSIDE_RTL)).asList().isEmpty();
        page.screenshot("timeline");

        // A fact's page: its current version, sources and history.
        String factId = "n004-k1-handover-2020-03";
        page.open("/?on=2021-12-20#/timeline?kind=BASE_STATUS");
        page.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#facts tr[data-fact-id='" + factId + "'] td.summary a"))).click();
        page.until(d -> "ready".equals(page.attr("#view-fact", "data-state")) && factId.equals(page.attr("#view-fact", "data-fact-id")));
        JsonNode fact = api.get("/api/v1/facts/" + factId);
        JsonNode history = api.get("/api/v1/facts/" + factId + "/history");
        List<WebElement> sources = page.findAll(By.cssSelector("#fact-sources li.source"));
        assertThat(sources).hasSize(fact.get("sources").size());
        assertThat(sources.get(0).findElement(By.cssSelector(".source-title")).getText())
                .isEqualTo(fact.get("sources").get(0).get("title").asString());
        assertThat(sources.get(0).findElement(By.cssSelector(".locator")).getText()).contains("line 17");
        List<WebElement> versions = page.findAll(By.cssSelector("#history tbody tr[data-version]"));
        assertThat(versions).hasSize(history.size());
        assertThat(versions.get(0).findElement(By.cssSelector("td.change")).getText().toUpperCase())
                .isEqualTo(history.get(0).get("change").asString());
        assertThat(versions.get(0).findElement(By.cssSelector("td.recorded-by")).getText())
                .isEqualTo(history.get(0).get("recordedBy").asString());
        page.screenshot("fact");

        // ...and from it the base's page: names, aliases, status segments.
        page.find(By.cssSelector("#fact-body tr[data-field='baseId'] a")).click();
        page.until(d -> "ready".equals(page.attr("#view-base", "data-state")) && "k1".equals(page.attr("#view-base", "data-base-id")));
        JsonNode k1 = api.get("/api/v1/bases/k1");
        JsonNode timeline = api.get("/api/v1/bases/k1/timeline");
        WebElement nameAr = page.find(By.cssSelector("#base-fields .name-ar"));
        assertThat(nameAr.getText()).isEqualTo(k1.get("nameAr").asString());
        assertThat(page.js("return getComputedStyle(arguments[0]).direction", nameAr)).isEqualTo("rtl");
        List<WebElement> rows = page.findAll(By.cssSelector("#base-segments tbody tr[data-fact-id]"));
        assertThat(rows).hasSize(timeline.get("segments").size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).findElement(By.cssSelector("td.status")).getDomAttribute("data-value"))
                    .isEqualTo(timeline.get("segments").get(i).get("value").asString());
        }
        assertThat(page.findAll(By.cssSelector("#base-facts tbody tr[data-fact-id]")))
                .hasSize(timeline.get("items").size());
        assertThat(page.js(ARABIC_OUTSIDE_RTL)).asList().isEmpty();
        page.screenshot("base-k1");
    }

    /** The factIds of the rows the fact list shows, in its order. */
    private List<String> factIdsShown() {
        return listOf(page.js("return [...document.querySelectorAll('#facts tbody tr[data-fact-id]')].map(r => r.dataset.factId)"))
                .stream().map(String::valueOf).toList();
    }
}
