package fr.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.identity.DemoProfile;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Conflicts of interest over real HTTP with Basic authentication (issue 9): a recused jury member, or one
 * who has not declared yet, reaches neither the jury task nor the candidacy's documents by any path of
 * /engine-rest (the queries Tasklist runs included) or /api; a member who declared no conflict does.
 */
@EngineTest
class JuryRecusalHttpTest {

  private static final String TASKLIST_QUERY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  @LocalServerPort
  int port;
  @Autowired
  CerDemoData demo;
  @Autowired
  DemoProfile demoProfile;
  @Autowired
  IdentitySeeder identity;

  Http http;
  int year;
  String pid;
  String businessKey;
  String decideTaskId;

  @BeforeEach
  void candidacyWaitingForTheJury() {
    demoProfile.seedUsers();
    http = Http.at(port);
    year = CerFixtures.newCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    String applicant = CerFixtures.newApplicantId();
    identity.ensureUser(applicant, "Camille", "Dupont", applicant + "@etu.example.fr", applicant, List.of(Groups.CER_APPLICANTS));
    JsonNode started = http.as(applicant, applicant).post("/engine-rest/process-definition/key/cer-candidacy/start",
        CerFixtures.restCandidacy(year, applicant).body()).json();
    pid = started.path("id").asText();
    businessKey = started.path("businessKey").asText();
    Http secretariat = http.as("secretariat", "secretariat");
    String verify = secretariat.get("/engine-rest/task?maxResults=10&processInstanceId=" + pid).json().get(0).path("id").asText();
    assertThat(secretariat.post("/engine-rest/task/" + verify + "/complete", Vars.of().bool("dossierComplete", true).body())
        .status()).isEqualTo(204);
    decideTaskId = http.as("demo", "demo").get("/engine-rest/task?maxResults=10&taskDefinitionKey=decideEntry&processInstanceId=" + pid)
        .json().get(0).path("id").asText();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  private static List<String> ids(JsonNode array, String field) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path(field).asText()));
    return ids;
  }

  private int declare(String member, Vars answer) {
    Http as = http.as(member, member);
    JsonNode mine = as.get("/engine-rest/task?maxResults=10&processDefinitionKey=cer-jury-declaration&assignee=" + member
        + "&processInstanceBusinessKey=" + businessKey).json();
    assertThat(mine).as("the declaration awaiting " + member).hasSize(1);
    return as.post("/engine-rest/task/" + mine.get(0).path("id").asText() + "/complete", answer.body()).status();
  }

  /** Every path to the jury task and the candidacy's documents is closed to this user. */
  private void seesNothing(String member) {
    Http as = http.as(member, member);
    String task = "/engine-rest/task/" + decideTaskId;
    assertThat(ids(as.get("/engine-rest/task?maxResults=100&processInstanceId=" + pid).json(), "id")).isEmpty();
    assertThat(ids(as.get("/engine-rest/task?maxResults=100&candidateGroup=cer-jury").json(), "id")).doesNotContain(decideTaskId);
    // the query Tasklist runs (POST with its JSON body), and the shared filters it lists tasks through
    assertThat(ids(as.post("/engine-rest/task?firstResult=0&maxResults=15", TASKLIST_QUERY).json(), "id")).doesNotContain(decideTaskId);
    for (JsonNode filter : as.get("/engine-rest/filter?maxResults=100").json()) {
      JsonNode listed = as.post("/engine-rest/filter/" + filter.path("id").asText() + "/list?maxResults=100", "{}").json();
      assertThat(ids(listed, "id")).as(filter.path("name").asText()).doesNotContain(decideTaskId);
    }
    assertThat(as.get("/engine-rest/task/count?processInstanceId=" + pid).json().path("count").asInt()).isZero();
    for (String path : List.of(task, task + "/variables", task + "/form-variables", task + "/variables/doctorateProof",
        task + "/variables/doctorateProof/data", task + "/variables/motivationLetter/data", task + "/localVariables",
        task + "/form", task + "/rendered-form", task + "/deployed-form", task + "/attachment", task + "/comment",
        "/engine-rest/process-instance/" + pid, "/engine-rest/process-instance/" + pid + "/variables",
        "/engine-rest/process-instance/" + pid + "/variables/doctorateProof/data", "/engine-rest/execution/" + pid + "/localVariables")) {
      assertThat(as.get(path).status()).as(path).isIn(403, 404);
    }
    assertThat(as.get("/engine-rest/variable-instance?maxResults=100&processInstanceIdIn=" + pid).json()).isEmpty();
    assertThat(as.get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + pid).json()).isEmpty();
    assertThat(as.get("/engine-rest/history/task?maxResults=100&processInstanceId=" + pid).json()).isEmpty();
    assertThat(as.post(task + "/claim", Http.object().put("userId", member)).status()).isEqualTo(403);
    assertThat(as.post(task + "/complete", Vars.of().string("entryDecision", "ADMITTED").string("entryRationale", "vote").body())
        .status()).isEqualTo(403);
  }

  @Test
  @DisplayName("CER_P6 : un membre récusé n'atteint ni la tâche ni les pièces ; un membre sans conflit décide")
  void CER_P6_aRecusedMemberReachesNeitherTheTaskNorTheDocumentsWhileANonConflictedMemberDecides() {
    seesNothing("jury6");
    assertThat(declare("jury6", Vars.of().bool("conflictOfInterest", true).string("conflictKind", "SAME_LAB"))).isEqualTo(204);
    seesNothing("jury6");
    assertThat(http.as("jury6", "jury6").get("/api/candidacies/" + businessKey + "/timeline").status())
        .as("the case history is closed to a recused member").isEqualTo(403);

    seesNothing("jury1");
    assertThat(declare("jury1", Vars.of().bool("conflictOfInterest", false))).isEqualTo(204);
    Http jury1 = http.as("jury1", "jury1");
    assertThat(ids(jury1.post("/engine-rest/task?firstResult=0&maxResults=15", TASKLIST_QUERY).json(), "id")).contains(decideTaskId);
    assertThat(jury1.get("/engine-rest/task/" + decideTaskId + "/variables/doctorateProof/data").status()).isEqualTo(200);
    assertThat(jury1.get("/api/candidacies/" + businessKey + "/timeline").status()).isEqualTo(200);
    assertThat(jury1.post("/engine-rest/task/" + decideTaskId + "/complete", Vars.of().string("entryDecision", "ADMITTED")
        .string("entryRationale", "Parcours de recherche solide.").body()).status()).isEqualTo(204);
  }

  @Test
  @DisplayName("CER_P6 : une session sans composition valide après récusation ne peut pas décider (409, raison en français)")
  void CER_P6_aSessionLeftWithoutAValidCompositionAfterARecusalCannotDecide() {
    assertThat(declare("jury2", Vars.of().bool("conflictOfInterest", true).string("conflictKind", "SUPERVISION"))).isEqualTo(204);
    assertThat(declare("jury1", Vars.of().bool("conflictOfInterest", false))).isEqualTo(204);

    Http.Response refused = http.as("jury1", "jury1").post("/engine-rest/task/" + decideTaskId + "/complete",
        Vars.of().string("entryDecision", "ADMITTED").string("entryRationale", "ok").body());

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body()).contains("CER_P6", "médecine-sciences", "jury2 récusé");
    JsonNode asked = http.as("secretariat", "secretariat").get("/engine-rest/task?maxResults=10&processDefinitionKey=cer-jury-declaration"
        + "&taskDefinitionKey=completeJurySession&processInstanceBusinessKey=" + businessKey).json();
    assertThat(asked).as("the secretariat is asked to complete the session").hasSize(1);
    assertThat(asked.get(0).path("description").asText()).contains("jury2", "CER_P6");
  }
}
