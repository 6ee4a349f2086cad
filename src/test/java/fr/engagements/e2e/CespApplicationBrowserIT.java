package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.identity.IdentitySeeder.MY_GROUPS_TASKS;
import static fr.engagements.identity.IdentitySeeder.MY_TASKS;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.e2e.Accessibility.assertNoHorizontalScroll;
import static fr.engagements.e2e.Accessibility.assertNoSeriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.engagements.casefile.Groups;
import fr.engagements.support.Http;
import fr.engagements.support.TestDocuments;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CESP in the browser, in French, on this year's campaigns of the demo profile (Amiens and UPEC):
 * <ol>
 * <li>the UFR's board (issue 13): Amiens' officer goes from Tasklist to « Tableaux de bord », finds their faculty's
 * applications with their steps, not UPEC's, by name, exports the page as CSV (axe-core; 375 px without sideways
 * scrolling), opens one's task in Tasklist and sends the dossier back; UPEC's officer sees the reverse (screenshots:
 * {@code target/e2e/tableau-ufr/});</li>
 * <li>an application to signature in Tasklist: the candidate applies to Amiens with the whole dossier, the IBAN and
 * the RIB; the UFR checks completeness, records the commission's opinion and rank, closes the applications and the
 * commission; the lists and the offer are drawn by the application's job executor; the candidate signs (screenshots:
 * {@code target/e2e/cesp-candidature/}).</li>
 * </ol>
 * In this order: the second closes Amiens' applications for the year, after which nobody can apply there (the
 * packaged application has no other CESP campaign, and no way over REST to open one).
 */
