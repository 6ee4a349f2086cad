package fr.engagements.cesp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.allocation.AllocationLogEntry;
import fr.engagements.cesp.allocation.AllocationLogEntry.Event;
import fr.engagements.cesp.application.CespApplication.OfferStatus;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** CESP_6: allocation steps run at the same moment never offer more contracts than the faculty's quota. */
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
    run(jobsOf(offeredContracts));
    run(jobsOf(offeredContracts));
    assertThat(offeredContracts).allSatisfy(pi -> assertThat(applications.get(businessKey(pi)).getOfferStatus())
        .isEqualTo(OfferStatus.EXPIRED));
    assertThat(campaigns.get(YEAR, ufr).getOpenOffers()).isZero();

    assertThat(allocateConcurrently()).isEqualTo(QUOTA);
    assertQuotaKept(ranked, QUOTA);
    assertThat(allocation.logOf(campaign.getId())).filteredOn(e -> e.getEvent() == Event.OFFERED)
        .extracting(AllocationLogEntry::getListRank).containsExactly(1, 2, 3, 4, 5, 6);
  }

  /** The due job of each instance, as callables that execute them at once. */
  private static List<Callable<Boolean>> jobsOf(List<ProcessInstance> instances) {
    return instances.stream().map(pi -> managementService().createJobQuery().processInstanceId(pi.getId()).executable().singleResult())
        .<Callable<Boolean>>map(job -> () -> {
          managementService().executeJob(job.getId());
          return true;
        }).toList();
  }

  private int allocateConcurrently() throws Exception {
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      calls.add(() -> inTransaction(() -> allocation.offerWithinQuota(YEAR, ufr)));
    }
    return run(calls).stream().mapToInt(Integer::intValue).sum();
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

  private static <T> List<T> run(List<Callable<T>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> f : pool.invokeAll(calls)) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }
  }

}
