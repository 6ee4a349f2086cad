package fr.engagements.support;

import java.util.List;

import fr.engagements.notification.MailOutbox;
import fr.engagements.notification.MailOutboxWorker;
import fr.engagements.notification.NotificationService;
import fr.engagements.notification.OutboxMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Configuration;

/**
 * The e-mails a case has queued: rows of the outbox ({@code mail_outbox}) with its business key, and the
 * {@code notification} instances that retry those the worker could not send. Tests send them with {@link #send}: the
 * worker, now (the test profile runs no polling worker, as it runs no job executor).
 */
public final class Notifications {

  private static MailOutbox outbox;
  private static MailOutboxWorker worker;

  private Notifications() {
  }

  /** Hands the one test context's outbox to these static helpers. */
  @Configuration
  static class Wiring {
    Wiring(MailOutbox outbox, MailOutboxWorker worker) {
      Notifications.outbox = outbox;
      Notifications.worker = worker;
    }
  }

  /** Every mail of the case in the outbox, oldest first, whatever its status. */
  public static List<OutboxMail> all(ProcessEngine engine, String businessKey) {
    return outbox.ofCase(businessKey);
  }

  /** The mails of this case not sent yet: queued in the outbox, or handed over to a {@code notification} instance. */
  public static List<OutboxMail> pending(ProcessEngine engine, String businessKey) {
    return all(engine, businessKey).stream().filter(m -> m.status() != OutboxMail.Status.SENT).toList();
  }

  /** The {@code notification} instance retrying this mail (handed over after the worker's failed try), or null. */
  public static ProcessInstance instance(ProcessEngine engine, OutboxMail mail) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NotificationService.PROCESS_KEY)
        .processInstanceBusinessKey(mail.caseKey()).variableValueEquals(NotificationService.OUTBOX_ID, mail.id())
        .singleResult();
  }

  /**
   * Sends the queued e-mails of this case now (the worker, as its next poll would), then runs the due sends of the
   * case's {@code notification} instances (as the job executor would). Returns how many mails were tried.
   */
  public static int send(ProcessEngine engine, String businessKey) {
    int sent = worker.sendCase(businessKey);
    for (ProcessInstance notification : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(NotificationService.PROCESS_KEY).processInstanceBusinessKey(businessKey).list()) {
      Job job = engine.getManagementService().createJobQuery().processInstanceId(notification.getId()).executable()
          .singleResult();
      if (job != null) {
        engine.getManagementService().executeJob(job.getId());
        sent++;
      }
    }
    return sent;
  }
}
