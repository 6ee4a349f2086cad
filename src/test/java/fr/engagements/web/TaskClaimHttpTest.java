package fr.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.identity.DemoProfile;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Taking, giving back and handing over a task over HTTP (Tasklist's « Prendre la tâche », « Rendre la
 * tâche », « Attribuer »): the engine's refusals reach the person in French, without the engine's English,
 * its permission names or any internal id (issue 13, item 6). Standalone tasks (« Créer une tâche ») are for
 * administrators only.
 */
@EngineTest
class TaskClaimHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  DemoProfile demo;
  @Autowired
  CerDemoData cer;
  @Autowired
  IdentitySeeder identity;

  /** One campaign for the whole class: campaign years are few, and nothing here is funded. */
  private static int year;

  Http http;
  String pid;
  String decideTaskId;

  @BeforeEach
  void candidacyWaitingForTheSecretariat() {
    demo.seedUsers();
    identity.ensureUser("secretaire-bis", "Lou", "Petit", "secretaire-bis@staff.example.fr", "secretaire-bis",
        List.of(Groups.CER_SECRETARIAT));
    http = Http.at(port);
    if (year == 0) {
      year = CerFixtures.newCampaign(cer, 10);
    }
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    String applicant = CerFixtures.newApplicantId();
    identity.ensureUser(applicant, "Camille", "Dupont", applicant + "@etu.example.fr", applicant, List.of(Groups.CER_APPLICANTS));
    pid = http.as(applicant, applicant).post("/engine-rest/process-definition/key/cer-candidacy/start",
        CerFixtures.restCandidacy(year, applicant).body()).json().path("id").asText();
    // the secretariat's verification: a task of a group, which one of its members takes
    decideTaskId = http.as("demo", "demo").get("/engine-rest/task?maxResults=10&taskDefinitionKey=verifyDossier&processInstanceId=" + pid)
        .json().get(0).path("id").asText();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  /** French, and nothing of the engine's inside: no id of the task or the case, no permission, no English. */
  private void assertFrenchWithoutInternals(Http.Response response) {
    assertThat(response.body()).doesNotContain(decideTaskId, pid, "TASK_WORK", "TASK_ASSIGN", "UPDATE_TASK", "permission",
        "missingAuthorizations", "does not have", "cer-candidacy");
    assertThat(response.message()).matches("^[A-ZÀ-Ý].*\\.$");
  }

  @Test
  void someoneWhoClaimsATaskNotOpenToThemIsAnsweredAFrench403WithoutInternalIds() {
    Http observer = http.as("observateur", "observateur");

    Http.Response claim = observer.post("/engine-rest/task/" + decideTaskId + "/claim", Http.object().put("userId", "observateur"));

    assertThat(claim.status()).isEqualTo(403);
    assertThat(claim.message()).isEqualTo(
        "Cette tâche ne vous est pas ouverte : vous ne pouvez pas la prendre. Elle reste à la disposition des personnes à qui elle s'adresse.");
    assertFrenchWithoutInternals(claim);
    // and nothing changed
    assertThat(http.as("demo", "demo").get("/engine-rest/task/" + decideTaskId).json().path("assignee").isNull()).isTrue();
  }

  @Test
  void giveBackHandOverOrTakeATaskAlreadyTakenIsAnsweredInFrench() {
    assertThat(http.as("secretariat", "secretariat").post("/engine-rest/task/" + decideTaskId + "/claim",
        Http.object().put("userId", "secretariat")).status()).isEqualTo(204);

    Http.Response taken = http.as("secretaire-bis", "secretaire-bis").post("/engine-rest/task/" + decideTaskId + "/claim",
        Http.object().put("userId", "secretaire-bis"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.message()).isEqualTo("Cette tâche a déjà été prise par une autre personne : actualisez la liste des tâches.");
    assertFrenchWithoutInternals(taken);

    Http.Response unclaim = http.as("observateur", "observateur").post("/engine-rest/task/" + decideTaskId + "/unclaim", "{}");
    assertThat(unclaim.status()).isEqualTo(403);
    assertThat(unclaim.message()).startsWith("Vous ne pouvez pas rendre cette tâche");
    assertFrenchWithoutInternals(unclaim);

    Http.Response handOver = http.as("observateur", "observateur").post("/engine-rest/task/" + decideTaskId + "/assignee",
        Http.object().put("userId", "observateur"));
    assertThat(handOver.status()).isEqualTo(403);
    assertThat(handOver.message()).startsWith("Vous ne pouvez pas confier cette tâche");
    assertFrenchWithoutInternals(handOver);

    Http.Response gone = http.as("secretariat", "secretariat").post("/engine-rest/task/no-such-task/claim",
        Http.object().put("userId", "secretariat"));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.message()).startsWith("Cette tâche n'existe plus");
  }

  @Test
  void onlyAdministratorsMayCreateStandaloneTasks() {
    String check = "/engine-rest/authorization/check?permissionName=CREATE&permissionValue=1&resourceName=task&resourceType=7";
    for (String user : List.of("etudiant", "candidat", "secretariat", "jury1", "observateur", "directeur", "ars", "ufr", "cng")) {
      JsonNode answer = http.as(user, user).get(check).json();
      assertThat(answer.path("authorized").asBoolean()).as("%s may create a standalone task", user).isFalse();
    }
    assertThat(http.as("demo", "demo").get(check).json().path("authorized").asBoolean()).isTrue();
  }
}
