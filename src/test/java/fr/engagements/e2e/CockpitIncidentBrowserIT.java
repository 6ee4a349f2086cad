package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator in Cockpit, in French: a candidacy filed over REST waits for the secretariat; its
 * e-mail to the secretariat cannot leave (the shared application's mail server is a closed port): the outbox's
 * worker fails to send it and hands it over to a {@code notification} instance, whose step "Envoyer le courriel"
 * (one try) becomes an incident. {@code demo} sees it on the
 * dashboard and in the processes list, opens the candidacy with its diagram, then the notification's
 * incident with the mail server's error. Screenshots: {@code target/e2e/cockpit-incident/}.
 */
@ExtendWith(BrowserApp.class)
class CockpitIncidentBrowserIT {

  @Test
  void theAdministratorFindsTheRunningCandidacyAndTheFailedMailInCockpit(Journeys journeys) {
    Cases cases = new Cases(journeys.admin());
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    JsonNode started = cases.start("etudiant2", "cer-candidacy", Cases.cerCandidacy("etudiant2", "Léa Martin", year)
        .string("applicantProfile", "PASSERELLE").string("researchLab", "UMR 5678 CNRS"));
    String candidacy = started.path("id").asText();
    String key = started.path("businessKey").asText();
    cases.awaitTask(key, "verifyDossier");

    // the secretariat's e-mail fails in the outbox's worker (polling in the application), then at the only try of its
    // notification instance in the application's job executor: an incident
    JsonNode incident = Awaitility.await().atMost(Cases.JOBS).pollInterval(Duration.ofMillis(300)).until(() -> {
      JsonNode notifications = journeys.admin().get("/engine-rest/process-instance?processDefinitionKey=notification"
          + "&businessKey=" + key + "&withIncident=true&maxResults=10").json();
      if (notifications.isEmpty()) {
        return null;
      }
      JsonNode incidents = journeys.admin().get("/engine-rest/incident?processInstanceId="
          + notifications.get(0).path("id").asText() + "&maxResults=10").json();
      return incidents.isEmpty() ? null : incidents.get(0);
    }, i -> i != null);
    assertThat(incident.path("activityId").asText()).isEqualTo("sendEmail");
    String notification = incident.path("processInstanceId").asText();

    try (Journey journey = journeys.start("cockpit-incident")) {
      Cockpit cockpit = journey.cockpit("demo");
      journey.step("tableau-de-bord", () -> {
        cockpit.dashboard();
        assertThat(cockpit.page().locator(".dashboard")).containsText("Incidents ouverts");
      });
      journey.step("processus-deployes", () -> {
        cockpit.processes();
        assertThat(cockpit.page().locator("table tbody tr").filter(
            new com.microsoft.playwright.Locator.FilterOptions().setHasText("Notification par courriel"))).hasCount(1);
      });
      journey.step("candidature-et-son-diagramme", () -> {
        cockpit.processInstance(candidacy);
        assertThat(cockpit.page().locator(".ctn-view, body")).containsText(key);
        assertThat(cockpit.element("verifyDossier")).isVisible();
        assertThat(cockpit.element("verifyDossier")).containsText("Vérifier le dossier");
      });
      journey.step("incident-du-courriel", () -> {
        cockpit.processInstance(notification).tab("Incidents");
        assertThat(cockpit.element("sendEmail")).isVisible();
        assertThat(cockpit.page().locator("table")).containsText("Mail server connection failed");
      });
    }
  }
}
