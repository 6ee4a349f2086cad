package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import fr.engagements.directory.Directory;
import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.identity.DemoProfile;
import fr.engagements.support.TestDirectory;
import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.Ledger;
import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.allocation.Allocation;
import fr.engagements.cesp.allocation.AllocationLogEntry;
import fr.engagements.cesp.application.CespApplications;
import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.cesp.contract.ReferenceData;
import fr.engagements.casefile.Groups;
import fr.engagements.support.Allowances;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.CespFixtures;
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

/** The real engine; a faculty of its own per test (campaign 2030, today 1 October 2030); the users' steps. */
@EngineTest
public abstract class CespProcessTestSupport {

  protected static final int YEAR = 2030;

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected AllowanceRates allowanceRates;
  @Autowired
  protected CespCampaigns campaigns;
  @Autowired
  protected CespApplications applications;
  @Autowired
  protected Allocation allocation;
  @Autowired
  protected ReferenceData reference;
  @Autowired
  protected Ledger ledger;
  @Autowired
  protected DemoProfile demo;
  @Autowired
  protected DirectoryDemoData directoryDemo;
  @Autowired
  protected Directory directory;

  protected String ufr;
  protected CespCampaign campaign;

  @BeforeEach
  void initEngine() {
    BpmnAwareTests.init(engine);
    ufr = CespFixtures.newUfr();
    campaign = campaigns.ensure(CespFixtures.campaign(YEAR, ufr, quota()));
    TestDirectory.ensure(demo, directoryDemo);
    CespFixtures.ufrOfficer(directory, campaign, "ufr");
    CerFixtures.setToday(LocalDate.of(YEAR, 10, 1));
  }

  @AfterEach
  void resetEngine() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  protected int quota() {
    return 2;
  }

  protected static void today(LocalDate day) {
    CerFixtures.setToday(day);
  }

  protected VariableMap application() {
    return CespFixtures.application(YEAR, ufr, CespFixtures.newApplicantId());
  }

  protected ProcessInstance apply(Map<String, Object> variables) {
    return runtimeService().startProcessInstanceByKey(KEY, variables);
  }

  protected ProcessInstance startCampaign() {
    return runtimeService().startProcessInstanceByKey(CespCampaignProcess.KEY,
        Map.of(CespCampaignProcess.CAMPAIGN_YEAR.name(), YEAR, CespCampaignProcess.UFR.name(), ufr));
  }

