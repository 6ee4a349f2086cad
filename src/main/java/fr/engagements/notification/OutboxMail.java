package fr.engagements.notification;

import java.time.Instant;

/**
 * One e-mail of the outbox ({@code mail_outbox}): who it goes to (a user, a group — its members when sent — or an
 * address), what it says, the decision letter to attach ({@code letterId}, may be {@code null}), and where it is:
 * {@code QUEUED} (waits for {@link MailOutboxWorker}), {@code SENT}, or {@code HANDED_OVER} (its send failed: a
 * {@code notification} process instance retries it and shows its incident in Cockpit).
 */
public record OutboxMail(long id, String caseKey, String toUser, String toGroup, String toEmail, String subject,
    String body, Long letterId, Instant createdAt, Status status, int attempts, Instant sentAt, String lastError) {

  public enum Status { QUEUED, SENT, HANDED_OVER }

  /** A mail not (yet) in the outbox: what {@link MailSending} needs to send it. */
  static OutboxMail of(String caseKey, String toUser, String toGroup, String toEmail, String subject, String body,
      Long letterId) {
    return new OutboxMail(0, caseKey, toUser, toGroup, toEmail, subject, body, letterId, null, Status.QUEUED, 0, null, null);
  }
}
