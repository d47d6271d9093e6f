package org.sijill.page;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The page as the checks see it: one browser on the node, opened at paths of the page, with waits of
 * at most 20 seconds for the page's own "data-state" signals (never fixed sleeps).
 */
final class Browser {

    /** Every text node with Arabic letters that has no ancestor-or-self with dir="rtl" lang="ar". */
    static final String ARABIC_OUTSIDE_RTL = """
            const bad = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (/[\\u0600-\\u06FF]/.test(n.nodeValue) && !n.parentElement.closest('[dir="rtl"][lang="ar"]')) {
                bad.push(n.nodeValue);
              }
            }
            return bad;""";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path screenshots;

    Browser(WebDriver driver, String base, Path screenshots) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = base;
        this.screenshots = screenshots;
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the node (e.g. "/?on=2021-12-20#/timeline"). */
    void open(String path) {
        driver.get(base + path);
    }

    /** The condition's first truthy value, waiting up to 20 s for it; fails on timeout. */
    <T> T until(Function<? super WebDriver, T> condition) {
        return wait.until(condition);
    }

    /** Returns once the "On a date" view shows the answer to exactly this question ("" = no asKnownAt). */
    void waitForAnswer(String on, String asKnownAt) {
        until(d -> "ready".equals(attr("#view-date", "data-state")) && on.equals(attr("#view-date", "data-on"))
                && asKnownAt.equals(attr("#view-date", "data-as-known-at")));
    }

    /** Sets a date or datetime input as a user's pick would, firing its change event. */
    void pick(String input, String value) {
        js("const e = document.querySelector(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    /** The attribute of the first element matching the selector; null if either is absent. */
    String attr(String selector, String attribute) {
        return (String) js("const e = document.querySelector(arguments[0]); return e && e.getAttribute(arguments[1]);",
                selector, attribute);
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The script's result, run in the page with the given arguments[]. */
    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A script's array result as a list. */
    @SuppressWarnings("unchecked")
    static List<Object> listOf(Object value) {
        return (List<Object>) value;
    }

    /** Saves what the browser shows as screenshots/NAME.png, replacing an earlier one. */
    void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
