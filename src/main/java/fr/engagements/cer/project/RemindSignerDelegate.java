package fr.engagements.cer.project;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Relancer le signataire": the reminder timer of a signature task fired; the task stays open and is
 * marked for follow-up (see {@link SignatureReminders#remind}). An e-mail to the signer's group hooks here.
 */
@Component
public class RemindSignerDelegate implements JavaDelegate {

  private final SignatureReminders reminders;

  RemindSignerDelegate(SignatureReminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminders.remind(execution);
  }
}
