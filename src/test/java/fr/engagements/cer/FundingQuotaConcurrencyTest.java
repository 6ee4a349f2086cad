package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.engagements.cer.campaign.CerCampaigns;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CER_F2: admissions decided at the same moment never fund more contracts than the campaign's quota. */
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

    ExecutorService pool = Executors.newFixedThreadPool(CANDIDACIES);
    List<Callable<Boolean>> decisions = fundingJobs.stream().<Callable<Boolean>>map(jobId -> () -> {
      managementService().executeJob(jobId);
      return true;
    }).toList();
    List<Future<Boolean>> results = pool.invokeAll(decisions);
    pool.shutdown();
    assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    long failed = results.stream().filter(f -> {
      try {
        return !f.get();
      } catch (Exception e) {
        return true;
      }
    }).count();
    // a decision that lost a database race is retried by the job executor; do the same here
    for (ProcessInstance pi : admitted) {
      Job retry = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.DECIDE_FUNDING).singleResult();
      if (retry != null) {
        managementService().executeJob(retry.getId());
      }
    }

    long funded = admitted.stream().filter(pi -> "FUNDED".equals(runtimeService().getVariable(pi.getId(), FUNDING_DECISION.name()))).count();
    long unfunded = admitted.stream().filter(pi -> "UNFUNDED".equals(runtimeService().getVariable(pi.getId(), FUNDING_DECISION.name()))).count();
    assertThat(funded).as("funded (%d decisions had to be retried)", failed).isEqualTo(QUOTA);
    assertThat(unfunded).isEqualTo(CANDIDACIES - QUOTA);
    assertThat(campaigns.get(year).getFundedCount()).isEqualTo(QUOTA);
    assertThat(admitted).allSatisfy(pi -> assertThat(runtimeService().getVariable(pi.getId(), FUNDING_REASON.name()))
        .isIn("WITHIN_QUOTA", "QUOTA_SPENT"));
  }
}
