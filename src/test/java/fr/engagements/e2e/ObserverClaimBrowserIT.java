package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.identity.IdentitySeeder.JURY_OBSERVATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The jury's observer follows the jury's task in Tasklist and clicks « Prendre la tâche »: Tasklist says, in
 * French and without any internal id, that an observer may read but neither take nor decide (issue 13, item 6).
 * The candidacy is brought to the jury over REST by its own applicant and the secretariat. Screenshots:
 * {@code target/e2e/observateur/}.
 */
@ExtendWith(BrowserApp.class)
class ObserverClaimBrowserIT {

  @Test
  void anObserverWhoClaimsAJuryTaskIsToldWhyInFrench(Journeys journeys) {
    String applicant = "observation-cer";
    StartFormBrowserIT.createUser(journeys.admin(), applicant, "Inès", "Roux", "cer-applicants");
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    Http app = journeys.app().http();
    Http.Response started = app.as(applicant, applicant).post("/engine-rest/process-definition/key/cer-candidacy/start",
        CerFixtures.restCandidacy(year, applicant).string("applicantName", "Inès Roux").body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String key = started.json().path("businessKey").asText();
    Cases cases = new Cases(journeys.admin());
    JsonNode verify = cases.awaitTask(key, "verifyDossier");
    assertThat(app.as("secretariat", "secretariat").post("/engine-rest/task/" + verify.path("id").asText() + "/complete",
        Vars.of().bool("dossierComplete", true).body()).status()).isEqualTo(204);
    JsonNode decide = cases.awaitTask(key, "decideEntry");
    // the observer declares no link with the applicant: the jury's task opens to them, read only
    JsonNode declaration = Awaitility.await().atMost(Cases.JOBS).pollInterval(Duration.ofMillis(300)).until(
        () -> app.as("observateur", "observateur").get("/engine-rest/task?maxResults=10&assignee=observateur"
            + "&processDefinitionKey=cer-jury-declaration&processInstanceBusinessKey=" + key).json(), d -> d.size() == 1);
    assertThat(app.as("observateur", "observateur").post("/engine-rest/task/" + declaration.get(0).path("id").asText() + "/complete",
        Vars.of().bool("conflictOfInterest", false).body()).status()).isEqualTo(204);

    try (Journey journey = journeys.start("observateur")) {
      Tasklist observer = journey.as("observateur");
      journey.step("tache-du-jury-en-observation", () -> observer.filter(JURY_OBSERVATION).openTask("Décision d'entrée", key));
      journey.step("prendre-la-tache-refuse-en-francais", () -> {
        observer.page().locator(".task-details button.claim").click();
        Locator refusal = observer.notifications().filter(new Locator.FilterOptions().setHasText("observateur"));
        assertThat(refusal).containsText(
            "Vous suivez les tâches du jury en observateur : vous pouvez les consulter, mais ni les prendre ni les décider.");
        assertThat(refusal).not().containsText(decide.path("id").asText());
        assertThat(refusal).not().containsText("TASK_WORK");
      });
    }
    assertThat(journeys.admin().get("/engine-rest/task/" + decide.path("id").asText()).json().path("assignee").isNull()).isTrue();
  }
}
