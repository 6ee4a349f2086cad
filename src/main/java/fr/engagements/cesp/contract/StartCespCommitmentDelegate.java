package fr.engagements.cesp.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ouvrir l'engagement" ({@code cesp-contract}, CESP_3): the service obligation starts. */
@Component("startCespCommitmentDelegate")
class StartCespCommitmentDelegate implements JavaDelegate {

  private final Commitment commitment;

  StartCespCommitmentDelegate(Commitment commitment) {
    this.commitment = commitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    commitment.start(execution);
  }
}
