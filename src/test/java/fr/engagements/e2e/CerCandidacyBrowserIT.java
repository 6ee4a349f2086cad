package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.identity.IdentitySeeder.MY_GROUPS_TASKS;
import static fr.engagements.identity.IdentitySeeder.MY_TASKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole CER journey in Tasklist, in French, as each demo user does it: the applicant files the
 * candidacy with three PDFs from the start form; the secretariat verifies the dossier; the jury admits in session
 * (CER_J5: convened, links declared, presence recorded, votes of three members in Tasklist, minutes signed);
 * the funding decision and the first allowance run in the application's job executor; the applicant files
 * the project (and first sees the form refuse research months under 6 and a document that is not a PDF,
 * the task staying open); the four signers of the project's institutions sign, then the ARS; the secretariat
 * schedules the defense and, on its day, records that the student presented (CER_P9); the jury grants the post in
 * session; the research months wait until they can have been served (CER_P10). Screenshots: {@code target/e2e/cer-candidature/}.
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
    JurySittingHttp sitting = new JurySittingHttp(journeys.admin());
    // a session of the jury for today, unless the campaign's own entry session comes first (and has come already)
    sitting.plan(year, "ENTRY", today);
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
            .select("studiesFaculty", "AMIENS")
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

      // the national jury decides in session (CER_J5): the candidacy is on the agenda of its campaign's first session
      cases.awaitTask(key, "decideEntry");
      long entrySession = sitting.sessionOf(key);
      sitInTasklist(journey, sitting, entrySession, "jury-entree", key);

      // the funding decision and the first allowance payment run in the application's job executor
      cases.awaitTask(key, "submitProject");
      assertThat(cases.variable("cer-candidacy", key, "fundingDecision").asText()).isEqualTo("FUNDED");

      Tasklist project = journey.as("etudiant");
      journey.step("depot-du-projet", () -> project.filter(MY_TASKS).openTask("Déposer le projet médico-scientifique", key));
      // the button is never greyed out: a click says what to correct, beside the field (issue 13, item 5)
      journey.step("mois-de-recherche-insuffisants", () -> {
        project.fill("specialty", DirectoryDemoData.AMIENS_SPECIALTY).fill("subdivision", DirectoryDemoData.AMIENS_SUBDIVISION)
            .select("laboratory", DirectoryDemoData.AMIENS_LAB).select("hostDepartment", DirectoryDemoData.AMIENS_DEPARTMENT)
            .select("faculty", DirectoryDemoData.AMIENS_FACULTY).fill("researchMonths", "5");
        assertThat(project.page().locator("#laboratory option[value='" + DirectoryDemoData.AMIENS_LAB + "']"))
            .containsText("UMR 1234");
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
      // issue 14: the dean of another faculty (UPEC) neither sees nor counts the Amiens project's signature
      Tasklist otherDean = journey.as("doyen2");
      journey.step("doyen-d-une-autre-faculte", () -> {
        otherDean.filter(MY_GROUPS_TASKS);
        assertThat(otherDean.page().locator(".tasks-list li").filter(new Locator.FilterOptions().setHasText(key))).hasCount(0);
      });
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

      // the defense's day comes (CER_P9): the secretariat records that the student presented
      cases.timePassesUntil("cer-candidacy", key, "defenseDayReached");
      sitting.plan(year, "POST", today);
      Tasklist record = journey.as("secretariat");
      cases.awaitTask(key, "recordDefense");
      journey.step("constat-de-la-soutenance", () -> {
        record.filter(MY_GROUPS_TASKS).openTask("Constater la soutenance", key);
        assertThat(record.form()).containsText(today.plusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        record.claim().select("defenseHeld", "true");
      });
      journey.step("soutenance-constatee", () -> assertThat(record.complete()).isEqualTo(204));

      // then only, the post goes before the jury in session
      cases.awaitTask(key, "decidePost");
      sitInTasklist(journey, sitting.decision("GRANTED"), sitting.sessionOf(key), "jury-poste", key);

      // the post is granted by an asynchronous step; the research months are confirmed once served (CER_P10)
      cases.timePassesUntil("cer-candidacy", key, "researchServable");
      cases.awaitTask(key, "confirmResearchPeriod");
      assertThat(cases.variable("cer-candidacy", key, "postDecision").asText()).isEqualTo("GRANTED");
      assertThat(cases.variable("cer-candidacy", key, "postDecidedBy").asText()).isEqualTo("jury3");
      Tasklist timeline = journey.as("etudiant");
      journey.step("historique-du-dossier", () -> {
        // the address of the e-mails leads to the case's page
        timeline.page().navigate(journey.url("/timeline.html?businessKey=" + key));
        assertThat(timeline.page()).hasURL(journey.url("/dossiers/" + key));
        assertThat(timeline.page().locator("body")).containsText("poste");
      });
    }
  }

  /**
   * A sitting of the jury as its members live it in Tasklist: the secretariat convenes, jury1 declares its links, the
   * secretary records the members present, three members vote (jury1, the president jury3, jury6), the secretary writes
   * the minutes and the president signs them. The other members declare and vote over the API, as themselves.
   */
  private static void sitInTasklist(Journey journey, JurySittingHttp sitting, long session, String step, String key) {
    String jury = "JURY-" + session;
    if (sitting.session("demo", session).path("status").asText().equals("PLANNED")) {
      Tasklist secretariat = journey.as("secretariat");
      journey.step(step + "-convocation", () -> {
        secretariat.filter(MY_GROUPS_TASKS).openTask("Arrêter l'ordre du jour", jury);
        assertThat(secretariat.form()).containsText(key);
        secretariat.claim();
      });
      journey.step(step + "-convocation-envoyee", () -> assertThat(secretariat.complete()).isEqualTo(204));
    }
    Tasklist member = journey.as("jury1");
    journey.step(step + "-declaration", () -> {
      member.filter(MY_TASKS).openTask("Déclarer les liens d'intérêts", jury);
      assertThat(member.form()).containsText(key);
      Locator links = member.form().locator("select[id^=link-]");
      for (int i = 0; i < links.count(); i++) {
        links.nth(i).selectOption("NONE");
      }
      Accessibility.assertNoSeriousViolations(member.page(), ".task-details form[name]", "la déclaration d'intérêts (Tasklist)");
    });
    journey.step(step + "-declaration-envoyee", () -> assertThat(member.complete()).isEqualTo(204));
    sitting.declare(session);

    Tasklist secretary = journey.as("secretariat");
    journey.step(step + "-ouverture-de-la-seance", () -> {
      secretary.filter(MY_TASKS).openTask("Ouvrir la séance", jury);
      assertThat(secretary.form().locator("input[type=checkbox][data-member=jury1]")).isChecked();
    });
    journey.step(step + "-presences-envoyees", () -> assertThat(secretary.complete()).isEqualTo(204));

    for (String voter : List.of("jury1", "jury3", "jury6")) {
      Tasklist ballot = journey.as(voter);
      journey.step(step + "-vote-" + voter, () -> {
        ballot.filter(MY_TASKS).openTask("Voter", jury);
        assertThat(ballot.form()).containsText(key);
        Locator votes = ballot.form().locator("select[id^=vote-]");
        for (int i = 0; i < votes.count(); i++) {
          votes.nth(i).selectOption(new SelectOption().setIndex(1));
          ballot.form().locator("#rationale-" + i).fill("Dossier solide : parcours de recherche et projet cohérents (" + voter + ").");
        }
        Accessibility.assertNoSeriousViolations(ballot.page(), ".task-details form[name]", "le vote du jury (Tasklist)");
      });
      journey.step(step + "-vote-" + voter + "-envoye", () -> assertThat(ballot.complete()).isEqualTo(204));
    }
    sitting.vote(session);

    Tasklist writer = journey.as("secretariat");
    journey.step(step + "-proces-verbal", () -> {
      writer.filter(MY_TASKS).openTask("Rédiger le procès-verbal", jury);
      assertThat(writer.form()).containsText(key);
      Locator motivations = writer.form().locator("textarea[id^=motivation-]");
      for (int i = 0; i < motivations.count(); i++) {
        motivations.nth(i).fill("Le jury retient la solidité du parcours de recherche et la cohérence du projet.");
      }
    });
    journey.step(step + "-proces-verbal-envoye", () -> assertThat(writer.complete()).isEqualTo(204));
    Tasklist president = journey.as("jury3");
    journey.step(step + "-signature-du-president", () -> {
      president.filter(MY_TASKS).openTask("Signer le procès-verbal", jury);
      president.select("minutesApproved", "true");
    });
    journey.step(step + "-proces-verbal-signe", () -> assertThat(president.complete()).isEqualTo(204));
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
