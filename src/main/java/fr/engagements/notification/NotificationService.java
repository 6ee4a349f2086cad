package fr.engagements.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * Queues e-mails. Each notification is a small {@code notification} process instance started in the
 * transaction of the case step that caused it; its asynchronous send retries and, when the mail
 * server keeps failing, leaves an incident in Cockpit, while the case goes on.
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

  /** Queues a message to every member of a group. */
  public void toGroup(DelegateExecution cause, String groupId, String subject, String body) {
    queue(cause, Map.of(TO_GROUP, groupId), subject, body);
  }

  /** Queues a message to one address (e.g. the applicant's, given at start). */
  public void toEmail(DelegateExecution cause, String email, String subject, String body) {
    queue(cause, Map.of(TO_EMAIL, email), subject, body);
  }

  private void queue(DelegateExecution cause, Map<String, Object> recipient, String subject, String body) {
    Map<String, Object> vars = new HashMap<>(recipient);
    vars.put(SUBJECT, subject);
    vars.put(BODY, body);
    vars.put(CASE_KEY, cause.getProcessBusinessKey());
    cause.getProcessEngineServices().getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, cause.getProcessBusinessKey(), vars);
  }
}
