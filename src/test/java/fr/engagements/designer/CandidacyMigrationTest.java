package fr.engagements.designer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.config.ProcessModelDeployer;
import fr.engagements.casefile.Groups;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The migration path of processes/README.md ("Migrer les candidatures en cours"): after a designer
 * renamed "Vérifier le dossier d'entrée" and added "Accuser réception du dossier", the candidacies
 * waiting on the previous version — at completeDossier (with its 30-day timer), verifyDossier,
 * decideEntry, the asynchronous funding decision, and submitProject with the monthly allowance timer —
 * are moved to the new version by the plan {@code POST /engine-rest/migration/generate} gives (equal
 * activities, event triggers kept) and the batch {@code POST /engine-rest/migration/executeAsync}
 * runs. Each keeps its activities, variables (entry-dossier PDFs included) and timers, and continues on
 * the new version.
 */
class CandidacyMigrationTest extends CerProcessTestSupport {

  @Autowired
  RepositoryService repository;
  @Autowired
  ProcessModelDeployer deployer;

  @AfterEach
  void restoreTheModelOfProcesses() {
    CandidacyModelChange.redeployProcesses(deployer, engine);
  }

  @Test
  void waitingCandidaciesMoveToTheNewVersionWithTheirVariablesDocumentsAndTimersAndContinueOnIt() {
    ProcessDefinition previous = CandidacyModelChange.latest(repository);
    VariableMap partial = eligible();
    partial.remove(MOTIVATION_LETTER.name());
    ProcessInstance atCompleteDossier = start(partial);
    ProcessInstance atVerifyDossier = start(eligible());
    // the jury decides in session every candidacy on its agenda (CER_J5): the one left waiting comes last
    ProcessInstance atDecideFunding = start(eligible());
    verifyDossier(atDecideFunding, true, null);
    decideEntry(atDecideFunding, EntryDecision.ADMITTED);
    ProcessInstance atSubmitProject = admitted(eligible());
    ProcessInstance atDecideEntry = start(eligible());
    verifyDossier(atDecideEntry, true, null);
    List<ProcessInstance> waiting = List.of(atCompleteDossier, atVerifyDossier, atDecideEntry, atDecideFunding, atSubmitProject);

    assertThat(atCompleteDossier).isWaitingAt(Tasks.COMPLETE_DOSSIER);
    assertThat(atVerifyDossier).isWaitingAt(Tasks.VERIFY_DOSSIER);
    assertThat(atDecideEntry).isWaitingAt(Tasks.DECIDE_ENTRY);
    assertThat(atDecideFunding).isWaitingAt(Elements.DECIDE_FUNDING);
    assertThat(atSubmitProject).isWaitingAt(Tasks.SUBMIT_PROJECT, Elements.NEXT_ALLOWANCE_TIMER);
    Map<String, Map<String, Object>> variablesBefore = new LinkedHashMap<>();
    Map<String, List<String>> activitiesBefore = new LinkedHashMap<>();
    Map<String, List<Date>> timersBefore = new LinkedHashMap<>();
    for (ProcessInstance pi : waiting) {
      variablesBefore.put(pi.getId(), comparable(runtimeService().getVariablesTyped(pi.getId(), true)));
      activitiesBefore.put(pi.getId(), activities(pi));
      timersBefore.put(pi.getId(), timers(pi));
    }

    ProcessDefinition next = CandidacyModelChange.deploy(repository, CandidacyModelChange.changed());
    migrate(previous, next, "CER-" + year + "-%");

    for (ProcessInstance pi : waiting) {
      String key = businessKey(pi);
      assertThat(definitionOf(pi)).as("%s is on the new version", key).isEqualTo(next.getId());
      assertThat(activities(pi)).as("%s waits where it waited", key).isEqualTo(activitiesBefore.get(pi.getId()));
      assertThat(comparable(runtimeService().getVariablesTyped(pi.getId(), true)))
          .as("%s keeps every variable, documents included", key).isEqualTo(variablesBefore.get(pi.getId()));
      assertThat(timers(pi)).as("%s keeps its timers and their due dates", key).isEqualTo(timersBefore.get(pi.getId()));
    }
    assertThat(timersBefore.get(atCompleteDossier.getId())).as("the 30-day abandonment timer").hasSize(1);
    assertThat(timersBefore.get(atSubmitProject.getId())).as("the next allowance payment and the project deadline").hasSize(2);

    // each continues, on the new version's path
    complete(task(atCompleteDossier), withVariables(MOTIVATION_LETTER.name(), TestDocuments.pdf("motivation")));
    assertThat(atCompleteDossier).isWaitingAt(Tasks.VERIFY_DOSSIER);
    verifyDossier(atCompleteDossier, true, null);
    assertThat(atCompleteDossier).as("the added step").isWaitingAt(CandidacyModelChange.ADDED_TASK);
    assertThat(atCompleteDossier).task().hasCandidateGroup(Groups.CER_SECRETARIAT);

    verifyDossier(atVerifyDossier, true, null);
    assertThat(atVerifyDossier).isWaitingAt(CandidacyModelChange.ADDED_TASK);
    complete(task(atVerifyDossier));
    assertThat(atVerifyDossier).isWaitingAt(Tasks.DECIDE_ENTRY);

    decideEntry(atDecideEntry, EntryDecision.ADMITTED);
    executeDueJobs(atDecideEntry);
    assertThat(atDecideEntry).isWaitingAt(Tasks.SUBMIT_PROJECT, Elements.NEXT_ALLOWANCE_TIMER);
    assertThat(atDecideEntry).variables().containsEntry(FUNDING_DECISION.name(), "FUNDED");

    executeDueJobs(atDecideFunding);
    assertThat(atDecideFunding).isWaitingAt(Tasks.SUBMIT_PROJECT, Elements.NEXT_ALLOWANCE_TIMER);
    assertThat(atDecideFunding).variables().containsEntry(FUNDING_DECISION.name(), "FUNDED")
        .containsEntry(ALLOWANCE_PAID_CENTS.name(), allowance().gross(LocalDate.of(year, 10, 1), 1));

    CerFixtures.setToday(LocalDate.of(year, 11, 1));
    executeDueJobs(atSubmitProject);
    assertThat(ledger.allowanceMonthsPaid(businessKey(atSubmitProject))).as("the allowance goes on monthly").isEqualTo(2);
    assertThat(task(atSubmitProject).getTaskDefinitionKey()).isEqualTo(Tasks.SUBMIT_PROJECT);
    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(businessKey(atSubmitProject)).correlate();
    assertThat(atSubmitProject).isEnded().hasPassed("endWithdrawn");
    assertThat(variable(atSubmitProject, OUTCOME.name())).isEqualTo("WITHDRAWN");
    assertNothingBilledAndServiceOwed(atSubmitProject, 2);
  }

