package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.engagements.support.Http;
import fr.engagements.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The start forms never lose what a person gave (issue 13, item 5): the server refuses a start once — a PNG
 * image renamed {@code .pdf} — then the person replaces that one document and sends again; every document
 * attached before reaches the case. The refusal is told where the person looks: an error summary in view,
 * focused, announced ({@code role="alert"}), the error beside its field ({@code aria-describedby}); after the
 * start, the case number and the way to « Mes dossiers ». Each form also works 375 px wide without scrolling
 * sideways. Screenshots: {@code target/e2e/formulaire-cer/}, {@code target/e2e/formulaire-cesp/}.
 */
@ExtendWith(BrowserApp.class)
class StartFormBrowserIT {

  /** A real 1×1 PNG image: what a person attaches by mistake, renamed {@code .pdf}. */
  static final byte[] PNG = HexFormat.of().parseHex("89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C489"
      + "0000000D4944415478DA63F8CFC0F01F0005000201A2D6E5E20000000049454E44AE426082");
  static final String UFR = "UPEC";
  static final List<String> CER_DOCUMENTS = List.of("doctorateProof", "labAttachmentProof", "motivationLetter");
  static final List<String> CESP_DOCUMENTS = Cases.CESP_DOCUMENTS;

  @Test
  void aCerStartFormRefusedOnceKeepsEveryDocumentAndGivesTheCaseNumber(Journeys journeys) {
    // a person of their own: the demo applicants have their candidacies in the other journeys
    String user = "formulaire-cer";
    Cases cases = new Cases(journeys.admin());
    cases.createUser(user, "Nora", "Benali", "cer-applicants");
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    try (Journey journey = journeys.start("formulaire-cer")) {
      Tasklist applicant = journey.as(user);
      journey.step("pas-de-creation-de-tache", () -> {
        assertThat(applicant.page().locator(".start-process-action a")).containsText("Déposer une candidature");
        assertThat(applicant.page().locator(".create-task-action")).isHidden();
      });
      journey.step("formulaire-avec-une-image", () -> applicant.openStartForm(CerCandidacyBrowserIT.PROCESS_NAME)
          .fill("applicantName", "Nora Benali")
          .fill("applicantEmail", "nora.benali@etu.example.fr")
          .fill("applicantAddress", "12 rue des Écoles\n75005 Paris")
          .select("applicantProfile", "DOUBLE_CURSUS")
          .select("doctorateType", "RESEARCH")
          .select("doctorateStatus", "OBTAINED")
          .fill("doctorateDate", year + "-06-30")
          .fill("researchLab", "UMR 1234 Inserm — Institut de recherche")
          .select("otherFunding", "NONE")
          .fill("dfasm1StartDate", year + "-09-01")
          .select("studiesFaculty", "UPEC")
          .fill("medicalStudiesReturnYear", String.valueOf(year))
          .attach("doctorateProof", "these.pdf", "application/pdf", PNG)
          .attach("labAttachmentProof", "rattachement.pdf", "application/pdf", TestDocuments.PDF)
          .attach("motivationLetter", "lettre.pdf", "application/pdf", TestDocuments.PDF));
      journey.step("refus-du-serveur", () -> {
        assertThat(applicant.submitStartForm()).isEqualTo(400);
        assertRefusalShown(applicant, "doctorateProof", "La preuve du doctorat n'est pas un document PDF.");
        assertStillAttached(applicant, CER_DOCUMENTS);
      });
      journey.step("piece-remplacee-candidature-deposee", () -> {
        applicant.attach("doctorateProof", "these.pdf", "application/pdf", TestDocuments.PDF);
        assertThat(applicant.submitStartForm()).isLessThan(300);
      });
      String key = cases.startedBy("cer-candidacy", user);
      journey.step("numero-de-dossier", () -> assertReceipt(applicant, key));
      assertDocuments(journeys.admin(), cases.processInstanceId("cer-candidacy", key), CER_DOCUMENTS);
      assertThat(cases.variable("cer-candidacy", key, "applicantAddress").asText()).isEqualTo("12 rue des Écoles\n75005 Paris");
      assertThat(cases.variable("cer-candidacy", key, "studiesFaculty").asText()).as("chosen from the directory's list").isEqualTo("UPEC");
    }
  }

  @Test
  void aCespStartFormRefusedOnceKeepsEveryDocumentAndGivesTheCaseNumber(Journeys journeys) {
    Cases cases = new Cases(journeys.admin());
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    try (Journey journey = journeys.start("formulaire-cesp")) {
      Tasklist candidate = journey.as("candidat2");
      journey.step("formulaire-avec-une-image", () -> {
        candidate.openStartForm(CespApplicationBrowserIT.PROCESS_NAME)
            .fill("applicantName", "Hugo Petit")
            .fill("applicantEmail", "hugo.petit@etu.example.fr")
            .fill("applicantAddress", "3 place Gambetta\n80000 Amiens")
            .select("foreignNational", "false");
        // UPEC: the other journey closes the applications of Amiens
        assertThat(candidate.page().locator("#ufr option[value='" + UFR + "']")).hasCount(1);
        candidate.select("ufr", UFR)
            .select("studyLevel", "STUDENT")
            .fill("studyYear", "3")
            .fill("expectedDiplomaDate", (year + 6) + "-06-30")
            .fill("bankAccountHolder", "Hugo Petit")
            .fill("ibanInput", "FR76 3000 6000 0112 3456 7890 189")
            .attach("ribInput", "rib.pdf", "application/pdf", TestDocuments.PDF);
        for (String document : CESP_DOCUMENTS) {
          candidate.attach(document, document + ".pdf", "application/pdf", "identityDocument".equals(document) ? PNG : TestDocuments.PDF);
        }
      });
      journey.step("refus-du-serveur", () -> {
        assertThat(candidate.submitStartForm()).isEqualTo(400);
        assertRefusalShown(candidate, "identityDocument", "n'est pas un document PDF.");
        assertStillAttached(candidate, CESP_DOCUMENTS);
      });
      journey.step("piece-remplacee-candidature-deposee", () -> {
        candidate.attach("identityDocument", "identite.pdf", "application/pdf", TestDocuments.PDF);
        assertThat(candidate.submitStartForm()).isLessThan(300);
      });
      String key = cases.startedBy("cesp-contract", "candidat2");
      assertThat(key).startsWith("CESP-" + year + "-" + UFR + "-");
      journey.step("numero-de-dossier", () -> assertReceipt(candidate, key));
      assertDocuments(journeys.admin(), cases.processInstanceId("cesp-contract", key), CESP_DOCUMENTS);
    }
  }

