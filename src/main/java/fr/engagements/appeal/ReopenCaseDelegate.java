package fr.engagements.appeal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Rouvrir le dossier »: a withdrawn decision resumes the case at the right step (its contract says which). */
@Component("reopenCaseDelegate")
class ReopenCaseDelegate implements JavaDelegate {

  private final AppealSteps steps;

  ReopenCaseDelegate(AppealSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.reopen(execution);
  }
}
