package org.sijill.page;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sijill.page.Browser.listOf;

/**
 * The "Over time" view: the troop steps and the base lanes are drawn from the API's series (one step or
 * bar per segment, at the segment's value), and clicking a segment shows that claim with its sources.
 */
final class ChartChecks {

    /** The chart point of the US troop step whose basis is ANNOUNCED, as [x, y] in canvas pixels. */
    private static final String ANNOUNCED_US_STEP = "const c = window.sijillCharts.troops, i = c.data.datasets"
            + ".findIndex(d => d.force === 'US' && d.role === 'steps'), j = c.data.datasets[i].data.findIndex(p => "
            + "p.seg && !p.edge && p.seg.basis === 'ANNOUNCED'), e = c.getDatasetMeta(i).data[j]; return [e.x, e.y];";
    /** The middle of K-1's HANDED_OVER bar, as [x, y] in canvas pixels. */
    private static final String HANDED_OVER_K1_BAR = "const c = window.sijillCharts.bases, i = c.data.datasets"
            + ".findIndex(d => d.status === 'HANDED_OVER'), j = c.data.datasets[i].data.findIndex(p => "
            + "p.base.baseId === 'k1'), e = c.getDatasetMeta(i).data[j]; return [(e.x + e.base) / 2, e.y];";

    private final Browser page;
    private final ApiAnswers api;

    ChartChecks(Browser page, ApiAnswers api) {
        this.page = page;
        this.api = api;
    }

    void theChartsAreDrawnAndASegmentShowsItsSources() throws IOException {
        page.open("/?on=2021-12-20#/over-time");
        page.until(d -> "ready".equals(page.attr("#view-time", "data-state")));
        assertThat(((Number) page.js("return window.sijillCharts.troops.data.datasets.length")).intValue()).isPositive();
        for (String canvas : List.of("troops-chart", "bases-chart")) {
            WebElement c = page.find(By.id(canvas));
            assertThat(c.getSize().getWidth()).as(canvas).isPositive();
            assertThat(c.getSize().getHeight()).as(canvas).isPositive();
        }
        // One step per segment, at the segment's count, for every force.
        int troopSegments = 0;
        for (String force : List.of("US", "COALITION_NON_US", "COALITION_TOTAL")) {
            JsonNode series = api.get("/api/v1/presence/series?force=" + force + "&from=2003");
            troopSegments += series.get("segments").size();
            List<Object> counts = listOf(page.js("return window.sijillCharts.troops.data.datasets"
                    + ".filter(d => d.role === 'steps' && d.force === arguments[0])[0].data"
                    + ".filter(p => p.seg && !p.edge).map(p => p.y)", force));
            List<Object> expected = new ArrayList<>();
            series.get("segments").forEach(s -> expected.add(s.get("count").asLong()));
            assertThat(counts.stream().map(o -> ((Number) o).longValue()).toList()).as(force).isEqualTo(expected);
        }
        // ...and the same steps in the table beside the chart (for keyboards and screen readers).
        assertThat(page.findAll(By.cssSelector("#troops-series tbody tr[data-force]"))).hasSize(troopSegments);
        // An announced claim has its own point style.
        assertThat(page.js("const c = window.sijillCharts.troops, i = c.data.datasets.findIndex(d => d.force === 'US' "
                + "&& d.role === 'steps'), j = c.data.datasets[i].data.findIndex(p => p.seg && !p.edge && "
                + "p.seg.basis === 'ANNOUNCED'); return c.getDatasetMeta(i).data[j].options.pointStyle")).isEqualTo("triangle");
        // The base lanes: one bar per segment of every base's series.
        long segments = 0;
        for (JsonNode b : api.get("/api/v1/bases")) {
            segments += api.get("/api/v1/presence/series?baseId=" + b.get("baseId").asString() + "&from=2003")
                    .get("segments").size();
        }
        assertThat(((Number) page.js("return window.sijillCharts.bases.data.datasets.reduce((n, d) => n + d.data.length, 0)"))
                .longValue()).isEqualTo(segments).isPositive();

        // Clicking the announced step of September 2020 shows its claim and sources.
        JsonNode announced = null;
        for (JsonNode s : api.get("/api/v1/presence/series?force=US&from=2003").get("segments")) {
            if ("ANNOUNCED".equals(s.get("basis").asString())) {
                announced = s;
            }
        }
        assertThat(announced).isNotNull();
        clickChart("troops", ANNOUNCED_US_STEP);
        assertPanelShows(announced);

        // Clicking K-1's handed-over bar shows that claim.
        waitForChartsToFit();
        JsonNode k1 = api.get("/api/v1/presence/series?baseId=k1&from=2003");
        JsonNode handedOver = k1.get("segments").get(k1.get("segments").size() - 1);
        clickChart("bases", HANDED_OVER_K1_BAR);
        assertPanelShows(handedOver);
        page.screenshot("over-time");
    }

    /** Clicks a chart's canvas at the point (in CSS pixels from its top left) the script returns. */
    private void clickChart(String chart, String pointScript) {
        WebElement canvas = page.find(By.id(chart + "-chart"));
        page.js("arguments[0].scrollIntoView({block: 'center'})", canvas);
        List<Object> point = listOf(page.js(pointScript));
        double x = ((Number) point.get(0)).doubleValue();
        double y = ((Number) point.get(1)).doubleValue();
        int width = canvas.getSize().getWidth();
        int height = canvas.getSize().getHeight();
        new Actions(page.driver()).moveToElement(canvas, (int) Math.round(x - width / 2.0), (int) Math.round(y - height / 2.0))
                .click().perform();
    }

    /** The side panel shows the segment's claim: its sources in order, and its period. */
    private void assertPanelShows(JsonNode segment) {
        String factId = segment.get("factId").asString();
        page.until(d -> d.findElement(By.id("detail")).isDisplayed() && factId.equals(page.attr("#detail", "data-fact-id")));
        WebElement panel = page.find(By.id("detail"));
        List<WebElement> sources = panel.findElements(By.cssSelector("#detail-body > ul.source-list > li.source"));
        assertThat(sources).hasSize(segment.get("sources").size());
        for (int i = 0; i < sources.size(); i++) {
            assertThat(sources.get(i).findElement(By.cssSelector(".source-title")).getText())
                    .isEqualTo(segment.get("sources").get(i).get("title").asString());
            assertThat(sources.get(i).getDomAttribute("data-source-id"))
                    .isEqualTo(segment.get("sources").get(i).get("sourceId").asString());
        }
        assertThat(panel.findElement(By.cssSelector(".detail-period")).getText())
                .isEqualTo(segment.get("from").asString() + " → " + segment.get("to").asString());
    }

    /** The side panel narrows the charts: wait until they have been laid out at their new width (Chart.js floors it). */
    private void waitForChartsToFit() {
        page.until(d -> Boolean.TRUE.equals(page.js("return ['troops', 'bases'].every(k => { const c = window.sijillCharts[k];"
                + " return Math.abs(c.width - c.canvas.parentNode.getBoundingClientRect().width) < 1; })")));
    }
}
