package fr.engagements.cesp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.engagements.casefile.Groups;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.directory.Directory;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.CespFixtures;
import fr.engagements.support.EngineTest;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CESP_12 and issue 14 over real HTTP: a UFR officer sees and acts on their own faculty's CESP applications only. The
 * officer of another faculty reaches nothing of the case — task lists, Tasklist's filters and counts, the task, its
 * variables and documents, the case's letters and documents — and a completion is refused in French; the faculty's own
 * officer sees and completes the task.
 */
@EngineTest
class CespUfrScopingHttpTest {

  @LocalServerPort
  int port;
  @Autowired
  CespCampaigns campaigns;
  @Autowired
  IdentitySeeder identity;
  @Autowired
  Directory directory;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;

  String ufrA;
  String ufrB;
  String officerA;
  String officerB;

  @BeforeEach
  void setUp() {
    ufrA = CespFixtures.newUfr();
    ufrB = CespFixtures.newUfr();
    officerA = "ufr-scope-" + ufrA;
    officerB = "ufr-scope-" + ufrB;
    identity.ensureUser(officerA, "Agnès", "Scolarité", officerA + "@example.fr", officerA, List.of(Groups.UFR));
    identity.ensureUser(officerB, "Bruno", "Scolarité", officerB + "@example.fr", officerB, List.of(Groups.UFR));
    CespFixtures.ufrOfficer(directory, campaigns.ensure(CespFixtures.campaign(2031, ufrA, 2)), officerA);
    CespFixtures.ufrOfficer(directory, campaigns.ensure(CespFixtures.campaign(2031, ufrB, 2)), officerB);
    CerFixtures.setToday(LocalDate.of(2031, 10, 1));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  private Http as(String user) {
    return Http.at(port).as(user, user);
  }

  private Vars application(String ufr) {
    Vars vars = Vars.of()
        .string("applicantId", CespFixtures.newApplicantId())
        .string("applicantName", "Yanis Mercier")
        .string("applicantEmail", "yanis.mercier@etu.example.fr")
        .integer("campaignYear", 2031)
        .string("ufr", ufr)
        .string("studyLevel", "RESIDENT")
        .integer("studyYear", 2)
        .bool("foreignNational", false)
        .string("expectedDiplomaDate", "2034-10-31")
        .string("bankAccountHolder", "Yanis Mercier");
    for (String doc : List.of("applicationForm", "schoolingCertificate", "identityDocument", "cv", "motivationLetter",
        "rankingDeclaration", "transcripts")) {
      vars.file(doc, doc + ".pdf", TestDocuments.PDF, "application/pdf");
    }
    ObjectNode iban = Http.object().put("value", CespFixtures.VALID_IBAN).put("type", "String");
    iban.putObject("valueInfo").put("transient", true);
    ObjectNode rib = Http.object().put("value", Base64.getEncoder().encodeToString(TestDocuments.PDF)).put("type", "File");
    rib.putObject("valueInfo").put("filename", "rib.pdf").put("mimetype", "application/pdf").put("transient", true);
    return vars.raw("iban", iban).raw("bankDetails", rib);
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }

  /** Everything a user may reach of a task and its case, by the paths Tasklist and our pages use. */
  private List<String> reachable(String user, Task task, String key) {
    Http http = as(user);
    List<String> reached = new ArrayList<>();
    if (ids(http.get("/engine-rest/task?maxResults=100&processInstanceId=" + task.getProcessInstanceId()).json()).contains(task.getId())) {
      reached.add("task list");
    }
    for (JsonNode filter : http.get("/engine-rest/filter?maxResults=100").json()) {
      if (ids(http.post("/engine-rest/filter/" + filter.path("id").asText() + "/list?maxResults=100", "{}").json())
          .contains(task.getId())) {
        reached.add("filter " + filter.path("name").asText());
      }
    }
    if (http.get("/engine-rest/task/count?processInstanceId=" + task.getProcessInstanceId()).json().path("count").asInt() > 0) {
      reached.add("count");
    }
    for (String path : List.of("/engine-rest/task/" + task.getId(), "/engine-rest/task/" + task.getId() + "/variables",
        "/engine-rest/task/" + task.getId() + "/variables/cv/data",
        "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables",
        "/api/letters?businessKey=" + key, "/api/cases/" + key + "/documents")) {
      if (http.get(path).status() == 200) {
        reached.add(path.replace(task.getId(), "{task}").replace(task.getProcessInstanceId(), "{case}").replace(key, "{key}"));
      }
    }
    return reached;
  }

  private Task awaitTask(String processInstanceId, String taskKey) {
    for (int guard = 0; guard < 20; guard++) {
      Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
      if (task != null) {
        return task;
      }
      for (Job job : management.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
        management.executeJob(job.getId());
      }
    }
    throw new AssertionError("no task " + taskKey + " in " + processInstanceId);
  }

  @Test
  void CESP_12_aUfrOfficerSeesAndActsOnTheirOwnFacultysApplicationsOnly() {
    Http.Response started = as(officerA).post("/engine-rest/process-definition/key/cesp-contract/submit-form",
        application(ufrA).body());
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pid = started.json().path("id").asText();
    String key = started.json().path("businessKey").asText();
    Task check = awaitTask(pid, "checkCompleteness");

    assertThat(reachable(officerB, check, key)).as("the officer of another faculty").isEmpty();
    assertThat(reachable(officerA, check, key)).as("the faculty's own officer")
        .contains("task list", "filter Tâches de mes groupes", "count", "/engine-rest/task/{task}", "/engine-rest/task/{task}/variables/cv/data",
            "/api/cases/{key}/documents");

    Vars complete = Vars.of().bool("dossierComplete", true);
    Http.Response refused = as(officerB).post("/engine-rest/task/" + check.getId() + "/complete", complete.body());
    assertThat(refused.status()).isIn(403, 404);
    assertThat(refused.body()).doesNotContain("Yanis");
    assertThat(tasks.createTaskQuery().taskId(check.getId()).count()).as("the task is still open").isOne();

    Http.Response done = as(officerA).post("/engine-rest/task/" + check.getId() + "/complete", complete.body());
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }
}
