package fr.engagements.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.cesp.CespCampaignProcess;
import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.directory.Directory;
import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.identity.DemoProfile;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.CespFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.support.JurySittingHttp;
import fr.engagements.support.TestDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18: every reader of a case — its timeline, its letters (list and PDF), its documents (ours and the
 * engine's), the personal-data export — answers exactly what {@link CaseAccess} says, for the applicant, a
 * stranger applicant of the same and of the other contract, each actor group of the other contract, a recused
 * juror, the national bodies and an administrator. The leak it closes: a CESP applicant, the UFR or the CNG
 * read another person's CER timeline (200).
 */
@EngineTest
class CaseAccessHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  DemoProfile demoProfile;
  @Autowired
  CerDemoData demo;
  @Autowired
  IdentitySeeder identity;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CespCampaigns cespCampaigns;
  @Autowired
  Directory directory;
  @Autowired
  DirectoryDemoData directoryDemo;

  Http http;

  /** Readers of a case: what a user asks, and how the answer is read. */
  enum Reader { TIMELINE, LETTERS, LETTER_PDF, DOCUMENTS, DOCUMENT, ENGINE_DOCUMENT }

  record Case(String businessKey, String processInstanceId, String applicant, long letterId, String document) {
  }

  @BeforeEach
  void setUp() {
    TestDirectory.ensure(demoProfile, directoryDemo);
    http = Http.at(port);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  private String user(String group) {
    String id = group.equals(Groups.CER_APPLICANTS) ? CerFixtures.newApplicantId() : CespFixtures.newApplicantId();
    identity.ensureUser(id, "Prénom", "Nom", id + "@etu.example.fr", id, List.of(group));
    return id;
  }

  /** A CER candidacy admitted by the jury (letters, documents), from which jury1 recused themselves. */
  private Case cerCase() {
    int year = CerFixtures.newCampaign(demo, 10);
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    demo.planSession(year, JurySession.Kind.ENTRY, "Séance du 1er octobre " + year, LocalDate.of(year, 10, 1));
    String alice = user(Groups.CER_APPLICANTS);
    JsonNode started = http.as(alice, alice).post("/engine-rest/process-definition/key/cer-candidacy/start",
        CerFixtures.restCandidacy(year, alice).body()).json();
    String pid = started.path("id").asText();
    Http secretariat = http.as("secretariat", "secretariat");
    String verify = secretariat.get("/engine-rest/task?maxResults=10&processInstanceId=" + pid).json().get(0).path("id").asText();
    assertThat(secretariat.post("/engine-rest/task/" + verify + "/complete", Vars.of().bool("dossierComplete", true).body())
        .status()).isEqualTo(204);
    // the jury sits that day: jury1 declares a link with the candidate (recused), the others admit
    new JurySittingHttp(http).link("jury1", started.path("businessKey").asText(), "FAMILY").decision("ADMITTED")
        .sit(started.path("businessKey").asText());
    runJobs(pid);
    return withLetter(started.path("businessKey").asText(), pid, alice, "motivationLetter");
  }

  /** A CESP application of the faculty of Amiens (Hauts-de-France) offered a contract (offer letter, documents). */
  private Case cespCase() {
    int year = 2031;
    String ufr = CespFixtures.newUfr();
    CespFixtures.ufrOfficer(directory, cespCampaigns.ensure(CespFixtures.campaign(year, ufr, 2)), "ufr");
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
    String bob = user(Groups.CESP_APPLICANTS);
    var runtime = engine.getRuntimeService();
    ProcessInstance campaign = runtime.startProcessInstanceByKey(CespCampaignProcess.KEY,
        Map.of(CespCampaignProcess.CAMPAIGN_YEAR.name(), year, CespCampaignProcess.UFR.name(), ufr));
    ProcessInstance pi = runtime.startProcessInstanceByKey(CespContractProcess.KEY, CespFixtures.application(year, ufr, bob));
    complete(pi.getId(), CespContractProcess.Tasks.CHECK_COMPLETENESS, Map.of(CespContractProcess.DOSSIER_COMPLETE.name(), true));
    complete(pi.getId(), CespContractProcess.Tasks.RECORD_COMMISSION_OPINION, Map.of(
        CespContractProcess.COMMISSION_OPINION.name(), "FAVORABLE", CespContractProcess.COMMISSION_LIST.name(), "MAIN",
        CespContractProcess.COMMISSION_RANK.name(), 1, CespContractProcess.COMMISSION_RATIONALE.name(), "Projet motivé.",
        CespContractProcess.DECLARED_RANK.name(), 1));
    complete(campaign.getId(), CespCampaignProcess.Tasks.CLOSE_APPLICATIONS,
        Map.of(CespCampaignProcess.CLOSE_EARLY_CONFIRMED.name(), true));
    complete(campaign.getId(), CespCampaignProcess.Tasks.CLOSE_COMMISSION,
        Map.of(CespCampaignProcess.COMMISSION_DATE.name(), year + "-10-01"));
    runJobs(campaign.getId());
    runJobs(pi.getId());
    String businessKey = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey();
    return withLetter(businessKey, pi.getId(), bob, "motivationLetter");
  }

  private Case withLetter(String businessKey, String pid, String applicant, String document) {
    JsonNode letters = http.as("demo", "demo").get("/api/letters?businessKey=" + businessKey).json();
    assertThat(letters).as("the case has a decision letter").isNotEmpty();
    return new Case(businessKey, pid, applicant, letters.get(0).path("id").asLong(), document);
  }

  private void complete(String pid, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), variables);
  }

  private void runJobs(String pid) {
    var management = engine.getManagementService();
    for (int guard = 0; guard < 200; guard++) {
      var due = management.createJobQuery().processInstanceId(pid).executable().list();
      if (due.isEmpty()) {
        return;
      }
      management.executeJob(due.get(0).getId());
    }
  }

  private int status(Reader reader, Case c, String user) {
    Http as = http.as(user, user);
    String path = switch (reader) {
      case TIMELINE -> "/api/candidacies/" + c.businessKey() + "/timeline";
      case LETTERS -> "/api/letters?businessKey=" + c.businessKey();
      case LETTER_PDF -> "/api/letters/" + c.letterId() + ".pdf";
      case DOCUMENTS -> "/api/cases/" + c.businessKey() + "/documents";
      case DOCUMENT -> "/api/cases/" + c.businessKey() + "/documents/" + c.document();
      case ENGINE_DOCUMENT -> "/engine-rest/process-instance/" + c.processInstanceId() + "/variables/" + c.document() + "/data";
    };
    Http.Response response = as.get(path);
    if (response.status() == 403 && reader != Reader.ENGINE_DOCUMENT) {
      assertThat(response.message()).as(reader + " " + user + ": a reason in French").containsAnyOf("dossier", "récusé");
    }
    return response.status();
  }

  /** The answers of every reader, except the engine's own document path, for one user. */
  private List<String> answers(Case c, String user, List<Reader> readers) {
    List<String> answers = new ArrayList<>();
    for (Reader reader : readers) {
      answers.add(reader + "=" + status(reader, c, user));
    }
    return answers;
  }

  private static List<String> all(List<Reader> readers, int status) {
    return readers.stream().map(r -> r + "=" + status).toList();
  }

  @Test
  @DisplayName("Une candidature CER : le candidat, le secrétariat et l'administrateur la lisent ; les autres candidats, les acteurs du"
      + " CESP et le juré récusé, non — par chacun des chemins")
  void aCerCandidacyIsReadExactlyByThoseTheAccessRuleNames() {
    Case cer = cerCase();
    List<Reader> readers = List.of(Reader.TIMELINE, Reader.LETTERS, Reader.LETTER_PDF, Reader.DOCUMENTS, Reader.DOCUMENT);
    String stranger = user(Groups.CER_APPLICANTS);
    String cespApplicant = user(Groups.CESP_APPLICANTS);

    assertThat(answers(cer, cer.applicant(), readers)).isEqualTo(all(readers, 200));
    assertThat(answers(cer, "secretariat", readers)).isEqualTo(all(readers, 200));
    assertThat(answers(cer, "demo", readers)).isEqualTo(all(readers, 200));
    assertThat(answers(cer, "jury2", readers)).isEqualTo(all(readers, 200));
    // the signers take part once the project names their institutions (CER_P11): not at the entry stage
    for (String refused : List.of(stranger, cespApplicant, "ufr", "cng", "jury1", "directeur", "doyen", "ars")) {
      assertThat(answers(cer, refused, readers)).as(refused).isEqualTo(all(readers, 403));
      assertThat(status(Reader.ENGINE_DOCUMENT, cer, refused)).as(refused + " through the engine").isIn(403, 404);
    }
    assertThat(status(Reader.ENGINE_DOCUMENT, cer, cer.applicant())).isEqualTo(200);
    assertThat(status(Reader.ENGINE_DOCUMENT, cer, "secretariat")).isEqualTo(200);
  }

  @Test
  @DisplayName("Un dossier CESP : le candidat, l'UFR, le CNG, l'ARS et l'administrateur le lisent ; les candidats et acteurs du CER,"
      + " non — par chacun des chemins")
  void aCespApplicationIsReadExactlyByThoseTheAccessRuleNames() {
    Case cesp = cespCase();
    List<Reader> readers = List.of(Reader.LETTERS, Reader.LETTER_PDF, Reader.DOCUMENTS, Reader.DOCUMENT);
    String stranger = user(Groups.CESP_APPLICANTS);
    String cerApplicant = user(Groups.CER_APPLICANTS);

    for (String allowed : List.of(cesp.applicant(), "ufr", "cng", "ars", "demo")) {
      assertThat(answers(cesp, allowed, readers)).as(allowed).isEqualTo(all(readers, 200));
    }
    // CESP_12: the UFR of another faculty and the ARS of another region neither
    for (String refused : List.of(stranger, cerApplicant, "etudiant", "secretariat", "jury1", "observateur", "directeur",
        "chefservice", "doyen", "coordonnateur", "ufr2", "ars2")) {
      assertThat(answers(cesp, refused, readers)).as(refused).isEqualTo(all(readers, 403));
      assertThat(status(Reader.ENGINE_DOCUMENT, cesp, refused)).as(refused + " through the engine").isIn(403, 404);
    }
    assertThat(status(Reader.TIMELINE, cesp, "demo")).as("the case history page is the CER's").isEqualTo(404);
  }

  @Test
  @DisplayName("L'export des données d'une personne : l'administrateur seul ; 403 en français pour la personne et les autres")
  void thePersonalDataExportIsForAdministratorsOnly() {
    String someone = user(Groups.CER_APPLICANTS);
    for (String refused : List.of(someone, "secretariat", "ufr", "cng", "jury1")) {
      Http.Response r = http.as(refused, refused).get("/api/admin/persons/" + someone + "/export");
      assertThat(r.status()).as(refused).isEqualTo(403);
      assertThat(r.message()).contains("administrateurs");
    }
    assertThat(http.as("demo", "demo").get("/api/admin/persons/" + someone + "/export").status()).isEqualTo(200);
  }
}