  /**
   * What an administrator does over REST: {@code POST /migration/generate} (equal activities, event
   * triggers not updated) then {@code POST /migration/executeAsync} with a process-instance query; the
   * batch's jobs are run here as the job executor would.
   */
  private void migrate(ProcessDefinition source, ProcessDefinition target, String businessKeyLike) {
    MigrationPlan plan = runtimeService().createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
    assertThat(plan.getInstructions()).extracting(i -> i.getSourceActivityId())
        .contains(Tasks.COMPLETE_DOSSIER, Tasks.VERIFY_DOSSIER, Tasks.DECIDE_ENTRY, Tasks.SUBMIT_PROJECT,
            Elements.DECIDE_FUNDING, Elements.NEXT_ALLOWANCE_TIMER, Elements.DOSSIER_DEADLINE_TIMER, Elements.WITHDRAWAL_START);
    Batch batch = runtimeService().newMigration(plan)
        .processInstanceQuery(runtimeService().createProcessInstanceQuery().processDefinitionId(source.getId())
            .processInstanceBusinessKeyLike(businessKeyLike))
        .executeAsync();
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = new ArrayList<>(managementService().createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list());
      jobs.addAll(managementService().createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list());
      if (jobs.isEmpty()) {
        break;
      }
      jobs.forEach(job -> managementService().executeJob(job.getId()));
    }
    managementService().deleteBatch(batch.getId(), true);
  }

  private String definitionOf(ProcessInstance pi) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId();
  }

  private List<String> activities(ProcessInstance pi) {
    return runtimeService().getActiveActivityIds(pi.getId()).stream().sorted().toList();
  }

  private List<Date> timers(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).timers().list().stream()
        .map(Job::getDuedate).sorted().toList();
  }

  /** Variables as comparable values: documents by name, type and content. */
  private static Map<String, Object> comparable(VariableMap variables) {
    Map<String, Object> values = new TreeMap<>();
    for (String name : variables.keySet()) {
      TypedValue value = variables.getValueTyped(name);
      if (value instanceof FileValue file) {
        byte[] bytes = readAll(file);
        values.put(name, "File " + file.getFilename() + " " + file.getMimeType() + " " + Base64.getEncoder().encodeToString(bytes));
      } else {
        values.put(name, value.getValue() instanceof byte[] b ? Arrays.toString(b) : value.getValue());
      }
    }
    return values;
  }

  private static byte[] readAll(FileValue file) {
    try (var in = file.getValue()) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private String businessKey(ProcessInstance pi) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }
}
