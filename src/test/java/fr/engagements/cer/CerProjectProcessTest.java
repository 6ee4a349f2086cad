package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import fr.engagements.cer.allowance.CerAllowance;
import fr.engagements.allowance.LedgerEntry;
import fr.engagements.casefile.CaseJournal;
import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.cer.campaign.CerCampaignRepository;
import fr.engagements.cer.jury.JuryRole;
import fr.engagements.cer.jury.JuryService;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.support.JurySitting;
import fr.engagements.config.EngineClock;
import fr.engagements.casefile.Groups;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the project stage of cer-candidacy (process-contract.md steps 4–7), on the real engine. */
class CerProjectProcessTest extends CerProjectTestSupport {

  @Autowired
  fr.engagements.cer.campaign.CerCampaigns campaignSettings;


  @org.springframework.beans.factory.annotation.Autowired
  CaseJournal journal;

  @Autowired
  CerCampaignRepository campaigns;
  @Autowired
  JuryService juryService;

  // --- submitProject (CER_O1, CER_O2, CER_P2, CER_P4)

  @Test
  void CER_O1_theAdmittedApplicantFilesTheProjectBeforeTheCampaignDeadline() {
    ProcessInstance pi = admitted(eligible());

    Task task = taskOf(pi, Tasks.SUBMIT_PROJECT);
    assertThat(task).isAssignedTo(applicantOf(pi))
        .hasDueDate(Date.from(LocalDate.of(year + 3, 3, 31).atTime(23, 59, 59).atZone(EngineClock.ZONE).toInstant()));
    assertThat(task.getDescription()).contains("31/03/" + (year + 3), "CER_O1");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.PROJECT_DEADLINE_TIMER)
        .singleResult().getDuedate())
        .isEqualTo(Date.from(LocalDate.of(year + 3, 4, 1).atStartOfDay(EngineClock.ZONE).toInstant()));
  }

  @Test
  void CER_O2_P2_aProjectWithFewerThanSixResearchMonthsOrMissingDocumentsIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = admitted(eligible());
    VariableMap tooShort = project(5);
    tooShort.remove(CV.name());
    tooShort.putValue(RESIDENCY_PLAN.name(), TestDocuments.notPdf("maquette"));

    as(applicantOf(pi), Groups.CER_APPLICANTS);
    assertThatThrownBy(() -> complete(taskOf(pi, Tasks.SUBMIT_PROJECT), tooShort))
        .hasMessageContaining("au moins 6 mois").hasMessageContaining("CER_O2").hasMessageContaining("5 mois")
        .hasMessageContaining("cv").hasMessageContaining("residencyPlan");
    asSystem();

    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT);
    assertThat(taskOf(pi, Tasks.SIGN_DEAN)).isNull();
  }

  @Test
  void CER_P4_everySpecialtyInEverySubdivisionOfTheNationalListsIsOpen() {
    ProcessInstance pi = admitted(unfunded());
    submitProject(pi, project(6).putValue(SPECIALTY.name(), "Dermatologie et vénéréologie").putValue(SUBDIVISION.name(), "Toulouse"));

    assertThat(pi).isWaitingAt(Tasks.SIGN_LAB_DIRECTOR, Tasks.SIGN_HEAD_OF_DEPARTMENT, Tasks.SIGN_DEAN, Tasks.SIGN_DES_COORDINATOR);
    // nobody coordinates that DES in Toulouse in the demo directory: the secretariat holds the task, with the reason (issue 14)
    assertThat(taskOf(pi, Tasks.SIGN_DES_COORDINATOR)).hasCandidateGroup("des-coordinators.TOULOUSE.DERMATOLOGIE-ET-VENEREOL")
        .hasCandidateGroup(Groups.CER_SECRETARIAT);
    assertThat(taskOf(pi, Tasks.SIGN_DES_COORDINATOR).getDescription()).startsWith("En attente d'un agent")
        .contains("Dermatologie et vénéréologie — Toulouse");
  }

  @Test
  void CER_P4_aSpecialtyOrSubdivisionOutsideTheNationalListsIsRefusedInFrench() {
    ProcessInstance pi = admitted(unfunded());
    assertThatThrownBy(() -> submitProject(pi, project(6).putValue(SPECIALTY.name(), "Médecine polaire")
        .putValue(SUBDIVISION.name(), "Saint-Pierre-et-Miquelon")))
        .hasMessageContaining("« Médecine polaire » n'est pas un DES de la liste nationale")
        .hasMessageContaining("« Saint-Pierre-et-Miquelon » n'est pas une subdivision de la liste nationale");
    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT);
  }

  // --- signatures (CER_P3)

  @Test
  void CER_P3_allFiveApprovalsLeadToTheDefenseThenThePostDecision() {
    ProcessInstance pi = inSignatures(eligible());

    assertThat(pi).isWaitingAt(Tasks.SIGN_LAB_DIRECTOR, Tasks.SIGN_HEAD_OF_DEPARTMENT, Tasks.SIGN_DEAN, Tasks.SIGN_DES_COORDINATOR);
    for (Signer signer : PARALLEL_SIGNERS) {
      assertThat(taskOf(pi, signer.taskKey())).hasCandidateGroup(institutionGroup(signer))
          .hasDueDate(Date.from(LocalDate.of(year, 10, 22).atTime(9, 0).atZone(EngineClock.ZONE).toInstant()));
    }
    assertThat(taskOf(pi, Tasks.SIGN_DEAN).getDescription()).contains("Médecine cardiovasculaire", "Amiens", "18 mois", "tour de signatures n°1");

    sign(pi, Signer.LAB_DIRECTOR, true, null);
    sign(pi, Signer.HEAD_OF_DEPARTMENT, true, "Accueil confirmé.");
    sign(pi, Signer.DEAN, true, null);
    assertThat(taskOf(pi, Tasks.APPROVE_ARS)).as("the ARS is asked only after the DES coordinator agreed").isNull();

    sign(pi, Signer.DES_COORDINATOR, true, null);
    assertThat(pi).isWaitingAt(Tasks.APPROVE_ARS);
    assertThat(taskOf(pi, Tasks.APPROVE_ARS).getDescription()).contains("poste supplémentaire", "Déjà décidé",
        "Le doyen de la faculté d'accueil : accord", "Le coordonnateur de DES : accord");
    assertThat(taskOf(pi, Tasks.APPROVE_ARS)).hasCandidateGroup(Groups.ARS);
    sign(pi, Signer.ARS, true, null);

    assertThat(pi).isWaitingAt(Tasks.SCHEDULE_DEFENSE, Elements.NEXT_ALLOWANCE_TIMER);
    assertThat(taskOf(pi, Tasks.SCHEDULE_DEFENSE)).hasCandidateGroup(Groups.CER_SECRETARIAT);
    for (Signer signer : Signer.values()) {
      assertThat(runtimeVariable(pi, signer.approved().name())).as(signer.name()).isEqualTo(true);
      assertThat(runtimeVariable(pi, signer.signedBy().name())).isEqualTo(SIGNER_USERS.get(signer));
    }

    scheduleDefense(pi, LocalDate.of(year + 3, 5, 15));
    assertThat(pi).as("the post decision waits for the defense (CER_P9)").isWaitingAt(Elements.DEFENSE_DAY, Elements.NEXT_ALLOWANCE_TIMER);
    recordDefense(pi, true);
    assertThat(pi).isWaitingAt(Tasks.DECIDE_POST);
    assertThat(taskOf(pi, Tasks.DECIDE_POST)).hasCandidateGroup(Groups.CER_JURY)
        .hasDueDate(Date.from(LocalDate.of(year + 3, 6, 1).atStartOfDay(EngineClock.ZONE).toInstant()));
    assertThat(taskOf(pi, Tasks.DECIDE_POST).getDescription()).contains("15/05/" + (year + 3), "Médecine cardiovasculaire — Amiens", "CER_P8");
  }

  @ParameterizedTest
  @EnumSource(Signer.class)
  void CER_P3_aRefusalReturnsTheProjectWithTheRefusersReasonAndTheNextRoundStartsClean(Signer refuser) {
    ProcessInstance pi = inSignatures(eligible());
    if (refuser == Signer.ARS) {
      Arrays.stream(PARALLEL_SIGNERS).forEach(s -> sign(pi, s, true, "D'accord."));
    } else {
      sign(pi, refuser == Signer.DEAN ? Signer.LAB_DIRECTOR : Signer.DEAN, true, "D'accord.");
    }

    sign(pi, refuser, false, "Le projet ne prévoit pas d'encadrement.");

    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT, Elements.NEXT_ALLOWANCE_TIMER).hasPassed(Elements.RETURN_PROJECT);
    assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).as("open signatures cancelled").isEqualTo(1);
    String lastRefusal = (String) runtimeVariable(pi, LAST_REFUSAL.name());
    assertThat(lastRefusal).contains(refuser.role(), "(" + SIGNER_USERS.get(refuser) + ")", "Le projet ne prévoit pas d'encadrement.");
    assertThat(taskOf(pi, Tasks.SUBMIT_PROJECT).getDescription()).contains(lastRefusal);

    submitProject(pi, project(12));

    assertThat(pi).isWaitingAt(Tasks.SIGN_LAB_DIRECTOR, Tasks.SIGN_HEAD_OF_DEPARTMENT, Tasks.SIGN_DEAN, Tasks.SIGN_DES_COORDINATOR);
    assertThat(runtimeVariable(pi, PROJECT_ROUND.name())).isEqualTo(2);
    for (Signer signer : Signer.values()) {
      assertThat(runtimeVariable(pi, signer.approved().name())).as("%s cleared", signer).isNull();
      assertThat(runtimeVariable(pi, signer.comment().name())).isNull();
      assertThat(runtimeVariable(pi, signer.signedBy().name())).isNull();
    }
    List<Object> refusalHistory = historyService().createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().list()
        .stream().map(HistoricVariableUpdate.class::cast).filter(u -> u.getVariableName().equals(refuser.approved().name()))
        .map(HistoricVariableUpdate::getValue).toList();
    assertThat(refusalHistory).as("history keeps the first round").contains(false);
    assertThat(taskOf(pi, Tasks.SIGN_DEAN).getDescription()).contains("tour de signatures n°2").doesNotContain("Déjà décidé");

    allSign(pi);
    assertThat(pi).isWaitingAt(Tasks.SCHEDULE_DEFENSE);
    assertThat(runtimeVariable(pi, LAST_REFUSAL.name())).as("kept for the record").isEqualTo(lastRefusal);
  }

  @Test
  void CER_P3_aRefusalWithoutItsReasonIsRefused() {
    ProcessInstance pi = inSignatures(unfunded());

    as("doyen", Groups.DEANS);
    assertThatThrownBy(() -> complete(taskOf(pi, Tasks.SIGN_DEAN), withVariables(DEAN_APPROVED.name(), false)))
        .hasMessageContaining("deanComment").hasMessageContaining("obligatoire");
    assertThatThrownBy(() -> complete(taskOf(pi, Tasks.SIGN_DEAN), withVariables(DEAN_COMMENT.name(), "?")))
        .hasMessageContaining("deanApproved");
    asSystem();

    assertThat(taskOf(pi, Tasks.SIGN_DEAN)).isNotNull();
  }

  @Test
  void CER_P3_signersAreRemindedAtTheConfiguredIntervalWithoutCancellingTheirTask() {
    ProcessInstance pi = inSignatures(unfunded());
    sign(pi, Signer.DEAN, true, null);

    CerFixtures.setToday(LocalDate.of(year, 10, 8));
    executeDueJobs(pi);

    for (Signer signer : List.of(Signer.LAB_DIRECTOR, Signer.HEAD_OF_DEPARTMENT, Signer.DES_COORDINATOR)) {
      Task task = taskOf(pi, signer.taskKey());
      assertThat(task).as("%s still open", signer).isNotNull();
      assertThat(taskService().getVariableLocal(task.getId(), REMINDER_COUNT.name())).isEqualTo(1);
      assertThat(task.getFollowUpDate()).isEqualTo(Date.from(LocalDate.of(year, 10, 8).atTime(9, 0).atZone(EngineClock.ZONE).toInstant()));
    }
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).activityId("remindDean").count())
        .as("a signed task is no longer reminded").isZero();

    CerFixtures.setToday(LocalDate.of(year, 10, 15));
    executeDueJobs(pi);
    assertThat(taskService().getVariableLocal(taskOf(pi, Tasks.SIGN_LAB_DIRECTOR).getId(), REMINDER_COUNT.name())).isEqualTo(2);
    assertThat(pi).isWaitingAt(Tasks.SIGN_LAB_DIRECTOR, Tasks.SIGN_HEAD_OF_DEPARTMENT, Tasks.SIGN_DES_COORDINATOR);
  }

  @Test
  void CER_P3_theReminderIntervalIsACampaignSetting() {
    campaignSettings.setSignatureReminderDays(year, 3, "test");
    try {
      ProcessInstance pi = inSignatures(unfunded());
      CerFixtures.setToday(LocalDate.of(year, 10, 4));
      executeDueJobs(pi);
      assertThat(taskService().getVariableLocal(taskOf(pi, Tasks.SIGN_DEAN).getId(), REMINDER_COUNT.name()))
          .as("reminded after 3 days, not 7").isEqualTo(1);
      CerFixtures.setToday(LocalDate.of(year, 10, 7));
      executeDueJobs(pi);
      assertThat(taskService().getVariableLocal(taskOf(pi, Tasks.SIGN_DEAN).getId(), REMINDER_COUNT.name())).isEqualTo(2);
    } finally {
      campaignSettings.setSignatureReminderDays(year, null, "test");
    }
    assertThatThrownBy(() -> campaignSettings.setSignatureReminderDays(year, 0, "test")).hasMessageContaining("entre 1 et 60 jours");
  }

  @Test
  void CER_P3_F3_withdrawalDuringTheSignaturesEndsTheCandidacyBillsNothingAndThePublicServiceIsOwed() {
    ProcessInstance pi = inSignatures(eligible());
    sign(pi, Signer.LAB_DIRECTOR, true, null);
    sign(pi, Signer.DES_COORDINATOR, true, null);
    assertThat(pi).isWaitingAt(Tasks.SIGN_HEAD_OF_DEPARTMENT, Tasks.SIGN_DEAN, Tasks.APPROVE_ARS);

    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(businessKey(pi)).correlate();

    assertThat(pi).isEnded().hasPassed("endWithdrawn");
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("WITHDRAWN");
    assertNothingBilledAndServiceOwed(pi, 1); // October of the campaign year, the one month paid
    assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  // --- project deadline (CER_O1, CER_F3)

  @Test
  void CER_O1_F1_F3_aFundedCandidacyThatMissesTheProjectDeadlineEndsBillsNothingAndItsAllowanceGoesOn() {
    projectDeadline(LocalDate.of(year, 12, 15));
    ProcessInstance pi = admitted(eligible());
    CerFixtures.setToday(LocalDate.of(year, 11, 1));
    executeDueJobs(pi);
    CerFixtures.setToday(LocalDate.of(year, 12, 1));
    executeDueJobs(pi);
    CerFixtures.setToday(LocalDate.of(year, 12, 15));
    executeDueJobs(pi);
    assertThat(pi).as("the deadline day is not over").isWaitingAt(Tasks.SUBMIT_PROJECT);

    CerFixtures.setNow(LocalDate.of(year, 12, 16).atStartOfDay());
    executeDueJobs(pi);

    assertThat(pi).isEnded().hasPassed(Elements.END_PROJECT_NOT_FILED).hasNotPassed(Tasks.SIGN_DEAN);
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("PROJECT_NOT_FILED");
    assertThat(candidacies.get(businessKey(pi)).getOutcome()).isEqualTo(Outcome.PROJECT_NOT_FILED);
    assertThat(ledger.entriesOf(businessKey(pi))).as("nothing billed (CER_F3), nothing owed yet: the allowance goes on (CER_F1)")
        .noneMatch(e -> e.getKind() == LedgerEntry.Kind.REIMBURSEMENT_DUE || e.getKind() == LedgerEntry.Kind.SERVICE_OBLIGATION);
    var followUp = runtimeService().createProcessInstanceQuery().processDefinitionKey(CerPublicServiceProcess.KEY)
        .processInstanceBusinessKey(businessKey(pi)).singleResult();
    assertThat(followUp).isWaitingAt(CerPublicServiceProcess.Elements.NEXT_ALLOWANCE_TIMER);
    CerFixtures.setToday(LocalDate.of(year + 1, 1, 1));
    executeDueJobs(followUp);
    assertThat(ledger.allowanceMonthsPaid(businessKey(pi))).as("October to January").isEqualTo(4);
  }

  @Test
  void CER_O1_anUnfundedCandidacyThatMissesTheProjectDeadlineEndsOwingNothing() {
    ProcessInstance pi = admitted(unfunded());

    CerFixtures.setToday(LocalDate.of(year + 3, 4, 1));
    executeDueJobs(pi);

    assertThat(pi).isEnded().hasPassed(Elements.END_PROJECT_NOT_FILED);
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("PROJECT_NOT_FILED");
    assertNothingBilledAndServiceOwed(pi, 0);
    assertThat(ledger.entriesOf(businessKey(pi))).isEmpty();
  }

  // --- defense and post (CER_P5–P8)

  @Test
  void CER_P5_aDefenseDateInThePastIsRefused() {
    ProcessInstance pi = inSignatures(unfunded());
    allSign(pi);

    as("secretariat", Groups.CER_SECRETARIAT);
    assertThatThrownBy(() -> complete(taskOf(pi, Tasks.SCHEDULE_DEFENSE), withVariables(DEFENSE_DATE.name(), year + "-09-30")))
        .hasMessageContaining("defenseDate").hasMessageContaining("passée");
    assertThatThrownBy(() -> complete(taskOf(pi, Tasks.SCHEDULE_DEFENSE), withVariables(DEFENSE_DATE.name(), "bientôt")))
        .hasMessageContaining("AAAA-MM-JJ");
    asSystem();
    assertThat(pi).isWaitingAt(Tasks.SCHEDULE_DEFENSE);

    scheduleDefense(pi, LocalDate.of(year, 10, 1));
    assertThat(pi).isWaitingAt(Elements.DEFENSE_DAY);
    recordDefense(pi, true);
    assertThat(pi).isWaitingAt(Tasks.DECIDE_POST);
  }

  @Test
  void CER_P7_aPostDecisionStillPending14DaysBeforeTheMatchingDateEscalatesWithoutCancellingIt() {
    ProcessInstance pi = waitingForPostDecision(unfunded());

    CerFixtures.setNow(LocalDate.of(year + 3, 5, 31).atTime(23, 59));
    executeDueJobs(pi);
    assertThat(taskOf(pi, Tasks.ESCALATE_LATE_DECISION)).isNull();

    CerFixtures.setToday(LocalDate.of(year + 3, 6, 1));
    executeDueJobs(pi);

    assertThat(pi).isWaitingAt(Tasks.DECIDE_POST, Tasks.ESCALATE_LATE_DECISION);
    Task escalation = taskOf(pi, Tasks.ESCALATE_LATE_DECISION);
    assertThat(escalation).hasCandidateGroup(Groups.CER_SECRETARIAT);
    assertThat(escalation.getDescription()).contains("15/06/" + (year + 3), "CER_P7");
    completeAs("secretariat", Groups.CER_SECRETARIAT, pi, Tasks.ESCALATE_LATE_DECISION, java.util.Map.of());

    assertThat(pi).isWaitingAt(Tasks.DECIDE_POST).hasPassed("escalationHandled");
    decidePost(pi, PostDecision.REFUSED);
    assertThat(pi).isEnded();
  }

  @Test
  void CER_P6_aPostSessionWithoutValidCompositionCannotBeConvenedUntilCompleted() {
    JurySession session = postSession();
    session.removeMember("jury2");
    juryService.save(session);
    ProcessInstance pi = waitingForPostDecision(unfunded());
    JurySitting sitting = sitting().decide(key -> "GRANTED");

    assertThatThrownBy(() -> sitting.sit(sitting.sessionOf(pi.getId(), Tasks.DECIDE_POST, year)))
        .hasMessageContaining("CER_P6").hasMessageContaining("médecine-sciences");
    assertThat(pi).isWaitingAt(Tasks.DECIDE_POST);

    juryService.save(postSession().addMember("jury2", JuryRole.MED_SCI_NETWORK, "Réseau national médecine-sciences"));
    sitting.sit(sitting.sessionOf(pi.getId(), Tasks.DECIDE_POST, year));
    executeDueJobs(pi);
    assertThat(pi).isWaitingAt(Elements.RESEARCH_SERVABLE);
    assertThat(variable(pi, POST_DECIDED_BY.name())).isEqualTo(CerDemoData.PRESIDENT);
  }

  @Test
  void CER_P1_aRefusedPostEndsTheCandidacy() {
    ProcessInstance pi = waitingForPostDecision(eligible());

    String decide = taskOf(pi, Tasks.DECIDE_POST).getId();
    assertThatThrownBy(() -> taskService().complete(decide, withVariables(POST_DECISION.name(), "REFUSED", POST_RATIONALE.name(),
        "Seul."))).as("no decision without a signed session (CER_J5)").hasMessageContaining("prise en séance");
    decidePost(pi, PostDecision.REFUSED);

    assertThat(pi).isEnded().hasPassed(Elements.END_POST_REFUSED).hasNotPassed(Elements.GRANT_POST);
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("POST_REFUSED");
    assertThat(variable(pi, POST_RATIONALE.name())).isEqualTo("Soutenance convaincante, projet solide.");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    // CER_F1: the allowance goes on in the follow-up (CerPublicServiceProcessTest)
  }

  // --- the order of events (CER_P9)

  @Test
  void CER_P9_thePostIsDecidedOnlyAfterTheDefenseHasTakenPlace() {
    ProcessInstance pi = inSignatures(eligible());
    allSign(pi);
    scheduleDefense(pi, LocalDate.of(year + 3, 5, 15));

    assertThat(pi).isWaitingAt(Elements.DEFENSE_DAY);
    assertThat(taskOf(pi, Tasks.DECIDE_POST)).as("no post decision before the defense").isNull();
    assertThat(jurySessions.openItem(pi.getId(), Tasks.DECIDE_POST)).as("nor on any session's agenda").isEmpty();
    Job defenseDay = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.DEFENSE_DAY).singleResult();
    assertThat(defenseDay.getDuedate()).isEqualTo(Date.from(LocalDate.of(year + 3, 5, 15).atTime(18, 0).atZone(EngineClock.ZONE).toInstant()));

    recordDefense(pi, true);
    assertThat(pi).isWaitingAt(Tasks.DECIDE_POST);
    assertThat(jurySessions.openItem(pi.getId(), Tasks.DECIDE_POST)).isPresent();
    decidePost(pi, PostDecision.GRANTED);
    assertThat(pi).isWaitingAt(Elements.RESEARCH_SERVABLE);
  }

  @Test
  void CER_P10_researchMonthsAreConfirmedOnlyOnceTheyCanHaveBeenServed() {
    ProcessInstance pi = waitingForPostDecision(unfunded());
    decidePost(pi, PostDecision.GRANTED);

    assertThat(pi).isWaitingAt(Elements.RESEARCH_SERVABLE);
    assertThat(taskOf(pi, Tasks.CONFIRM_RESEARCH_PERIOD)).as("nobody can confirm months not yet served").isNull();
    LocalDate thirdCycle = CerAllowance.thirdCycleStart(DFASM1_START_DATE.get(runtimeService().getVariables(pi.getId())));
    int planned = (Integer) runtimeVariable(pi, RESEARCH_MONTHS.name());
    Job servable = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.RESEARCH_SERVABLE).singleResult();
    assertThat(planned).isEqualTo(18);
    assertThat(servable.getDuedate()).as("the end of the 3rd cycle (CER_O2): 4 years of DES of cardiology, more than the 18 months planned")
        .isEqualTo(Date.from(thirdCycle.plusYears(4).atStartOfDay(EngineClock.ZONE).toInstant()));

    researchServable(pi);
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_RESEARCH_PERIOD);
  }

  @Test
  void CER_P9_aStudentAbsentAtTheDefenseEndsWithItsOwnOutcomeAndLetter() {
    ProcessInstance pi = inSignatures(unfunded());
    allSign(pi);
    scheduleDefense(pi, LocalDate.of(year + 3, 5, 15));
    recordDefense(pi, false);

    assertThat(pi).isEnded().hasPassed(Elements.END_DEFENSE_MISSED).hasNotPassed(Tasks.DECIDE_POST);
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("DEFENSE_MISSED");
    assertThat(variable(pi, DEFENSE_REMARKS.name())).isEqualTo("Absent, sans justification.");
  }

  // --- obligations (CER_O2, CER_F3)

  @Test
  void CER_O2_F3_aGrantedPostThenSixMonthsOfResearchCompleteTheCandidacyAndAFundedOneOwesPublicService() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    decidePost(pi, PostDecision.GRANTED);
    researchServable(pi);

    assertThat(pi).isWaitingAt(Tasks.CONFIRM_RESEARCH_PERIOD);
    assertThat(taskOf(pi, Tasks.CONFIRM_RESEARCH_PERIOD)).hasCandidateGroup(Groups.DES_COORDINATORS);
    assertThat(runtimeVariable(pi, ASSIGNED_POST.name())).isEqualTo("Médecine cardiovasculaire — Amiens");
    // the public service owed is recorded when the allowance stops (CerPublicServiceProcessTest: 35 months at the 3rd cycle)
    assertThat(runtimeVariable(pi, SERVICE_OBLIGATION_MONTHS.name())).isNull();

    as("coordonnateur", Groups.DES_COORDINATORS);
    assertThatThrownBy(() -> complete(taskOf(pi, Tasks.CONFIRM_RESEARCH_PERIOD), withVariables(RESEARCH_MONTHS_COMPLETED.name(), -1)))
        .hasMessageContaining("researchMonthsCompleted");
    asSystem();
    confirmResearchPeriod(pi, 6);

    assertThat(pi).isEnded().hasPassed(Elements.END_RESEARCH_COMPLETED);
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("RESEARCH_COMPLETED");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(REIMBURSEMENT_DUE_CENTS.name()).count()).isZero();
  }

  @Test
  void CER_O2_anUnfundedGrantedPostOwesNoPublicService() {
    ProcessInstance pi = waitingForPostDecision(unfunded());
    decidePost(pi, PostDecision.GRANTED);
    confirmResearchPeriod(pi, 24);

    assertThat(pi).isEnded().hasPassed(Elements.END_RESEARCH_COMPLETED);
    assertThat(variable(pi, ASSIGNED_POST.name())).isEqualTo("Médecine cardiovasculaire — Amiens");
    assertThat(ledger.entriesOf(businessKey(pi))).isEmpty();
  }

  @Test
  void CER_O2_F3_fewerThanSixMonthsOfResearchAreRecordedAndReportedToTheJuryAndNeverBilled() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    CerFixtures.setToday(LocalDate.of(year, 11, 1));
    executeDueJobs(pi); // November paid
    decidePost(pi, PostDecision.GRANTED);

    confirmResearchPeriod(pi, 5);

    assertThat(pi).isEnded().hasPassed(Elements.END_RESEARCH_BREACHED);
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("RESEARCH_OBLIGATION_BREACHED");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(REIMBURSEMENT_DUE_CENTS.name()).count()).as("a research shortfall is never billed (CER_F3)").isZero();
    assertThat(ledger.entriesOf(businessKey(pi))).noneMatch(e -> e.getKind() == LedgerEntry.Kind.REIMBURSEMENT_DUE);
    assertThat(journal.of(businessKey(pi))).filteredOn(e -> e.kind().equals("RESEARCH_SHORTFALL")).singleElement()
        .extracting(CaseJournal.Entry::text).asString().contains("5 mois accomplis pour 6 exigés", "signalé au jury national");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    // the allowance, still due here (the test did not run its months), goes on in the follow-up (CER_F1)
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(CerPublicServiceProcess.KEY)
        .processInstanceBusinessKey(businessKey(pi)).singleResult()).isWaitingAt(CerPublicServiceProcess.Elements.NEXT_ALLOWANCE_TIMER);
  }

  private void projectDeadline(LocalDate deadline) {
    CerCampaign campaign = campaigns.findById(year).orElseThrow();
    campaign.setProjectDeadline(deadline);
    campaigns.save(campaign);
  }

  private JurySession postSession() {
    return juryService.sessionFor(year, JurySession.Kind.POST).orElseThrow();
  }
}
