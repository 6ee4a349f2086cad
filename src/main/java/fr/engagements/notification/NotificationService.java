package fr.engagements.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Service;

/**
 * Queues e-mails. Each notification is a small {@code notification} process instance started in the
 * transaction of the case step that caused it (an execution: a delegate or execution listener; or a
 * task: a task listener); its asynchronous send retries and, when the mail server keeps failing,
 * leaves an incident in Cockpit, while the case goes on. Recipients are resolved when the mail is sent
 * ({@link SendEmailDelegate}): a group means its members at that time.
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

  /** Queues a message to every member of a group. */
  public void toGroup(DelegateExecution cause, String groupId, String subject, String body) {
    queue(Cause.of(cause), Map.of(TO_GROUP, groupId), subject, body);
  }

  /** Queues a message to one address (e.g. the applicant's, given at start). */
  public void toEmail(DelegateExecution cause, String email, String subject, String body) {
    queue(Cause.of(cause), Map.of(TO_EMAIL, email), subject, body);
  }

  /** Queues a message to a Camunda user (their e-mail address when it is sent). */
  public void toUser(DelegateExecution cause, String userId, String subject, String body) {
    queue(Cause.of(cause), Map.of(TO_USER, userId), subject, body);
  }

  /** Queues a message with a decision letter attached ({@code letterId}, may be {@code null}). */
  public void toEmail(DelegateExecution cause, String email, String subject, String body, Long letterId) {
    queue(Cause.of(cause), withLetter(Map.of(TO_EMAIL, email), letterId), subject, body);
  }

  public void toUser(DelegateExecution cause, String userId, String subject, String body, Long letterId) {
    queue(Cause.of(cause), withLetter(Map.of(TO_USER, userId), letterId), subject, body);
  }

  public void toEmail(DelegateTask cause, String email, String subject, String body, Long letterId) {
    queue(Cause.of(cause), withLetter(Map.of(TO_EMAIL, email), letterId), subject, body);
  }

  public void toUser(DelegateTask cause, String userId, String subject, String body, Long letterId) {
    queue(Cause.of(cause), withLetter(Map.of(TO_USER, userId), letterId), subject, body);
  }

  private static Map<String, Object> withLetter(Map<String, Object> recipient, Long letterId) {
    Map<String, Object> vars = new HashMap<>(recipient);
    if (letterId != null) {
      vars.put(LETTER_ID, letterId);
    }
    return vars;
  }

  public void toGroup(DelegateTask cause, String groupId, String subject, String body) {
    queue(Cause.of(cause), Map.of(TO_GROUP, groupId), subject, body);
  }

  public void toEmail(DelegateTask cause, String email, String subject, String body) {
    queue(Cause.of(cause), Map.of(TO_EMAIL, email), subject, body);
  }

  public void toUser(DelegateTask cause, String userId, String subject, String body) {
    queue(Cause.of(cause), Map.of(TO_USER, userId), subject, body);
  }

  /** The case step that causes a notification: its business key and its engine. */
  private record Cause(String businessKey, RuntimeService runtime) {

    static Cause of(DelegateExecution execution) {
      return new Cause(execution.getProcessBusinessKey(), execution.getProcessEngineServices().getRuntimeService());
    }

    static Cause of(DelegateTask task) {
      DelegateExecution execution = task.getExecution();
      return new Cause(execution == null ? null : execution.getProcessBusinessKey(),
          task.getProcessEngineServices().getRuntimeService());
    }
  }

  private void queue(Cause cause, Map<String, Object> recipient, String subject, String body) {
    Map<String, Object> vars = new HashMap<>(recipient);
    vars.put(SUBJECT, subject);
    vars.put(BODY, body);
    vars.put(CASE_KEY, cause.businessKey());
    // the system sends the mail, not the user whose step caused it: no authorization needed for the start
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      cause.runtime().startProcessInstanceByKey(PROCESS_KEY, cause.businessKey(), vars);
    } else {
      context.runWithoutAuthorization(() -> cause.runtime().startProcessInstanceByKey(PROCESS_KEY, cause.businessKey(), vars));
    }
  }
}