  /** Runs the next steps as this user: their groups in the identity service (institution groups included), and these. */
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
      Task task = taskOf(pi, taskKey);
      if (task == null) {
        throw new AssertionError("No task " + taskKey + " in " + businessKey(pi));
      }
      complete(task, vars);
    } finally {
      asSystem();
    }
  }

  protected String businessKey(ProcessInstance pi) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }

  protected Object variable(ProcessInstance pi, String name) {
    var values = historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name).list();
    return values.isEmpty() ? null : values.get(0).getValue();
  }

  /** Executes the due jobs of these instances (timers, async steps), as the job executor would, until none is due. */
  protected void runJobs(ProcessInstance... instances) {
    List<String> ids = Arrays.stream(instances).map(ProcessInstance::getId).toList();
    for (int guard = 0; guard < 500; guard++) {
      Job due = ids.stream()
          .flatMap(id -> managementService().createJobQuery().processInstanceId(id).executable().list().stream())
          .findFirst().orElse(null);
      if (due == null) {
        return;
      }
      managementService().executeJob(due.getId());
    }
    throw new AssertionError("Jobs keep coming");
  }

  // --- the users' steps

  protected void checkCompleteness(ProcessInstance pi, boolean complete, String remarks) {
    completeAs("ufr", Groups.UFR, pi, Tasks.CHECK_COMPLETENESS,
        withVariables(DOSSIER_COMPLETE.name(), complete, DOSSIER_REMARKS.name(), remarks));
  }

  /** The commission's opinion; the declared rank (CESP_11) confirmed as the commission's rank. */
  protected void recordOpinion(ProcessInstance pi, CommissionList list, Integer rank) {
    recordOpinion(pi, list, rank, rank);
  }

  protected void recordOpinion(ProcessInstance pi, CommissionList list, Integer rank, Integer declaredRank) {
    completeAs("ufr", Groups.UFR, pi, Tasks.RECORD_COMMISSION_OPINION, withVariables(
        COMMISSION_OPINION.name(), list == CommissionList.NOT_RETAINED ? "UNFAVORABLE" : "FAVORABLE",
        COMMISSION_LIST.name(), list.name(), COMMISSION_RANK.name(), rank,
        COMMISSION_RATIONALE.name(), "Projet d'installation motivé et cohérent.", DECLARED_RANK.name(), declaredRank));
  }

  /** A complete application of this kind (a resident in 2nd year of residency), ranked by the commission. */
  protected ProcessInstance ranked(StudyLevel level, CommissionList list, int rank, int declaredRank) {
    VariableMap variables = application();
    if (level == StudyLevel.RESIDENT) {
      variables.putValue(STUDY_LEVEL.name(), "RESIDENT").putValue(STUDY_YEAR.name(), 2);
    }
    ProcessInstance pi = apply(variables);
    checkCompleteness(pi, true, null);
    recordOpinion(pi, list, rank, declaredRank);
    return pi;
  }

  /** A complete application ranked by the commission. */
  protected ProcessInstance ranked(CommissionList list, Integer rank) {
    ProcessInstance pi = apply(application());
    checkCompleteness(pi, true, null);
    recordOpinion(pi, list, rank);
    return pi;
  }

  /** The UFR closes the applications early, then the commission; lists are drawn and first offers made. */
  protected void closeCommission(ProcessInstance campaignPi) {
    completeAs("ufr", Groups.UFR, campaignPi, CespCampaignProcess.Tasks.CLOSE_APPLICATIONS,
        withVariables(CespCampaignProcess.CLOSE_EARLY_CONFIRMED.name(), true));
    completeAs("ufr", Groups.UFR, campaignPi, CespCampaignProcess.Tasks.CLOSE_COMMISSION,
        withVariables(CespCampaignProcess.COMMISSION_DATE.name(), YEAR + "-10-01"));
    runJobs(campaignPi);
  }

  protected void sign(ProcessInstance pi, boolean signed, ProcessInstance campaignPi) {
    String applicant = (String) runtimeService().getVariable(pi.getId(), APPLICANT_ID.name());
    completeAs(applicant, "none", pi, Tasks.SIGN_CONTRACT, withVariables(CONTRACT_SIGNED.name(), signed));
    runJobs(pi, campaignPi);
  }

  protected void register(ProcessInstance pi, LocalDate allowanceStart) {
    completeAs("cng", Groups.CNG, pi, Tasks.REGISTER_CONTRACT,
        withVariables(BANK_DETAILS_CHECKED.name(), true, ALLOWANCE_START_DATE.name(), allowanceStart.toString()));
  }

  /**
   * A contract signed on 1 October 2030 and registered, its first month (October) paid; quota 2, the
   * campaign process still running. Returns {contract, campaign}.
   */
  protected ProcessInstance[] contractInForce() {
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance pi = ranked(CommissionList.MAIN, 1);
    closeCommission(campaignPi);
    sign(pi, true, campaignPi);
    register(pi, LocalDate.of(YEAR, 10, 1));
    runJobs(pi);
    return new ProcessInstance[] {pi, campaignPi};
  }

  /** Moves the clock to the 1st of each month from {@code from} through {@code to}, running due jobs. */
  protected void monthByMonth(LocalDate from, LocalDate to, ProcessInstance... instances) {
    for (LocalDate day = from.withDayOfMonth(1); !day.isAfter(to); day = day.plusMonths(1)) {
      today(day);
      runJobs(instances);
    }
  }

  protected List<AllocationLogEntry> allocationLog() {
    return allocation.logOf(campaign.getId());
  }

  /** Expected allowance sums at the rates of the table (CER_F1, CESP_2). */
  protected Allowances allowance() {
    return Allowances.of(allowanceRates, ContractKind.CESP);
  }
}
