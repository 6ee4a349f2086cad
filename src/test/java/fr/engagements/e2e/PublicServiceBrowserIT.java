package fr.engagements.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.engagements.e2e.Accessibility.assertNoSeriousViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import fr.engagements.support.Http;
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CER_F3 in Tasklist, as the former student meets it: a funded candidacy closed (its project was not filed), its
 * allowance ran in the follow-up until the 3rd cycle (CER_F1), and the public service it owes opens their task
 * « Déclarer une période de service public ». They read what they owe, try a period that is not after their residency
 * (refused, in French, the task stays open), then declare they will not serve: the obligation is breached and the sums
 * paid are claimed by a letter. Screenshots: {@code target/e2e/service-public/}.
 */
@ExtendWith(BrowserApp.class)
class PublicServiceBrowserIT {

  static final String APPLICANT = "etudiant.service";

  @Test
  void CER_F3_theFormerStudentDeclaresInTasklistThatTheyWillNotServeAndTheSumsPaidAreClaimed(Journeys journeys) {
    // next year's campaign: its funded places are this test's alone
    int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() + 1;
    Http admin = journeys.admin();
    Cases cases = new Cases(admin);
    cases.createUser(APPLICANT, "Inès", "Service", "cer-applicants");
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    JurySittingHttp sitting = new JurySittingHttp(admin);
    // a session of that campaign today (its demo session sits next November): the candidacy joins its agenda
    sitting.plan(year, "ENTRY", today);
    String key = cases.fileCerCandidacy(APPLICANT, "Inès Service", year);
    Http.Response verified = sitting.complete("secretariat", cases.awaitTask(key, "verifyDossier").path("id").asText(),
        Http.Vars.of().bool("dossierComplete", true));
    assertThat(verified.status()).as(verified.body()).isEqualTo(204);
    sitting.decision("ADMITTED").sit(key);
    cases.awaitTask(key, "submitProject");
    assertThat(cases.variable("cer-candidacy", key, "fundingDecision").asText()).isEqualTo("FUNDED");

    // the project's last day passes: the candidacy closes, its follow-up pays the allowance until the 3rd cycle
    cases.timePassesUntil("cer-candidacy", key, "projectDeadlinePassed");
    String followUp = await().atMost(Cases.JOBS).pollInterval(Duration.ofMillis(300))
        .until(() -> instanceOf(admin, key), id -> id != null);
    // time passes month by month: each monthly timer is run now (its payment is then a job of the application's executor);
    // the timer is found by its job definition, as Cases.timePassesUntil does: never another job of the case
    String definition = admin.get("/engine-rest/process-instance/" + followUp).json().path("definitionId").asText();
    String monthly = admin.get("/engine-rest/job-definition?maxResults=1&activityIdIn=nextAllowanceMonth&processDefinitionId="
        + definition).json().get(0).path("id").asText();
    await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200)).until(() -> {
      if (!cases.tasks(key, "declareServicePeriod").isEmpty()) {
        return true;
      }
      JsonNode timers = admin.get("/engine-rest/job?maxResults=1&processInstanceId=" + followUp
          + "&jobDefinitionId=" + monthly).json();
      if (!timers.isEmpty()) {
        Http.Response fired = admin.post("/engine-rest/job/" + timers.get(0).path("id").asText() + "/execute", "{}");
        // 404: the job executor took it first; anything else is a failure to show
        assertThat(fired.status()).as(fired.body()).isIn(204, 404);
      }
      return false;
    });
    JsonNode task = cases.awaitTask(key, "declareServicePeriod");
    assertThat(task.path("assignee").asText()).isEqualTo(APPLICANT);

    try (Journey journey = journeys.start("service-public")) {
      Tasklist student = journey.as(APPLICANT);
      Page page = journey.page();
      journey.step("obligation-a-declarer", () -> {
        student.openTask("Déclarer une période de service public", key);
        assertThat(student.form()).containsText("Mois de service public dus");
        assertThat(student.form()).containsText("Fin prévue de l'internat");
        assertNoSeriousViolations(page, ".task-details form[name]", "la déclaration de service public (Tasklist)");
      });
      journey.step("periode-refusee", () -> {
        // a period before the residency ends does not count: refused, the task stays open
        student.fill("serviceStart", LocalDate.now().minusMonths(3).toString())
            .fill("serviceEnd", LocalDate.now().minusMonths(1).toString())
            .fill("serviceEmployer", "Centre hospitalier d'Amiens");
        student.attach("serviceProof", "attestation.pdf", "application/pdf", TestDocuments.PDF);
        assertThat(student.complete()).isBetween(400, 499);
        assertThat(student.errorSummary()).containsText("avant la fin prévue de l'internat");
        assertNoSeriousViolations(page, ".task-details form[name]", "la période refusée (Tasklist)");
      });
      journey.step("renonce-au-service", () -> {
        page.reload();
        student.openTask("Déclarer une période de service public", key);
        page.locator("#willNotServe").check();
        assertThat(student.complete()).isEqualTo(204);
      });
    }
    // breached on the person's declaration: the sums paid are claimed (net by default), by a letter
    await().atMost(Cases.JOBS).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
        assertThat(cases.variable("cer-public-service", key, "reimbursementDueCents").asLong()).isPositive());
  }

  private static String instanceOf(Http admin, String key) {
    Http.Response found = admin.get("/engine-rest/process-instance?processDefinitionKey=cer-public-service&maxResults=1&businessKey=" + key);
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    JsonNode list = found.json();
    return list.isEmpty() ? null : list.get(0).path("id").asText();
  }
}
