package fr.engagements.notification;

import fr.engagements.casefile.Applicant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes to the applicant of a case about a decision that concerns them, in French. Works for any
 * process whose instances carry the applicant's {@code applicantEmail} (else the Camunda user
 * {@code applicantId}) and {@code applicantName}. The letter greets the applicant, names the case
 * (business key in the subject and body) and links to the case's timeline.
 *
 * <pre>applicantNotifier.decision(execution, "Décision sur votre poste", "Le jury ... Motivation : ...");</pre>
 */
@Component
public class ApplicantNotifier {

  private static final Logger LOG = LoggerFactory.getLogger(ApplicantNotifier.class);

  private final NotificationService notifications;
  private final NotificationLinks links;

  ApplicantNotifier(NotificationService notifications, NotificationLinks links) {
    this.notifications = notifications;
    this.links = links;
  }

  /** Queues a letter to the applicant from a delegate or an execution listener. */
  public void decision(DelegateExecution execution, String subject, String body) {
    decision(execution, subject, body, null);
  }

  /** Same, with the decision letter {@code letterId} (PDF) attached; {@code null}: no attachment. */
  public void decision(DelegateExecution execution, String subject, String body, Long letterId) {
    String businessKey = execution.getProcessBusinessKey();
    Recipient to = recipient(execution);
    switch (to.kind()) {
      case EMAIL -> notifications.toEmail(execution, to.address(), subject(subject, businessKey),
          letter(execution, businessKey, body, letterId), letterId);
      case USER -> notifications.toUser(execution, to.address(), subject(subject, businessKey),
          letter(execution, businessKey, body, letterId), letterId);
      case NONE -> LOG.warn("Case {}: no applicant e-mail address, letter « {} » not sent", businessKey, subject);
    }
  }

  /** Queues a letter to the applicant from a task listener (a decision taken by completing a task). */
  public void decision(DelegateTask task, String subject, String body) {
    decision(task, subject, body, null);
  }

  /** Same, with the decision letter {@code letterId} (PDF) attached; {@code null}: no attachment. */
  public void decision(DelegateTask task, String subject, String body, Long letterId) {
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    Recipient to = recipient(task);
    switch (to.kind()) {
      case EMAIL -> notifications.toEmail(task, to.address(), subject(subject, businessKey),
          letter(task, businessKey, body, letterId), letterId);
      case USER -> notifications.toUser(task, to.address(), subject(subject, businessKey),
          letter(task, businessKey, body, letterId), letterId);
      case NONE -> LOG.warn("Case {}: no applicant e-mail address, letter « {} » not sent", businessKey, subject);
    }
  }

  /** The applicant's address: {@code applicantEmail}, else the Camunda user {@code applicantId}. */
  static Recipient recipient(VariableScope scope) {
    String email = Applicant.EMAIL.get(scope);
    if (email != null && !email.isBlank()) {
      return new Recipient(Recipient.Kind.EMAIL, email.strip());
    }
    String user = Applicant.ID.get(scope);
    if (user != null && !user.isBlank()) {
      return new Recipient(Recipient.Kind.USER, user);
    }
    return new Recipient(Recipient.Kind.NONE, null);
  }

  record Recipient(Kind kind, String address) {
    enum Kind { EMAIL, USER, NONE }
  }

  private static String subject(String subject, String businessKey) {
    return businessKey == null || subject.contains(businessKey) ? subject : subject + " — " + businessKey;
  }

  private String letter(VariableScope scope, String businessKey, String body, Long letterId) {
    StringBuilder letter = new StringBuilder("Bonjour");
    Applicant.NAME.find(scope).filter(name -> !name.isBlank()).ifPresent(name -> letter.append(' ').append(name.strip()));
    letter.append(",\n\n").append(body.strip()).append("\n\n");
    if (letterId != null) {
      letter.append("Le courrier de décision est joint à ce message (PDF) ; il est aussi téléchargeable depuis l'historique")
          .append(" de votre dossier.\n\n");
    }
    if (businessKey != null) {
      letter.append("Dossier : ").append(businessKey).append('\n')
          .append("Suivre votre dossier : ").append(links.timeline(businessKey)).append('\n');
    }
    letter.append("Vos tâches : ").append(links.tasklist()).append("\n\n")
        .append("Ce message est envoyé automatiquement ; merci de ne pas y répondre.\n");
    return letter.toString();
  }
}
