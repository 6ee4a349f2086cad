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
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.Http.Vars;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Nobody sees what is not theirs: authentication everywhere, and the engine's authorizations per group and per case. */
@EngineTest
class AuthorizationHttpTest {

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
  String alice;
  String bob;
  String alicePid;
  String bobPid;

  @BeforeEach
  void setUp() {
    demoProfile.seedUsers();
    http = Http.at(port);
    year = CerFixtures.newCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    alice = applicant();
    bob = applicant();
    alicePid = http.as(alice, alice).post(start(), CerFixtures.restCandidacy(year, alice).remove("cv").remove("motivationLetter").body())
        .json().path("id").asText();
    bobPid = http.as(bob, bob).post(start(), CerFixtures.restCandidacy(year, bob).remove("motivationLetter").body())
        .json().path("id").asText();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  private String applicant() {
    String id = CerFixtures.newApplicantId();
    identity.ensureUser(id, "Prénom", "Nom", id + "@etu.example.fr", id, List.of(Groups.CER_APPLICANTS));
    return id;
  }

  private static String start() {
    return "/engine-rest/process-definition/key/cer-candidacy/start";
  }

  private static List<String> ids(JsonNode array, String field) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path(field).asText()));
    return ids;
  }

  @Test
  void nothingIsServedToAnonymousCallers() {
    for (String path : List.of("/engine-rest/task?maxResults=1", "/engine-rest/process-instance?maxResults=1",
        "/engine-rest/process-instance/" + alicePid + "/variables", "/engine-rest/user?maxResults=1", "/engine-rest/deployment?maxResults=1",
        "/api/candidacies/CER-" + year + "-000001/timeline", "/api/reference/des-specialties", "/api/admin/persons/" + alice + "/export")) {
      assertThat(http.get(path).status()).as(path).isEqualTo(401);
    }
    assertThat(http.post(start(), CerFixtures.restCandidacy(year, alice).body()).status()).isEqualTo(401);
  }

  @Test
  void anApplicantSeesOnlyTheirOwnCandidacyThroughRestAndTasklistFilters() {
    Http a = http.as(alice, alice);
    JsonNode tasks = a.get("/engine-rest/task?maxResults=100").json();
    assertThat(ids(tasks, "processInstanceId")).containsOnly(alicePid);
    assertThat(ids(a.get("/engine-rest/process-instance?maxResults=100").json(), "id")).containsOnly(alicePid);
    assertThat(a.get("/engine-rest/process-instance/" + bobPid + "/variables").status()).isIn(403, 404);
    assertThat(a.get("/engine-rest/process-instance/" + bobPid + "/variables/doctorateProof/data").status()).isIn(403, 404);
    assertThat(a.get("/engine-rest/history/process-instance?maxResults=100").json()).isEmpty();

    // Tasklist lists tasks through the shared filters
    for (JsonNode filter : a.get("/engine-rest/filter?maxResults=100").json()) {
      JsonNode listed = a.post("/engine-rest/filter/" + filter.path("id").asText() + "/list?maxResults=100", "{}").json();
      assertThat(ids(listed, "processInstanceId")).as(filter.path("name").asText()).doesNotContain(bobPid);
    }
    assertThat(a.get("/engine-rest/process-instance/" + alicePid + "/variables/doctorateProof/data").status()).isEqualTo(200);
  }

  @Test
  void onlyApplicantsAndTheSecretariatStartCandidaciesAndOnlyAdministratorsDeploy() {
    var byJury = http.as("jury1", "jury1").post(start(), CerFixtures.restCandidacy(year, "jury1").body());
    assertThat(byJury.status()).isIn(403, 404);
    var deploy = http.as("secretariat", "secretariat").post("/engine-rest/deployment/create", "{}");
    assertThat(deploy.status()).isEqualTo(403);
    assertThat(http.as("demo", "demo").get("/engine-rest/deployment?maxResults=100").json()).isNotEmpty();
  }

  @Test
  void juryObserversSeeJuryTasksButCannotCompleteThem() {
    Http secretariat = http.as("secretariat", "secretariat");
    Http applicant = http.as(alice, alice);
    String complete = ids(applicant.get("/engine-rest/task?maxResults=10&processInstanceId=" + alicePid).json(), "id").get(0);
    // the secretariat follows every candidacy, its tasks included (one process-definition grant, issue 17), but the
    // applicant's own task is not its to claim or complete
    assertThat(ids(secretariat.get("/engine-rest/task?maxResults=10&processInstanceId=" + alicePid).json(), "id")).contains(complete);
    assertThat(secretariat.get("/engine-rest/task?maxResults=10&candidateGroup=cer-secretariat&processInstanceId=" + alicePid)
        .json()).as("nor in its group's list").isEmpty();
    assertThat(secretariat.post("/engine-rest/task/" + complete + "/claim", Http.object().put("userId", "secretariat")).status())
        .isEqualTo(403);
    assertThat(secretariat.post("/engine-rest/task/" + complete + "/complete", Vars.of().file("motivationLetter", "lettre.pdf",
        TestDocuments.PDF, "application/pdf").body()).status()).isEqualTo(403);
    assertThat(applicant.post("/engine-rest/task/" + complete + "/complete", Vars.of()
        .file("cv", "cv.pdf", TestDocuments.PDF, "application/pdf").body()).status()).isEqualTo(400);
    assertThat(applicant.post("/engine-rest/task/" + complete + "/complete", Vars.of()
        .file("motivationLetter", "l.pdf", TestDocuments.PDF, "application/pdf").body()).status()).isEqualTo(204);
    String toVerify = ids(secretariat.get("/engine-rest/task?maxResults=10&processInstanceId=" + alicePid).json(), "id").get(0);
    assertThat(secretariat.post("/engine-rest/task/" + toVerify + "/complete", Vars.of().bool("dossierComplete", true).body()).status())
        .isEqualTo(204);

    // the jury works in session (CER_J5): nobody of it, observers included, is offered the candidacy's own jury task
    Http observer = http.as("observateur", "observateur");
    assertThat(observer.get("/engine-rest/task?maxResults=10&processInstanceId=" + alicePid).json()).isEmpty();
    String decide = ids(http.as("demo", "demo").get("/engine-rest/task?maxResults=10&processInstanceId=" + alicePid).json(), "id").get(0);
    assertThat(observer.post("/engine-rest/task/" + decide + "/complete", Vars.of().string("entryDecision", "ADMITTED")
        .string("entryRationale", "vote").body()).status()).isEqualTo(403);
    assertThat(observer.post("/engine-rest/task/" + decide + "/claim", Http.object().put("userId", "observateur")).status())
        .isEqualTo(403);
    // in the session, the observer declares and follows, but is given no vote (CER_P6)
    JurySittingHttp sitting = new JurySittingHttp(http);
    long session = sitting.sessionOf(http.as("demo", "demo").get("/engine-rest/process-instance/" + alicePid).json()
        .path("businessKey").asText());
    sitting.convene(session);
    sitting.declare(session);
    assertThat(sitting.session("observateur", session).path("agenda").get(0).path("readable").asBoolean())
        .as("an observer who declared no link reads the dossier").isTrue();
    CerFixtures.setToday(LocalDate.of(year, 11, 15));
    sitting.open(session);
    assertThat(sitting.taskOf("observateur", session, "castVotes")).as("observers never vote").isNull();
    String jury1Vote = sitting.taskOf("jury1", session, "castVotes");
    assertThat(observer.post("/engine-rest/task/" + jury1Vote + "/complete", Vars.of().string("votes", "[]").body()).status())
        .as("nor in a voter's place").isEqualTo(403);
  }
}
