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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sijill.TestNode;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The analyst's page (static/index.html, static/app/*.js) in a real browser, against a whole node with
 * the seeds imported: what the page shows must be what the API answers for the same question.
 * Screenshots go to target/screenshots/. Needs Debian's chromium and chromium-driver at /usr/bin; where
 * they are missing the test skips and says so.
 *
 * <p>This class owns the one node and the one browser shared by every test; what each test checks lives
 * in {@link PresenceChecks}, {@link ChartChecks} and {@link TimelineChecks}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.extension.ExtendWith(org.sijill.ApiDocumentCheck.Classes.class)
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

    private final boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);

    private ConfigurableApplicationContext node;
    private WebDriver driver;
    private PresenceChecks presence;
    private ChartChecks charts;
    private TimelineChecks timeline;
    private LanguageChecks languages;
    private MapChecks views;
    private EditingChecks editing;

    @BeforeAll
    void start() throws Exception {
        if (!browser) {
            System.out.println(SKIPPED);
            return; // every test then skips (below), and says why
        }
        node = TestNode.start(dataDir, "chronology.security.editor-password=" + EditingChecks.EDITOR_PASSWORD,
                "chronology.security.auditor-password=" + EditingChecks.AUDITOR_PASSWORD);
        ApiAnswers api = new ApiAnswers("http://localhost:" + node.getEnvironment().getProperty("local.server.port"));
        api.awaitUp();

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,2000", "--lang=en-US", "--user-data-dir=" + browserProfile);
        driver = new ChromeDriver(options);
        Files.createDirectories(SCREENSHOTS);

        Browser page = new Browser(driver, api.base(), SCREENSHOTS);
        presence = new PresenceChecks(page, api);
        charts = new ChartChecks(page, api);
        timeline = new TimelineChecks(page, api);
        languages = new LanguageChecks(page, api);
        views = new MapChecks(page, api);
        editing = new EditingChecks(page, api);
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
        presence.theTablesShowThePresenceAnswer(date);
    }

    @Order(2)
    @Test
    void thePermalinkRestoresTheQuestion() {
        presence.thePermalinkRestoresTheQuestion();
    }

    @Order(3)
    @Test
    void arabicIsRightToLeftAndSourcesOpen() throws Exception {
        presence.arabicIsRightToLeftAndSourcesOpen();
    }

    @Order(4)
    @Test
    void theErrorOfABadQuestionIsShown() {
        presence.theErrorOfABadQuestionIsShown();
    }

    // ---- "Over time": the charts are drawn from the series, and a click shows a claim ----------------

    @Order(5)
    @Test
    void theChartsAreDrawnAndASegmentShowsItsSources() throws Exception {
        charts.theChartsAreDrawnAndASegmentShowsItsSources();
    }

    // ---- "Timeline": the fact list, a fact's page with history, a base's page ----------------------

    @Order(6)
    @Test
    void theTimelineListsTheFactsAndAFactShowsItsSourcesAndHistory() throws Exception {
        timeline.theTimelineListsTheFactsAndAFactShowsItsSourcesAndHistory();
    }

    // ---- Both languages, phone and desk ------------------------------------------------------------

    @Order(7)
    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void everyViewInBothLanguagesAtBothSizes(String lang) throws Exception {
        languages.everyViewInBothLanguagesAtBothSizes(lang);
    }

    @Order(8)
    @Test
    void everyWordOfThePageHasBothLanguages() {
        languages.everyWordHasBothLanguages();
    }

    @Order(9)
    @Test
    void anArabicSearchFindsArabicSummaries() throws Exception {
        languages.anArabicSearchFindsArabicSummaries();
    }

    @Order(10)
    @Test
    void theReaderChoosesTheDigitsAndTheArabicFontIsThePagesOwn() {
        languages.theReaderChoosesTheDigits();
        languages.theArabicFontIsThePagesOwn();
    }

    // ---- Map, slider, compare, downloads -----------------------------------------------------------

    @Order(11)
    @Test
    void theMapDrawsEveryPlacedBaseInItsStatus() throws Exception {
        views.theMapDrawsEveryPlacedBaseInItsStatusAndListsTheRest();
    }

    @Order(12)
    @Test
    void theSliderStepsFromChangeToChange() {
        views.theSliderStepsToTheNextAndPreviousChange();
    }

    @Order(13)
    @Test
    void theCompareViewShowsWhatChangedAndWhy() throws Exception {
        views.theCompareViewShowsTheDiffAndWhyAnAnswerChanged();
    }

    @Order(14)
    @Test
    void theDownloadsAndThePermalinkReproduceTheAnswer() {
        views.theDownloadsAndThePermalinkReproduceTheAnswer();
    }

    // ---- Editors in the page -----------------------------------------------------------------------

    @Order(15)
    @Test
    void anEditorSignsInAddsCorrectsAndRetractsAFact() throws Exception {
        editing.anEditorSignsInAddsCorrectsAndRetractsAFact();
    }

    @Order(16)
    @Test
    void aSignedInReaderSeesTheCitedLineInContext() throws Exception {
        editing.aSignedInReaderSeesTheCitedLineInContext();
    }

    @Order(17)
    @Test
    void anEditorRegistersABaseAndAnAuditorVerifiesTheRecord() throws Exception {
        editing.anEditorRegistersABaseAndAnAuditorVerifiesTheRecord();
    }
}
