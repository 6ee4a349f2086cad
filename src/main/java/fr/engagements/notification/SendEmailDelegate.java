package fr.engagements.notification;

import static fr.engagements.notification.NotificationService.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Envoyer le courriel" of the {@code notification} process, which retries a mail the outbox's worker could not send
 * ({@link MailOutboxWorker}): sends it as the worker would ({@link MailSending}); a failure is retried by the job
 * executor, then becomes an incident. Once sent, the outbox row ({@code outboxId}) says SENT.
 */
@Component
public class SendEmailDelegate implements JavaDelegate {

  private final MailSending sending;
  private final MailOutbox outbox;

  SendEmailDelegate(MailSending sending, MailOutbox outbox) {
    this.sending = sending;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Number outboxId = execution.getVariable(OUTBOX_ID) instanceof Number n ? n : null;
    Number letterId = execution.getVariable(LETTER_ID) instanceof Number n ? n : null;
    OutboxMail message = new OutboxMail(outboxId == null ? 0 : outboxId.longValue(), string(execution, CASE_KEY),
        string(execution, TO_USER), string(execution, TO_GROUP), string(execution, TO_EMAIL), string(execution, SUBJECT),
        string(execution, BODY), letterId == null ? null : letterId.longValue(), null, OutboxMail.Status.HANDED_OVER, 0,
        null, null);
    sending.send(message, execution.getProcessEngineServices().getIdentityService());
    if (outboxId != null) {
      outbox.sentAfterHandOver(outboxId.longValue());
    }
  }

  private static String string(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof String s ? s : null;
  }
}
