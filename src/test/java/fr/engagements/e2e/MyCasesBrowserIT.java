package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.e2e.Accessibility.assertNoHorizontalScroll;
import static fr.engagements.e2e.Accessibility.assertNoSeriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * « Mes dossiers » in the browser: a student who has just applied (without their motivation letter) logs into
 * Tasklist, clicks « Mes dossiers » in its header, finds their candidacy and its step in French, at a desktop width
 * and at 375 px (axe-core: no serious or critical violation; nothing scrolls sideways), then opens their task in
 * Tasklist from there. The secretariat, who has no case of their own, is shown the empty state and the way to the
 * boards, and its button opens Tasklist's start form. Screenshots: {@code target/e2e/mes-dossiers/} (and
 * {@code page-entiere.png}, the whole page of the student's cases, for the README).
 */
@ExtendWith(BrowserApp.class)
class MyCasesBrowserIT {

  /** A CER applicant of this test alone: one open candidacy per campaign. */
  static final String STUDENT = "etudiant.dossiers";

  @Test
  void aStudentFindsTheirCandidacyFromTasklistsHeader(Journeys journeys) {
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    Cases cases = new Cases(journeys.admin());
    cases.createUser(STUDENT, "Noé", "Lefort", "cer-applicants");
    // a first candidacy with a thèse d'exercice, closed at once (CER_E1) with its letter; then the real one
    String ineligible = apply(cases, year, false);
    String key = apply(cases, year, true);
    String taskId = cases.awaitTask(key, "completeDossier").path("id").asText();

    try (Journey journey = journeys.start("mes-dossiers")) {
      Tasklist tasklist = journey.as(STUDENT);
      Page page = tasklist.page();
      journey.step("lien-mes-dossiers-de-tasklist", () -> {
        Locator link = page.locator("a.engagements-mes-dossiers");
        assertThat(link).containsText("Mes dossiers");
        link.click();
        page.waitForURL("**/mes-dossiers");
        assertThat(page.locator("h1")).hasText("Mes dossiers");
        assertThat(page.locator("#navigation-principale .fr-nav__link[aria-current=page]")).hasText("Mes dossiers");
      });
      Locator myCase = page.locator("#dossier-" + key);
      Runnable expect = () -> {
        assertThat(myCase.locator("h2")).containsText(key);
        assertThat(myCase).containsText("Contrat d'Engagement Recherche (CER)");
        assertThat(myCase.locator(".eng-step--yours .eng-step__status"))
            .hasText("À vous d'agir : compléter votre dossier d'entrée");
        assertThat(myCase.locator(".eng-step--yours")).containsText("Auprès de : Vous");
        assertThat(myCase.locator(".fr-badge").first()).hasText("En cours");
        assertThat(myCase.locator("a[href='/dossiers/" + key + "']")).hasText("Historique complet du dossier " + key);
      };
      Locator closed = page.locator("#dossier-" + ineligible);
      journey.step("mon-dossier", () -> {
        expect.run();
        assertThat(closed.locator(".eng-closed")).containsText("Dossier clos : ");
        Locator letter = closed.locator("a.fr-link--download");
        assertThat(letter).containsText("Décision d'irrecevabilité (éligibilité)");
        String download = letter.getAttribute("href");
        assertThat(download).matches("/api/letters/\\d+\\.pdf");
        // the link works with the session of Tasklist
        assertThat(page.request().get(journey.url(download)).headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(page.locator("section.eng-case").first()).hasAttribute("id", "dossier-" + key);
        assertNoSeriousViolations(page, "Mes dossiers");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
            .setPath(java.nio.file.Path.of("target", "e2e", "mes-dossiers", "page-entiere.png")));
      });
      journey.step("mon-dossier-375px", () -> {
        page.setViewportSize(Accessibility.PHONE_WIDTH, 812);
        page.reload();
        expect.run();
        assertNoSeriousViolations(page, "Mes dossiers (375 px)");
        assertNoHorizontalScroll(page);
      });
      journey.step("ma-tache-dans-tasklist", () -> {
        page.setViewportSize(1400, 1000);
        page.reload();
        Locator open = myCase.getByText("Ouvrir ma tâche dans Tasklist");
        assertThat(open).hasAttribute("href", "/camunda/app/tasklist/default/#/?task=" + taskId);
        open.click();
        assertThat(page.locator(".task-details h2.task").first()).containsText("Compléter le dossier",
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator(".task-details h2.task").first()).containsText(key);
      });

      journey.as("secretariat");
      Page staff = journey.page();
      journey.step("aucun-dossier-personnel", () -> {
        staff.navigate(journey.url("/mes-dossiers"));
        assertThat(staff.locator("#aucun-dossier h2")).hasText("Vous n'avez aucun dossier");
        assertThat(staff.locator("#vers-les-tableaux a[href='/tableaux']")).hasText("tableaux de bord");
        assertNoSeriousViolations(staff, "Mes dossiers, sans dossier");
      });
      journey.step("aucun-dossier-personnel-375px", () -> {
        staff.setViewportSize(Accessibility.PHONE_WIDTH, 812);
        staff.reload();
        assertThat(staff.locator("#aucun-dossier")).isVisible();
        assertNoSeriousViolations(staff, "Mes dossiers, sans dossier (375 px)");
        assertNoHorizontalScroll(staff);
      });
      journey.step("formulaire-de-depot-depuis-mes-dossiers", () -> {
        staff.setViewportSize(1400, 1000);
        staff.navigate(journey.url("/mes-dossiers"));
        staff.getByText("Déposer une candidature au CER dans Tasklist").click();
        // Tasklist opens its start dialog on the CER's form
        assertThat(staff.locator(".modal-body form[name]").first()).isVisible(
            new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
      });
    }
  }

  /** The student files a candidacy over REST, without the motivation letter; with a thèse d'exercice unless eligible. */
  private static String apply(Cases cases, int year, boolean eligible) {
    return cases.start(STUDENT, "cer-candidacy", Cases.cerCandidacy(STUDENT, "Noé Lefort", year)
        .string("doctorateType", eligible ? "RESEARCH" : "EXERCISE")
        .remove("motivationLetter")).path("businessKey").asText();
  }
}
