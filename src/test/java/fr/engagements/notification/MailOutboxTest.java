package fr.engagements.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.support.Notifications;
import fr.engagements.support.TestMailServer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17: e-mails are rows of {@code mail_outbox} written in the step's transaction and sent by one worker;
 * a {@code notification} process exists only for a mail whose send failed (MailServerDownTest).
 */
class MailOutboxTest extends CerProcessTestSupport {

  @Autowired
  MailOutboxWorker worker;
  @Autowired
  TestMailServer mail;
  @Autowired
  PlatformTransactionManager transactions;

  private String businessKey(ProcessInstance pi) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }

  @Test
  void aStepQueuesOneRowPerMailAndTheWorkerSendsThemWithoutAnyNotificationProcess() {
    ProcessInstance pi = start(eligible());
    String key = businessKey(pi);
    List<OutboxMail> queued = Notifications.pending(engine, key);
    assertThat(queued).as("the receipt and the secretariat's task mail").hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(m -> assertThat(m.status()).isEqualTo(OutboxMail.Status.QUEUED));

    assertThat(worker.sendCase(key)).isEqualTo(queued.size());

    assertThat(Notifications.all(engine, key)).hasSize(queued.size()).allSatisfy(m -> {
      assertThat(m.status()).isEqualTo(OutboxMail.Status.SENT);
      assertThat(m.attempts()).isEqualTo(1);
      assertThat(m.sentAt()).isNotNull();
    });
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(NotificationService.PROCESS_KEY)
        .processInstanceBusinessKey(key).count()).isZero();
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(NotificationService.PROCESS_KEY)
        .processInstanceBusinessKey(key).count()).as("no process, no history for a mail sent at once").isZero();
    assertThat(mail.received()).filteredOn(m -> m.subject().contains(key)).hasSize(queued.size());
    assertThat(worker.sendCase(key)).as("nothing twice").isZero();
  }

  @Test
  void aStepRolledBackLeavesNoMail() {
    AtomicReference<String> key = new AtomicReference<>();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(status -> {
      // the engine joins this transaction: the start and its mails are one unit of work
      ProcessInstance pi = start(eligible());
      key.set(pi.getBusinessKey());
      assertThat(Notifications.all(engine, key.get())).as("queued inside the transaction").isNotEmpty();
      status.setRollbackOnly();
    });

    assertThat(key.get()).isNotNull();
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(key.get()).count()).isZero();
    assertThat(Notifications.all(engine, key.get())).as("no mail for a step that did not happen").isEmpty();
  }

  @Test
  void twoWorkersNeverSendTheSameMail() throws Exception {
    // several cases' mails, then two nodes' workers draining the outbox at the same moment
    List<String> keys = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      keys.add(businessKey(start(eligible())));
    }
    long rows = keys.stream().mapToLong(k -> Notifications.all(engine, k).size()).sum();
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch go = new CountDownLatch(1);
      // each drains these cases' mails (not the whole outbox: the suite's other tests leave theirs queued, as the
      // worker does not poll in engine tests), the second in the reverse order, so that they meet on the same rows
      List<String> reversed = new java.util.ArrayList<>(keys);
      java.util.Collections.reverse(reversed);
      List<CompletableFuture<Integer>> runs = List.of(
          CompletableFuture.supplyAsync(() -> await(go, () -> keys.stream().mapToInt(worker::sendCase).sum()), nodes),
          CompletableFuture.supplyAsync(() -> await(go, () -> reversed.stream().mapToInt(worker::sendCase).sum()), nodes));
      go.countDown();
      CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    } finally {
      nodes.shutdownNow();
    }

    for (String key : keys) {
      List<OutboxMail> mails = Notifications.all(engine, key);
      assertThat(mails).allSatisfy(m -> {
        assertThat(m.status()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(m.attempts()).as("claimed once").isEqualTo(1);
      });
      // claimed once (attempts), marked SENT once: the SMTP server received it
      for (OutboxMail sent : mails) {
        assertThat(mail.received()).filteredOn(m -> m.subject().equals(sent.subject())).as(sent.subject()).isNotEmpty();
      }
    }
    assertThat(rows).isPositive();
  }

  @Test
  void sentMailsAreDeletedAfter180Days() {
    String key = businessKey(start(eligible()));
    worker.sendCase(key);
    int mails = Notifications.all(engine, key).size();
    assertThat(mails).isPositive();
    Instant sent = Notifications.all(engine, key).get(0).sentAt();

    ClockUtil.setCurrentTime(Date.from(sent.plus(MailOutboxWorker.RETENTION).minus(Duration.ofHours(1))));
    worker.deleteOldSentMails();
    assertThat(Notifications.all(engine, key)).as("179 days and 23 hours: kept").hasSize(mails);

    ClockUtil.setCurrentTime(Date.from(sent.plus(MailOutboxWorker.RETENTION).plus(Duration.ofHours(1))));
    worker.deleteOldSentMails();
    assertThat(Notifications.all(engine, key)).as("180 days and an hour: deleted").isEmpty();
  }

  private static int await(CountDownLatch go, java.util.function.IntSupplier work) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return work.getAsInt();
  }
}