@ExtendWith(BrowserApp.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CespApplicationBrowserIT {

  static final String PROCESS_NAME = "Contrat d'Engagement de Service Public";
  static final String UFR = "AMIENS";

  @Test
  @Order(1)
  void theUfrFindsItsFacultysApplicationsOnItsBoardAndExportsThem(Journeys journeys) {
    Cases cases = new Cases(journeys.admin());
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    // three people of this test alone, of one family name: two apply to Amiens (one without their CV), one to UPEC
    String armelle = apply(cases, "cesp.tableau.armelle", "Armelle", year, UFR, false);
    String bastien = apply(cases, "cesp.tableau.bastien", "Bastien", year, UFR, true);
    String ursule = apply(cases, "cesp.tableau.ursule", "Ursule", year, "UPEC", false);
    String armelleTask = cases.awaitTask(armelle, "checkCompleteness").path("id").asText();
    cases.awaitTask(bastien, "completeDossier");
    cases.awaitTask(ursule, "checkCompleteness");

    try (Journey journey = journeys.start("tableau-ufr")) {
      Tasklist tasklist = journey.as("ufr");
      Page page = tasklist.page();
      Locator rows = page.locator("#dossiers tbody tr");
      journey.step("tableaux-de-bord", () -> {
        page.locator("a.engagements-mes-dossiers").click();
        page.waitForURL("**/mes-dossiers");
        page.locator("#navigation-principale a", new Page.LocatorOptions().setHasText("Tableaux de bord")).click();
        assertThat(page).hasURL(Pattern.compile(".*/tableaux/ufr$"));
        assertThat(page.locator("h1")).hasText("Tableaux de bord");
        assertThat(page.locator("h2").first()).hasText("CESP de ma faculté — campagne " + year);
        assertThat(page.locator("#campaign")).hasValue(String.valueOf(year));
        assertThat(page.locator("#dossiers")).containsText(armelle);
        assertThat(page.locator("#dossiers")).containsText(bastien);
        assertThat(page.locator("#dossiers")).not().containsText(ursule);
        assertThat(page.locator("#dossiers")).not().containsText("Ursule");
        // each with its step in French: the UFR's own task opens from here, the candidate's does not
        Locator toCheck = rows.filter(new Locator.FilterOptions().setHasText(armelle));
        assertThat(toCheck).containsText("Armelle Picard");
        assertThat(toCheck).containsText("Vérifier la complétude du dossier");
        assertThat(toCheck).containsText("Ouvrir la tâche");
        Locator toComplete = rows.filter(new Locator.FilterOptions().setHasText(bastien));
        assertThat(toComplete).containsText("Compléter le dossier CESP");
        assertThat(toComplete).containsText("Tâche du demandeur");
        assertNoSeriousViolations(page, "le tableau de bord de l'UFR");
        page.locator("#dossiers").scrollIntoViewIfNeeded(); // for the step's screenshot
      });
      journey.step("recherche-par-nom", () -> {
        page.fill("#q", "picard");
        page.locator("#filtres button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/tableaux/ufr\\?campaign=" + year + "&q=picard$"));
        assertThat(rows).hasCount(2);
        assertThat(page.locator("#dossiers")).containsText("Armelle Picard");
        assertThat(page.locator("#dossiers")).containsText("Bastien Picard");
        assertThat(page.locator("#titre-liste")).containsText("2 dossiers");
        assertNoSeriousViolations(page, "le tableau de l'UFR, recherche par nom");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
            .setPath(java.nio.file.Path.of("target", "e2e", "tableau-ufr", "page-entiere.png")));
        page.locator("#dossiers").scrollIntoViewIfNeeded();
      });
      journey.step("export-csv", () -> {
        List<String> onScreen = page.locator("#dossiers tbody tr td:first-child").allInnerTexts().stream().map(String::strip).toList();
        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        String csv = read(download);
        assertThat(download.suggestedFilename()).isEqualTo("tableau-ufr-" + year + ".csv");
        assertThat(csv).startsWith("\uFEFFDossier;Demandeur;Campagne;Faculté;Région;Phase;Étape en cours;");
        List<String> lines = Arrays.asList(csv.substring(1).split("\r\n"));
        assertThat(lines).hasSize(1 + onScreen.size());
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(";")[0]).toList())
            .containsExactlyElementsOf(onScreen).containsExactlyInAnyOrder(armelle, bastien);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(armelle + ";Armelle Picard;" + year + ";AMIENS;")
            .contains(";Vérifier la complétude du dossier;"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(bastien + ";Bastien Picard;" + year + ";AMIENS;")
            .contains(";Compléter le dossier CESP;"));
        assertThat(csv).doesNotContain(ursule).doesNotContain("Ursule").doesNotContain("UPEC");
      });
      journey.step("tableau-375px", () -> {
        page.setViewportSize(Accessibility.PHONE_WIDTH, 812);
        page.reload();
        assertThat(rows).hasCount(2);
        assertNoSeriousViolations(page, "le tableau de l'UFR à 375 px");
        assertNoHorizontalScroll(page);
        page.locator("#dossiers").scrollIntoViewIfNeeded();
      });

      // from the board to the task in Tasklist: the dossier goes back to its candidate (and no longer waits for the
      // UFR: the next journey closes Amiens' commission, which needs no dossier left to check)
      journey.step("ouvrir-la-tache", () -> {
        page.setViewportSize(1400, 1000);
        page.reload();
        rows.filter(new Locator.FilterOptions().setHasText(armelle)).getByText("Ouvrir la tâche").click();
        assertThat(page).hasURL(Pattern.compile(".*/camunda/app/tasklist/.*task=" + armelleTask + ".*"));
        assertThat(page.locator(".task-details h2.task").first()).containsText("Vérifier la complétude du dossier");
        tasklist.form().waitFor();
        tasklist.claim().select("dossierComplete", "false")
            .fill("dossierRemarks", "Le relevé de notes est illisible : merci de le déposer à nouveau.");
      });
      journey.step("dossier-renvoye", () -> assertThat(tasklist.complete()).isEqualTo(204));
      cases.awaitTask(armelle, "completeDossier");
      journey.step("tableau-apres-renvoi", () -> {
        page.navigate(journey.url("/tableaux/ufr?campaign=" + year + "&q=picard"));
        assertThat(rows.filter(new Locator.FilterOptions().setHasText(armelle))).containsText("Compléter le dossier CESP");
        page.locator("#dossiers").scrollIntoViewIfNeeded();
      });

      journey.as("ufr2");
      journey.step("tableau-de-l-autre-faculte", () -> {
        page.navigate(journey.url("/tableaux/ufr?campaign=" + year + "&q=picard"));
        assertThat(rows).hasCount(1);
        assertThat(page.locator("#dossiers")).containsText(ursule);
        assertThat(page.locator("#dossiers")).containsText("Ursule Picard");
        assertThat(page.locator("#dossiers")).not().containsText(armelle);
        assertThat(page.locator("#dossiers")).not().containsText(bastien);
        page.locator("#dossiers").scrollIntoViewIfNeeded();
        String csv = read(page.waitForDownload(() -> page.locator("#export-csv").click()));
        assertThat(csv).contains(ursule + ";Ursule Picard;" + year + ";UPEC;").doesNotContain(armelle).doesNotContain("AMIENS");
      });
    }
  }

  /** A CESP applicant of this test applies to this faculty's campaign over REST: the business key. */
  private static String apply(Cases cases, String id, String firstName, int year, String ufr, boolean withoutCv) {
    cases.createUser(id, firstName, "Picard", Groups.CESP_APPLICANTS);
    Http.Vars application = Cases.cespApplication(id, firstName + " Picard", year, ufr);
    if (withoutCv) {
      application.remove("cv");
    }
    return cases.start(id, "cesp-contract", application).path("businessKey").asText();
  }

  private static String read(Download download) {
    try {
      return Files.readString(download.path(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @Order(2)
  void anApplicationGoesFromTheStartFormToTheSignedContractInTasklist(Journeys journeys) {
    Cases cases = new Cases(journeys.admin());
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    int year = today.getYear();
    String campaign = "CESP-" + year + "-" + UFR;
    try (Journey journey = journeys.start("cesp-candidature")) {
      Tasklist candidate = journey.as("candidat");
      journey.step("formulaire-de-candidature", () -> {
        candidate.openStartForm(PROCESS_NAME)
            .fill("applicantName", "Inès Lefebvre")
            .fill("applicantEmail", "ines.lefebvre@etu.example.fr")
            .select("foreignNational", "false");
        assertThat(candidate.page().locator("#ufr option[value='" + UFR + "']")).hasCount(1);
        candidate.select("ufr", UFR)
            .select("studyLevel", "STUDENT")
            .fill("studyYear", "4")
            .fill("expectedDiplomaDate", (year + 5) + "-06-30")
            .fill("bankAccountHolder", "Inès Lefebvre")
            .fill("ibanInput", "FR76 3000 6000 0112 3456 7890 189")
            .attach("ribInput", "rib.pdf", "application/pdf", TestDocuments.PDF);
        for (String doc : Cases.CESP_DOCUMENTS) {
          candidate.attach(doc, doc + ".pdf", "application/pdf", TestDocuments.PDF);
        }
        assertThat(candidate.page().locator("#campaignYear")).hasValue(String.valueOf(year));
      });
      journey.step("candidature-deposee", () -> assertThat(candidate.submitStartForm()).isLessThan(300));
      String key = cases.startedBy("cesp-contract", "candidat");
      assertThat(key).startsWith("CESP-" + year + "-" + UFR + "-");

      Tasklist ufr = journey.as("ufr");
      cases.awaitTask(key, "checkCompleteness");
      journey.step("verification-de-la-completude", () -> {
        ufr.filter(MY_GROUPS_TASKS).openTask("Vérifier la complétude du dossier", key, "Inès Lefebvre");
        assertThat(ufr.form()).containsText("Étudiant(e) en médecine");
        assertThat(ufr.form().locator("a[href*='/variables/applicationForm/data']")).hasText("applicationForm.pdf");
      });
      journey.step("dossier-complet", () -> ufr.claim().select("dossierComplete", "true"));
      journey.step("dossier-complet-envoye", () -> assertThat(ufr.complete()).isEqualTo(204));

      cases.awaitTask(key, "recordCommissionOpinion");
      journey.step("avis-de-la-commission", () -> {
        ufr.reload().filter(MY_GROUPS_TASKS).openTask("Avis et classement de la commission", key);
        assertThat(ufr.form().locator("a[href*='/variables/cv/data']")).hasText("cv.pdf");
        ufr.claim().select("commissionOpinion", "FAVORABLE").select("commissionList", "MAIN")
            .fill("commissionRank", "1").fill("declaredRank", "1")
            .fill("commissionRationale", "Projet professionnel construit, motivation pour l'exercice en zone sous-dotée.");
      });
      journey.step("avis-enregistre", () -> assertThat(ufr.complete()).isEqualTo(204));

      JsonNode close = cases.awaitTask(campaign, "closeApplications");
      assertThat(close.path("due").asText()).as("closing the applications is due by the deadline").isNotBlank();
      journey.step("cloture-des-depots", () -> {
        ufr.reload().filter(MY_GROUPS_TASKS).openTask("Clore les dépôts", campaign);
        ufr.claim().select("closeEarlyConfirmed", "true");
      });
      journey.step("depots-clos", () -> assertThat(ufr.complete()).isEqualTo(204));

      cases.awaitTask(campaign, "closeCommission");
      journey.step("cloture-de-la-commission", () -> {
        ufr.reload().filter(MY_GROUPS_TASKS).openTask("Clore la commission", campaign);
        ufr.claim().fill("commissionDate", today.toString())
            .fill("commissionReport", "Commission réunie : une candidature retenue en liste principale.");
      });
      journey.step("commission-close", () -> assertThat(ufr.complete()).isEqualTo(204));

      // the lists and the offer are drawn by asynchronous steps of the campaign, in the job executor
      cases.awaitTask(key, "signContract");
      Tasklist signature = journey.as("candidat");
      journey.step("offre-de-contrat", () -> {
        signature.filter(MY_TASKS).openTask("Signer le contrat", key);
        assertThat(signature.form()).containsText("À signer avant le");
      });
      journey.step("signature-du-contrat", () -> signature.select("contractSigned", "true"));
      journey.step("contrat-signe", () -> assertThat(signature.complete()).isEqualTo(204));
      cases.awaitTask(key, "registerContract");
      assertThat(cases.variable("cesp-contract", key, "signatureDate").asText()).isEqualTo(today.toString());
    }
  }
}
