package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.directory.AgentRole;
import fr.engagements.directory.Directory;
import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.directory.Institution;
import fr.engagements.directory.InstitutionKind;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.notification.OutboxMail;
import fr.engagements.support.Notifications;
import fr.engagements.support.Http;
import fr.engagements.support.Http.Vars;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14 over real HTTP (CER_P11): each signer, the DES coordinator and the ARS see and act on the projects that
 * name their institution only — an agent of another laboratory, department, faculty, subdivision or region reaches
 * neither the task (lists, Tasklist's query and filters, counts, the task, its variables and documents) nor the case
 * (timeline, letters, documents), and completing is refused in French. A new dean takes over the open tasks; a task
 * whose institution has nobody waits with the secretariat, and the administrators are told.
 */
class InstitutionScopingHttpTest extends CerProjectTestSupport {

  private static final String TASKLIST_QUERY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"orQueries\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  @LocalServerPort
  int port;
  @Autowired
  Directory directory;
  @Autowired
  IdentitySeeder identity;

  /** The demo project in Île-de-France: its signers are the "2" demo users, its ARS ars2. */
  private static VariableMap parisProject() {
    return project(12)
        .putValue(SPECIALTY.name(), DirectoryDemoData.PARIS_SPECIALTY)
        .putValue(SUBDIVISION.name(), DirectoryDemoData.PARIS_SUBDIVISION)
        .putValue(LABORATORY.name(), DirectoryDemoData.PARIS_LAB)
        .putValue(HOST_DEPARTMENT.name(), DirectoryDemoData.PARIS_DEPARTMENT)
        .putValue(FACULTY.name(), DirectoryDemoData.PARIS_FACULTY);
  }

  private Http as(String user) {
    return Http.at(port).as(user, user);
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }

  /** Everything a user may reach of a task and its case, by every path Tasklist and our pages use. */
  private List<String> reachable(String user, Task task) {
    Http http = as(user);
    String key = businessKey(runtimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult());
    List<String> reached = new ArrayList<>();
    if (ids(http.get("/engine-rest/task?maxResults=100&processInstanceId=" + task.getProcessInstanceId()).json())
        .contains(task.getId())) {
      reached.add("task list");
    }
    if (ids(http.post("/engine-rest/task?firstResult=0&maxResults=50", TASKLIST_QUERY).json()).contains(task.getId())) {
      reached.add("Tasklist query");
    }
    for (JsonNode filter : http.get("/engine-rest/filter?maxResults=100").json()) {
      String id = filter.path("id").asText();
      if (ids(http.post("/engine-rest/filter/" + id + "/list?maxResults=100", "{}").json()).contains(task.getId())) {
        reached.add("filter " + filter.path("name").asText());
      }
    }
    if (http.get("/engine-rest/task/count?processInstanceId=" + task.getProcessInstanceId()).json().path("count").asInt() > 0) {
      reached.add("count");
    }
    for (String path : List.of("/engine-rest/task/" + task.getId(), "/engine-rest/task/" + task.getId() + "/variables",
        "/engine-rest/task/" + task.getId() + "/variables/" + SCIENTIFIC_PROJECT.name() + "/data",
        "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables",
        "/api/candidacies/" + key + "/timeline", "/api/letters?businessKey=" + key, "/api/cases/" + key + "/documents")) {
      if (http.get(path).status() == 200) {
        reached.add(path.replace(task.getId(), "{task}").replace(task.getProcessInstanceId(), "{case}").replace(key, "{key}"));
      }
    }
    return reached;
  }

  private void assertOnlyTheInstitutionsAgentActs(Task task, String agent, String other, Vars approval) {
    assertThat(reachable(other, task)).as(other + " on " + task.getName()).isEmpty();
    assertThat(reachable(agent, task)).as(agent + " on " + task.getName())
        .contains("task list", "Tasklist query", "filter Tâches de mes groupes", "count", "/engine-rest/task/{task}",
            "/engine-rest/task/{task}/variables/scientificProject/data", "/api/candidacies/{key}/timeline",
            "/api/cases/{key}/documents");
    Http.Response refused = as(other).post("/engine-rest/task/" + task.getId() + "/complete", approval.body());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.message()).contains("ne vous est pas confié", "autre établissement").doesNotContain(task.getId());
    Http.Response done = as(agent).post("/engine-rest/task/" + task.getId() + "/complete", approval.body());
    assertThat(done.status()).as(done.body()).isEqualTo(204);
  }

  @Test
  @DisplayName("CER_P11 : chaque signataire, le coordonnateur de DES et l'ARS n'atteignent que les projets de leur établissement")
  void CER_P11_eachAgentSeesAndSignsOnlyTheProjectsOfTheirInstitution() {
    ProcessInstance amiens = inSignatures(eligible());
    ProcessInstance paris = admitted(eligible());
    submitProject(paris, parisProject());

    assertOnlyTheInstitutionsAgentActs(taskOf(amiens, Tasks.SIGN_LAB_DIRECTOR), "directeur", "directeur2",
        Vars.of().bool("labDirectorApproved", true));
    assertOnlyTheInstitutionsAgentActs(taskOf(paris, Tasks.SIGN_LAB_DIRECTOR), "directeur2", "directeur",
        Vars.of().bool("labDirectorApproved", true));
    assertOnlyTheInstitutionsAgentActs(taskOf(amiens, Tasks.SIGN_HEAD_OF_DEPARTMENT), "chefservice", "chefservice2",
        Vars.of().bool("headOfDepartmentApproved", true));
    assertOnlyTheInstitutionsAgentActs(taskOf(paris, Tasks.SIGN_HEAD_OF_DEPARTMENT), "chefservice2", "chefservice",
        Vars.of().bool("headOfDepartmentApproved", true));
    assertOnlyTheInstitutionsAgentActs(taskOf(amiens, Tasks.SIGN_DEAN), "doyen", "doyen2", Vars.of().bool("deanApproved", true));
    assertOnlyTheInstitutionsAgentActs(taskOf(paris, Tasks.SIGN_DEAN), "doyen2", "doyen", Vars.of().bool("deanApproved", true));
    // the DES coordinator of the specialty in the project's subdivision (CER_P3)
    assertOnlyTheInstitutionsAgentActs(taskOf(amiens, Tasks.SIGN_DES_COORDINATOR), "coordonnateur", "coordonnateur2",
        Vars.of().bool("desCoordinatorApproved", true));
    assertOnlyTheInstitutionsAgentActs(taskOf(paris, Tasks.SIGN_DES_COORDINATOR), "coordonnateur2", "coordonnateur",
        Vars.of().bool("desCoordinatorApproved", true));
    executeDueJobs(amiens);
    executeDueJobs(paris);

    // the ARS of the subdivision's region opens the post: Hauts-de-France for Amiens, Île-de-France for Paris
    assertOnlyTheInstitutionsAgentActs(taskOf(amiens, Tasks.APPROVE_ARS), "ars", "ars2",
        Vars.of().bool("arsApproved", true).string("arsComment", "Poste ouvert."));
    assertOnlyTheInstitutionsAgentActs(taskOf(paris, Tasks.APPROVE_ARS), "ars2", "ars",
        Vars.of().bool("arsApproved", true).string("arsComment", "Poste ouvert."));
    executeDueJobs(amiens);
    executeDueJobs(paris);
    assertThat(amiens).isWaitingAt(Tasks.SCHEDULE_DEFENSE);
    assertThat(paris).isWaitingAt(Tasks.SCHEDULE_DEFENSE);
  }

  /** A faculty of its own for a test that changes its dean, with its dean. */
  private Institution faculty(String dean) {
    String code = "FAC-" + year;
    identity.ensureUser(dean, "Doyen", code, dean + "@example.fr", dean, List.of(Groups.DEANS));
    Institution faculty = directory.ensureInstitution(InstitutionKind.FACULTY, code, "Faculté de test " + year, "HDF");
    directory.addAgent(faculty, AgentRole.DEAN, dean, false, "demo");
    return faculty;
  }

  @Test
  @DisplayName("Un nouveau doyen reprend les signatures en cours ; l'historique du dossier le dit")
  void aNewDeanTakesOverTheOpenSignaturesAndTheTimelineSaysSo() {
    String former = "doyen-a-" + year;
    String successor = "doyen-b-" + year;
    Institution faculty = faculty(former);
    identity.ensureUser(successor, "Nouveau", "Doyen", successor + "@example.fr", successor, List.of());
    ProcessInstance pi = admitted(eligible());
    submitProject(pi, project(12).putValue(FACULTY.name(), faculty.getCode()));
    Task sign = taskOf(pi, Tasks.SIGN_DEAN);
    assertThat(as(former).post("/engine-rest/task/" + sign.getId() + "/claim", Http.object().put("userId", former)).status())
        .isEqualTo(204);

    directory.replaceAgent(directory.agents(faculty, AgentRole.DEAN).get(0), successor, "demo");

    assertThat(taskOf(pi, Tasks.SIGN_DEAN).getAssignee()).as("released by the former dean").isNull();
    assertThat(reachable(former, sign)).isEmpty();
    assertThat(reachable(successor, sign)).contains("filter Tâches de mes groupes", "/engine-rest/task/{task}");
    JsonNode timeline = as("demo").get("/api/candidacies/" + businessKey(pi) + "/timeline").json();
    assertThat(timeline.path("events").toString()).contains("HANDOVER", "n'agit plus pour Faculté de test " + year,
        "revient à Nouveau Doyen");
    assertThat(as(successor).post("/engine-rest/task/" + sign.getId() + "/complete", Vars.of().bool("deanApproved", true).body())
        .status()).isEqualTo(204);
  }

  @Test
  @DisplayName("Sans agent, la tâche attend au secrétariat avec la raison ; l'administrateur est prévenu ; l'agent nommé la reprend")
  void aTaskWithoutAnAgentWaitsWithTheSecretariatUntilOneIsNamed() {
    String dean = "doyen-c-" + year;
    Institution faculty = faculty(dean);
    directory.removeAgent(directory.agents(faculty, AgentRole.DEAN).get(0), "demo");
    ProcessInstance pi = admitted(eligible());
    submitProject(pi, project(12).putValue(FACULTY.name(), faculty.getCode()));
    Task sign = taskOf(pi, Tasks.SIGN_DEAN);

    assertThat(sign.getDescription()).startsWith("En attente d'un agent : aucun(e) doyen de la faculté n'est enregistré(e) pour"
        + " Faculté de test " + year);
    assertThat(reachable("secretariat", sign)).contains("filter Tâches de mes groupes");
    Http.Response premature = as("secretariat").post("/engine-rest/task/" + sign.getId() + "/complete",
        Vars.of().bool("deanApproved", true).body());
    assertThat(premature.status()).as("the secretariat does not sign in the dean's place").isEqualTo(409);
    assertThat(premature.message()).contains("attend un agent");
    assertThat(Notifications.all(engine, businessKey(pi)).stream().filter(m -> Groups.ADMIN.equals(m.toGroup()))
        .map(OutboxMail::subject))
        .as("the administrators are told").anyMatch(subject -> subject.contains("attend un agent") && subject.contains(businessKey(pi)));
    assertThat(as("demo").get("/api/admin/directory/waiting").body()).contains(sign.getId(), "deans." + faculty.getCode());

    directory.addAgent(faculty, AgentRole.DEAN, dean, false, "demo");

    assertThat(reachable("secretariat", sign)).doesNotContain("filter Tâches de mes groupes");
    assertThat(taskOf(pi, Tasks.SIGN_DEAN).getDescription()).doesNotContain("En attente d'un agent");
    assertThat(as(dean).post("/engine-rest/task/" + sign.getId() + "/complete", Vars.of().bool("deanApproved", true).body())
        .status()).isEqualTo(204);
  }
}
