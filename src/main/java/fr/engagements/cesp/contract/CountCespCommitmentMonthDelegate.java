package fr.engagements.cesp.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Compter le mois d'engagement" ({@code cesp-contract}, CESP_7). */
@Component("countCespCommitmentMonthDelegate")
class CountCespCommitmentMonthDelegate implements JavaDelegate {

  private final Commitment commitment;

  CountCespCommitmentMonthDelegate(Commitment commitment) {
    this.commitment = commitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    commitment.countMonth(execution);
  }
}
