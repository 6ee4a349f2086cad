package fr.engagements.cer.candidacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On "Candidature déposée": checks the start variables and registers the candidacy. */
@Component("registerCandidacyListener")
public class RegisterCandidacyListener implements ExecutionListener {

  private final CandidacyService candidacies;

  RegisterCandidacyListener(CandidacyService candidacies) {
    this.candidacies = candidacies;
  }

  @Override
  public void notify(DelegateExecution execution) {
    candidacies.register(execution);
  }
}
