package fr.engagements.cesp.application;

import static fr.engagements.cesp.CespContractProcess.OUTCOME;

import fr.engagements.cesp.CespContractProcess.Outcome;
import fr.engagements.process.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Listeners of the {@code cesp-contract} model: registration at start, outcome at every outcome end event. */
final class CespApplicationListeners {

  private CespApplicationListeners() {
  }

  /** On "Candidature déposée": checks the start variables and registers the application. */
  @Component("registerCespApplicationListener")
  static class Register implements ExecutionListener {

    private final CespApplications applications;

    Register(CespApplications applications) {
      this.applications = applications;
    }

    @Override
    public void notify(DelegateExecution execution) {
      applications.register(execution);
    }
  }

  /** On every outcome end event: the {@code outcome} property becomes the process variable (kept in history) and the row's outcome. */
  @Component("closeCespContractListener")
  static class Close implements ExecutionListener {

    private final CespApplications applications;

    Close(CespApplications applications) {
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
}
