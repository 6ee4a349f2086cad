package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.e2e.Accessibility.assertNoHorizontalScroll;
import static fr.engagements.e2e.Accessibility.assertNoSeriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import fr.engagements.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13, part 2, in Chromium: the secretariat opens « Tableaux de bord » from the navigation, finds this year's
 * candidacies with their step, keeps only the late ones, finds one by name, exports the page as CSV and opens the late
 * task in Tasklist; every state of the page passes axe-core and, at 375 px, never scrolls sideways. Screenshots:
 * {@code target/e2e/tableaux-de-bord/}. The UFR's board is walked in {@link CespApplicationBrowserIT}, before that
 * class's application journey closes the applications of Amiens' campaign.
 */
@ExtendWith(BrowserApp.class)
class BoardsBrowserIT {

  @Test
  void theSecretariatFiltersTheLateCandidaciesAndExportsThem(Journeys journeys) throws Exception {
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    Cases cases = new Cases(journeys.admin());
    cases.createUser("etudiant.retard", "Léa", "Retardataire", "cer-applicants");
    cases.createUser("etudiant.alheure", "Noé", "Ponctuel", "cer-applicants");
    String late = cases.fileCerCandidacy("etudiant.retard", "Léa Retardataire", year);
    String onTime = cases.fileCerCandidacy("etudiant.alheure", "Noé Ponctuel", year);
    JsonNode lateTask = cases.awaitTask(late, "verifyDossier");
    cases.awaitTask(onTime, "verifyDossier");
    // the verification of one candidacy was due yesterday (an administrator moves its due date: no clock to turn here)
    ObjectNode update = (ObjectNode) lateTask.deepCopy();
    update.put("due", ZonedDateTime.now(ZoneId.of("Europe/Paris")).minusDays(1)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")));
    Http.Response moved = journeys.admin().put("/engine-rest/task/" + lateTask.path("id").asText(), update);
    assertThat(moved.status()).as(moved.body()).isEqualTo(204);

    try (Journey journey = journeys.start("tableaux-de-bord")) {
      journey.as("secretariat");
      Page page = journey.page();
      journey.step("tableaux-de-bord", () -> {
        page.navigate(journey.url("/dossiers"));
        page.locator("#navigation-principale a", new Page.LocatorOptions().setHasText("Tableaux de bord")).click();
        assertThat(page.locator("h1")).hasText("Tableaux de bord");
        assertThat(page.locator("#navigation-principale a[aria-current=page]")).hasText("Tableaux de bord");
        // the board opens on the latest campaign with cases (another journey of this application may have filed one for
        // next year's): the secretariat chooses this year's
        page.selectOption("#campaign", String.valueOf(year));
        page.locator("#filtres button[type=submit]").click();
        assertThat(page.locator("#campaign")).hasValue(String.valueOf(year));
        assertThat(page.locator("#dossiers")).containsText(late);
        assertThat(page.locator("#dossiers")).containsText(onTime);
        assertThat(page.locator("#dossiers tr", new Page.LocatorOptions().setHasText(late))).containsText("En retard");
        assertNoSeriousViolations(page, "le tableau de bord du secrétariat");
      });
      journey.step("dossiers-en-retard", () -> {
        page.selectOption("#overdue", "true");
        page.locator("#filtres button[type=submit]").click();
        // only what was chosen goes into the address
        assertThat(page).hasURL(Pattern.compile(".*/tableaux/secretariat\\?campaign=" + year + "&overdue=true$"));
        assertThat(page.locator("#dossiers")).containsText(late);
        assertThat(page.locator("#dossiers")).not().containsText(onTime);
        assertThat(page.locator("#overdue")).hasValue("true");
        assertNoSeriousViolations(page, "le tableau filtré sur les retards");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
            .setPath(java.nio.file.Paths.get("target/e2e/tableaux-de-bord/retards-page-entiere.png")));
      });
      journey.step("recherche-par-nom", () -> {
        page.fill("#q", "retardataire");
        page.locator("#filtres button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]q=retardataire.*"));
        assertThat(page.locator("#dossiers tbody tr")).hasCount(1);
        assertThat(page.locator("#dossiers tbody tr")).containsText("Léa Retardataire");
      });
      journey.step("export-csv", () -> {
        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        String csv;
        try {
          csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        assertThat(download.suggestedFilename()).endsWith(".csv");
        assertThat(csv).startsWith("\uFEFFDossier;Demandeur;Campagne;");
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains(late + ";Léa Retardataire;" + year + ";Vérifier le dossier d'entrée;").doesNotContain(onTime);
      });
      journey.step("tableau-375px", () -> {
        page.setViewportSize(Accessibility.PHONE_WIDTH, 812);
        page.reload();
        assertThat(page.locator("#dossiers")).containsText(late);
        assertNoSeriousViolations(page, "le tableau de bord à 375 px");
        // what overflows, outside any scrolling container (printed only: the assertion below decides)
        System.out.println("[e2e] wide at 375 px: " + page.evaluate("() => [...document.querySelectorAll('body *')]"
            + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
            + ".filter(e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX;"
            + " if (o === 'auto' || o === 'hidden' || o === 'scroll') { return false; } } return true; })"
            + ".slice(0, 8).map(e => e.tagName + '.' + String(e.className) + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')"));
        assertNoHorizontalScroll(page);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
            .setPath(java.nio.file.Paths.get("target/e2e/tableaux-de-bord/375px-page-entiere.png")));
      });
      journey.step("ouvrir-la-tache", () -> {
        page.setViewportSize(1400, 1000);
        page.reload();
        page.locator("#dossiers a", new Page.LocatorOptions().setHasText("Ouvrir la tâche")).first().click();
        assertThat(page).hasURL(Pattern.compile(".*/camunda/app/tasklist/.*task=" + lateTask.path("id").asText() + ".*"));
        assertThat(page.locator("body")).containsText("Vérifier le dossier d'entrée");
      });
    }
  }
}
