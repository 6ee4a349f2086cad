package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.e2e.Accessibility.assertNoHorizontalScroll;
import static fr.engagements.e2e.Accessibility.assertNoSeriousViolations;
import static fr.engagements.identity.IdentitySeeder.MY_GROUPS_TASKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import fr.engagements.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ADM_1 on the case page: the person whose candidacy was declared ineligible files a recours gracieux from
 * {@code /dossiers/{key}} (a mistake first, told beside its field; then the appeal with a PDF), and reads it in the
 * list, on a desktop and at 375 px, checked by axe-core. Screenshots: {@code target/e2e/recours-gracieux/}.
 */
@ExtendWith(BrowserApp.class)
class AppealsBrowserIT {

  static final String APPLICANT = "etudiant.recours";

  @Test
  void ADM_1_theApplicantFilesAnAppealFromTheCasePage(Journeys journeys) {
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    // an applicant of this test alone, whose candidacy the eligibility table refuses (thèse d'exercice, CER_E1)
    Cases cases = new Cases(journeys.admin());
    cases.createUser(APPLICANT, "Noé", "Recours", "cer-applicants");
    String key = cases.start(APPLICANT, "cer-candidacy", Cases.cerCandidacy(APPLICANT, "Noé Recours", year)
        .string("doctorateType", "EXERCISE")).path("businessKey").asText();

    try (Journey journey = journeys.start("recours-gracieux")) {
      journey.as(APPLICANT);
      Page page = journey.page();
      journey.step("formulaire-de-recours", () -> {
        page.setViewportSize(1280, 900);
        page.navigate(journey.url("/dossiers/" + key));
        assertThat(page.locator("#appeal-form")).isVisible();
        assertThat(page.locator("#appeals-none")).isVisible();
        assertThat(page.locator("#appeal-letter option").nth(1)).containsText("Décision d'irrecevabilité");
        page.locator("#appeal-form").scrollIntoViewIfNeeded();
        assertNoSeriousViolations(page, "le formulaire de recours");
      });
      journey.step("recours-a-corriger", () -> {
        page.fill("#appeal-text", "Trop court");
        page.click("#appeal-form button[type=submit]");
        assertThat(page.locator("#appeal-errors .fr-alert--error")).containsText("Choisissez la décision");
        assertThat(page.locator("#appeal-text-error")).containsText("de 20 à 5 000 caractères");
        assertThat(page.locator("#appeal-errors")).isFocused();
        assertNoSeriousViolations(page, "le formulaire de recours à corriger");
      });
      journey.step("recours-depose", () -> {
        page.selectOption("#appeal-letter", page.locator("#appeal-letter option").nth(1).getAttribute("value"));
        page.fill("#appeal-text", "Mon doctorat est un doctorat de recherche (PhD), et non une thèse d'exercice : voir l'attestation.");
        page.setInputFiles("#appeal-documents", new FilePayload("attestation.pdf", "application/pdf", TestDocuments.PDF));
        page.click("#appeal-form button[type=submit]");
        assertThat(page.locator("#appeal-status")).containsText("Votre recours n° 1 est déposé");
        assertThat(page.locator("#appeals-list li").first()).containsText("En cours d'examen");
        assertThat(page.locator("#appeals-list li").first()).containsText("Secrétariat national du CER");
        // one open appeal per decision: the form offers nothing more
        assertThat(page.locator("#appeal-form")).isHidden();
        assertNoSeriousViolations(page, "le recours déposé");
      });
      journey.step("recours-depose-375px", () -> {
        page.setViewportSize(Accessibility.PHONE_WIDTH, 812);
        page.reload();
        assertThat(page.locator("#appeals-list li").first()).containsText("Recours n° 1");
        assertNoSeriousViolations(page, "le recours déposé (375 px)");
        assertNoHorizontalScroll(page);
        page.locator("#appeals-list li").first().scrollIntoViewIfNeeded(); // for the step's screenshot
      });

      // the secretariat, which decided eligibility, answers in Tasklist: the form shows the appeal and asks for a rationale
      page.setViewportSize(1280, 900); // Tasklist's login waits for its desktop header
      Tasklist secretariat = journey.as("secretariat");
      journey.step("reponse-au-recours", () -> {
        secretariat.filter(MY_GROUPS_TASKS).openTask("Répondre au recours gracieux", key + "/recours/1");
        assertThat(secretariat.form()).containsText("Mon doctorat est un doctorat de recherche");
        assertThat(secretariat.form()).containsText("Décision d'irrecevabilité");
        assertThat(secretariat.form().locator("a", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("attestation.pdf")))
            .hasCount(1);
        secretariat.claim().select("appealDecision", "UPHELD").fill("appealRationale",
            "L'attestation jointe est celle d'une thèse d'exercice : la décision est maintenue.");
      });
      journey.step("reponse-envoyee", () -> {
        assertThat(secretariat.complete()).isEqualTo(204);
      });
      journey.as(APPLICANT);
      journey.step("reponse-lue-par-le-demandeur", () -> {
        page.setViewportSize(1280, 900);
        journey.page().navigate(journey.url("/dossiers/" + key));
        assertThat(journey.page().locator("#appeals-list li").first()).containsText("Décision maintenue");
        assertThat(journey.page().locator("#appeals-list li").first()).containsText("la décision est maintenue");
        journey.page().locator("#appeals-list li").first().scrollIntoViewIfNeeded();
      });
    }
  }
}
