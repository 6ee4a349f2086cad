package fr.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.ContractKind;
import fr.engagements.casefile.Groups;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.directory.Directory;
import fr.engagements.identity.DemoProfile;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.Allowances;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.CespFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.LetterPdf;
import fr.engagements.support.TestDocuments;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * « Mes dossiers » over HTTP ({@code GET /api/my-cases} and the page {@code /mes-dossiers}): a student who has just
 * applied sees their candidacy, its step in French and a link to their own open task; another student sees nothing of
 * it; a closed case says how it ended and lists its letter; a funded candidacy shows its money; a CESP applicant sees
 * their application; staff without a case of their own get the empty state and their boards.
 */
@EngineTest
class MyCasesHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  CerDemoData demo;
  @Autowired
  DemoProfile demoProfile;
  @Autowired
  IdentitySeeder identity;
  @Autowired
  AllowanceRates rates;
  @Autowired
  CespCampaigns campaigns;
  @Autowired
  Directory directory;

  /** Campaign years are few: one for the class (each applicant files at most one candidacy in it). */
  private static int year;

  Http http;
  Http admin;

  @BeforeEach
  void setUp() {
    demoProfile.seedUsers();
    http = Http.at(port);
    admin = http.as("demo", "demo");
    if (year == 0) {
      year = CerFixtures.newCampaign(demo, 10);
    }
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  private String applicant(String group) {
    String id = group.equals(Groups.CER_APPLICANTS) ? CerFixtures.newApplicantId() : CespFixtures.newApplicantId();
    identity.ensureUser(id, "Léa", "Martin", id + "@etu.example.fr", id, List.of(group));
    return id;
  }

  /** A candidacy filed by the student themselves, without its motivation letter when {@code complete} is false. */
  private String apply(String student, boolean complete) {
    Vars vars = CerFixtures.restCandidacy(year, student);
    if (!complete) {
      vars.remove("motivationLetter");
    }
    Http.Response started = http.as(student, student).post("/engine-rest/process-definition/key/cer-candidacy/start", vars.body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().path("businessKey").asText();
  }

  private JsonNode myCases(String user) {
    Http.Response answer = http.as(user, user).get("/api/my-cases");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private JsonNode onlyCase(String user) {
    JsonNode cases = myCases(user).path("cases");
    assertThat(cases).as("the cases of %s", user).hasSize(1);
    return cases.get(0);
  }

  private String taskId(String businessKey, String taskKey) {
    JsonNode tasks = admin.get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey).json();
    assertThat(tasks).as("task %s of %s", taskKey, businessKey).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  @Test
  void aStudentWhoJustAppliedSeesTheirCandidacyAndTheLinkToTheirOpenTask() {
    String student = applicant(Groups.CER_APPLICANTS);
    String key = apply(student, false);

    JsonNode mine = onlyCase(student);
    assertThat(mine.path("businessKey").asText()).isEqualTo(key);
    assertThat(mine.path("contract").asText()).isEqualTo("CER");
    assertThat(mine.path("contractLabel").asText()).isEqualTo("Contrat d'Engagement Recherche (CER)");
    assertThat(mine.path("campaignYear").asInt()).isEqualTo(year);
    assertThat(mine.path("open").asBoolean()).isTrue();
    assertThat(mine.path("stateLabel").asText()).isEqualTo("En cours");
    assertThat(mine.path("link").asText()).isEqualTo("/dossiers/" + key);
    assertThat(mine.has("money")).as("an application has no money yet").isFalse();

    JsonNode step = mine.path("steps").get(0);
    assertThat(step.path("step").asText()).isEqualTo("completeDossier");
    assertThat(step.path("status").asText()).isEqualTo("À vous d'agir : compléter votre dossier d'entrée");
    assertThat(step.path("heldBy").asText()).isEqualTo("Vous");
    assertThat(step.path("sinceText").asText()).isEqualTo("01/10/" + year);
    assertThat(step.path("dueText").asText()).as("30 days to complete it").isEqualTo("31/10/" + year);
    assertThat(step.path("overdue").asBoolean()).isFalse();
    assertThat(step.path("yours").asBoolean()).isTrue();
    assertThat(step.path("taskLink").asText())
        .isEqualTo("/camunda/app/tasklist/default/#/?task=" + taskId(key, "completeDossier"));

    // the page says the same, in the DSFR layout
    Http.Response page = http.as(student, student).get("/mes-dossiers");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Mes dossiers</h1>", key, "À vous d&#39;agir : compléter votre dossier d&#39;entrée",
        "/camunda/app/tasklist/default/#/?task=" + taskId(key, "completeDossier"), "Ouvrir ma tâche dans Tasklist",
        "href=\"/dossiers/" + key + "\"");

    // past the deadline the step says so
    CerFixtures.setToday(LocalDate.of(year, 11, 2));
    JsonNode late = onlyCase(student).path("steps").get(0);
    assertThat(late.path("overdue").asBoolean()).isTrue();
    assertThat(http.as(student, student).get("/mes-dossiers").body()).contains("Délai dépassé");
  }

  @Test
  void anotherStudentSeesNothingOfIt() {
    String student = applicant(Groups.CER_APPLICANTS);
    String other = applicant(Groups.CER_APPLICANTS);
    String key = apply(student, false);

    assertThat(myCases(other).path("cases")).isEmpty();
    Http.Response api = http.as(other, other).get("/api/my-cases");
    assertThat(api.body()).doesNotContain(key, "Martin");
    Http.Response page = http.as(other, other).get("/mes-dossiers");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).doesNotContain(key).contains("Vous n'avez aucun dossier", "/eligibilite",
        "/camunda/app/tasklist/default/#/?processStart=cer-candidacy");
    // the staff of the case follow it on their boards, not here: « Mes dossiers » is the person's own
    assertThat(myCases("secretariat").toString()).doesNotContain(key);
    assertThat(myCases("demo").toString()).doesNotContain(key);
  }

  @Test
  void aCompleteDossierWaitsForTheSecretariatWithoutALinkForTheStudent() {
    String student = applicant(Groups.CER_APPLICANTS);
    apply(student, true);

    JsonNode step = onlyCase(student).path("steps").get(0);
    assertThat(step.path("step").asText()).isEqualTo("verifyDossier");
    assertThat(step.path("status").asText()).isEqualTo("Votre dossier est vérifié par le secrétariat national du CER");
    assertThat(step.path("heldBy").asText()).isEqualTo("Secrétariat national du CER");
    assertThat(step.path("yours").asBoolean()).isFalse();
    assertThat(step.has("taskLink")).as("the secretariat's task is not the student's").isFalse();
  }

  @Test
  void afterAnIneligibilityDecisionTheCaseIsClosedWithItsLetter() {
    String student = applicant(Groups.CER_APPLICANTS);
    Http.Response started = http.as(student, student).post("/engine-rest/process-definition/key/cer-candidacy/start",
        CerFixtures.restCandidacy(year, student).string("doctorateType", "EXERCISE").body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String key = started.json().path("businessKey").asText();

    JsonNode mine = onlyCase(student);
    assertThat(mine.path("open").asBoolean()).isFalse();
    assertThat(mine.path("stateLabel").asText()).isEqualTo("Clos");
    assertThat(mine.path("steps")).isEmpty();
    assertThat(mine.path("outcome").asText()).isEqualTo("INELIGIBLE");
    assertThat(mine.path("closedText").asText()).startsWith("Dossier clos : ").contains("éligib");

    JsonNode letter = mine.path("letters").get(0);
    assertThat(letter.path("kind").asText()).isEqualTo("CER_INELIGIBILITY");
    assertThat(letter.path("kindLabel").asText()).isEqualTo("Décision d'irrecevabilité (éligibilité)");
    assertThat(letter.path("issuedOnText").asText()).isEqualTo("01/10/" + year);
    String download = letter.path("download").asText();
    assertThat(download).matches("/api/letters/\\d+\\.pdf");
    assertThat(LetterPdf.text(http.as(student, student).getBytes(download))).contains(key);

    String page = http.as(student, student).get("/mes-dossiers").body();
    assertThat(page).contains("Dossier clos : ", "Décision d&#39;irrecevabilité (éligibilité)", "href=\"" + download + "\"",
        "courrier du 01/10/" + year);
  }

  @Test
  void CER_F1_aFundedCandidacyShowsTheAllowancePaidAndTheProjectToFile() {
    String student = applicant(Groups.CER_APPLICANTS);
    String key = apply(student, true);
    assertThat(http.as("secretariat", "secretariat").post("/engine-rest/task/" + taskId(key, "verifyDossier") + "/complete",
        Vars.of().bool("dossierComplete", true).body()).status()).isEqualTo(204);
    JsonNode waiting = onlyCase(student).path("steps").get(0);
    assertThat(waiting.path("status").asText()).isEqualTo("Votre dossier est examiné par le jury national");

    // the campaign's entry session sits on 15 November
    CerFixtures.setToday(LocalDate.of(year, 11, 15));
    new JurySittingHttp(http).decision("ADMITTED").motivation("Double compétence remarquable.").sit(key, LocalDate.of(year, 11, 15));
    String pid = admin.get("/engine-rest/process-instance?maxResults=1&businessKey=" + key).json().get(0).path("id").asText();
    // funding, then the first monthly payment: the asynchronous steps run until the project is awaited
    for (int round = 0; round < 5 && admin.get("/engine-rest/task?maxResults=1&processInstanceId=" + pid
        + "&taskDefinitionKey=submitProject").json().isEmpty(); round++) {
      executeJobs(pid);
    }
    executeJobs(pid);

    JsonNode mine = onlyCase(student);
    assertThat(mine.path("steps")).as(mine.toString()).isNotEmpty();
    JsonNode step = mine.path("steps").get(0);
    assertThat(step.path("status").asText()).isEqualTo("À vous d'agir : déposer votre projet médico-scientifique");
    assertThat(step.path("taskLink").asText()).endsWith(taskId(key, "submitProject"));
    long gross = Allowances.of(rates, ContractKind.CER).gross(LocalDate.of(year, 11, 1), 1);
    assertThat(mine.path("money").path("allowancePaidCents").asLong()).isEqualTo(gross);
    assertThat(mine.path("money").path("monthsPaid").asLong()).isEqualTo(1);
    assertThat(mine.path("money").path("allowancePaidText").asText()).isEqualTo(fr.engagements.process.FrenchFormat.euros(gross))
        .matches("\\d[\\d ]*,\\d\\d €");
    assertThat(mine.path("money").has("dueCents")).isFalse();
    List<String> kinds = mine.path("letters").findValuesAsText("kind");
    assertThat(kinds).contains("CER_ENTRY", "CER_FUNDING");
    assertThat(http.as(student, student).get("/mes-dossiers").body()).contains("Votre allocation",
        fr.engagements.process.FrenchFormat.euros(gross) + " bruts");
  }

  private void executeJobs(String processInstanceId) {
    for (JsonNode job : admin.get("/engine-rest/job?maxResults=50&processInstanceId=" + processInstanceId + "&executable=true").json()) {
      assertThat(admin.post("/engine-rest/job/" + job.path("id").asText() + "/execute", "{}").status()).isEqualTo(204);
    }
  }

  @Test
  void aCespApplicantSeesTheirApplication() {
    String ufr = CespFixtures.newUfr();
    CespFixtures.ufrOfficer(directory, campaigns.ensure(CespFixtures.campaign(2030, ufr, 2)), "ufr");
    CerFixtures.setToday(LocalDate.of(2030, 10, 1));
    String candidate = applicant(Groups.CESP_APPLICANTS);
    String cerStudent = applicant(Groups.CER_APPLICANTS);

    Vars vars = Vars.of()
        .string("applicantId", candidate)
        .string("applicantName", "Yanis Mercier")
        .string("applicantEmail", candidate + "@etu.example.fr")
        .integer("campaignYear", 2030)
        .string("ufr", ufr)
        .string("studyLevel", "STUDENT")
        .integer("studyYear", 4)
        .bool("foreignNational", false)
        .string("expectedDiplomaDate", "2033-06-30")
        .string("bankAccountHolder", "Yanis Mercier");
    for (String doc : List.of("applicationForm", "schoolingCertificate", "identityDocument", "cv", "motivationLetter",
        "rankingDeclaration", "transcripts")) {
      vars.file(doc, doc + ".pdf", TestDocuments.PDF, "application/pdf");
    }
    ObjectNode iban = Http.object().put("value", CespFixtures.VALID_IBAN).put("type", "String");
    iban.putObject("valueInfo").put("transient", true);
    ObjectNode rib = Http.object().put("value", java.util.Base64.getEncoder().encodeToString(TestDocuments.PDF)).put("type", "File");
    rib.putObject("valueInfo").put("filename", "rib.pdf").put("mimetype", "application/pdf").put("transient", true);
    Http.Response started = http.as(candidate, candidate).post("/engine-rest/process-definition/key/cesp-contract/submit-form",
        vars.raw("iban", iban).raw("bankDetails", rib).body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String key = started.json().path("businessKey").asText();

    JsonNode mine = onlyCase(candidate);
    assertThat(mine.path("businessKey").asText()).isEqualTo(key);
    assertThat(mine.path("contract").asText()).isEqualTo("CESP");
    assertThat(mine.path("contractLabel").asText()).isEqualTo("Contrat d'Engagement de Service Public (CESP)");
    assertThat(mine.path("campaignYear").asInt()).isEqualTo(2030);
    JsonNode step = mine.path("steps").get(0);
    assertThat(step.path("step").asText()).isEqualTo("checkCompleteness");
    assertThat(step.path("status").asText()).startsWith("Votre dossier est vérifié par la scolarité de votre UFR");
    assertThat(step.path("heldBy").asText()).contains("UFR de test " + ufr);
    assertThat(step.path("yours").asBoolean()).isFalse();
    assertThat(mine.toString()).as("restricted data stays out").doesNotContain(CespFixtures.VALID_IBAN, "0189");

    assertThat(myCases(cerStudent).toString()).doesNotContain(key);
    Http.Response page = http.as(candidate, candidate).get("/mes-dossiers");
    assertThat(page.body()).contains("Dossier CESP", key, "Votre dossier est vérifié par la scolarité de votre UFR");
  }

  @Test
  void staffWithoutACaseOfTheirOwnAreShownTheirBoards() {
    JsonNode answer = myCases("secretariat");
    assertThat(answer.path("cases")).isEmpty();
    assertThat(answer.path("boards").asBoolean()).isTrue();
    String page = http.as("secretariat", "secretariat").get("/mes-dossiers").body();
    assertThat(page).contains("Vous n'avez aucun dossier", "href=\"/tableaux\"");
    assertThat(myCases("directeur").path("boards").asBoolean()).as("a lab director runs no campaign").isFalse();
  }

  @Test
  void aVisitorIsAskedToLogIn() {
    Http.Response api = http.anonymous().get("/api/my-cases");
    assertThat(api.status()).isEqualTo(401);
    assertThat(api.message()).contains("Connectez-vous");
    Http.Response page = http.anonymous().get("/mes-dossiers");
    assertThat(page.status()).isEqualTo(401);
    assertThat(page.body()).contains("Connectez-vous");
  }
}
