package fr.engagements.cesp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.allocation.AllocationLogEntry;
import fr.engagements.cesp.allocation.AllocationLogEntry.Event;
import fr.engagements.cesp.application.CespApplication.OfferStatus;
import fr.engagements.support.Concurrently;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CESP_6: allocation steps run at the same moment never offer more contracts than the faculty's quota. The threads
 * are released together; any failure other than a lost optimistic-lock race fails the test, lost races run again.
 */
class CespAllocationConcurrencyTest extends CespProcessTestSupport {

  private static final int CANDIDATES = 12;
  private static final int QUOTA = 3;
  private static final int THREADS = 12;

  @Autowired
  PlatformTransactionManager transactions;

  @Override
  protected int quota() {
    return QUOTA;
  }

  @Test
  void CESP_6_concurrentAllocationsNeverExceedTheFacultysQuota() throws Exception {
    List<ProcessInstance> ranked = new ArrayList<>();
    for (int rank = 1; rank <= CANDIDATES; rank++) {
      ranked.add(ranked(CommissionList.MAIN, rank));
    }

    int offered = allocateConcurrently();
    assertThat(offered).isEqualTo(QUOTA);
    assertQuotaKept(ranked, QUOTA);

    // the three offers lapse at the same moment (30 days), their contracts report it concurrently
    List<ProcessInstance> offeredContracts = ranked.stream()
        .filter(pi -> applications.get(businessKey(pi)).getOfferStatus() == OfferStatus.OFFERED).toList();
    today(LocalDate.of(YEAR, 11, 1));
    runJobs(dueJobsOf(offeredContracts));
    runJobs(dueJobsOf(offeredContracts));
    assertThat(offeredContracts).allSatisfy(pi -> assertThat(applications.get(businessKey(pi)).getOfferStatus())
        .isEqualTo(OfferStatus.EXPIRED));
    assertThat(campaigns.get(YEAR, ufr).getOpenOffers()).isZero();

    assertThat(allocateConcurrently()).isEqualTo(QUOTA);
    assertQuotaKept(ranked, QUOTA);
    assertThat(allocation.logOf(campaign.getId())).filteredOn(e -> e.getEvent() == Event.OFFERED)
        .extracting(AllocationLogEntry::getListRank).containsExactly(1, 2, 3, 4, 5, 6);
  }

  /** The due job of each instance. */
  private static List<String> dueJobsOf(List<ProcessInstance> instances) {
    return instances.stream()
        .map(pi -> managementService().createJobQuery().processInstanceId(pi.getId()).executable().singleResult().getId()).toList();
  }

  /** Executes these jobs at once; a job that lost an optimistic-lock race stays and runs again, as the job executor would. */
  private static void runJobs(List<String> jobIds) throws Exception {
    Concurrently.Run<Boolean> run = run(jobIds.stream().<Callable<Boolean>>map(id -> () -> {
      managementService().executeJob(id);
      return true;
    }).toList());
    for (int i = 0; i < jobIds.size(); i++) {
      if (run.outcomes().get(i).lostRace()) {
        managementService().executeJob(jobIds.get(i));
      }
    }
  }

  /** The allocation step run by {@value #THREADS} threads at once; those that lost a race run again; the offers made. */
  private int allocateConcurrently() throws Exception {
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      calls.add(() -> inTransaction(() -> allocation.offerWithinQuota(YEAR, ufr)));
    }
    Concurrently.Run<Integer> run = run(calls);
    int offered = run.values().stream().mapToInt(Integer::intValue).sum();
    for (long retry = run.lostRaces(); retry > 0; retry--) {
      offered += inTransaction(() -> allocation.offerWithinQuota(YEAR, ufr));
    }
    return offered;
  }

  private void assertQuotaKept(List<ProcessInstance> ranked, int quota) {
    var row = campaigns.get(YEAR, ufr);
    assertThat(row.getSignedCount() + row.getOpenOffers()).isLessThanOrEqualTo(quota);
    long waitingToSign = ranked.stream().filter(pi -> !runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
        .activityIdIn(CespContractProcess.Tasks.SIGN_CONTRACT).list().isEmpty()).count();
    assertThat(waitingToSign).isEqualTo(quota);
  }

  private <T> T inTransaction(Callable<T> work) {
    return new TransactionTemplate(transactions).execute(status -> {
      try {
        return work.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Runs the calls released together; fails unless they ran together and only lost optimistic-lock races failed. */
  private static <T> Concurrently.Run<T> run(List<Callable<T>> calls) throws Exception {
    return Concurrently.run(calls).assertOnlyLostRacesFailed().assertRanTogether();
  }
}
