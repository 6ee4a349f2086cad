package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import fr.engagements.allowance.LedgerEntry;
import fr.engagements.allowance.LedgerEntry.Kind;
import fr.engagements.casefile.Groups;
import fr.engagements.cesp.contract.Commitment;
import fr.engagements.config.EngineClock;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * cesp-contract 1.2's clocks (issue 17): ONE timer at the computed end of the commitment, moved by a suspension and its
 * resumption (CESP_3, CESP_10); the months served computed from the dates; one job per monthly payment (CESP_2).
 */
class CespClockProcessTest extends CespProcessTestSupport {

  private static final LocalDate DIPLOMA = LocalDate.of(YEAR + 1, 6, 30);
  private static final LocalDate COMMITMENT_START = LocalDate.of(YEAR + 1, 9, 1);

  private void studiesEndAndInstallationApproved(ProcessInstance pi) {
    monthByMonth(LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR + 1, 6, 1), pi);
    today(DIPLOMA);
    completeAs("ufr", Groups.UFR, pi, Tasks.CONFIRM_END_OF_STUDIES, withVariables(DIPLOMA_DATE.name(), DIPLOMA.toString()));
    today(LocalDate.of(YEAR + 1, 7, 1));
    runJobs(pi);
    String applicant = (String) runtimeService().getVariable(pi.getId(), APPLICANT_ID.name());
    completeAs(applicant, "none", pi, Tasks.CHOOSE_PRACTICE_PLACE, withVariables(PRACTICE_PLACE.name(), "HDF-02-HIRSON-MG",
        PRACTICE_MODE.name(), "SALARIED", COMMITMENT_START_DATE.name(), COMMITMENT_START.toString()));
    completeAs("ars", Groups.ARS, pi, Tasks.APPROVE_INSTALLATION, withVariables(INSTALLATION_APPROVED.name(), true));
  }

  private Integer monthsServed(ProcessInstance pi) {
    return Commitment.monthsServed(name -> runtimeService().getVariable(pi.getId(), name),
        LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.ZONE));
  }

  private Job endTimer(ProcessInstance pi) {
    return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.COMMITMENT_END_TIMER).singleResult();
  }

  private static Date midnight(LocalDate day) {
    return Date.from(day.atStartOfDay(EngineClock.ZONE).toInstant());
  }

  private long successfulJobs(ProcessInstance pi, String activityId) {
    return historyService().createHistoricJobLogQuery().processInstanceId(pi.getId()).activityIdIn(activityId).successLog().count();
  }

  private List<LocalDate> paidMonths(ProcessInstance pi) {
    return ledger.entriesOf(businessKey(pi)).stream().filter(e -> e.getKind() == Kind.ALLOWANCE).map(LedgerEntry::getPeriod).toList();
  }

  @Test
  void CESP_3_theCommitmentEndsOnItsComputedDateWithOneTimer() {
    ProcessInstance pi = contractInForce()[0];
    studiesEndAndInstallationApproved(pi);
    // 9 months paid: 24 required; the timer waits for 1 September + 24 months
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_MONTHS_REQUIRED.name())).isEqualTo(24);
    assertThat(endTimer(pi).getDuedate()).isEqualTo(midnight(COMMITMENT_START.plusMonths(24)));

    today(LocalDate.of(YEAR + 2, 2, 15));
    assertThat(monthsServed(pi)).isEqualTo(5); // October to February
    today(LocalDate.of(YEAR + 3, 8, 31));
    runJobs(pi);
    assertThat(pi).isWaitingAt(Elements.COMMITMENT_END_TIMER);
    assertThat(monthsServed(pi)).isEqualTo(23);

    today(COMMITMENT_START.plusMonths(24));
    runJobs(pi);
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_COMMITMENT_END);
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_MONTHS_SERVED.name())).isEqualTo(24);
    assertThat(monthsServed(pi)).isEqualTo(24);
    // one job for the whole commitment, not 24
    assertThat(successfulJobs(pi, Elements.COMMITMENT_END_TIMER)).isEqualTo(1);
    // one job per monthly payment: the timer pays, no asynchronous second job
    assertThat(successfulJobs(pi, Elements.PAY_ALLOWANCE)).isZero();
    assertThat(paidMonths(pi)).hasSize(9).doesNotHaveDuplicates();
    assertThat(successfulJobs(pi, Elements.NEXT_ALLOWANCE_TIMER)).isEqualTo(10); // October to June, and July's which stops
  }

  @Test
  void CESP_10_aSuspensionStopsTheClockAndTheResumptionMovesTheEnd() {
    ProcessInstance pi = contractInForce()[0];
    String key = businessKey(pi);
    studiesEndAndInstallationApproved(pi);
    today(LocalDate.of(YEAR + 1, 12, 5));
    assertThat(monthsServed(pi)).isEqualTo(3);
    runtimeService().createMessageCorrelation(MESSAGE_SUSPENSION).processInstanceBusinessKey(key)
        .setVariable(SUSPENSION_REASON.name(), Variables.stringValue("PARENTAL_LEAVE", true))
        .setVariable(SUSPENSION_DATE.name(), (YEAR + 1) + "-12-05").correlate();
    // the clock stops: the end is unknown, the timer waits far away
    assertThat(endTimer(pi).getDuedate()).isAfter(midnight(LocalDate.of(9000, 1, 1)));
    today(LocalDate.of(YEAR + 2, 4, 1));
    runJobs(pi);
    assertThat(monthsServed(pi)).isEqualTo(3);

    today(LocalDate.of(YEAR + 2, 4, 10));
    runtimeService().createMessageCorrelation(MESSAGE_RESUMPTION).processInstanceBusinessKey(key)
        .setVariable(RESUMPTION_DATE.name(), (YEAR + 2) + "-04-10").correlate();
    // 1 January to 1 April fell in the suspension: the end moves four months, to 1 January
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_MONTHS_SUSPENDED.name())).isEqualTo(4);
    assertThat(endTimer(pi).getDuedate()).isEqualTo(midnight(LocalDate.of(YEAR + 4, 1, 1)));
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_END_DATE.name()))
        .isEqualTo(LocalDate.of(YEAR + 4, 1, 1).atStartOfDay(EngineClock.ZONE).toOffsetDateTime().toString());

    today(LocalDate.of(YEAR + 3, 12, 31));
    runJobs(pi);
    assertThat(pi).isWaitingAt(Elements.COMMITMENT_END_TIMER);
    assertThat(monthsServed(pi)).isEqualTo(23); // 3 before, May to December of the next year after
    today(LocalDate.of(YEAR + 4, 1, 1));
    runJobs(pi);
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_COMMITMENT_END);
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_MONTHS_SERVED.name())).isEqualTo(24);
    assertThat(successfulJobs(pi, Elements.COMMITMENT_END_TIMER)).isEqualTo(1);
  }

  @Test
  void CESP_10_aRuptureDuringTheCommitmentOwesTheFixedSumAsBefore() {
    ProcessInstance pi = contractInForce()[0];
    studiesEndAndInstallationApproved(pi);
    today(LocalDate.of(YEAR + 2, 3, 15));
    runtimeService().createMessageCorrelation(MESSAGE_RUPTURE).processInstanceBusinessKey(businessKey(pi))
        .setVariable(RUPTURE_REASON.name(), "OWN_INITIATIVE").setVariable(RUPTURE_DATE.name(), (YEAR + 2) + "-03-15").correlate();
    // after the diploma: the net received (October to June, 9 months) and the fixed 20,000 EUR
    assertThat(variable(pi, REIMBURSEMENT_DUE_CENTS.name())).isEqualTo(allowance().net(LocalDate.of(YEAR, 10, 1), 9) + 2_000_000L);
    assertThat(variable(pi, PENALTY_CENTS.name())).isEqualTo(2_000_000L);
    assertThat(variable(pi, REMAINING_MONTHS.name())).isEqualTo(0);
    assertThat(endTimer(pi)).isNull();
  }

  @Test
  void CESP_2_aFailingPaymentIsRetriedThenAnIncidentAndPaysOnce() {
    ProcessInstance pi = contractInForce()[0];
    String key = businessKey(pi);
    today(LocalDate.of(YEAR, 11, 1));
    // break the payment: November becomes unreadable, so the delegate fails before anything is written
    runtimeService().setVariable(pi.getId(), ALLOWANCE_MONTH.name(), "pas une date");
    Job job = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.NEXT_ALLOWANCE_TIMER).singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> managementService().executeJob(job.getId())).isInstanceOf(RuntimeException.class);
    }
    assertThat(paidMonths(pi)).containsExactly(LocalDate.of(YEAR, 10, 1));
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).activityId(Elements.NEXT_ALLOWANCE_TIMER).count())
        .isEqualTo(1);

    // the CNG repairs it and retries from Cockpit: paid once, the incident resolved
    runtimeService().setVariable(pi.getId(), ALLOWANCE_MONTH.name(), YEAR + "-11-01");
    managementService().setJobRetries(job.getId(), 1);
    managementService().executeJob(job.getId());
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    runJobs(pi);
    assertThat(paidMonths(pi)).containsExactly(LocalDate.of(YEAR, 10, 1), LocalDate.of(YEAR, 11, 1));
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES, Elements.NEXT_ALLOWANCE_TIMER);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.NEXT_ALLOWANCE_TIMER)
        .singleResult().getDuedate()).isEqualTo(midnight(LocalDate.of(YEAR, 12, 1)));
  }
}
