package fr.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.ContractKind;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.identity.DemoProfile;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.Allowances;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One candidacy driven through /engine-rest over real HTTP, documents included, and refusals answered 4xx with reasons. */
@EngineTest
class CerCandidacyHttpTest {

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

  Http http;
  Http admin;
  Http applicant;
  String applicantId;
  int year;

  @BeforeEach
  void setUp() {
    demoProfile.seedUsers();
    http = Http.at(port);
    admin = http.as("demo", "demo");
    applicantId = CerFixtures.newApplicantId();
    identity.ensureUser(applicantId, "Léa", "Martin", applicantId + "@etu.example.fr", applicantId, List.of(Groups.CER_APPLICANTS));
    applicant = http.as(applicantId, applicantId);
    year = CerFixtures.newCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    demo.planSession(year, JurySession.Kind.ENTRY, "Séance du 1er octobre " + year, LocalDate.of(year, 10, 1));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  private Vars candidacy() {
    return Vars.of()
        .string("applicantId", applicantId)
        .string("applicantName", "Léa Martin")
        .string("applicantEmail", "lea.martin@etu.example.fr")
        .string("applicantProfile", "PASSERELLE")
        .string("doctorateType", "RESEARCH")
        .string("doctorateStatus", "OBTAINED")
        .string("doctorateDate", year + "-03-15")
        .string("dfasm1StartDate", year + "-09-01")
        .integer("medicalStudiesReturnYear", year)
        .integer("campaignYear", year)
        .string("researchLab", "UMR 8197 CNRS — IBENS")
        .string("otherFunding", "NONE")
        .file("doctorateProof", "these.pdf", TestDocuments.PDF, "application/pdf")
        .file("labAttachmentProof", "rattachement.pdf", TestDocuments.PDF, "application/pdf");
  }

  private String taskId(String processInstanceId, String key) {
    JsonNode tasks = admin.get("/engine-rest/task?maxResults=50&processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + key).json();
    assertThat(tasks).as("task %s", key).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private void executeJobs(String processInstanceId) {
    for (JsonNode job : admin.get("/engine-rest/job?maxResults=50&processInstanceId=" + processInstanceId + "&executable=true").json()) {
      assertThat(admin.post("/engine-rest/job/" + job.path("id").asText() + "/execute", "{}").status()).isEqualTo(204);
    }
  }

  @Test
  void aCandidacyGoesFromItsStartToTheProjectStageOverHttp() {
    var started = applicant.post("/engine-rest/process-definition/key/cer-candidacy/start", candidacy().body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pid = started.json().path("id").asText();
    assertThat(started.json().path("businessKey").asText()).matches("CER-" + year + "-\\d{6}");

    // the motivation letter is missing: the applicant completes the dossier
    String complete = taskId(pid, "completeDossier");
    var withoutLetter = applicant.post("/engine-rest/task/" + complete + "/complete", Vars.of().body());
    assertThat(withoutLetter.status()).isEqualTo(400);
    assertThat(withoutLetter.message()).contains("motivationLetter", "obligatoire");
    assertThat(applicant.post("/engine-rest/task/" + complete + "/complete",
        Vars.of().file("motivationLetter", "lettre.pdf", TestDocuments.PDF, "application/pdf").body()).status()).isEqualTo(204);

    // the documents can be read back
    assertThat(applicant.getBytes("/engine-rest/process-instance/" + pid + "/variables/motivationLetter/data")).isEqualTo(TestDocuments.PDF);

    String verify = taskId(pid, "verifyDossier");
    Http secretariat = http.as("secretariat", "secretariat");
    var noRemarks = secretariat.post("/engine-rest/task/" + verify + "/complete", Vars.of().bool("dossierComplete", false).body());
    assertThat(noRemarks.status()).isEqualTo(400);
    assertThat(noRemarks.message()).contains("dossierRemarks", "obligatoire");
    assertThat(secretariat.post("/engine-rest/task/" + verify + "/complete", Vars.of().bool("dossierComplete", true).body()).status()).isEqualTo(204);

    // the jury admits in session (CER_J5), planned for the day
    String businessKey = applicant.get("/engine-rest/process-instance/" + pid).json().path("businessKey").asText();
    new JurySittingHttp(http).decision("ADMITTED").motivation("Double compétence remarquable.")
        .sit(businessKey, LocalDate.of(year, 10, 1));
    executeJobs(pid); // funding
    executeJobs(pid); // first monthly payment

    assertThat(taskId(pid, "submitProject")).isNotBlank();
    JsonNode vars = applicant.get("/engine-rest/process-instance/" + pid + "/variables").json();
    assertThat(vars.path("fundingDecision").path("value").asText()).isEqualTo("FUNDED");
    assertThat(vars.path("allowancePaidCents").path("value").asLong()).isEqualTo(Allowances.of(rates, ContractKind.CER).gross(LocalDate.of(year, 10, 1), 1));
    assertThat(vars.path("eligibilityDecidedBy").path("value").asText()).startsWith("cer-eligibility v");
  }

  @Test
  void systemDecisionsSentByAClientAreRefusedAndChangeNothing() {
    var start = applicant.post("/engine-rest/process-definition/key/cer-candidacy/start",
        candidacy().string("fundingDecision", "FUNDED").body());
    assertThat(start.status()).isEqualTo(400);
    assertThat(start.message()).contains("fundingDecision");

    String pid = applicant.post("/engine-rest/process-definition/key/cer-candidacy/start",
        candidacy().file("motivationLetter", "l.pdf", TestDocuments.PDF, "application/pdf").body()).json().path("id").asText();
    String verify = taskId(pid, "verifyDossier");
    var forged = http.as("secretariat", "secretariat").post("/engine-rest/task/" + verify + "/complete",
        Vars.of().bool("dossierComplete", true).string("entryDecision", "ADMITTED").body());
    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.message()).contains("entryDecision", "verifyDossier");
    assertThat(taskId(pid, "verifyDossier")).isEqualTo(verify);

    var direct = applicant.put("/engine-rest/process-instance/" + pid + "/variables/fundingDecision",
        Vars.of().string("x", "FUNDED").node().get("x"));
    assertThat(direct.status()).isEqualTo(403);
    assertThat(admin.get("/engine-rest/process-instance/" + pid + "/variables/fundingDecision").status()).isEqualTo(404);
  }

  @Test
  void badValuesAreAnswered400WithTheirReasonsAndNothingIsCreated() {
    var bad = applicant.post("/engine-rest/process-definition/key/cer-candidacy/start", candidacy()
        .string("doctorateDate", "hier")
        .string("applicantProfile", "CHERCHEUR")
        .file("motivationLetter", "lettre.docx", "PK not a pdf".getBytes(), "application/msword").body());

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.message()).contains("doctorateDate", "applicantProfile", "motivationLetter");
    assertThat(admin.get("/engine-rest/process-instance?maxResults=50&variables=applicantId_eq_" + applicantId).json()).isEmpty();
  }
}
