package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import fr.engagements.allowance.ContractKind;
import fr.engagements.allowance.LedgerEntry;
import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.cer.campaign.CerCampaignRepository;
import fr.engagements.support.CerFixtures;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CER_F1: one payment a month while funded, from admission to the start of the 3rd cycle; never twice. */
class CerAllowanceProcessTest extends CerProcessTestSupport {

  @Autowired
  CerCampaignRepository campaigns;

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
    assertThat(ledger.entriesOf(key)).extracting(LedgerEntry::getPeriod)
        .startsWith(LocalDate.of(year, 10, 1)).endsWith(LocalDate.of(year + 3, 8, 1)).doesNotHaveDuplicates();
    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT).hasPassed("allowanceEnded");
    assertThat(runtimeService().getVariable(pi.getId(), ALLOWANCE_PAID_CENTS.name())).isEqualTo(35 * 120_000L);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.NEXT_ALLOWANCE_TIMER).count()
        + managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.PAY_ALLOWANCE).count())
        .as("no more payment scheduled").isZero();
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
    assertThat(ledger.allowanceGrossPaid(key)).isEqualTo(120_000L);
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