  @Test
  void theStartFormsFitA375PixelWideScreenAndTheirErrorsShowInView(Journeys journeys) {
    try (Journey journey = journeys.start("formulaires-375px")) {
      // the administrator may start both: the applicants each see their own contract only
      Tasklist applicant = journey.as("demo");
      applicant.page().setViewportSize(375, 800);
      journey.step("cer-375px", () -> {
        applicant.openStartForm(CerCandidacyBrowserIT.PROCESS_NAME);
        assertNoSidewaysScrolling(applicant.page());
        applicant.clickStart();
        assertThat(applicant.errorSummary()).isInViewport();
        applicant.page().locator(".modal-footer button").filter(new Locator.FilterOptions().setHasText("Fermer")).click();
      });
      journey.step("cesp-375px", () -> {
        applicant.openStartForm(CespApplicationBrowserIT.PROCESS_NAME);
        assertNoSidewaysScrolling(applicant.page());
      });
    }
  }

  /** The error summary is in view, focused and announced; the field's own error is beside it and tied to it. */
  private static void assertRefusalShown(Tasklist tasklist, String field, String message) {
    Locator summary = tasklist.errorSummary();
    assertThat(summary).isVisible();
    assertThat(summary).isInViewport();
    assertThat(summary).isFocused();
    assertThat(summary).hasAttribute("role", "alert");
    assertThat(summary).containsText(message);
    assertThat(summary).not().containsText("(" + field + ")");
    Locator error = tasklist.page().locator("#ef-error-" + field);
    assertThat(error).containsText(message);
    assertThat(tasklist.page().locator("#" + field)).hasAttribute("aria-invalid", "true");
    assertThat(tasklist.page().locator("#" + field).getAttribute("aria-describedby")).contains("ef-error-" + field);
  }

  /** The files chosen before the refusal are still in their fields. */
  private static void assertStillAttached(Tasklist tasklist, List<String> fields) {
    for (String field : fields) {
      assertThat((Integer) tasklist.page().locator("#" + field).evaluate("input => input.files.length")).as(field).isEqualTo(1);
    }
  }

  /** The case number, and the way to « Mes dossiers », stay on screen after the dialog closed. */
  private static void assertReceipt(Tasklist tasklist, String key) {
    Locator receipt = tasklist.notifications().filter(new Locator.FilterOptions().setHasText(key));
    assertThat(receipt).hasCount(1);
    assertThat(receipt).containsText("Votre numéro de dossier : " + key);
    assertThat(receipt.locator("a[href='/mes-dossiers']")).hasText("Mes dossiers");
  }

  /** Every document reached the case: a File variable each, with its file name. */
  private static void assertDocuments(Http admin, String processInstanceId, List<String> documents) {
    for (String document : documents) {
      JsonNode found = admin.get("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId
          + "&variableName=" + document + "&deserializeValues=false&maxResults=1").json();
      assertThat(found).as("the document %s of the case", document).hasSize(1);
      assertThat(found.get(0).path("type").asText()).isEqualTo("File");
      assertThat(found.get(0).path("valueInfo").path("filename").asText()).endsWith(".pdf");
    }
  }

  /**
   * No sideways scrolling in the dialog, and every field, table, message and text of the form within the dialog's
   * content (Bootstrap's rows may reach into its padding, as they are built to).
   */
  private static void assertNoSidewaysScrolling(Page page) {
    List<?> w = (List<?>) page.locator(".modal-body form[name]").first().evaluate("form => {"
        + " const body = form.closest('.modal-body');"
        + " const right = body.getBoundingClientRect().right - parseFloat(getComputedStyle(body).paddingRight);"
        + " const widest = Math.max(...Array.from(form.querySelectorAll('input, select, textarea, table, .alert, p, legend, label'))"
        + "   .filter(e => e.getBoundingClientRect().width > 0).map(e => e.getBoundingClientRect().right));"
        + " return [body.scrollWidth, body.clientWidth, Math.round(widest), Math.round(right)]; }");
    assertThat(((Number) w.get(0)).intValue()).as("the dialog does not scroll sideways").isLessThanOrEqualTo(((Number) w.get(1)).intValue());
    assertThat(((Number) w.get(2)).intValue()).as("the form's fields and texts fit the dialog").isLessThanOrEqualTo(((Number) w.get(3)).intValue());
  }
}
