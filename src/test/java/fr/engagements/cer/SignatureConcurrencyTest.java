package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.engagements.cer.CerCandidacyProcess.Signer;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * CER_P3 under concurrency: the four parallel signatures completed at the same instant, from four
 * threads, round after round. Each signature ends in its own transaction and the join runs later in
 * the signature's asynchronous continuation (an exclusive job), so no completion is refused for an
 * optimistic-locking conflict, no approval is lost and every case goes on.
 */
class SignatureConcurrencyTest extends CerProjectTestSupport {

  static final int ROUNDS = 10;

  @Test
  void CER_P3_fourSignaturesCompletedAtOnceAreNeverLostAndNeverFailTheCase() throws Exception {
    ExecutorService signers = Executors.newFixedThreadPool(PARALLEL_SIGNERS.length);
    try {
      for (int round = 1; round <= ROUNDS; round++) {
        ProcessInstance pi = round % 2 == 0 ? inSignatures(eligible()) : inSignatures(unfunded());
        CyclicBarrier together = new CyclicBarrier(PARALLEL_SIGNERS.length);
        List<Future<Object>> completions = new ArrayList<>();
        for (Signer signer : PARALLEL_SIGNERS) {
          String taskId = taskOf(pi, signer.taskKey()).getId();
          completions.add(signers.submit(() -> {
            as(SIGNER_USERS.get(signer), signer.group());
            try {
              together.await(30, SECONDS);
              engine.getTaskService().complete(taskId, Map.of(signer.approved().name(), true,
                  signer.comment().name(), "Accord de " + signer.name()));
              return null;
            } finally {
              engine.getIdentityService().clearAuthentication();
            }
          }));
        }
        for (Future<Object> completion : completions) {
          completion.get(60, SECONDS); // a refused completion (e.g. OptimisticLockingException) fails the test here
        }

        executeDueJobs(pi);

        assertThat(pi).as("round %d", round).isWaitingAt(Tasks.APPROVE_ARS);
        for (Signer signer : PARALLEL_SIGNERS) {
          assertThat(runtimeVariable(pi, signer.approved().name())).as("round %d, %s", round, signer).isEqualTo(true);
          assertThat(runtimeVariable(pi, signer.signedBy().name())).isEqualTo(SIGNER_USERS.get(signer));
        }
        sign(pi, Signer.ARS, true, null);
        assertThat(pi).as("round %d", round).isWaitingAt(Tasks.SCHEDULE_DEFENSE);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).withException().count()).isZero();
      }
    } finally {
      signers.shutdownNow();
    }
  }
}
