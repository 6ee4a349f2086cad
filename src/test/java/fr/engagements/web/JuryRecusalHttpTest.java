package fr.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.casefile.Groups;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.identity.DemoProfile;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.TestDirectory;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Conflicts of interest in session, over real HTTP (issue 9, CER_J5): a member who declared a link with a candidate
 * reaches nothing of the candidacy (its documents, timeline, letters, the engine's variables and history) and votes on
 * it neither; a member who declared no link reads its dossier; a member who has not declared yet reads nothing; a
 * candidacy left without quorum by recusals is not decided and goes to the next session.
 */
@EngineTest
class JuryRecusalHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  CerDemoData demo;
  @Autowired
  DemoProfile demoProfile;
  @Autowired
  DirectoryDemoData directory;
  @Autowired
  IdentitySeeder identity;

  Http http;
  int year;
  String pid;
  String businessKey;
  JurySittingHttp sitting;
  long session;

  @BeforeEach
  void candidacyOnTheAgenda() {
    TestDirectory.ensure(demoProfile, directory);
    http = Http.at(port);
    year = CerFixtures.newCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    demo.planSession(year, JurySession.Kind.ENTRY, "Séance du 1er octobre " + year, LocalDate.of(year, 10, 1));
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
    sitting = new JurySittingHttp(http);
    session = sitting.sessionOf(businessKey);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  /** What of the candidacy this member reaches, by every path. */
  private List<String> reached(String member) {
    Http as = http.as(member, member);
    List<String> reached = new ArrayList<>();
    if (!as.get("/engine-rest/task?maxResults=100&processInstanceId=" + pid).json().isEmpty()) {
      reached.add("its tasks");
    }
    for (String path : List.of("/engine-rest/process-instance/" + pid, "/engine-rest/process-instance/" + pid + "/variables",
        "/engine-rest/process-instance/" + pid + "/variables/doctorateProof/data", "/api/candidacies/" + businessKey + "/timeline",
        "/api/letters?businessKey=" + businessKey, "/api/cases/" + businessKey + "/documents",
        "/api/cases/" + businessKey + "/documents/doctorateProof")) {
      if (as.get(path).status() == 200) {
        reached.add(path.replace(pid, "{case}").replace(businessKey, "{key}"));
      }
    }
    if (!as.get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + pid).json().isEmpty()) {
      reached.add("history");
    }
    return reached;
  }

  @Test
  @DisplayName("CER_J5 : un membre récusé n'atteint rien de la candidature et ne vote pas ; un membre sans lien lit le dossier")
  void CER_J5_aRecusedMemberReachesNothingAndDoesNotVoteWhileAMemberWithoutLinkReadsTheDossier() {
    assertThat(reached("jury6")).as("before declaring").isEmpty();
    sitting.link("jury6", businessKey, "SAME_LAB");
    sitting.convene(session);
    sitting.declare(session);

    assertThat(reached("jury6")).as("recused").isEmpty();
    Http.Response timeline = http.as("jury6", "jury6").get("/api/candidacies/" + businessKey + "/timeline");
    assertThat(timeline.status()).isEqualTo(403);
    assertThat(timeline.message()).contains("récusé");
    JsonNode jury6View = sitting.session("jury6", session);
    JsonNode agenda = jury6View.path("agenda");
    assertThat(agenda).as(jury6View.toString()).hasSize(1);
    assertThat(agenda.get(0).path("recused").asBoolean()).isTrue();
    assertThat(agenda.get(0).has("readable")).as("nothing more than the name").isFalse();
    assertThat(reached("jury1")).as("no link: the dossier").contains("/api/cases/{key}/documents", "/api/cases/{key}/documents/doctorateProof",
        "/api/candidacies/{key}/timeline");
    assertThat(reached("jury1")).as("never the candidacy's own task (the jury works in session)").doesNotContain("its tasks");

    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    sitting.open(session);
    String jury6Vote = sitting.taskOf("jury6", session, "castVotes");
    assertThat(jury6Vote).as("jury6 has nothing to vote on").isNull();
    sitting.decision("ADMITTED");
    sitting.vote(session);
    sitting.minutes(session);
    JsonNode decided = sitting.session("demo", session).path("agenda").get(0);
    assertThat(decided.path("status").asText()).isEqualTo("DECIDED");
    assertThat(decided.path("votesFor").asInt()).as("five voters: jury1-5, jury6 recused").isEqualTo(5);
    // the board of a closed session counts its dossiers and links the minutes, which give each decision (no list)
    JsonNode board = http.as("secretariat", "secretariat").get("/api/boards/secretariat?campaign=" + year).json();
    JsonNode closed = null;
    for (JsonNode s : board.path("sessions")) {
      if (s.path("id").asLong() == session) {
        closed = s;
      }
    }
    assertThat(closed).isNotNull();
    assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("items")).isEmpty();
    assertThat(closed.path("visibleItems").asInt()).isEqualTo(1);
    assertThat(closed.path("minutesUrl").asText()).endsWith("/minutes.pdf");
    assertThat(http.as("demo", "demo").get("/engine-rest/task/count?taskDefinitionKey=decideEntry&processInstanceId=" + pid).json()
        .path("count").asInt()).as("the decision reached the candidacy").isZero();
  }

  @Test
  @DisplayName("CER_P6 : une candidature privée de quorum par une récusation n'est pas décidée et passe à la session suivante")
  void CER_P6_aCandidacyLeftWithoutQuorumByARecusalIsNotDecidedAndGoesToTheNextSession() {
    long next = sitting.plan(year, "ENTRY", LocalDate.of(year, 10, 15));
    sitting.link("jury2", businessKey, "SUPERVISION");
    sitting.convene(session);
    sitting.declare(session);
    sitting.open(session);

    JsonNode item = sitting.session("demo", session).path("agenda").get(0);
    assertThat(item.path("quorum").asBoolean()).isFalse();
    assertThat(item.path("quorumProblems").toString()).contains("médecine-sciences", "jury2 récusé");
    assertThat(sitting.taskOf("jury1", session, "castVotes")).as("no vote without quorum").isNull();
    sitting.minutes(session);

    assertThat(sitting.session("demo", session).path("agenda").get(0).path("status").asText()).isEqualTo("DEFERRED");
    assertThat(sitting.sessionOf(businessKey)).as("on the next session's agenda").isEqualTo(next);
    JsonNode timeline = http.as("secretariat", "secretariat").get("/api/candidacies/" + businessKey + "/timeline").json();
    assertThat(timeline.toString()).contains("n'a pas pu décider", "quorum non atteint");
  }

  /**
   * A juror's votes with their rationales can be long (CER_J2: up to 2,000 characters each); the form sends them as a
   * transient variable, kept in the jury's tables only, so no length is lost to the engine's 4,000-character column; a
   * stored variable that long is refused with the way to send it, before the database would fail the commit.
   */
  @Test
  void CER_J2_longRationalesAreKeptWhenSentAsTheFormSendsThem() {
    sitting.convene(session);
    sitting.declare(session);
    sitting.open(session);
    String rationale = "Motivation détaillée du vote. ".repeat(150); // 4,500 characters
    String votes = "[{\"businessKey\":\"" + businessKey + "\",\"decision\":\"ADMITTED\",\"rationale\":\""
        + rationale.substring(0, 2000) + "\"}]";
    String padded = votes.substring(0, votes.length() - 2) + ",\"note\":\"" + rationale + "\"}]";

    String jury1 = sitting.taskOf("jury1", session, "castVotes");
    Http.Response stored = sitting.complete("jury1", jury1, Vars.of().string("votes", padded));
    assertThat(stored.status()).isEqualTo(400);
    assertThat(stored.message()).contains("dépasse 4000 caractères", "variable transitoire");

    com.fasterxml.jackson.databind.node.ObjectNode transientVotes = Http.object().put("value", padded).put("type", "String");
    transientVotes.putObject("valueInfo").put("transient", true);
    Http.Response sent = sitting.complete("jury1", jury1, Vars.of().raw("votes", transientVotes));
    assertThat(sent.status()).as(sent.body()).isEqualTo(204);
    JsonNode item = sitting.session("jury1", session).path("agenda").get(0);
    assertThat(item.path("businessKey").asText()).isEqualTo(businessKey);
    Http admin = http.as("demo", "demo");
    String sessionInstance = admin.get("/engine-rest/process-instance?maxResults=1&businessKey=JURY-" + session).json().get(0)
        .path("id").asText();
    assertThat(admin.get("/engine-rest/history/variable-instance?maxResults=10&variableName=votes&processInstanceId="
        + sessionInstance).json()).as("never a process variable").isEmpty();
    assertThat(sitting.taskOf("jury1", session, "castVotes")).as("the vote is cast").isNull();
  }
}
