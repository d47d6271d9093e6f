package org.sijill.page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sijill.TestNode;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The analyst's page (static/index.html, static/app/*.js) in a real browser, against a whole node with
 * the seeds imported: what the page shows must be what the API answers for the same question.
 * Screenshots go to target/screenshots/. Needs Debian's chromium and chromium-driver at /usr/bin; where
 * they are missing the test skips and says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SKIPPED = "SKIPPED: no Chromium/chromedriver at /usr/bin (CI installs them): "
            + "the page was not tested in a browser";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    // Static: one folder for the whole class (the node runs across every test method).
    @TempDir
    static Path dataDir;
    @TempDir
    static Path browserProfile;

    private ConfigurableApplicationContext node;
    private WebDriver driver;
    private WebDriverWait wait;
    private String base;
    private final RestClient http = RestClient.create();
    private final JsonMapper json = JsonMapper.builder().build();

    private final boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);

    @BeforeAll
    void start() throws Exception {
        if (!browser) {
            System.out.println(SKIPPED);
            return; // every test then skips (below), and says why
        }
        node = TestNode.start(dataDir);
        base = "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get().uri(URI.create(base + "/actuator/health"))
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(String.class).contains("\"UP\""));

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,2000", "--lang=en-US", "--user-data-dir=" + browserProfile);
        driver = new ChromeDriver(options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void needsTheBrowser() {
        Assumptions.assumeTrue(browser, SKIPPED);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (node != null) {
            node.close();
        }
    }

    // ---- "On a date": every value shown is the API's -------------------------------------------------

    @Order(1)
    @ParameterizedTest
    @ValueSource(strings = {"2005-06-01", "2012-06-01", "2020-10-15", "2021-12-20", "2025-10-15"})
    void theTablesShowThePresenceAnswer(String date) throws Exception {
        open("/?on=" + date);
        waitForAnswer(date, "");
        JsonNode api = api("/api/v1/presence?on=" + date);
        assertTablesMatch(api);
        assertThat(driver.getCurrentUrl()).contains("on=" + date);
        screenshot("presence-" + date);
    }

    @Order(2)
    @Test
    void thePermalinkRestoresTheQuestion() throws Exception {
        open("/?on=2012-06-01");
        waitForAnswer("2012-06-01", "");
        assertThat(driver.findElement(By.id("on")).getDomProperty("value")).isEqualTo("2012-06-01");
        assertTablesMatch(api("/api/v1/presence?on=2012-06-01"));

        // Asking again from the picker rewrites the permalink.
        pick("#on", "2020-10-15");
        waitForAnswer("2020-10-15", "");
        assertThat(driver.getCurrentUrl()).endsWith("/?on=2020-10-15");
        assertThat(cellOf("#troops", "US", "count")).isEqualTo("3,000");

        // "As known at" before the seeds were recorded: the record knew nothing then.
        String before = "2020-01-01T00:00:00Z";
        open("/?on=2021-12-20&asKnownAt=" + before);
        waitForAnswer("2021-12-20", before);
        assertThat(driver.findElement(By.id("asKnownAt")).getDomProperty("value")).startsWith("2020-01-01T00:00");
        JsonNode then = api("/api/v1/presence?on=2021-12-20&asKnownAt=" + before);
        assertThat(then.get("troops").size()).isZero();
        assertTablesMatch(then);

        pick("#asKnownAt", "2030-01-01T00:00:00");
        waitForAnswer("2021-12-20", "2030-01-01T00:00:00Z");
        assertThat(driver.getCurrentUrl()).contains("asKnownAt=" + URLEncoder.encode("2030-01-01T00:00:00Z",
                StandardCharsets.UTF_8));
        assertTablesMatch(api("/api/v1/presence?on=2021-12-20&asKnownAt=2030-01-01T00:00:00Z"));
    }

    @Order(3)
    @Test
    void arabicIsRightToLeftAndSourcesOpen() throws Exception {
        open("/?on=2021-12-20");
        waitForAnswer("2021-12-20", "");
        WebElement arabic = driver.findElement(By.cssSelector("#bases tr[data-base-id='ain-al-asad'] td.name-ar"));
        assertThat(arabic.getText()).isEqualTo("قاعدة عين الأسد الجوية");
        assertThat(arabic.getDomAttribute("dir")).isEqualTo("rtl");
        assertThat(arabic.getDomAttribute("lang")).isEqualTo("ar");
        assertThat(js("return getComputedStyle(arguments[0]).direction", arabic)).isEqualTo("rtl");
        // Every piece of Arabic text on the page sits in an element with dir="rtl" lang="ar".
        assertThat(js(ARABIC_OUTSIDE_RTL)).asList().isEmpty();

        // A value's sources: title and the locator's quote, behind a <details>.
        WebElement sources = driver.findElement(By.cssSelector("#troops tr[data-force='US'] td.sources details"));
        sources.findElement(By.tagName("summary")).click();
        JsonNode us = find(api("/api/v1/presence?on=2021-12-20").get("troops"), "force", "US");
        JsonNode source = us.get("sources").get(0);
        wait.until(ExpectedConditions.visibilityOf(sources.findElement(By.cssSelector("li.source .locator"))));
        assertThat(sources.findElement(By.cssSelector("li.source .source-title")).getText())
                .isEqualTo(source.get("title").asString());
        assertThat(sources.findElement(By.cssSelector("li.source .locator")).getText())
                .contains(source.get("locator").asString().replaceAll("[«»]", "").split(", ", 2)[1].trim());
        // Alternatives: the mission of 9 December was announced by two documents.
        WebElement alternatives = driver.findElement(By.cssSelector("#missions tr[data-scope='IRAQ'] td.alternatives"));
        JsonNode mission = find(api("/api/v1/presence?on=2021-12-20").get("missions"), "scope", "IRAQ");
        assertThat(alternatives.findElements(By.cssSelector("li.alternative"))).hasSize(mission.get("alternatives").size());
        screenshot("presence-sources-open");
    }

    @Order(4)
    @Test
    void theErrorOfABadQuestionIsShown() throws Exception {
        open("/?on=2021-02-31");
        wait.until(d -> "error".equals(attr("#view-date", "data-state")));
        WebElement error = driver.findElement(By.id("error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#view-date tbody tr"))).isEmpty();
        JsonNode problem = json.readTree(http.get().uri(URI.create(base + "/api/v1/presence?on=2021-02-31")).retrieve()
                .onStatus(s -> true, (req, res) -> { }).body(String.class));
        assertThat(error.getText()).contains(problem.get("detail").asString());
    }

    // ---- "Over time": the charts are drawn from the series, and a click shows a claim ----------------

    @Order(5)
    @Test
    void theChartsAreDrawnAndASegmentShowsItsSources() throws Exception {
        open("/?on=2021-12-20#/over-time");
        wait.until(d -> "ready".equals(attr("#view-time", "data-state")));
        assertThat(((Number) js("return window.sijillCharts.troops.data.datasets.length")).intValue()).isPositive();
        for (String canvas : List.of("troops-chart", "bases-chart")) {
            WebElement c = driver.findElement(By.id(canvas));
            assertThat(c.getSize().getWidth()).as(canvas).isPositive();
            assertThat(c.getSize().getHeight()).as(canvas).isPositive();
        }
        // One step per segment, at the segment's count, for every force.
        int troopSegments = 0;
        for (String force : List.of("US", "COALITION_NON_US", "COALITION_TOTAL")) {
            JsonNode series = api("/api/v1/presence/series?force=" + force + "&from=2003");
            troopSegments += series.get("segments").size();
            List<Object> counts = listOf(js("return window.sijillCharts.troops.data.datasets"
                    + ".filter(d => d.role === 'steps' && d.force === arguments[0])[0].data"
                    + ".filter(p => p.seg && !p.edge).map(p => p.y)", force));
            List<Object> expected = new ArrayList<>();
            series.get("segments").forEach(s -> expected.add(s.get("count").asLong()));
            assertThat(counts.stream().map(o -> ((Number) o).longValue()).toList()).as(force).isEqualTo(expected);
        }
        // ...and the same steps in the table beside the chart (for keyboards and screen readers).
        assertThat(driver.findElements(By.cssSelector("#troops-series tbody tr[data-force]"))).hasSize(troopSegments);
        // An announced claim has its own point style.
        assertThat(js("const c = window.sijillCharts.troops, i = c.data.datasets.findIndex(d => d.force === 'US' "
                + "&& d.role === 'steps'), j = c.data.datasets[i].data.findIndex(p => p.seg && !p.edge && "
                + "p.seg.basis === 'ANNOUNCED'); return c.getDatasetMeta(i).data[j].options.pointStyle")).isEqualTo("triangle");
        // The base lanes: one bar per segment of every base's series.
        long segments = 0;
        for (JsonNode b : api("/api/v1/bases")) {
            segments += api("/api/v1/presence/series?baseId=" + b.get("baseId").asString() + "&from=2003")
                    .get("segments").size();
        }
        assertThat(((Number) js("return window.sijillCharts.bases.data.datasets.reduce((n, d) => n + d.data.length, 0)"))
                .longValue()).isEqualTo(segments).isPositive();

        // Clicking the announced step of September 2020 shows its claim and sources.
        JsonNode announced = null;
        for (JsonNode s : api("/api/v1/presence/series?force=US&from=2003").get("segments")) {
            if ("ANNOUNCED".equals(s.get("basis").asString())) {
                announced = s;
            }
        }
        assertThat(announced).isNotNull();
        clickChart("troops", "const c = window.sijillCharts.troops, i = c.data.datasets.findIndex(d => d.force === 'US' "
                + "&& d.role === 'steps'), j = c.data.datasets[i].data.findIndex(p => p.seg && !p.edge && "
                + "p.seg.basis === 'ANNOUNCED'), e = c.getDatasetMeta(i).data[j]; return [e.x, e.y];");
        assertPanelShows(announced);

        // Clicking K-1's handed-over bar shows that claim.
        waitForChartsToFit();
        JsonNode k1 = api("/api/v1/presence/series?baseId=k1&from=2003");
        JsonNode handedOver = k1.get("segments").get(k1.get("segments").size() - 1);
        clickChart("bases", "const c = window.sijillCharts.bases, i = c.data.datasets.findIndex(d => d.status === "
                + "'HANDED_OVER'), j = c.data.datasets[i].data.findIndex(p => p.base.baseId === 'k1'), "
                + "e = c.getDatasetMeta(i).data[j]; return [(e.x + e.base) / 2, e.y];");
        assertPanelShows(handedOver);
        screenshot("over-time");
    }

    // ---- "Timeline": the fact list, a fact's page with history, a base's page ----------------------

    @Order(6)
    @Test
    void theTimelineListsTheFactsAndAFactShowsItsSourcesAndHistory() throws Exception {
        open("/?on=2021-12-20#/timeline");
        wait.until(d -> "ready".equals(attr("#view-timeline", "data-state")));
        JsonNode page = api("/api/v1/facts?page=0&size=50&sort=when");
        assertThat(factIdsShown()).isEqualTo(ids(page.get("items")));
        assertThat(driver.findElement(By.id("facts-meta")).getText()).startsWith(page.get("total").asLong() + " facts");

        // The kind filter and an Arabic search.
        new Select(driver.findElement(By.id("kind"))).selectByValue("BASE_STATUS");
        wait.until(d -> d.getCurrentUrl().contains("kind=BASE_STATUS") && "ready".equals(attr("#view-timeline", "data-state")));
        assertThat(factIdsShown()).isEqualTo(ids(api("/api/v1/facts?kind=BASE_STATUS&page=0&size=50&sort=when").get("items")));
        new Select(driver.findElement(By.id("kind"))).selectByValue("");
        WebElement q = driver.findElement(By.id("q"));
        q.clear();
        q.sendKeys("عين الأسد");
        driver.findElement(By.cssSelector("#fact-search button[type=submit]")).click();
        wait.until(d -> d.getCurrentUrl().contains("q=") && "ready".equals(attr("#view-timeline", "data-state")));
        JsonNode found = api("/api/v1/facts?q=" + URLEncoder.encode("عين الأسد", StandardCharsets.UTF_8)
                + "&page=0&size=50&sort=when");
        assertThat(found.get("total").asLong()).isPositive();
        wait.until(d -> factIdsShown().equals(ids(found.get("items"))));
        assertThat(js(ARABIC_OUTSIDE_RTL)).asList().isEmpty();
        screenshot("timeline");

        // A fact's page: its current version, sources and history.
        String factId = "n004-k1-handover-2020-03";
        open("/?on=2021-12-20#/timeline?kind=BASE_STATUS");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#facts tr[data-fact-id='" + factId + "'] td.summary a"))).click();
        wait.until(d -> "ready".equals(attr("#view-fact", "data-state")) && factId.equals(attr("#view-fact", "data-fact-id")));
        JsonNode fact = api("/api/v1/facts/" + factId);
        JsonNode history = api("/api/v1/facts/" + factId + "/history");
        List<WebElement> sources = driver.findElements(By.cssSelector("#fact-sources li.source"));
        assertThat(sources).hasSize(fact.get("sources").size());
        assertThat(sources.get(0).findElement(By.cssSelector(".source-title")).getText())
                .isEqualTo(fact.get("sources").get(0).get("title").asString());
        assertThat(sources.get(0).findElement(By.cssSelector(".locator")).getText()).contains("line 17");
        List<WebElement> versions = driver.findElements(By.cssSelector("#history tbody tr[data-version]"));
        assertThat(versions).hasSize(history.size());
        assertThat(versions.get(0).findElement(By.cssSelector("td.change")).getText().toUpperCase())
                .isEqualTo(history.get(0).get("change").asString());
        assertThat(versions.get(0).findElement(By.cssSelector("td.recorded-by")).getText())
                .isEqualTo(history.get(0).get("recordedBy").asString());
        screenshot("fact");

        // ...and from it the base's page: names, aliases, status segments.
        driver.findElement(By.cssSelector("#fact-body tr[data-field='baseId'] a")).click();
        wait.until(d -> "ready".equals(attr("#view-base", "data-state")) && "k1".equals(attr("#view-base", "data-base-id")));
        JsonNode k1 = api("/api/v1/bases/k1");
        JsonNode timeline = api("/api/v1/bases/k1/timeline");
        WebElement nameAr = driver.findElement(By.cssSelector("#base-fields .name-ar"));
        assertThat(nameAr.getText()).isEqualTo(k1.get("nameAr").asString());
        assertThat(js("return getComputedStyle(arguments[0]).direction", nameAr)).isEqualTo("rtl");
        List<WebElement> rows = driver.findElements(By.cssSelector("#base-segments tbody tr[data-fact-id]"));
        assertThat(rows).hasSize(timeline.get("segments").size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).findElement(By.cssSelector("td.status")).getDomAttribute("data-value"))
                    .isEqualTo(timeline.get("segments").get(i).get("value").asString());
        }
        assertThat(driver.findElements(By.cssSelector("#base-facts tbody tr[data-fact-id]")))
                .hasSize(timeline.get("items").size());
        assertThat(js(ARABIC_OUTSIDE_RTL)).asList().isEmpty();
        screenshot("base-k1");
    }

    // ---- comparing tables with the API ---------------------------------------------------------------

    private void assertTablesMatch(JsonNode api) {
        Map<String, Map<String, Object>> troops = rows("#troops", "data-force");
        assertThat(troops.keySet()).isEqualTo(keys(api.get("troops"), "force"));
        for (JsonNode t : api.get("troops")) {
            Map<String, Object> row = troops.get(t.get("force").asString());
            assertThat(digits(row.get("count"))).as("count of %s", t.get("force")).isEqualTo(t.get("count").asString());
            assertThat(row.get("when")).isEqualTo(when(t.get("when")));
            assertThat(row.get("basis@")).isEqualTo(t.get("basis").asString());
            assertThat(row.get("in-transition@")).isEqualTo(t.get("inTransition").asString());
            if (!t.get("low").isNull() || !t.get("high").isNull()) {
                assertThat(digits(row.get("range"))).isEqualTo(text(t.get("low")) + text(t.get("high")));
            }
            assertThat(row.get("alternatives@count")).isEqualTo(String.valueOf(size(t.get("alternatives"))));
        }
        Map<String, Map<String, Object>> missions = rows("#missions", "data-scope");
        assertThat(missions.keySet()).isEqualTo(keys(api.get("missions"), "scope"));
        for (JsonNode m : api.get("missions")) {
            Map<String, Object> row = missions.get(m.get("scope").asString());
            assertThat(code(row.get("phase"))).isEqualTo(m.get("phase").asString());
            assertThat(row.get("when")).isEqualTo(when(m.get("when")));
            assertThat(row.get("alternatives@count")).isEqualTo(String.valueOf(size(m.get("alternatives"))));
        }
        Map<String, Map<String, Object>> bases = rows("#bases", "data-base-id");
        assertThat(bases.keySet()).isEqualTo(keys(api.get("bases"), "baseId"));
        for (JsonNode b : api.get("bases")) {
            Map<String, Object> row = bases.get(b.get("baseId").asString());
            assertThat(code(row.get("status"))).as(b.get("baseId").asString()).isEqualTo(b.get("status").asString());
            assertThat(row.get("name-en")).isEqualTo(b.get("nameEn").asString());
            assertThat(row.get("name-ar")).isEqualTo(b.get("nameAr").asString());
            assertThat(row.get("province")).isEqualTo(b.get("province").isNull() ? "—" : b.get("province").asString());
            assertThat(row.get("when")).isEqualTo(when(b.get("when")));
        }
        Map<String, Map<String, Object>> agreements = rows("#agreements", "data-agreement-id");
        assertThat(agreements.keySet()).isEqualTo(keys(api.get("agreements"), "agreementId"));
        for (JsonNode a : api.get("agreements")) {
            Map<String, Object> row = agreements.get(a.get("agreementId").asString());
            assertThat(code(row.get("status"))).isEqualTo(a.get("status").asString());
            assertThat(row.get("name-en")).isEqualTo(a.get("nameEn").asString());
        }
        Map<String, Map<String, Object>> lapsed = rows("#lapsed", "data-fact-id");
        assertThat(lapsed.keySet()).isEqualTo(keys(api.get("lapsed"), "factId"));
        for (JsonNode c : api.get("lapsed")) {
            Map<String, Object> row = lapsed.get(c.get("factId").asString());
            assertThat(row.get("held-until")).isEqualTo(c.get("heldUntil").asString());
            assertThat(row.get("when")).isEqualTo(when(c.get("when")));
            assertValue(row, c);
        }
        Map<String, Map<String, Object>> planned = rows("#planned", "data-fact-id");
        assertThat(planned.keySet()).isEqualTo(keys(api.get("planned"), "factId"));
        for (JsonNode c : api.get("planned")) {
            Map<String, Object> row = planned.get(c.get("factId").asString());
            assertThat(row.get("due@")).isEqualTo(c.get("due").asString());
            assertThat(row.get("due")).isEqualTo(c.get("due").asBoolean() ? "Due" : "Not yet");
            assertThat(row.get("when")).isEqualTo(when(c.get("when")));
            assertThat(row.get("announced")).isEqualTo(when(c.get("announced")));
            assertValue(row, c);
        }
    }

    /** A ClaimView's value: the count of a troop claim, else the status or phase. */
    private static void assertValue(Map<String, Object> row, JsonNode claim) {
        if (claim.hasNonNull("count")) {
            assertThat(digits(row.get("value"))).isEqualTo(claim.get("count").asString());
        } else {
            assertThat(code(row.get("value"))).isEqualTo(claim.get("value").asString());
        }
    }

    /**
     * The rows of a table, by the given key attribute: for each cell, its rendered text under its first
     * class name and its data-value under "class@"; the row's data attributes under "data-…", and the
     * alternatives cell's count under "alternatives@count".
     */
    private Map<String, Map<String, Object>> rows(String table, String key) {
        List<Object> rows = listOf(js("""
                return [...document.querySelectorAll(arguments[0] + ' tbody tr[' + arguments[1] + ']')].map(r => {
                  const o = {};
                  for (const a of r.attributes) if (a.name.startsWith('data-')) o[a.name] = a.value;
                  for (const c of r.cells) {
                    const k = c.classList[0];
                    if (!k) continue;
                    o[k] = c.innerText.trim();
                    if (c.dataset.value !== undefined) o[k + '@'] = c.dataset.value;
                    if (c.dataset.count !== undefined) o[k + '@count'] = c.dataset.count;
                  }
                  return o;
                });""", table, key));
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        for (Object row : rows) {
            @SuppressWarnings("unchecked")
            Map<String, Object> cells = (Map<String, Object>) row;
            assertThat(byKey.put((String) cells.get(key), cells)).as("rows of %s are unique by %s", table, key).isNull();
        }
        return byKey;
    }

    private String cellOf(String table, String key, String cell) {
        return (String) rows(table, "data-force").get(key).get(cell);
    }

    private static Set<String> keys(JsonNode list, String field) {
        Set<String> keys = new TreeSet<>();
        list.forEach(e -> keys.add(e.get(field).asString()));
        return keys;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(e -> ids.add(e.get("factId").asString()));
        return ids;
    }

    private List<String> factIdsShown() {
        return listOf(js("return [...document.querySelectorAll('#facts tbody tr[data-fact-id]')].map(r => r.dataset.factId)"))
                .stream().map(String::valueOf).toList();
    }

    private static int size(JsonNode list) {
        return list == null || list.isNull() ? 0 : list.size();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asString();
    }

    /** "2,500" → "2500". */
    private static String digits(Object text) {
        return String.valueOf(text).replaceAll("[^0-9]", "");
    }

    /** The label shown for an enum value ("Handed over") back to the value (HANDED_OVER). */
    private static String code(Object text) {
        return String.valueOf(text).trim().toUpperCase().replace(' ', '_');
    }

    /** A when as the page writes it: "2021-12-09", "2020-09", "2003–2007". */
    private static String when(JsonNode when) {
        return when.hasNonNull("until") ? when.get("date").asString() + "–" + when.get("until").asString()
                : when.get("date").asString();
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode e : list) {
            if (value.equals(e.get(field).asString())) {
                return e;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + list);
    }

    // ---- the browser -------------------------------------------------------------------------------

    /** Every text node with Arabic letters that has no ancestor-or-self with dir="rtl" lang="ar". */
    private static final String ARABIC_OUTSIDE_RTL = """
            const bad = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (/[\\u0600-\\u06FF]/.test(n.nodeValue) && !n.parentElement.closest('[dir="rtl"][lang="ar"]')) {
                bad.push(n.nodeValue);
              }
            }
            return bad;""";

    private void open(String path) {
        driver.get(base + path);
    }

    private void waitForAnswer(String on, String asKnownAt) {
        wait.until(d -> "ready".equals(attr("#view-date", "data-state")) && on.equals(attr("#view-date", "data-on"))
                && asKnownAt.equals(attr("#view-date", "data-as-known-at")));
    }

    /** Sets a date or datetime input as a user's pick would, firing its change event. */
    private void pick(String input, String value) {
        js("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    private String attr(String selector, String attribute) {
        return (String) js("const e = document.querySelector(arguments[0]); return e && e.getAttribute(arguments[1]);",
                selector, attribute);
    }

    /** Clicks a chart's canvas at the point (in CSS pixels from its top left) the script returns. */
    private void clickChart(String chart, String pointScript) {
        WebElement canvas = driver.findElement(By.id(chart + "-chart"));
        js("arguments[0].scrollIntoView({block: 'center'})", canvas);
        List<Object> point = listOf(js(pointScript));
        double x = ((Number) point.get(0)).doubleValue();
        double y = ((Number) point.get(1)).doubleValue();
        int width = canvas.getSize().getWidth();
        int height = canvas.getSize().getHeight();
        new Actions(driver).moveToElement(canvas, (int) Math.round(x - width / 2.0), (int) Math.round(y - height / 2.0))
                .click().perform();
    }

    private void assertPanelShows(JsonNode segment) {
        String factId = segment.get("factId").asString();
        wait.until(d -> d.findElement(By.id("detail")).isDisplayed() && factId.equals(attr("#detail", "data-fact-id")));
        WebElement panel = driver.findElement(By.id("detail"));
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
        wait.until(d -> Boolean.TRUE.equals(js("return ['troops', 'bases'].every(k => { const c = window.sijillCharts[k];"
                + " return Math.abs(c.width - c.canvas.parentNode.getBoundingClientRect().width) < 1; })")));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Object value) {
        return (List<Object>) value;
    }

    private JsonNode api(String path) throws Exception {
        String body = http.get().uri(URI.create(base + path)).retrieve().body(String.class);
        return json.readTree(body);
    }

    private void screenshot(String name) throws Exception {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
