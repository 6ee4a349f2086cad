package fr.engagements.appeal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** « Accuser réception du recours »: the acknowledgement letter with the dates of the two-month rule. */
@Component("acknowledgeAppealDelegate")
class AcknowledgeAppealDelegate implements JavaDelegate {

  private final AppealSteps steps;

  AcknowledgeAppealDelegate(AppealSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.acknowledge(execution);
  }
}
