package fr.engagements.notification;

import static fr.engagements.notification.NotificationService.*;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import fr.engagements.process.SystemCalls;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: every {@code engagements.mail.outbox.poll-ms} (default 2 s) it claims a small batch of queued
 * mails ({@code engagements.mail.outbox.batch}, default 20), sends each outside any transaction and marks it SENT.
 * A mail that fails is handed over, in one transaction, to one {@code notification} process instance (same
 * variables, the case's business key): the job executor retries it ({@code mailRetry.cycle}) and leaves an
 * incident in Cockpit when the tries run out, as every mail did before the outbox — while the case goes on.
 * Daily, the mails sent more than 180 days ago (the notifications' history time-to-live) are deleted.
 * {@code engagements.mail.outbox.enabled=false} stops the polling (engine tests and the benchmark call
 * {@link #sendCase} themselves, as they execute jobs themselves).
 */
@Component
public class MailOutboxWorker {

  /** How long sent mails stay in the outbox: the history time-to-live of {@code notification} (processes/notification.bpmn). */
  public static final Duration RETENTION = Duration.ofDays(180);
  private static final Logger LOG = LoggerFactory.getLogger(MailOutboxWorker.class);

  private final MailOutbox outbox;
  private final MailSending sending;
  private final ProcessEngine engine;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final boolean enabled;
  private final int batch;
  private final Duration lease;

  MailOutboxWorker(MailOutbox outbox, MailSending sending, ProcessEngine engine, PlatformTransactionManager transactions,
      Clock clock, @Value("${engagements.mail.outbox.enabled:true}") boolean enabled,
      @Value("${engagements.mail.outbox.batch:20}") int batch,
      @Value("${engagements.mail.outbox.lease:PT5M}") Duration lease) {
    this.outbox = outbox;
    this.sending = sending;
    this.engine = engine;
    this.tx = new TransactionTemplate(transactions);
    this.clock = clock;
    this.enabled = enabled;
    this.batch = Math.max(1, batch);
    this.lease = lease;
  }

  @Scheduled(fixedDelayString = "${engagements.mail.outbox.poll-ms:2000}",
      initialDelayString = "${engagements.mail.outbox.poll-ms:2000}")
  void poll() {
    if (!enabled) {
      return;
    }
    try {
      sendDue();
    } catch (RuntimeException e) {
      // the database is away: the next poll tries again, the mails wait in the table
      LOG.warn("Mail outbox: poll failed, next one in a moment: {}", e.toString());
    }
  }

  /** Sends every queued mail now (batch after batch); returns how many were claimed. */
  public int sendDue() {
    return drain(null);
  }

  /** Sends the queued mails of one case now (tests and the benchmark: no timer to wait for); returns how many. */
  public int sendCase(String caseKey) {
    return drain(caseKey);
  }

  @Scheduled(cron = "${engagements.mail.outbox.retention-cron:0 45 2 * * *}", zone = "Europe/Paris")
  public int deleteOldSentMails() {
    int deleted = outbox.deleteSentBefore(clock.instant().minus(RETENTION));
    if (deleted > 0) {
      LOG.info("Mail outbox: {} mails sent more than {} days ago deleted", deleted, RETENTION.toDays());
    }
    return deleted;
  }

  private int drain(String caseKey) {
    return SystemCalls.asSystem(engine.getIdentityService(), () -> {
      int claimed = 0;
      for (int round = 0; round < 1_000; round++) {
        MailOutbox.Claim claim = outbox.claim(caseKey, batch, lease);
        if (claim.mails().isEmpty()) {
          break;
        }
        claimed += claim.mails().size();
        claim.mails().forEach(mail -> send(mail, claim));
      }
      return claimed;
    });
  }

  private void send(OutboxMail mail, MailOutbox.Claim claim) {
    try {
      sending.send(mail, engine.getIdentityService());
    } catch (RuntimeException failed) {
      handOver(mail, claim, failed);
      return;
    }
    if (!outbox.sent(mail, claim)) {
      LOG.warn("Mail {} of {} sent after its claim expired", mail.id(), mail.caseKey());
    }
  }

  /** One {@code notification} instance takes the failed mail over: its retries and incident are Cockpit's. */
  private void handOver(OutboxMail mail, MailOutbox.Claim claim, RuntimeException failure) {
    LOG.warn("Mail {} of {} failed ({}); handed over to a notification process for its retries", mail.id(),
        mail.caseKey(), failure.toString());
    Map<String, Object> vars = new HashMap<>();
    put(vars, TO_USER, mail.toUser());
    put(vars, TO_GROUP, mail.toGroup());
    put(vars, TO_EMAIL, mail.toEmail());
    vars.put(SUBJECT, mail.subject());
    vars.put(BODY, mail.body());
    vars.put(CASE_KEY, mail.caseKey());
    put(vars, LETTER_ID, mail.letterId());
    vars.put(OUTBOX_ID, mail.id());
    tx.executeWithoutResult(status -> {
      // the instance only if the row is still this claim's: never two instances for one mail
      if (outbox.handedOver(mail, claim, String.valueOf(failure.getMessage()))) {
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, mail.caseKey(), vars);
      }
    });
  }

  private static void put(Map<String, Object> vars, String name, Object value) {
    if (value != null) {
      vars.put(name, value);
    }
  }
}
