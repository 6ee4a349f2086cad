package fr.engagements.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.casefile.Groups;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.identity.DemoProfile;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.LetterPdf;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Appeals against the CER's decisions over HTTP (ADM_1): filed by the person concerned within two months of the
 * notification, acknowledged by letter, answered by the body that decided, and a withdrawal reopens the case.
 */
@EngineTest
class CerAppealHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  CerDemoData demo;
  @Autowired
  DemoProfile demoProfile;
  @Autowired
  IdentitySeeder identity;

  Http http;
  Http admin;
  Http secretariat;
  Http applicant;
  Http otherApplicant;
  String applicantId;
  LocalDate today;

  @BeforeEach
  void setUp() {
    demoProfile.seedUsers();
    http = Http.at(port);
    admin = http.as("demo", "demo");
    secretariat = http.as("secretariat", "secretariat");
    applicantId = CerFixtures.newApplicantId();
    identity.ensureUser(applicantId, "Léa", "Martin", applicantId + "@etu.example.fr", applicantId, List.of(Groups.CER_APPLICANTS));
    applicant = http.as(applicantId, applicantId);
    String otherId = CerFixtures.newApplicantId();
    identity.ensureUser(otherId, "Hugo", "Petit", otherId + "@etu.example.fr", otherId, List.of(Groups.CER_APPLICANTS));
    otherApplicant = http.as(otherId, otherId);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  private int campaign(int fundedQuota) {
    int year = CerFixtures.newCampaign(demo, fundedQuota);
    today = LocalDate.of(year, 10, 1);
    CerFixtures.setToday(today);
    return year;
  }

  /** A candidacy that the eligibility table refuses (thèse d'exercice, CER_E1): it ends at once with its letter. */
  private String ineligibleCandidacy(int year) {
    var started = applicant.post("/engine-rest/process-definition/key/cer-candidacy/start",
        CerFixtures.restCandidacy(year, applicantId).string("doctorateType", "EXERCISE").body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String businessKey = started.json().path("businessKey").asText();
    assertThat(admin.get("/engine-rest/history/process-instance?maxResults=50&processInstanceBusinessKey=" + businessKey).json().get(0)
        .path("state").asText()).isEqualTo("COMPLETED");
    return businessKey;
  }

  /** A candidacy whose entry the jury rejects in session. */
  private String rejectedCandidacy(int year) {
    demo.planSession(year, JurySession.Kind.ENTRY, "Séance du 1er octobre " + year, today);
    var started = applicant.post("/engine-rest/process-definition/key/cer-candidacy/start", CerFixtures.restCandidacy(year, applicantId).body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pid = started.json().path("id").asText();
    String businessKey = started.json().path("businessKey").asText();
    String verify = taskOf("processInstanceId=" + pid, "verifyDossier");
    assertThat(secretariat.post("/engine-rest/task/" + verify + "/complete", Vars.of().bool("dossierComplete", true).body()).status())
        .isEqualTo(204);
    new JurySittingHttp(http).decision("REJECTED").motivation("Le projet de recherche n'est pas assez précis à ce stade.")
        .sit(businessKey, today);
    // said on failure: where the candidacy stands, and the session's agenda
    assertThat(admin.get("/engine-rest/history/process-instance?maxResults=50&processInstanceId=" + pid).json().get(0).path("state").asText())
        .as(() -> admin.get("/api/candidacies/" + businessKey + "/timeline").body() + "\n"
            + admin.get("/api/jury/sessions?campaignYear=" + year).body())
        .isEqualTo("COMPLETED");
    return businessKey;
  }

  private long letterOf(String businessKey, String kind) {
    for (JsonNode letter : applicant.get("/api/letters?businessKey=" + businessKey).json()) {
      if (letter.path("kind").asText().equals(kind)) {
        return letter.path("id").asLong();
      }
    }
    throw new AssertionError("no letter " + kind + " in " + businessKey);
  }

  private List<String> letterKinds(String businessKey) {
    List<String> kinds = new ArrayList<>();
    applicant.get("/api/letters?businessKey=" + businessKey).json().forEach(l -> kinds.add(l.path("kind").asText()));
    return kinds;
  }

  private static Map<String, Object> appeal(long letterId, String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("letterId", letterId);
    body.put("text", text);
    body.put("documents", List.of(Map.of("filename", "attestation.pdf", "contentBase64", Base64.getEncoder().encodeToString(TestDocuments.PDF))));
    return body;
  }

  private static final String TEXT = "Mon doctorat est un doctorat de recherche (PhD), et non une thèse d'exercice : voir l'attestation jointe.";

  private String taskOf(String query, String key) {
    JsonNode tasks = admin.get("/engine-rest/task?maxResults=50&" + query + "&taskDefinitionKey=" + key).json();
    assertThat(tasks).as("task %s (%s)", key, query).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private List<String> candidateGroups(String taskId) {
    List<String> groups = new ArrayList<>();
    admin.get("/engine-rest/task/" + taskId + "/identity-links?type=candidate").json().forEach(l -> groups.add(l.path("groupId").asText()));
    return groups;
  }

  private String answerTask(String businessKey, int n) {
    return taskOf("processInstanceBusinessKey=" + AppealProcess.businessKey(businessKey, n), AppealProcess.Tasks.ANSWER_APPEAL);
  }

  @Test
  void ADM_1_4_anAppealInTimeIsAcknowledgedAndGoesToTheSecretariatOnly() {
    String businessKey = ineligibleCandidacy(campaign(10));
    long letter = letterOf(businessKey, "CER_INELIGIBILITY");
    CerFixtures.setToday(today.plusMonths(1));

    // another applicant may neither file nor read
    assertThat(otherApplicant.post("/api/cases/" + businessKey + "/appeals", appeal(letter, TEXT)).status()).isEqualTo(403);
    // too short a text, a document that is not a PDF: 400 with the reasons, nothing started
    var bad = applicant.post("/api/cases/" + businessKey + "/appeals", Map.of("letterId", letter, "text", "Trop court",
        "documents", List.of(Map.of("filename", "x.pdf", "contentBase64", Base64.getEncoder().encodeToString("pas un pdf".getBytes())))));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.message()).contains("de 20 à 5000 caractères", "n'est pas un PDF");

    var filed = applicant.post("/api/cases/" + businessKey + "/appeals", appeal(letter, TEXT));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    assertThat(filed.json().path("businessKey").asText()).isEqualTo(businessKey + "/recours/1");
    assertThat(filed.json().path("status").asText()).isEqualTo("OPEN");
    assertThat(filed.json().path("notifiedOn").asText()).isEqualTo(today.toString());
    assertThat(filed.json().path("deadline").asText()).isEqualTo(today.plusMonths(2).toString());
    assertThat(filed.json().path("documents").asInt()).isEqualTo(1);
    assertThat(letterKinds(businessKey)).contains("APPEAL_RECEIVED");

    // one open appeal per letter
    var again = applicant.post("/api/cases/" + businessKey + "/appeals", appeal(letter, TEXT));
    assertThat(again.status()).isEqualTo(409);

    String task = answerTask(businessKey, 1);
    assertThat(candidateGroups(task)).containsExactly(Groups.CER_SECRETARIAT);
    assertThat(admin.get("/engine-rest/task/" + task).json().path("assignee").isNull()).isTrue();
    // the secretariat reads the appeal; another applicant does not
    assertThat(secretariat.get("/api/cases/" + businessKey + "/appeals").json()).hasSize(1);
    assertThat(otherApplicant.get("/api/cases/" + businessKey + "/appeals").status()).isEqualTo(403);
    // the timeline shows the filing
    assertThat(applicant.get("/api/candidacies/" + businessKey + "/timeline").body()).contains("Recours gracieux déposé le");
    // the person's data export holds the appeal (GDPR)
    assertThat(admin.get("/api/admin/persons/" + applicantId + "/export").body()).contains(businessKey + "/recours/1", "appealText",
        "attestation.pdf");
  }

  @Test
  void ADM_1_1_anAppealAfterTheTwoMonthsIsRefusedWithTheReasonAndStartsNothing() {
    String businessKey = ineligibleCandidacy(campaign(10));
    long letter = letterOf(businessKey, "CER_INELIGIBILITY");
    CerFixtures.setToday(today.plusMonths(2).plusDays(1));

    var late = applicant.post("/api/cases/" + businessKey + "/appeals", appeal(letter, TEXT));
    assertThat(late.status()).isEqualTo(422);
    assertThat(late.message()).contains("Le délai de recours de deux mois a expiré le");
    assertThat(admin.get("/engine-rest/history/process-instance?maxResults=50&processDefinitionKey=case-appeal&processInstanceBusinessKeyLike="
        + businessKey + "%25").json()).isEmpty();
    assertThat(applicant.get("/api/cases/" + businessKey + "/appeals").json()).isEmpty();

    // the last day of the two months is still in time
    CerFixtures.setToday(today.plusMonths(2));
    assertThat(applicant.post("/api/cases/" + businessKey + "/appeals", appeal(letter, TEXT)).status()).isEqualTo(201);
  }

  @Test
  void ADM_1_3_anUpheldDecisionIsAnsweredByLetterAndTheCaseStaysClosed() {
    String businessKey = ineligibleCandidacy(campaign(10));
    long letter = letterOf(businessKey, "CER_INELIGIBILITY");
    assertThat(applicant.post("/api/cases/" + businessKey + "/appeals", appeal(letter, TEXT)).status()).isEqualTo(201);
    String task = answerTask(businessKey, 1);

    var noRationale = secretariat.post("/engine-rest/task/" + task + "/complete", Vars.of().string("appealDecision", "UPHELD").body());
    assertThat(noRationale.status()).isEqualTo(400);
    assertThat(secretariat.post("/engine-rest/task/" + task + "/complete", Vars.of().string("appealDecision", "UPHELD")
        .string("appealRationale", "L'attestation jointe est celle d'une thèse d'exercice : la décision est maintenue.").body())
        .status()).isEqualTo(204);

    assertThat(letterKinds(businessKey)).contains("APPEAL_RECEIVED", "APPEAL_ANSWER");
    JsonNode appeals = applicant.get("/api/cases/" + businessKey + "/appeals").json();
    assertThat(appeals.get(0).path("status").asText()).isEqualTo("UPHELD");
    assertThat(appeals.get(0).path("answerRationale").asText()).contains("la décision est maintenue");
    assertThat(admin.get("/engine-rest/process-instance?maxResults=50&processDefinitionKey=cer-candidacy&businessKey=" + businessKey).json()).isEmpty();
    assertThat(applicant.get("/api/candidacies/" + businessKey + "/timeline").body())
        .contains("Réponse au recours : décision maintenue");
    // the answer itself is not appealed gracieusement again: its remedy is the court
    var onAnswer = applicant.post("/api/cases/" + businessKey + "/appeals", appeal(letterOf(businessKey, "APPEAL_ANSWER"), TEXT));
    assertThat(onAnswer.status()).isEqualTo(400);
    assertThat(onAnswer.message()).contains("tribunal administratif");
  }

  @Test
  void ADM_1_5_aWithdrawnIneligibilityReopensTheCaseAtVerifyDossierWithItsDocuments() {
    String businessKey = ineligibleCandidacy(campaign(10));
    long letter = letterOf(businessKey, "CER_INELIGIBILITY");
    assertThat(applicant.post("/api/cases/" + businessKey + "/appeals", appeal(letter, TEXT)).status()).isEqualTo(201);
    String task = answerTask(businessKey, 1);
    assertThat(secretariat.post("/engine-rest/task/" + task + "/complete", Vars.of().string("appealDecision", "WITHDRAWN")
        .string("appealRationale", "Le doctorat est bien un doctorat de recherche : la candidature est recevable.").body())
        .status()).isEqualTo(204);

    JsonNode running = admin.get("/engine-rest/process-instance?maxResults=50&processDefinitionKey=cer-candidacy&businessKey=" + businessKey).json();
    assertThat(running).hasSize(1);
    String reopened = running.get(0).path("id").asText();
    taskOf("processInstanceId=" + reopened, "verifyDossier");
    // the applicant reads the documents of the reopened case, as before
    assertThat(applicant.getBytes("/engine-rest/process-instance/" + reopened + "/variables/motivationLetter/data"))
        .isEqualTo(TestDocuments.PDF);
    assertThat(applicant.get("/engine-rest/process-instance/" + reopened + "/variables/outcome").status()).isEqualTo(404);
    JsonNode appeals = applicant.get("/api/cases/" + businessKey + "/appeals").json();
    assertThat(appeals.get(0).path("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(appeals.get(0).path("caseReopenedAt").asText()).contains("vérification du dossier");
    String timeline = applicant.get("/api/candidacies/" + businessKey + "/timeline").body();
    assertThat(timeline).contains("Réponse au recours : décision retirée", "Dossier rouvert", "Vérifier le dossier d'entrée");
    // the case is open again: the applicant cannot start a second candidacy of the campaign
    assertThat(applicant.post("/engine-rest/process-definition/key/cer-candidacy/start",
        CerFixtures.restCandidacy(Integer.parseInt(businessKey.substring(4, 8)), applicantId).body()).status()).isEqualTo(409);
  }

  /** The appeal against the entry rejection, filed in time. */
  private String appealAgainstEntry(String businessKey) {
    long letter = letterOf(businessKey, "CER_ENTRY");
    var filed = applicant.post("/api/cases/" + businessKey + "/appeals", appeal(letter,
        "Le jury n'a pas tenu compte de mon projet de recherche détaillé, joint au présent recours."));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    return filed.json().path("businessKey").asText();
  }

  private JsonNode agendaItem(JurySittingHttp sitting, String user, long session, String itemKey) {
    for (JsonNode item : sitting.session(user, session).path("agenda")) {
      if (item.path("itemKey").asText().equals(itemKey)) {
        return item;
      }
    }
    throw new AssertionError(itemKey + " is not on the agenda of session " + session);
  }

  private byte[] letterPdf(String businessKey, String kind) {
    return applicant.getBytes("/api/letters/" + letterOf(businessKey, kind) + ".pdf");
  }

  @Test
  void ADM_1_4_CER_J5_anAppealAgainstTheJuryWaitsForASessionAndNobodyAnswersItAlone() {
    int year = campaign(10);
    String businessKey = rejectedCandidacy(year);
    JurySittingHttp sitting = new JurySittingHttp(http);
    // the campaign's other entry session is convened already: its agenda is closed, no session takes items
    for (JsonNode s : admin.get("/api/jury/sessions?campaignYear=" + year).json()) {
      if (s.path("kind").asText().equals("ENTRY") && s.path("status").asText().equals("PLANNED")) {
        sitting.convene(s.path("id").asLong());
      }
    }
    String appealKey = appealAgainstEntry(businessKey);

    // no session planned: the task waits, shown to the secretariat with the reason, assigned to nobody
    String task = answerTask(businessKey, 1);
    JsonNode answer = admin.get("/engine-rest/task/" + task).json();
    assertThat(answer.path("assignee").isNull()).isTrue();
    assertThat(candidateGroups(task)).containsExactly(Groups.CER_SECRETARIAT);
    assertThat(answer.path("description").asText()).contains("En attente d'une session du jury", "en séance");
    assertThat(applicant.get("/api/cases/" + businessKey + "/appeals").json().get(0).path("answeringBody").asText())
        .contains("jury national");

    // nobody answers for the jury: neither the secretariat that sees the task, nor an administrator, nor the president
    Vars withdrawn = Vars.of().string("appealDecision", "WITHDRAWN")
        .string("appealRationale", "Au vu du projet détaillé, le jury admet la candidature.");
    var bySecretariat = secretariat.post("/engine-rest/task/" + task + "/complete", withdrawn.body());
    assertThat(bySecretariat.status()).isEqualTo(403);
    assertThat(bySecretariat.message()).contains("décidée en séance", "Personne ne répond seul");
    assertThat(admin.post("/engine-rest/task/" + task + "/complete", withdrawn.body()).status()).isEqualTo(403);
    assertThat(http.as(CerDemoData.PRESIDENT, CerDemoData.PRESIDENT).post("/engine-rest/task/" + task + "/complete",
        withdrawn.body()).status()).isEqualTo(403);
    assertThat(applicant.get("/api/cases/" + businessKey + "/appeals").json().get(0).path("status").asText()).isEqualTo("OPEN");

    // the secretariat plans the next entry session: the appeal joins its agenda, under the candidacy's key
    long session = sitting.plan(year, "ENTRY", today.plusDays(14));
    JsonNode item = agendaItem(sitting, "demo", session, appealKey);
    assertThat(item.path("isAppeal").asBoolean()).isTrue();
    assertThat(item.path("businessKey").asText()).isEqualTo(businessKey);
    assertThat(item.path("choices").toString()).contains("UPHELD", "WITHDRAWN");
    assertThat(admin.get("/engine-rest/task/" + task).json().path("description").asText())
        .contains("Recours inscrit à l'ordre du jour de la session").doesNotContain("En attente");
    assertThat(applicant.get("/api/candidacies/" + businessKey + "/timeline").body())
        .contains("Recours gracieux n° 1 inscrit à l'ordre du jour de la session");
  }

  @Test
  void ADM_1_6_CER_J5_CER_J3_theSessionWithdrawsAnEntryRejectionByMajorityAndTheCaseReopensAtFunding() {
    int year = campaign(0);
    String businessKey = rejectedCandidacy(year);
    JurySittingHttp sitting = new JurySittingHttp(http).motivation("Au vu du projet détaillé joint au recours, le jury retire son refus.");
    LocalDate sessionDay = today.plusDays(14);
    long session = sitting.plan(year, "ENTRY", sessionDay);
    String appealKey = appealAgainstEntry(businessKey);
    assertThat(admin.get("/engine-rest/task/" + answerTask(businessKey, 1)).json().path("description").asText())
        .contains("Recours inscrit à l'ordre du jour de la session");

    CerFixtures.setToday(sessionDay);
    // jury6 declares a link with the candidate: recused from the appeal as from the candidacy
    sitting.link("jury6", businessKey, "SAME_LAB")
        .votes("jury1", appealKey, "WITHDRAWN").votes("jury2", appealKey, "WITHDRAWN").votes("jury4", appealKey, "WITHDRAWN")
        .votes("jury3", appealKey, "UPHELD").votes("jury5", appealKey, "UPHELD");
    sitting.convene(session);
    sitting.declare(session);
    sitting.open(session);

    // members read the appeal's text and its documents (links they may follow); the recused member does not
    JsonNode seen = agendaItem(sitting, "jury1", session, appealKey);
    assertThat(seen.path("mayVote").asBoolean()).isTrue();
    assertThat(seen.path("appeal").path("text").asText()).contains("projet de recherche détaillé");
    String href = seen.path("appeal").path("documents").get(0).path("href").asText();
    assertThat(http.as("jury1", "jury1").getBytes(href)).isEqualTo(TestDocuments.PDF);
    JsonNode recused = agendaItem(sitting, "jury6", session, appealKey);
    assertThat(recused.path("recused").asBoolean()).isTrue();
    assertThat(recused.has("appeal")).isFalse();
    assertThat(http.as("jury6", "jury6").get(href).status()).isEqualTo(403);
    // the recused member has nothing to vote on; the observer never votes
    assertThat(sitting.taskOf("jury6", session, "castVotes")).isNull();
    assertThat(sitting.taskOf("observateur", session, "castVotes")).isNull();

    // an appeal is voted on with « maintenir » / « retirer », not with a candidacy's choices
    String ballot = sitting.taskOf("jury1", session, "castVotes");
    var wrong = sitting.complete("jury1", ballot, Vars.of().string("votes", "[{\"businessKey\": \"" + appealKey
        + "\", \"decision\": \"ADMITTED\", \"rationale\": \"Projet solide.\"}]"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.message()).contains("n'est pas une décision possible", "UPHELD ou WITHDRAWN");

    sitting.vote(session);
    sitting.minutes(session);

    // 3 to withdraw, 2 to maintain: the session withdraws the decision, and says so in the answer's letter
    JsonNode appeals = applicant.get("/api/cases/" + businessKey + "/appeals").json();
    assertThat(appeals.get(0).path("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(appeals.get(0).path("answerRationale").asText()).contains("le jury retire son refus");
    assertThat(appeals.get(0).path("answeringSession").asText()).contains("Séance du " + sessionDay);
    String answer = LetterPdf.text(letterPdf(businessKey, "APPEAL_ANSWER"));
    assertThat(answer).contains("la décision contestée est retirée", "Séance du " + sessionDay, "majorité des voix");

    // the candidacy reopens at the funding decision: the quota is spent, so it is admitted unfunded (CER_J3)
    JsonNode running = admin.get("/engine-rest/process-instance?maxResults=50&processDefinitionKey=cer-candidacy&businessKey=" + businessKey).json();
    assertThat(running).as(() -> admin.get("/api/candidacies/" + businessKey + "/timeline").body()).hasSize(1);
    String reopened = running.get(0).path("id").asText();
    for (JsonNode job : admin.get("/engine-rest/job?maxResults=50&processInstanceId=" + reopened + "&executable=true").json()) {
      assertThat(admin.post("/engine-rest/job/" + job.path("id").asText() + "/execute", "{}").status()).isIn(204, 404);
    }
    JsonNode vars = admin.get("/engine-rest/process-instance/" + reopened + "/variables").json();
    assertThat(vars.path("entryDecision").path("value").asText()).isEqualTo("ADMITTED");
    assertThat(vars.path("fundingDecision").path("value").asText()).isEqualTo("UNFUNDED");
    assertThat(vars.path("fundingReason").path("value").asText()).isEqualTo("QUOTA_SPENT");
    taskOf("processInstanceId=" + reopened, "submitProject");
    assertThat(letterKinds(businessKey)).contains("CER_ENTRY", "APPEAL_RECEIVED", "APPEAL_ANSWER", "CER_FUNDING");

    // the minutes list the appeal apart from the candidacies, with its votes and the motivation
    String minutes = LetterPdf.text(admin.getBytes("/api/jury/sessions/" + session + "/minutes.pdf"));
    assertThat(minutes).contains("Recours gracieux examinés", appealKey, "décision retirée", "2 voix pour le maintien, 3 pour le retrait",
        "le jury retire son refus", "retirer", "maintenir");
  }

  @Test
  void ADM_1_3_CER_J5_aMajorityToMaintainUpholdsTheEntryRejectionAndTheCaseStaysClosed() {
    int year = campaign(10);
    String businessKey = rejectedCandidacy(year);
    JurySittingHttp sitting = new JurySittingHttp(http).appealDecision("UPHELD")
        .motivation("Le projet joint ne répond pas aux réserves du jury : la décision est maintenue.");
    LocalDate sessionDay = today.plusDays(7);
    long session = sitting.plan(year, "ENTRY", sessionDay);
    String appealKey = appealAgainstEntry(businessKey);
    assertThat(agendaItem(sitting, "demo", session, appealKey).path("isAppeal").asBoolean()).isTrue();
    CerFixtures.setToday(sessionDay);
    sitting.votes("jury1", appealKey, "WITHDRAWN").sit(businessKey);

    JsonNode appeals = applicant.get("/api/cases/" + businessKey + "/appeals").json();
    assertThat(appeals.get(0).path("status").asText()).isEqualTo("UPHELD");
    assertThat(LetterPdf.text(letterPdf(businessKey, "APPEAL_ANSWER"))).contains("la décision contestée est maintenue",
        "Séance du " + sessionDay);
    assertThat(admin.get("/engine-rest/process-instance?maxResults=50&processDefinitionKey=cer-candidacy&businessKey=" + businessKey).json()).isEmpty();
    assertThat(applicant.get("/api/candidacies/" + businessKey + "/timeline").body()).contains("Réponse au recours : décision maintenue");
    String minutes = LetterPdf.text(admin.getBytes("/api/jury/sessions/" + session + "/minutes.pdf"));
    assertThat(minutes).contains("Recours gracieux examinés", appealKey, "décision maintenue", "5 voix pour le maintien, 1 pour le retrait");
  }
}
