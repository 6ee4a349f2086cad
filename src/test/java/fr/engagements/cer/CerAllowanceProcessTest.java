package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.LedgerEntry;
import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.cer.campaign.CerCampaignRepository;
import fr.engagements.support.CerFixtures;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** CER_F1: one payment a month while funded, from admission to the start of the 3rd cycle; never twice. */
class CerAllowanceProcessTest extends CerProcessTestSupport {

  @Autowired
  CerCampaignRepository campaigns;
  @Autowired
  JdbcClient jdbc;

  @Test
  void CER_F1_allowanceIsPaidEveryMonthUntilTheThirdCycleStarts() {
    // the project deadline (CER_O1) would end the candidacy first: this campaign sets it after the 3rd cycle starts
    CerCampaign campaign = campaigns.findById(year).orElseThrow();
    campaign.setProjectDeadline(LocalDate.of(year + 4, 3, 31));
    campaigns.save(campaign);
    ProcessInstance pi = admitted(eligible()); // DFASM1 from 1 September of the campaign year, admitted 1 October
    String key = businessKey(pi);

    // month by month, as the job executor would, until the day the 3rd cycle starts (three years after DFASM1)
    for (YearMonth month = YearMonth.of(year, 11); !month.isAfter(YearMonth.of(year + 3, 9)); month = month.plusMonths(1)) {
      CerFixtures.setToday(month.atDay(1));
      executeDueJobs(pi);
    }

    // October of year 1 through August of year 4: 35 months
    assertThat(ledger.allowanceMonthsPaid(key)).isEqualTo(35);
    assertThat(ledger.entriesOf(key)).filteredOn(e -> e.getKind() == LedgerEntry.Kind.ALLOWANCE).extracting(LedgerEntry::getPeriod)
        .startsWith(LocalDate.of(year, 10, 1)).endsWith(LocalDate.of(year + 3, 8, 1)).doesNotHaveDuplicates();
    // the allowance stopped: the public-service obligation begins, one month owed per month paid (CER_F3)
    assertThat(ledger.entriesOf(key)).filteredOn(e -> e.getKind() == LedgerEntry.Kind.SERVICE_OBLIGATION).singleElement()
        .extracting(LedgerEntry::getMonths).isEqualTo(35);
    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT).hasPassed("allowanceEnded");
    assertThat(runtimeService().getVariable(pi.getId(), ALLOWANCE_PAID_CENTS.name())).isEqualTo(allowance().gross(LocalDate.of(year, 10, 1), 35));
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.NEXT_ALLOWANCE_TIMER).count()
        + managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.PAY_ALLOWANCE).count())
        .as("no more payment scheduled").isZero();
  }

  @Test
  void CER_F1_rateChangeMidCampaignPaysEachMonthAtTheRateInForceOnItsFirstDay() {
    ProcessInstance pi = admitted(eligible()); // October paid at the rate in force
    String key = businessKey(pi);
    AllowanceRates.Rate old = allowanceRates.monthlyRate(ContractKind.CER, LocalDate.of(year, 10, 1));
    // an administrator adds a rate from January of the next year, while the campaign runs
    AllowanceRates.Rate raised = allowanceRates.add(ContractKind.CER, LocalDate.of(year + 1, 1, 1), 123_456L, 113_789L);
    try {
      for (YearMonth month = YearMonth.of(year, 11); !month.isAfter(YearMonth.of(year + 1, 2)); month = month.plusMonths(1)) {
        CerFixtures.setToday(month.atDay(1));
        executeDueJobs(pi);
      }

      assertThat(ledger.entriesOf(key)).extracting(LedgerEntry::getPeriod, LedgerEntry::getGrossCents, LedgerEntry::getNetCents)
          .containsExactly(
              tuple(LocalDate.of(year, 10, 1), old.grossCents(), old.netCents()),
              tuple(LocalDate.of(year, 11, 1), old.grossCents(), old.netCents()),
              tuple(LocalDate.of(year, 12, 1), old.grossCents(), old.netCents()),
              tuple(LocalDate.of(year + 1, 1, 1), 123_456L, 113_789L),
              tuple(LocalDate.of(year + 1, 2, 1), 123_456L, 113_789L));
      assertThat(runtimeService().getVariable(pi.getId(), ALLOWANCE_PAID_CENTS.name()))
          .isEqualTo(3 * old.grossCents() + 2 * 123_456L);
      // the month is paid at the rate of its first day, whatever day it is asked about
      assertThat(allowanceRates.monthlyRate(ContractKind.CER, LocalDate.of(year, 12, 31))).isEqualTo(old);
      assertThat(allowanceRates.monthlyRate(ContractKind.CER, LocalDate.of(year + 1, 1, 20))).isEqualTo(raised);
      assertThat(allowanceRates.monthlyRate(ContractKind.CESP, LocalDate.of(year + 1, 1, 1)))
          .as("each contract has its own rates").extracting(AllowanceRates.Rate::grossCents).isNotEqualTo(123_456L);

      // the ledger keeps the net sums received at the rates they were paid (what a breach of CER_F3 would claim back)
      assertThat(ledger.allowanceNetPaid(key)).isEqualTo(3 * old.netCents() + 2 * 113_789L);
    } finally {
      // the suite shares one database: the other tests' campaigns keep the seeded rate
      jdbc.sql("delete from allowance_rate where contract_kind = 'CER' and valid_from = :from").param("from", raised.validFrom())
          .update();
    }
  }

  @Test
  void CER_F1_aMonthBeforeEveryRateIsAConfigurationErrorThatSaysWhatToAdd() {
    assertThatThrownBy(() -> allowanceRates.monthlyRate(ContractKind.CER, LocalDate.of(1999, 12, 15)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("1999-12-01").hasMessageContaining("allowance_rate");
  }

  @Test
  void CER_F1_rerunningAPaymentForAMonthAlreadyPaidPaysNothing() {
    ProcessInstance pi = admitted(eligible());
    String key = businessKey(pi);
    assertThat(ledger.allowanceMonthsPaid(key)).isEqualTo(1);

    // an administrator replays the payment step for October (e.g. from Cockpit's instance modification)
    runtimeService().createProcessInstanceModification(pi.getId())
        .startBeforeActivity(Elements.PAY_ALLOWANCE)
        .setVariable(ALLOWANCE_MONTH.name(), LocalDate.of(year, 10, 1).toString())
        .execute();
    executeDueJobs(pi);

    assertThat(ledger.allowanceMonthsPaid(key)).isEqualTo(1);
    assertThat(ledger.allowanceGrossPaid(key)).isEqualTo(allowance().gross(LocalDate.of(year, 10, 1), 1));
    assertThat(ledger.payAllowance(ContractKind.CER, key, LocalDate.of(year, 10, 15))).isFalse();
    assertThat(ledger.allowanceMonthsPaid(key)).isEqualTo(1);
  }

  @Test
  void CER_F1_aPaymentThatFailsLeavesNothingPaidAndIsRetried() {
    ProcessInstance pi = start(eligible());
    verifyDossier(pi, true, null);
    decideEntry(pi, EntryDecision.ADMITTED);
    executeJob(pi); // funding
    String key = businessKey(pi);
    // break the payment: the DFASM1 date becomes unreadable, so the delegate fails after nothing was written
    runtimeService().setVariable(pi.getId(), DFASM1_START_DATE.name(), "pas une date");

    var job = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.PAY_ALLOWANCE).singleResult();
    try {
      managementService().executeJob(job.getId());
    } catch (RuntimeException expected) {
      // the job executor records the failure and retries
    }
    assertThat(ledger.allowanceMonthsPaid(key)).isZero();

    runtimeService().setVariable(pi.getId(), DFASM1_START_DATE.name(), year + "-09-01");
    managementService().executeJob(job.getId());
    assertThat(ledger.allowanceMonthsPaid(key)).isEqualTo(1);
  }

  private String businessKey(ProcessInstance pi) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }
}
