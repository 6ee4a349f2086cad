package fr.engagements.appeal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Notifier la réponse au recours »: the answer's letter (decision maintained or withdrawn, with its rationale). */
@Component("notifyAppealAnswerDelegate")
class NotifyAppealAnswerDelegate implements JavaDelegate {

  private final AppealSteps steps;

  NotifyAppealAnswerDelegate(AppealSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.notifyAnswer(execution);
  }
}
