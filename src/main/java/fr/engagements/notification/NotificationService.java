package fr.engagements.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Service;

/**
 * Queues e-mails: each is one row of the outbox ({@link MailOutbox}) written in the transaction of the case step
 * that caused it (an execution: a delegate or execution listener; or a task: a task listener), sent soon after by
 * {@link MailOutboxWorker}. A mail the worker cannot send becomes a {@code notification} process instance
 * ({@link #PROCESS_KEY}) that retries it and, when the mail server keeps failing, leaves an incident in Cockpit,
 * while the case goes on. Recipients are resolved when the mail is sent ({@link MailSending}): a group means its
 * members at that time.
 */
@Service
public class NotificationService {

  public static final String PROCESS_KEY = "notification";
  public static final String TO_USER = "toUser";
  public static final String TO_GROUP = "toGroup";
  public static final String TO_EMAIL = "toEmail";
  public static final String SUBJECT = "subject";
  public static final String BODY = "body";
  public static final String CASE_KEY = "caseKey";
  /** Optional: the id of a decision letter ({@code decision_letter}) sent as a PDF attachment. */
  public static final String LETTER_ID = "letterId";
  /** The outbox row ({@code mail_outbox.id}) that a {@code notification} instance retries. */
  public static final String OUTBOX_ID = "outboxId";

  private final MailOutbox outbox;

  NotificationService(MailOutbox outbox) {
    this.outbox = outbox;
  }

  private static String key(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  private static String key(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    return execution == null ? null : execution.getProcessBusinessKey();
  }

  /** Queues a message to every member of a group. */
  public void toGroup(DelegateExecution cause, String groupId, String subject, String body) {
    queue(key(cause), Map.of(TO_GROUP, groupId), subject, body);
  }

  /** Queues a message to one address (e.g. the applicant's, given at start). */
  public void toEmail(DelegateExecution cause, String email, String subject, String body) {
    queue(key(cause), Map.of(TO_EMAIL, email), subject, body);
  }

  /** Queues a message to a Camunda user (their e-mail address when it is sent). */
  public void toUser(DelegateExecution cause, String userId, String subject, String body) {
    queue(key(cause), Map.of(TO_USER, userId), subject, body);
  }

  /** Queues a message with a decision letter attached ({@code letterId}, may be {@code null}). */
  public void toEmail(DelegateExecution cause, String email, String subject, String body, Long letterId) {
    queue(key(cause), withLetter(Map.of(TO_EMAIL, email), letterId), subject, body);
  }

  public void toUser(DelegateExecution cause, String userId, String subject, String body, Long letterId) {
    queue(key(cause), withLetter(Map.of(TO_USER, userId), letterId), subject, body);
  }

  public void toEmail(DelegateTask cause, String email, String subject, String body, Long letterId) {
    queue(key(cause), withLetter(Map.of(TO_EMAIL, email), letterId), subject, body);
  }

  public void toUser(DelegateTask cause, String userId, String subject, String body, Long letterId) {
    queue(key(cause), withLetter(Map.of(TO_USER, userId), letterId), subject, body);
  }

  private static Map<String, Object> withLetter(Map<String, Object> recipient, Long letterId) {
    Map<String, Object> vars = new HashMap<>(recipient);
    if (letterId != null) {
      vars.put(LETTER_ID, letterId);
    }
    return vars;
  }

  public void toGroup(DelegateTask cause, String groupId, String subject, String body) {
    queue(key(cause), Map.of(TO_GROUP, groupId), subject, body);
  }

  public void toEmail(DelegateTask cause, String email, String subject, String body) {
    queue(key(cause), Map.of(TO_EMAIL, email), subject, body);
  }

  public void toUser(DelegateTask cause, String userId, String subject, String body) {
    queue(key(cause), Map.of(TO_USER, userId), subject, body);
  }

  private void queue(String caseKey, Map<String, Object> recipient, String subject, String body) {
    // one row in the step's own transaction (the engine's connection): a step rolled back sends nothing
    outbox.queue(caseKey, (String) recipient.get(TO_USER), (String) recipient.get(TO_GROUP),
        (String) recipient.get(TO_EMAIL), subject, body, (Long) recipient.get(LETTER_ID));
  }
}
