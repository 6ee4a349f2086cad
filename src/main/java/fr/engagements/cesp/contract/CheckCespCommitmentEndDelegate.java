package fr.engagements.cesp.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Vérifier la fin de l'engagement" ({@code cesp-contract} 1.2, CESP_3): the end-of-commitment timer fired. */
@Component("checkCespCommitmentEndDelegate")
class CheckCespCommitmentEndDelegate implements JavaDelegate {

  private final Commitment commitment;

  CheckCespCommitmentEndDelegate(Commitment commitment) {
    this.commitment = commitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    commitment.check(execution);
  }
}
