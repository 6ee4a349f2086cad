package fr.engagements.cesp.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On "Candidature déposée" ({@code cesp-contract}): checks the start variables and registers the application. */
@Component("registerCespApplicationListener")
class RegisterCespApplicationListener implements ExecutionListener {

  private final CespApplications applications;

  RegisterCespApplicationListener(CespApplications applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateExecution execution) {
    applications.register(execution);
  }
}
