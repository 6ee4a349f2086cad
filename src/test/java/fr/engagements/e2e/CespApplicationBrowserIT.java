package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.identity.IdentitySeeder.MY_GROUPS_TASKS;
import static fr.engagements.identity.IdentitySeeder.MY_TASKS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A CESP application to signature in Tasklist, in French: the candidate applies to the Amiens campaign
 * (opened by the demo profile) with the whole dossier, the IBAN and the RIB; the UFR checks completeness,
 * records the commission's opinion and rank, closes the applications and the commission; the lists and the
 * offer are drawn by the application's job executor; the candidate signs. Screenshots:
 * {@code target/e2e/cesp-candidature/}.
 */
@ExtendWith(BrowserApp.class)
class CespApplicationBrowserIT {

  static final String PROCESS_NAME = "Contrat d'Engagement de Service Public";
  static final String UFR = "AMIENS";
  static final String[] DOSSIER = {"applicationForm", "schoolingCertificate", "identityDocument", "cv", "motivationLetter",
      "rankingDeclaration", "transcripts"};

  @Test
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
        for (String doc : DOSSIER) {
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
            .fill("commissionRank", "1")
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
