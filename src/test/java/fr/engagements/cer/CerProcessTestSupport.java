package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.cer.candidacy.CandidacyService;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JurySessions;
import fr.engagements.identity.DemoProfile;
import fr.engagements.casefile.Groups;
import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.support.Allowances;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.JurySitting;
import fr.engagements.support.TestDirectory;
import fr.engagements.support.EngineTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** The real engine, a fresh campaign per test, and the steps of a candidacy as the users perform them. */
@EngineTest
public abstract class CerProcessTestSupport {

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected CerDemoData demo;
  @Autowired
  protected DemoProfile demoProfile;
  @Autowired
  protected AllowanceRates allowanceRates;
  @Autowired
  protected Ledger ledger;
  @Autowired
  protected CandidacyService candidacies;

  protected int year;

  @Autowired
  protected DirectoryDemoData directoryDemo;
  @Autowired
  protected JurySessions jurySessions;

  @BeforeEach
  void initEngine() {
    BpmnAwareTests.init(engine);
    TestDirectory.ensure(demoProfile, directoryDemo);
    year = campaignYear();
    CerFixtures.setToday(LocalDate.of(year, 10, 1));
  }

  /**
   * The campaign of the next test: a new one (years are few: 2000–2100). A class whose tests neither count
   * funded places nor depend on each other may share one (see {@link #sharedCampaign}).
   */
  protected int campaignYear() {
    return CerFixtures.newCampaign(demo, quota());
  }

  /** One campaign for all the tests of a class: pass a static holder, e.g. {@code sharedCampaign(SHARED)}. */
  protected int sharedCampaign(int[] holder) {
    if (holder[0] == 0) {
      holder[0] = CerFixtures.newCampaign(demo, quota());
    }
    return holder[0];
  }

  @AfterEach
  void resetEngine() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  /** The funded quota of this test's campaign. */
  protected int quota() {
    return 10;
  }

  protected VariableMap eligible() {
    return CerFixtures.eligibleCandidacy(year, CerFixtures.newApplicantId());
  }

  protected ProcessInstance start(Map<String, Object> variables) {
    return runtimeService().startProcessInstanceByKey(KEY, variables);
  }

  /**
   * Runs the next steps as this user (the engine's authentication, as the REST API would set it): their groups
   * in the identity service (institution groups included), and these.
   */
  protected void as(String userId, String... groups) {
    engine.getIdentityService().setAuthentication(userId, TestDirectory.groupsOf(engine.getIdentityService(), userId, groups));
  }

  protected void asSystem() {
    engine.getIdentityService().clearAuthentication();
  }

  protected Task taskOf(ProcessInstance pi, String taskKey) {
    return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  protected void completeAs(String userId, String group, ProcessInstance pi, String taskKey, Map<String, Object> vars) {
    as(userId, group);
    try {
      complete(taskOf(pi, taskKey), vars);
    } finally {
      asSystem();
    }
  }

  protected void verifyDossier(ProcessInstance pi, boolean complete, String remarks) {
    completeAs("secretariat", Groups.CER_SECRETARIAT, pi, Tasks.VERIFY_DOSSIER,
        withVariables(DOSSIER_COMPLETE.name(), complete, DOSSIER_REMARKS.name(), remarks));
  }

  /** The national jury decides in session (CER_J5): a whole sitting where every voter votes for this decision. */
  protected void decideEntry(ProcessInstance pi, EntryDecision decision) {
    JurySitting sitting = sitting().decide(key -> decision.name()).motivation("Parcours de recherche solide et projet motivé.");
    sitting.sit(sitting.sessionOf(pi.getId(), Tasks.DECIDE_ENTRY, year));
  }

  /** A sitting of the jury to set up (links, absences, individual votes) before it sits. */
  protected JurySitting sitting() {
    return new JurySitting(engine, jurySessions, demo);
  }

  /** Executes the pending job of this instance (async step, timer), as the job executor would. */
  protected void executeJob(ProcessInstance pi) {
    Job job = managementService().createJobQuery().processInstanceId(pi.getId()).executable().singleResult();
    if (job == null) {
      throw new AssertionError("No executable job in " + pi.getId());
    }
    execute(job);
  }

  /** Executes the jobs of this instance that are due now, until none is. */
  protected void executeDueJobs(ProcessInstance pi) {
    for (int guard = 0; guard < 100; guard++) {
      List<Job> due = managementService().createJobQuery().processInstanceId(pi.getId()).executable().list();
      if (due.isEmpty()) {
        return;
      }
      execute(due.get(0));
    }
    throw new AssertionError("Jobs keep coming in " + pi.getId());
  }

  /** A candidacy taken through verification and admission, its funding decided, waiting in submitProject. */
  protected ProcessInstance admitted(VariableMap variables) {
    ProcessInstance pi = start(variables);
    verifyDossier(pi, true, null);
    decideEntry(pi, EntryDecision.ADMITTED);
    executeDueJobs(pi);
    return pi;
  }

  protected Object variable(ProcessInstance pi, String name) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
        .singleResult().getValue();
  }

  /**
   * CER_F3: an early end (withdrawal, project not filed, research shortfall) bills nothing; each funded month paid stays
   * owed as a month of public service after the residency, recorded once in the ledger.
   */
  protected void assertNothingBilledAndServiceOwed(ProcessInstance pi, int monthsOwed) {
    org.assertj.core.api.Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(CerCandidacyProcess.REIMBURSEMENT_DUE_CENTS.name()).count()).as("no sum claimed").isZero();
    List<fr.engagements.allowance.LedgerEntry> entries = ledger.entriesOf(pi.getBusinessKey());
    org.assertj.core.api.Assertions.assertThat(entries).noneMatch(e -> e.getKind() == fr.engagements.allowance.LedgerEntry.Kind.REIMBURSEMENT_DUE);
    if (monthsOwed == 0) {
      org.assertj.core.api.Assertions.assertThat(entries).noneMatch(e -> e.getKind() == fr.engagements.allowance.LedgerEntry.Kind.SERVICE_OBLIGATION);
    } else {
      org.assertj.core.api.Assertions.assertThat(entries).filteredOn(e -> e.getKind() == fr.engagements.allowance.LedgerEntry.Kind.SERVICE_OBLIGATION)
          .singleElement().satisfies(e -> {
            org.assertj.core.api.Assertions.assertThat(e.getMonths()).isEqualTo(monthsOwed);
            org.assertj.core.api.Assertions.assertThat(e.getNote()).contains("CER_F3", "sans remboursement");
          });
      org.assertj.core.api.Assertions.assertThat(variable(pi, CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS.name())).isEqualTo(monthsOwed);
    }
  }

  /** Expected allowance sums at the rates of the table (CER_F1, CESP_2). */
  protected Allowances allowance() {
    return Allowances.of(allowanceRates, ContractKind.CER);
  }
}
