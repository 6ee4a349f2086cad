package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import fr.engagements.cer.campaign.CerCampaigns;
import fr.engagements.support.Concurrently;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CER_F2: admissions decided at the same moment never fund more contracts than the campaign's quota. The forty
 * decisions are released together; any failure other than a lost optimistic-lock race fails the test (the funding
 * takes the campaign row's lock, so none is expected); lost races are retried as the job executor would.
 */
class FundingQuotaConcurrencyTest extends CerProcessTestSupport {

  private static final int CANDIDACIES = 40;
  private static final int QUOTA = 10;

  @Autowired
  private CerCampaigns campaigns;

  @Override
  protected int quota() {
    return QUOTA;
  }

  @Test
  void CER_F2_fortyConcurrentAdmissionsFundExactlyTheQuota() throws Exception {
    List<ProcessInstance> admitted = new ArrayList<>();
    for (int i = 0; i < CANDIDACIES; i++) {
      ProcessInstance pi = start(eligible());
      verifyDossier(pi, true, null);
      decideEntry(pi, EntryDecision.ADMITTED);
      admitted.add(pi);
    }
    List<String> fundingJobs = admitted.stream()
        .map(pi -> managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.DECIDE_FUNDING).singleResult())
        .map(Job::getId).toList();

    // the forty funding decisions run at once, as the job executor's threads (or nodes) would run them
    Concurrently.Run<Boolean> run = Concurrently.run(fundingJobs.stream().<Callable<Boolean>>map(jobId -> () -> {
      managementService().executeJob(jobId);
      return true;
    }).toList());
    run.assertOnlyLostRacesFailed().assertRanTogether();
    System.out.printf("CER_F2: %d decisions released together, %d at most in flight, %d succeeded, %d lost a race%n",
        CANDIDACIES, run.maxInFlight(), run.successes(), run.lostRaces());
    assertThat(run.successes() + run.lostRaces()).isEqualTo(CANDIDACIES);

    // a decision that lost an optimistic-lock race stays a job: the job executor runs it again; do the same here
    List<String> retried = new ArrayList<>();
    for (ProcessInstance pi : admitted) {
      Job retry = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.DECIDE_FUNDING).singleResult();
      if (retry != null) {
        retried.add(retry.getId());
        managementService().executeJob(retry.getId());
      }
    }
    assertThat((long) retried.size()).as("the decisions left to retry are exactly those that lost a race")
        .isEqualTo(run.lostRaces());

    long funded = admitted.stream().filter(pi -> "FUNDED".equals(runtimeService().getVariable(pi.getId(), FUNDING_DECISION.name()))).count();
    long unfunded = admitted.stream().filter(pi -> "UNFUNDED".equals(runtimeService().getVariable(pi.getId(), FUNDING_DECISION.name()))).count();
    assertThat(funded).as("funded (%d decisions succeeded at once, %d retried)", run.successes(), retried.size()).isEqualTo(QUOTA);
    assertThat(unfunded).isEqualTo(CANDIDACIES - QUOTA);
    assertThat(campaigns.get(year).getFundedCount()).isEqualTo(QUOTA);
    assertThat(admitted).allSatisfy(pi -> assertThat(runtimeService().getVariable(pi.getId(), FUNDING_REASON.name()))
        .isIn("WITHIN_QUOTA", "QUOTA_SPENT"));
  }
}
