package fr.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.identity.DemoProfile;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.LetterPdf;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/letters}: the applicant downloads their own decision letter; another applicant is refused
 * with a French reason; the actors of the case (secretariat, administrators) may read it, a juror only
 * when the candidacy is on the agenda of a session they sit in, actors of the other contract (UFR) may not; the case's timeline links to it.
 */
@EngineTest
class DecisionLetterHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  CerDemoData demo;
  @Autowired
  DemoProfile demoProfile;
  @Autowired
  IdentitySeeder identity;

  /** Campaign years are few: one for the class (each test starts one ineligible candidacy). */
  private static int year;

  Http http;
  String alice;
  String bob;
  String businessKey;

  @BeforeEach
  void setUp() {
    demoProfile.seedUsers();
    http = Http.at(port);
    if (year == 0) {
      year = CerFixtures.newCampaign(demo, 10);
    }
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    alice = applicant();
    bob = applicant();
    // a thèse d'exercice: ineligible at once (CER_E1), the letter is issued with the start
    Http.Response started = http.as(alice, alice).post("/engine-rest/process-definition/key/cer-candidacy/start",
        CerFixtures.restCandidacy(year, alice).string("doctorateType", "EXERCISE").body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    businessKey = started.json().path("businessKey").asText();
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

  private JsonNode onlyLetter(Http as) {
    Http.Response listed = as.get("/api/letters?businessKey=" + businessKey);
    assertThat(listed.status()).as(listed.body()).isEqualTo(200);
    assertThat(listed.json()).hasSize(1);
    return listed.json().get(0);
  }

  @Test
  void theApplicantListsAndDownloadsTheirOwnLetter() {
    JsonNode letter = onlyLetter(http.as(alice, alice));
    assertThat(letter.path("kind").asText()).isEqualTo("CER_INELIGIBILITY");
    assertThat(letter.path("kindLabel").asText()).isEqualTo("Décision d'irrecevabilité (éligibilité)");
    assertThat(letter.path("ruleTable").asText()).isEqualTo("cer-eligibility");
    assertThat(letter.path("ruleVersion").asInt()).isPositive();
    assertThat(letter.path("issuedOn").asText()).isEqualTo(year + "-10-01");
    assertThat(letter.has("processInstanceId")).as("internal ids stay inside").isFalse();
    String download = letter.path("download").asText();
    assertThat(download).isEqualTo("/api/letters/" + letter.path("id").asLong() + ".pdf");

    byte[] pdf = http.as(alice, alice).getBytes(download);
    assertThat(LetterPdf.text(pdf)).contains("Camille Dupont", businessKey, "Décision : candidature non recevable",
        "« cer-eligibility », version " + letter.path("ruleVersion").asInt());
  }

  @Test
  void anotherApplicantIsRefusedWithAFrenchReason() {
    long id = onlyLetter(http.as(alice, alice)).path("id").asLong();

    Http.Response pdf = http.as(bob, bob).get("/api/letters/" + id + ".pdf");
    assertThat(pdf.status()).isEqualTo(403);
    assertThat(pdf.message()).contains("Vous ne pouvez consulter que vos propres dossiers");
    Http.Response list = http.as(bob, bob).get("/api/letters?businessKey=" + businessKey);
    assertThat(list.status()).isEqualTo(403);
    assertThat(list.body()).doesNotContain("cer-eligibility");

    assertThat(http.as("ufr", "ufr").get("/api/letters/" + id + ".pdf").status()).as("an actor of the CESP only").isEqualTo(403);
    assertThat(http.anonymous().get("/api/letters/" + id + ".pdf").status()).isEqualTo(401);
    Http.Response unknown = http.as(alice, alice).get("/api/letters/999999999.pdf");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.message()).contains("Aucun courrier");
  }

  @Test
  void theActorsOfTheCaseMayReadItsLetters() {
    for (String actor : List.of("secretariat", "demo")) {
      JsonNode letter = onlyLetter(http.as(actor, actor));
      byte[] pdf = http.as(actor, actor).getBytes(letter.path("download").asText());
      assertThat(LetterPdf.text(pdf)).as(actor).contains(businessKey);
    }
    // need to know: an ineligible candidacy never reaches a jury session's agenda, so no juror reads it
    Http.Response juror = http.as("jury1", "jury1").get("/api/letters?businessKey=" + businessKey);
    assertThat(juror.status()).isEqualTo(403);
    assertThat(juror.message()).contains("session du jury");
  }

  @Test
  void theTimelineLinksToTheLetter() {
    Http.Response timeline = http.as(alice, alice).get("/api/candidacies/" + businessKey + "/timeline");
    assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
    JsonNode letterEvent = null;
    for (JsonNode event : timeline.json().path("events")) {
      if ("LETTER".equals(event.path("kind").asText())) {
        letterEvent = event;
      }
    }
    assertThat(letterEvent).as(timeline.body()).isNotNull();
    assertThat(letterEvent.path("label").asText()).isEqualTo("Courrier envoyé : Décision d'irrecevabilité (éligibilité)");
    assertThat(letterEvent.path("table").asText()).isEqualTo("cer-eligibility");
    assertThat(letterEvent.path("link").asText()).matches("/api/letters/\\d+\\.pdf");
    assertThat(http.as(alice, alice).getBytes(letterEvent.path("link").asText())).isNotEmpty();
  }
}
