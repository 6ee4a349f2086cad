package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.allowance.LedgerEntry;
import fr.engagements.allowance.LedgerEntry.Kind;
import fr.engagements.cesp.privacy.RestrictedData;
import fr.engagements.casefile.Groups;
import fr.engagements.process.CaseInputException;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CESP_2, CESP_3, CESP_7, CESP_9, CESP_10: the contract from its registration to the end of the commitment, and its events. */
class CespContractLifeProcessTest extends CespProcessTestSupport {

  private static final LocalDate DIPLOMA = LocalDate.of(YEAR + 1, 6, 30);

  @Autowired
  RestrictedData restricted;

  private String key(ProcessInstance pi) {
    return businessKey(pi);
  }

  /** The months served today, computed from the dates (what My cases shows). */
  private Integer monthsServed(ProcessInstance pi) {
    return fr.engagements.cesp.contract.Commitment.monthsServed(name -> runtimeService().getVariable(pi.getId(), name),
        LocalDate.ofInstant(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), fr.engagements.config.EngineClock.ZONE));
  }

  private List<LocalDate> paidMonths(ProcessInstance pi) {
    return ledger.entriesOf(key(pi)).stream().filter(e -> e.getKind() == Kind.ALLOWANCE).map(LedgerEntry::getPeriod).toList();
  }

  /** Pays each month until the diploma, which the UFR records; the beneficiary chooses a place, which the ARS validates. */
  private void studiesEndAndInstallationApproved(ProcessInstance pi) {
    monthByMonth(LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR + 1, 6, 1), pi);
    today(DIPLOMA);
    completeAs("ufr", Groups.UFR, pi, Tasks.CONFIRM_END_OF_STUDIES, withVariables(DIPLOMA_DATE.name(), DIPLOMA.toString()));
    today(LocalDate.of(YEAR + 1, 7, 1));
    runJobs(pi);
    String applicant = (String) runtimeService().getVariable(pi.getId(), APPLICANT_ID.name());
    completeAs(applicant, "none", pi, Tasks.CHOOSE_PRACTICE_PLACE, withVariables(PRACTICE_PLACE.name(), "HDF-02-HIRSON-MG",
        PRACTICE_MODE.name(), "SALARIED", COMMITMENT_START_DATE.name(), (YEAR + 1) + "-09-01"));
    completeAs("ars", Groups.ARS, pi, Tasks.APPROVE_INSTALLATION, withVariables(INSTALLATION_APPROVED.name(), true));
  }

  @Test
  void CESP_3_aContractRunsFromSignatureToTheEndOfTheCommitment() {
    ProcessInstance pi = contractInForce()[0];
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES, Elements.NEXT_ALLOWANCE_TIMER);
    assertThat(task(pi)).hasCandidateGroup(Groups.UFR);
    assertThat(paidMonths(pi)).containsExactly(LocalDate.of(YEAR, 10, 1));

    monthByMonth(LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR + 1, 6, 1), pi);
    // replaying a month already paid pays nothing (one ledger entry per contract and month)
    runtimeService().createProcessInstanceModification(pi.getId()).startBeforeActivity(Elements.PAY_ALLOWANCE)
        .setVariable(ALLOWANCE_MONTH.name(), (YEAR + 1) + "-06-01").execute();
    runJobs(pi);
    assertThat(paidMonths(pi)).hasSize(9).doesNotHaveDuplicates();

    today(DIPLOMA);
    assertThatThrownBy(() -> completeAs("ufr", Groups.UFR, pi, Tasks.CONFIRM_END_OF_STUDIES,
        withVariables(DIPLOMA_DATE.name(), (YEAR + 1) + "-07-15"))).hasMessageContaining("futur");
    completeAs("ufr", Groups.UFR, pi, Tasks.CONFIRM_END_OF_STUDIES, withVariables(DIPLOMA_DATE.name(), DIPLOMA.toString()));
    today(LocalDate.of(YEAR + 1, 7, 1));
    runJobs(pi);
    // October to June: 9 months at their rates; nothing after the diploma
    assertThat(paidMonths(pi)).hasSize(9).endsWith(LocalDate.of(YEAR + 1, 6, 1));
    assertThat(ledger.allowanceNetPaid(key(pi))).isEqualTo(allowance().net(LocalDate.of(YEAR, 10, 1), 9));
    assertThat(runtimeService().getVariable(pi.getId(), ALLOWANCE_PAID_CENTS.name()))
        .isEqualTo(allowance().gross(LocalDate.of(YEAR, 10, 1), 9));
    assertThat(pi).hasPassed("allowanceEnded").isWaitingAt(Tasks.CHOOSE_PRACTICE_PLACE);

    String applicant = (String) runtimeService().getVariable(pi.getId(), APPLICANT_ID.name());
    assertThat(task(pi).getDescription()).contains("HDF-80-ABBEVILLE-MG").doesNotContain("IDF-77");
    assertThatThrownBy(() -> completeAs(applicant, "none", pi, Tasks.CHOOSE_PRACTICE_PLACE, withVariables(PRACTICE_PLACE.name(),
        "IDF-77-PROVINS-MG", PRACTICE_MODE.name(), "PRIVATE", COMMITMENT_START_DATE.name(), (YEAR + 1) + "-09-01")))
        .hasMessageContaining("hors de votre région");
    assertThatThrownBy(() -> completeAs(applicant, "none", pi, Tasks.CHOOSE_PRACTICE_PLACE, withVariables(PRACTICE_PLACE.name(),
        "PARIS-16", PRACTICE_MODE.name(), "PRIVATE", COMMITMENT_START_DATE.name(), (YEAR + 1) + "-09-01")))
        .hasMessageContaining("liste nationale");
    completeAs(applicant, "none", pi, Tasks.CHOOSE_PRACTICE_PLACE, withVariables(PRACTICE_PLACE.name(), "HDF-80-ABBEVILLE-MG",
        PRACTICE_MODE.name(), "PRIVATE", COMMITMENT_START_DATE.name(), (YEAR + 1) + "-09-01"));

    // the ARS of another region cannot decide; the region's ARS sends the choice back, then validates the next one
    assertOnlyTheRegionsArsActs(pi, Tasks.APPROVE_INSTALLATION, "ars2");
    completeAs("ars", Groups.ARS, pi, Tasks.APPROVE_INSTALLATION,
        withVariables(INSTALLATION_APPROVED.name(), false, ARS_COMMENT.name(), "Préférez le centre de santé d'Hirson."));
    assertThat(task(pi).getDescription()).contains("Préférez le centre de santé d'Hirson.");
    completeAs(applicant, "none", pi, Tasks.CHOOSE_PRACTICE_PLACE, withVariables(PRACTICE_PLACE.name(), "HDF-02-HIRSON-MG",
        PRACTICE_MODE.name(), "SALARIED", COMMITMENT_START_DATE.name(), (YEAR + 1) + "-09-01"));
    completeAs("ars", Groups.ARS, pi, Tasks.APPROVE_INSTALLATION, withVariables(INSTALLATION_APPROVED.name(), true));

    // CESP_3: as many months as paid, and at least 24
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_MONTHS_REQUIRED.name())).isEqualTo(24);
    assertThat(ledger.entriesOf(key(pi))).filteredOn(e -> e.getKind() == Kind.SERVICE_OBLIGATION)
        .extracting(LedgerEntry::getMonths).containsExactly(24);
    monthByMonth(LocalDate.of(YEAR + 1, 10, 1), LocalDate.of(YEAR + 3, 7, 1), pi);
    // started 1 September 2031: 22 monthly anniversaries by 1 July 2033, the 24th on 1 September 2033
    assertThat(monthsServed(pi)).isEqualTo(22);
    assertThat(pi).isWaitingAt(Elements.COMMITMENT_END_TIMER);
    today(LocalDate.of(YEAR + 3, 9, 1));
    runJobs(pi);
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_COMMITMENT_END);
    assertThat(task(pi)).hasCandidateGroup(Groups.ARS);
    completeAs("ars", Groups.ARS, pi, Tasks.CONFIRM_COMMITMENT_END, withVariables(COMMITMENT_END_REMARKS.name(), "Exercice accompli à Hirson."));

    assertThat(pi).isEnded().hasPassed("endCommitmentFulfilled");
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("COMMITMENT_FULFILLED");
    assertThat(applications.get(key(pi)).getOutcome()).isEqualTo(Outcome.COMMITMENT_FULFILLED);
  }

  @Test
  void CESP_3_theCommitmentLastsAsLongAsTheAllowanceWhenLongerThanTwoYears() {
    assertThat(fr.engagements.cesp.contract.Commitment.requiredMonths(9)).isEqualTo(24);
    assertThat(fr.engagements.cesp.contract.Commitment.requiredMonths(24)).isEqualTo(24);
    assertThat(fr.engagements.cesp.contract.Commitment.requiredMonths(41)).isEqualTo(41);
  }

  @Test
  void CESP_10_aSuspensionStopsTheAllowanceUntilItsResumption() {
    ProcessInstance pi = contractInForce()[0];
    String key = key(pi);
    monthByMonth(LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR, 12, 1), pi);

    // illness: the reason and the evidence are transient, kept apart for cng and ars
    assertThatThrownBy(() -> runtimeService().createMessageCorrelation(MESSAGE_SUSPENSION).processInstanceBusinessKey(key)
        .setVariable(SUSPENSION_REASON.name(), "ILLNESS").setVariable(SUSPENSION_DATE.name(), YEAR + "-12-15").correlate())
        .hasMessageContaining("variable transitoire");
    today(LocalDate.of(YEAR, 12, 15));
    runtimeService().createMessageCorrelation(MESSAGE_SUSPENSION).processInstanceBusinessKey(key)
        .setVariable(SUSPENSION_REASON.name(), Variables.stringValue("ILLNESS", true))
        .setVariable(SUSPENSION_DATE.name(), YEAR + "-12-15")
        .setVariable(HEALTH_EVIDENCE.name(), Variables.fileValue("arret.pdf").file(TestDocuments.PDF).mimeType("application/pdf")
            .setTransient(true).create())
        .correlate();
    assertThat(runtimeService().getVariable(pi.getId(), SUSPENDED.name())).isEqualTo(true);
    assertThatThrownBy(() -> runtimeService().createMessageCorrelation(MESSAGE_SUSPENSION).processInstanceBusinessKey(key)
        .setVariable(SUSPENSION_REASON.name(), Variables.stringValue("PARENTAL_LEAVE", true))
        .setVariable(SUSPENSION_DATE.name(), YEAR + "-12-20").correlate()).hasMessageContaining("déjà suspendu");

    monthByMonth(LocalDate.of(YEAR + 1, 1, 1), LocalDate.of(YEAR + 1, 2, 1), pi);
    today(LocalDate.of(YEAR + 1, 2, 10));
    runtimeService().createMessageCorrelation(MESSAGE_RESUMPTION).processInstanceBusinessKey(key)
        .setVariable(RESUMPTION_DATE.name(), (YEAR + 1) + "-02-10").correlate();
    monthByMonth(LocalDate.of(YEAR + 1, 3, 1), LocalDate.of(YEAR + 1, 4, 1), pi);

    assertThat(paidMonths(pi)).containsExactly(LocalDate.of(YEAR, 10, 1), LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR, 12, 1),
        LocalDate.of(YEAR + 1, 3, 1), LocalDate.of(YEAR + 1, 4, 1));
    assertThat(runtimeService().getVariable(pi.getId(), ALLOWANCE_MONTHS_SUSPENDED.name())).isEqualTo(2);
    assertThat(runtimeService().getVariable(pi.getId(), ALLOWANCE_PAID_CENTS.name()))
        .isEqualTo(allowance().gross(LocalDate.of(YEAR, 10, 1), 3) + allowance().gross(LocalDate.of(YEAR + 1, 3, 1), 2));

    for (String name : List.of(SUSPENSION_REASON.name(), HEALTH_EVIDENCE.name())) {
      assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name).count())
          .as(name).isZero();
    }
    assertThat(restricted.readSuspensions(key, "ars", List.of(Groups.ARS))).singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("ILLNESS")).satisfies(s -> assertThat(s.evidenceFilename()).isEqualTo("arret.pdf"));
    assertThatThrownBy(() -> restricted.readSuspensions(key, "ufr", List.of(Groups.UFR))).isInstanceOf(CaseInputException.class);
  }

  @Test
  void CESP_10_aSuspensionStopsTheCommitmentClockUntilItsResumption() {
    ProcessInstance pi = contractInForce()[0];
    String key = key(pi);
    studiesEndAndInstallationApproved(pi);
    monthByMonth(LocalDate.of(YEAR + 1, 10, 1), LocalDate.of(YEAR + 1, 12, 1), pi);
    assertThat(monthsServed(pi)).isEqualTo(3);

    today(LocalDate.of(YEAR + 1, 12, 5));
    runtimeService().createMessageCorrelation(MESSAGE_SUSPENSION).processInstanceBusinessKey(key)
        .setVariable(SUSPENSION_REASON.name(), Variables.stringValue("PARENTAL_LEAVE", true))
        .setVariable(SUSPENSION_DATE.name(), (YEAR + 1) + "-12-05").correlate();
    monthByMonth(LocalDate.of(YEAR + 2, 1, 1), LocalDate.of(YEAR + 2, 4, 1), pi);
    assertThat(monthsServed(pi)).isEqualTo(3);

    today(LocalDate.of(YEAR + 2, 4, 10));
    runtimeService().createMessageCorrelation(MESSAGE_RESUMPTION).processInstanceBusinessKey(key)
        .setVariable(RESUMPTION_DATE.name(), (YEAR + 2) + "-04-10").correlate();
    // the four anniversaries of the suspension (1 January to 1 April) move the end by four months
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_MONTHS_SUSPENDED.name())).isEqualTo(4);
    monthByMonth(LocalDate.of(YEAR + 2, 5, 1), LocalDate.of(YEAR + 4, 1, 1), pi);
    // 24 months served: 3 before the suspension, 21 after it, 4 months later than without it
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_MONTHS_SERVED.name())).isEqualTo(24);
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_COMMITMENT_END);
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(Tasks.CONFIRM_COMMITMENT_END).singleResult().getStartTime())
        .isEqualTo(java.util.Date.from(LocalDate.of(YEAR + 4, 1, 1).atTime(9, 0).atZone(fr.engagements.config.EngineClock.ZONE).toInstant()));
  }

  @Test
  void CESP_9_aChangeOfRegionApprovedByBothArsMovesTheContract() {
    ProcessInstance pi = contractInForce()[0];
    runtimeService().createMessageCorrelation(MESSAGE_REGION_CHANGE).processInstanceBusinessKey(key(pi))
        .setVariable(TARGET_REGION.name(), "IDF").correlate();
    assertThat(pi).isWaitingAt(Tasks.APPROVE_REGION_CHANGE_HOME, Tasks.APPROVE_REGION_CHANGE_TARGET, Tasks.CONFIRM_END_OF_STUDIES);

    assertOnlyTheRegionsArsActs(pi, Tasks.APPROVE_REGION_CHANGE_TARGET, "ars");
    completeAs("ars", Groups.ARS, pi, Tasks.APPROVE_REGION_CHANGE_HOME, withVariables(HOME_ARS_APPROVED.name(), true));
    assertThat(runtimeService().getVariable(pi.getId(), REGION.name())).isEqualTo("HDF");
    completeAs("ars2", Groups.ARS, pi, Tasks.APPROVE_REGION_CHANGE_TARGET, withVariables(TARGET_ARS_APPROVED.name(), true));

    assertThat(runtimeService().getVariable(pi.getId(), REGION.name())).isEqualTo("IDF");
    assertThat(runtimeService().getVariable(pi.getId(), REGION_CHANGE_DECISION.name())).isEqualTo("APPROVED");
    assertThat(pi).hasPassed("bothArsApproved", "regionChangeDecided").isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES);
  }

  @Test
  void CESP_9_eitherArsCanRefuseAChangeOfRegion() {
    ProcessInstance pi = contractInForce()[0];
    runtimeService().createMessageCorrelation(MESSAGE_REGION_CHANGE).processInstanceBusinessKey(key(pi))
        .setVariable(TARGET_REGION.name(), "IDF").correlate();
    assertThatThrownBy(() -> completeAs("ars2", Groups.ARS, pi, Tasks.APPROVE_REGION_CHANGE_TARGET,
        withVariables(TARGET_ARS_APPROVED.name(), false))).hasMessageContaining("targetArsComment");
    completeAs("ars2", Groups.ARS, pi, Tasks.APPROVE_REGION_CHANGE_TARGET,
        withVariables(TARGET_ARS_APPROVED.name(), false, TARGET_ARS_COMMENT.name(), "Aucun poste vacant dans la zone visée."));

    // the refusal settles it: the home ARS's task is withdrawn
    assertThat(taskOf(pi, Tasks.APPROVE_REGION_CHANGE_HOME)).isNull();
    assertThat(runtimeService().getVariable(pi.getId(), REGION.name())).isEqualTo("HDF");
    assertThat(runtimeService().getVariable(pi.getId(), REGION_CHANGE_DECISION.name())).isEqualTo("REFUSED");
    assertThat(pi).hasPassed("targetArsRefused").isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES);

    // a new request can be made; the home ARS refuses it this time
    runtimeService().createMessageCorrelation(MESSAGE_REGION_CHANGE).processInstanceBusinessKey(key(pi))
        .setVariable(TARGET_REGION.name(), "IDF").correlate();
    completeAs("ars", Groups.ARS, pi, Tasks.APPROVE_REGION_CHANGE_HOME,
        withVariables(HOME_ARS_APPROVED.name(), false, HOME_ARS_COMMENT.name(), "Engagement à honorer dans la région."));
    assertThat(taskOf(pi, Tasks.APPROVE_REGION_CHANGE_TARGET)).isNull();
    assertThat(runtimeService().getVariable(pi.getId(), REGION.name())).isEqualTo("HDF");
    assertThat(runtimeService().getVariable(pi.getId(), REGION_CHANGE_DECISION.name())).isEqualTo("REFUSED");
  }

  /** CESP_9, CESP_12: the ARS of another region neither sees the task nor completes it (the engine refuses it). */
  private void assertOnlyTheRegionsArsActs(ProcessInstance pi, String taskKey, String otherArs) {
    String taskId = taskOf(pi, taskKey).getId();
    as(otherArs, Groups.ARS);
    try {
      assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).count()).isZero();
      assertThatThrownBy(() -> taskService().complete(taskId, withVariables(INSTALLATION_APPROVED.name(), true,
          TARGET_ARS_APPROVED.name(), true))).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      asSystem();
    }
  }
}
