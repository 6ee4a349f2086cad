package fr.engagements.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often a failed e-mail is tried again before it becomes an incident in Cockpit: the retry cycle of
 * {@code sendEmail} in {@code processes/notification.bpmn} ({@code ${mailRetry.cycle}}), set by
 * {@code engagements.mail.retry-cycle} (environment {@code MAIL_RETRY_CYCLE}, default {@code R5/PT10M}:
 * 5 tries 10 minutes apart).
 */
@Component("mailRetry")
public class MailRetry {

  private final String cycle;

  MailRetry(@Value("${engagements.mail.retry-cycle:R5/PT10M}") String cycle) {
    if (!cycle.matches("R\\d+/P[0-9YMWDTHS.]+")) {
      throw new IllegalArgumentException("engagements.mail.retry-cycle must read R<tries>/<ISO-8601 duration>, e.g. R5/PT10M: " + cycle);
    }
    this.cycle = cycle;
  }

  public String getCycle() {
    return cycle;
  }
}
