package org.sijill.page;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in the page: signs in, adds a fact from the vocabulary's form after its preview, meets a duplicate,
 * corrects (redoing the change on top of a newer version after a 409), retracts, patrols recent changes, reads a
 * cited line in context, and signs out. Every step is checked against the API.
 */
final class EditingChecks {

    static final String EDITOR_PASSWORD = "page-editor-secret";
    static final String AUDITOR_PASSWORD = "page-auditor-secret";

    private final Browser page;
    private final ApiAnswers api;
    private final HttpClient http = HttpClient.newHttpClient();

    EditingChecks(Browser page, ApiAnswers api) {
        this.page = page;
        this.api = api;
    }

    void anEditorSignsInAddsCorrectsAndRetractsAFact() throws Exception {
        page.open("/?lang=en#/timeline");
        page.until(d -> page.attr("#sign-in", "type") != null);
        assertThat(page.find(By.cssSelector("a[data-view='new']")).isDisplayed()).as("no editing for anonymous").isFalse();
        signIn();
        assertThat(page.find(By.cssSelector("#who .who-name")).getText()).contains("editor (EDITOR)");
        page.until(d -> page.find(By.cssSelector("a[data-view='new']")).isDisplayed());

        page.open("/?lang=en#/new");
        page.until(d -> page.attr("#new-fact form", "class") != null);
        new Select(page.find(By.cssSelector("#new-fact [name=kind]"))).selectByValue("TROOP_LEVEL");
        type("when.date", "2021-03-01");
        new Select(page.find(By.cssSelector("#new-fact [name='when.precision']"))).selectByValue("DAY");
        new Select(page.find(By.cssSelector("#new-fact [name='data.force']"))).selectByValue("US");
        type("data.count", "3000");
        new Select(page.find(By.cssSelector("#new-fact [name=sourceId]"))).selectByValue("004_381da1ff9ba8b82d");
        type("locator", "line 5");
        type("summaryEn", "A page test: 3,000 US troops.");
        page.find(By.cssSelector("#new-fact .preview-button")).click();
        page.until(d -> "valid".equals(page.attr("#new-fact", "data-previewed")));
        assertThat(page.find(By.cssSelector("#new-fact .presence-changes")).getText()).contains("2021-03-01");
        page.screenshot("editor-preview");
        page.find(By.cssSelector("#new-fact .write-button")).click();
        page.until(d -> d.getCurrentUrl().contains("#/facts/f-") && "ready".equals(page.attr("#view-fact", "data-state")));
        String factId = page.attr("#view-fact", "data-fact-id");
        assertThat(api.get("/api/v1/facts/" + factId).get("data").get("count").asLong()).isEqualTo(3000);

        // The same claim again: the preview names the fact already recording it.
        page.open("/?lang=en#/new");
        page.until(d -> page.attr("#new-fact form", "class") != null);
        new Select(page.find(By.cssSelector("#new-fact [name=kind]"))).selectByValue("BASE_STATUS");
        type("when.date", "2020-03");
        new Select(page.find(By.cssSelector("#new-fact [name='when.precision']"))).selectByValue("MONTH");
        new Select(page.find(By.cssSelector("#new-fact [name='data.baseId']"))).selectByValue("k1");
        new Select(page.find(By.cssSelector("#new-fact [name='data.status']"))).selectByValue("HANDED_OVER");
        new Select(page.find(By.cssSelector("#new-fact [name=sourceId]"))).selectByValue("004_381da1ff9ba8b82d");
        type("locator", "line 17");
        type("summaryEn", "K-1 again.");
        page.find(By.cssSelector("#new-fact .preview-button")).click();
        page.until(d -> "invalid".equals(page.attr("#new-fact", "data-previewed")));
        assertThat(page.find(By.cssSelector("#new-fact .duplicates")).getText()).contains("n004-k1-handover-2020-03");

        // Correct; meanwhile someone else corrects; the 409 offers to redo the change on top.
        page.open("/?lang=en#/facts/" + factId);
        page.until(d -> page.attr("#fact-tools .correct-button", "class") != null);
        page.find(By.cssSelector("#fact-tools .correct-button")).click();
        page.until(d -> page.attr("#fact-tools [name='data.count']", "name") != null);
        WebElement count = page.find(By.cssSelector("#fact-tools [name='data.count']"));
        count.clear();
        count.sendKeys("3100");
        page.find(By.cssSelector("#fact-tools [name=reason]")).sendKeys("The page test corrects the count");
        correctByApi(factId, 1, "{\"expectedVersion\":1,\"reason\":\"another editor\",\"summaryEn\":\"Changed meanwhile.\"}");
        page.find(By.cssSelector("#fact-tools .write-button")).click();
        page.until(d -> page.attr("#fact-tools .redo", "class") != null);
        assertThat(page.find(By.cssSelector("#fact-tools .stale")).getText()).contains("version 1").contains("version 2");
        assertThat(page.find(By.cssSelector("#fact-tools .since")).getText()).contains("another editor");
        page.find(By.cssSelector("#fact-tools .redo")).click();
        page.until(d -> "valid".equals(page.attr("#fact-tools .fact-form-box", "data-previewed")));
        page.find(By.cssSelector("#fact-tools .write-button")).click();
        page.until(d -> "3".equals(page.attr("#fact-fields", "data-version")));
        assertThat(api.get("/api/v1/facts/" + factId).get("data").get("count").asLong()).isEqualTo(3100);

        page.find(By.cssSelector("#fact-tools .retract-button")).click();
        page.find(By.cssSelector("#fact-tools .retract-form [name=reason]")).sendKeys("A page test, withdrawn");
        page.find(By.cssSelector("#fact-tools .retract-form button")).click();
        page.until(d -> "4".equals(page.attr("#fact-fields", "data-version")));
        assertThat(api.get("/api/v1/facts/" + factId).get("status").asString()).isEqualTo("RETRACTED");

        page.open("/?lang=en#/changes");
        page.until(d -> "ready".equals(page.attr("#view-changes", "data-state")));
        WebElement newest = page.find(By.cssSelector("#changes tbody tr"));
        assertThat(newest.getAttribute("data-fact-id")).isEqualTo(factId);
        assertThat(newest.getText()).contains("A page test, withdrawn").contains("editor");
        page.screenshot("recent-changes");
    }

