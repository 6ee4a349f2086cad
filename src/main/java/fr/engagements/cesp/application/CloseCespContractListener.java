package fr.engagements.cesp.application;

import static fr.engagements.cesp.CespContractProcess.OUTCOME;

import fr.engagements.cesp.CespContractProcess.Outcome;
import fr.engagements.process.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On every outcome end event of {@code cesp-contract}: the {@code outcome} property becomes the process variable
 * (kept in history) and the row's outcome.
 */
@Component("closeCespContractListener")
class CloseCespContractListener implements ExecutionListener {

  private final CespApplications applications;

  CloseCespContractListener(CespApplications applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String value = ModelProperties.of(execution, "outcome").orElseThrow(() -> new IllegalStateException(
        "End event " + execution.getCurrentActivityId() + " has no extension property 'outcome'"));
    Outcome outcome = Outcome.valueOf(value);
    execution.getProcessInstance().setVariable(OUTCOME.name(), outcome.name());
    applications.close(execution.getProcessBusinessKey(), outcome);
  }
}
