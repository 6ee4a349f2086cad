package fr.engagements.cer.project;

import fr.engagements.notification.RemindTaskDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Relancer le signataire": the reminder timer of a signature task fired; the task stays open, is
 * marked for follow-up (see {@link SignatureReminders#remind}) and its signers get an e-mail.
 */
@Component("remindSignerDelegate")
public class RemindSignerDelegate implements JavaDelegate {

  private final SignatureReminders reminders;
  private final RemindTaskDelegate mail;

  RemindSignerDelegate(SignatureReminders reminders, RemindTaskDelegate mail) {
    this.reminders = reminders;
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminders.remind(execution);
    mail.execute(execution);
  }
}