    /** A cited line in its context, for a signed-in reader of a source whose text is stored. */
    void aSignedInReaderSeesTheCitedLineInContext() throws Exception {
        String sourceId = "page-text-" + UUID.randomUUID().toString().substring(0, 8);
        send("POST", "/api/v1/sources", "application/json", "{\"sourceId\":\"" + sourceId + "\",\"title\":\"T\","
                + "\"publisher\":\"P\",\"language\":\"ar\"}");
        send("PUT", "/api/v1/sources/" + sourceId + "/text", "text/plain", "قبل\nسلمت قوات التحالف القاعدة\nبعد\n");
        JsonNode created = api.json(send("POST", "/api/v1/facts", "application/json", "{\"kind\":\"MILESTONE\","
                + "\"when\":{\"date\":\"2020-03\",\"precision\":\"MONTH\"},\"data\":{},\"sources\":[{\"sourceId\":\""
                + sourceId + "\",\"locator\":\"line 2, «قوات التحالف»\"}],\"summaryEn\":\"In context.\"}"));
        page.open("/?lang=ar#/facts/" + created.get("factId").asString());
        page.until(d -> page.attr("blockquote.in-context", "data-line") != null);
        assertThat(page.find(By.cssSelector("blockquote.in-context mark")).getText()).isEqualTo("قوات التحالف");
        assertThat(page.findAll(By.cssSelector("blockquote.in-context > div"))).hasSize(3);
        page.screenshot("quote-in-context-ar");
        page.find(By.id("sign-out")).click();
        page.until(d -> page.attr("#sign-in", "type") != null);
    }

    /** An editor registers a base with its point from the page; an auditor sees the chain verified and the replay. */
    void anEditorRegistersABaseAndAnAuditorVerifiesTheRecord() throws Exception {
        String baseId = "page-base-" + UUID.randomUUID().toString().substring(0, 8);
        page.open("/?lang=en#/new");
        page.until(d -> page.attr("#sign-in", "type") != null);
        signIn("editor", EDITOR_PASSWORD);
        page.until(d -> page.attr("#register-base", "id") != null);
        page.js("document.querySelector('#register-base').closest('details').open = true");
        for (String[] field : new String[][]{{"baseId", baseId}, {"nameEn", "Page base"}, {"nameAr", "قاعدة الصفحة"},
                {"province", "Anbar"}, {"lat", "33.4"}, {"lon", "43.3"}, {"reference", "A page test"}}) {
            page.find(By.cssSelector("#register-base [name=" + field[0] + "]")).sendKeys(field[1]);
        }
        new Select(page.find(By.cssSelector("#register-base [name=precision]"))).selectByValue("AREA");
        page.find(By.cssSelector("#register-base button[type=submit]")).click();
        page.until(d -> page.attr("#register-base .preview-ok", "class") != null);
        JsonNode base = api.get("/api/v1/bases/" + baseId);
        assertThat(base.get("location").get("precision").asString()).isEqualTo("AREA");
        assertThat(base.get("location").get("lat").asDouble()).isEqualTo(33.4);
        page.find(By.id("sign-out")).click();
        page.until(d -> page.attr("#sign-in", "type") != null);

        page.open("/?lang=ar#/audit");
        page.until(d -> page.attr("#sign-in", "type") != null);
        signIn("auditor", AUDITOR_PASSWORD);
        page.until(d -> page.attr("#audit-facts", "data-valid") != null);
        assertThat(page.attr("#audit-facts", "data-valid")).isEqualTo("true");
        page.screenshot("audit-ar");
        page.find(By.id("sign-out")).click();
        page.until(d -> page.attr("#sign-in", "type") != null);
    }

    private void signIn() {
        signIn("editor", EDITOR_PASSWORD);
    }

    private void signIn(String user, String password) {
        page.find(By.id("sign-in")).click();
        page.find(By.cssSelector("#sign-in-form [name=username]")).sendKeys(user);
        page.find(By.cssSelector("#sign-in-form [name=password]")).sendKeys(password);
        page.find(By.cssSelector("#sign-in-form button[type=submit]")).click();
        page.until(d -> page.attr("#who .who-name", "class") != null);
    }

    private void type(String name, String value) {
        WebElement input = page.find(By.cssSelector("#new-fact [name='" + name + "']"));
        input.clear();
        input.sendKeys(value);
    }

    private void correctByApi(String factId, long version, String body) throws Exception {
        send("POST", "/api/v1/facts/" + factId + "/corrections", "application/json", body);
    }

    private String send(String method, String path, String type, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", type).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("editor:" + EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return response.body();
    }
}
