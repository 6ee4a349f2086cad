package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.identity.IdentitySeeder.MY_GROUPS_TASKS;
import static fr.engagements.identity.IdentitySeeder.MY_TASKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import fr.engagements.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole CER journey in Tasklist, in French, as each demo user does it: the applicant files the
 * candidacy with three PDFs from the start form; the secretariat verifies the dossier; the jury admits;
 * the funding decision and the first allowance run in the application's job executor; the applicant files
 * the project (and first sees the form refuse research months under 6 and a document that is not a PDF,
 * the task staying open); the four signers sign, then the ARS; the secretariat schedules the defense; the
 * jury grants the post. Screenshots: {@code target/e2e/cer-candidature/}.
 */
@ExtendWith(BrowserApp.class)
class CerCandidacyBrowserIT {

  static final String PROCESS_NAME = "Candidature au Contrat d'Engagement Recherche";
  static final byte[] PDF = TestDocuments.PDF;

  @Test
  void aCandidacyGoesFromTheStartFormToTheGrantedPostInTasklist(Journeys journeys) {
    Cases cases = new Cases(journeys.admin());
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    int year = today.getYear();
    try (Journey journey = journeys.start("cer-candidature")) {
      Tasklist applicant = journey.as("etudiant");
      journey.step("tasklist-en-francais", () -> {
        assertThat(applicant.page().locator(".start-process-action a")).containsText("Déposer une candidature");
        assertThat(applicant.page().locator(".task-filter").first()).containsText(MY_TASKS);
        // issue 13: « Mes dossiers » in the header, and no Camunda end-of-life banner for end users
        assertThat(applicant.page().locator("[cam-widget-header] a.engagements-mes-dossiers")).hasText("Mes dossiers");
        assertThat(applicant.page().locator("[cam-widget-header] a.engagements-mes-dossiers")).hasAttribute("href", "/mes-dossiers");
        assertThat(applicant.page().locator(".ce-eol-banner")).isHidden();
      });
      journey.step("formulaire-de-candidature", () -> {
        applicant.openStartForm(PROCESS_NAME)
            .fill("applicantName", "Camille Dupont")
            .fill("applicantEmail", "camille.dupont@etu.example.fr")
            .select("applicantProfile", "DOUBLE_CURSUS")
            .select("doctorateType", "RESEARCH")
            .select("doctorateStatus", "OBTAINED")
            .fill("doctorateDate", year + "-06-30")
            .fill("researchLab", "UMR 1234 Inserm — Institut de recherche")
            .select("otherFunding", "NONE")
            .fill("dfasm1StartDate", year + "-09-01")
            .fill("medicalStudiesReturnYear", String.valueOf(year))
            .attach("doctorateProof", "these.pdf", "application/pdf", PDF)
            .attach("labAttachmentProof", "rattachement.pdf", "application/pdf", PDF)
            .attach("motivationLetter", "lettre.pdf", "application/pdf", PDF);
        assertThat(applicant.page().locator("#campaignYear")).hasValue(String.valueOf(year));
        Accessibility.assertNoSeriousViolations(applicant.page(), ".modal-body form[name]", "le formulaire de candidature (Tasklist)");
      });
      journey.step("candidature-deposee", () -> assertThat(applicant.submitStartForm()).isLessThan(300));
      String key = cases.startedBy("cer-candidacy", "etudiant");
      assertThat(key).startsWith("CER-" + year + "-");

      Tasklist secretariat = journey.as("secretariat");
      cases.awaitTask(key, "verifyDossier");
      journey.step("verification-du-dossier", () -> {
        secretariat.filter(MY_GROUPS_TASKS).openTask("Vérifier le dossier d'entrée", key, "Camille Dupont");
        assertThat(secretariat.form()).containsText("Éligible");
        assertThat(secretariat.page().locator(".tasks-list li").filter(new Locator.FilterOptions().setHasText(key)).first())
            .containsText("dans 14 jours");
        assertThat(secretariat.form().locator("a[cam-file-download]")).hasCount(3);
        assertThat(secretariat.form().locator("a[cam-file-download='doctorateProof']")).hasText("these.pdf");
      });
      journey.step("dossier-complet", () -> {
        secretariat.claim().select("dossierComplete", "true");
        Accessibility.assertNoSeriousViolations(secretariat.page(), ".task-details form[name]", "le formulaire « Vérifier le dossier d'entrée » (Tasklist)");
      });
      journey.step("dossier-complet-envoye", () -> assertThat(secretariat.complete()).isEqualTo(204));

      Tasklist jury = journey.as("jury1");
      cases.awaitTask(key, "decideEntry");
      // issue 9: the member declares no conflict of interest before the jury task and its documents open to them
      journey.step("declaration-d-interets", () -> jury.filter(MY_TASKS).openTask("Déclarer les liens d'intérêts", key)
          .select("conflictOfInterest", "false"));
      journey.step("declaration-d-interets-envoyee", () -> assertThat(jury.complete()).isEqualTo(204));
      journey.step("decision-d-entree", () -> {
        jury.filter(MY_GROUPS_TASKS).openTask("Décision d'entrée", key);
        assertThat(jury.form()).containsText("Pièces du dossier");
        assertThat(jury.form().locator("a[cam-file-download]")).hasCount(3);
      });
      journey.step("admission", () -> jury.claim().select("entryDecision", "ADMITTED")
          .fill("entryRationale", "Projet de recherche solide, double cursus cohérent avec la spécialité visée."));
      journey.step("admission-envoyee", () -> assertThat(jury.complete()).isEqualTo(204));

      // the funding decision and the first allowance payment run in the application's job executor
      cases.awaitTask(key, "submitProject");
      assertThat(cases.variable("cer-candidacy", key, "fundingDecision").asText()).isEqualTo("FUNDED");

      Tasklist project = journey.as("etudiant");
      journey.step("depot-du-projet", () -> project.filter(MY_TASKS).openTask("Déposer le projet médico-scientifique", key));
      // the button is never greyed out: a click says what to correct, beside the field (issue 13, item 5)
      journey.step("mois-de-recherche-insuffisants", () -> {
        project.fill("specialty", "Cardiologie et maladies vasculaires").fill("subdivision", "Lille").fill("researchMonths", "5");
        assertThat(project.completeButton()).isEnabled();
        project.clickComplete();
        assertThat(project.page().locator("#ef-error-researchMonths")).containsText("au moins 6 mois de recherche sont exigés");
        assertThat(project.errorSummary()).isFocused();
      });
      journey.step("piece-non-pdf-refusee", () -> {
        project.fill("researchMonths", "24")
            .attach("scientificProject", "projet.pdf", "application/pdf", PDF)
            .attach("residencyPlan", "maquette.pdf", "application/pdf", PDF)
            .attach("prerequisitesProof", "prerequis.pdf", "application/pdf", PDF)
            .attach("cv", "cv.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "pas un PDF".getBytes(StandardCharsets.UTF_8));
        project.clickComplete();
        assertThat(project.formErrors()).containsText(new String[] {"CV (publications, notes) : seul un fichier PDF est accepté (« cv.docx »)."});
        assertThat(cases.tasks(key, "submitProject")).as("the task stays open").hasSize(1);
      });
      journey.step("projet-depose", () -> {
        project.attach("cv", "cv.pdf", "application/pdf", PDF);
        assertThat(project.complete()).isEqualTo(204);
      });

      // one form for every signer (forms/cer/sign-project.html), which sets the signer's own variable
      sign(journey, cases, key, "directeur", "signLabDirector", "Signature du directeur de laboratoire", "labDirectorApproved");
      sign(journey, cases, key, "chefservice", "signHeadOfDepartment", "Signature du chef de service", "headOfDepartmentApproved");
      sign(journey, cases, key, "doyen", "signDean", "Signature du doyen", "deanApproved");
      sign(journey, cases, key, "coordonnateur", "signDesCoordinator", "Signature du coordonnateur de DES", "desCoordinatorApproved");
      sign(journey, cases, key, "ars", "approveArs", "Accord de l'ARS", "arsApproved");

      Tasklist defense = journey.as("secretariat");
      cases.awaitTask(key, "scheduleDefense");
      String defenseDate = today.plusDays(30).toString();
      journey.step("programmation-de-la-soutenance", () -> {
        defense.filter(MY_GROUPS_TASKS).openTask("Programmer la soutenance", key);
        defense.claim().fill("defenseDate", defenseDate);
      });
      journey.step("soutenance-programmee", () -> assertThat(defense.complete()).isEqualTo(204));

      Tasklist post = journey.as("jury1");
      cases.awaitTask(key, "decidePost");
      journey.step("declaration-d-interets-poste", () -> post.filter(MY_TASKS).openTask("Déclarer les liens d'intérêts", key)
          .select("conflictOfInterest", "false"));
      journey.step("declaration-d-interets-poste-envoyee", () -> assertThat(post.complete()).isEqualTo(204));
      journey.step("decision-sur-le-poste", () -> {
        post.filter(MY_GROUPS_TASKS).openTask("Décision sur le poste hors contingent", key);
        assertThat(post.form()).containsText(today.plusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(post.form().locator("a[cam-file-download]")).hasCount(4);
      });
      journey.step("poste-accorde", () -> post.claim().select("postDecision", "GRANTED")
          .fill("postRationale", "Soutenance convaincante : motivation et qualité du projet établies (CER_P5)."));
      journey.step("poste-accorde-envoye", () -> assertThat(post.complete()).isEqualTo(204));

      // the post is granted by an asynchronous step; the case then waits for the research period
      cases.awaitTask(key, "confirmResearchPeriod");
      assertThat(cases.variable("cer-candidacy", key, "postDecision").asText()).isEqualTo("GRANTED");
      Tasklist timeline = journey.as("etudiant");
      journey.step("historique-du-dossier", () -> {
        // the address of the e-mails leads to the case's page
        timeline.page().navigate(journey.url("/timeline.html?businessKey=" + key));
        assertThat(timeline.page()).hasURL(journey.url("/dossiers/" + key));
        assertThat(timeline.page().locator("body")).containsText("poste");
      });
    }
  }

  private static void sign(Journey journey, Cases cases, String key, String user, String taskKey, String taskName,
      String approval) {
    Tasklist signer = journey.as(user);
    JsonNode task = cases.awaitTask(key, taskKey);
    assertThat(task.path("due").asText()).as("a signature has a due date").isNotBlank();
    journey.step("signature-" + user, () -> {
      signer.filter(MY_GROUPS_TASKS).openTask(taskName, key);
      assertThat(signer.form().locator("a[cam-file-download]")).hasCount(4);
      assertThat(signer.form().locator("label[for=signerDecision]")).containsText("pour ");
      signer.claim().select("signerDecision", "true");
    });
    journey.step("signature-" + user + "-envoyee", () -> assertThat(signer.complete()).isEqualTo(204));
    assertThat(cases.variable("cer-candidacy", key, approval).asBoolean()).as(approval).isTrue();
  }
}
