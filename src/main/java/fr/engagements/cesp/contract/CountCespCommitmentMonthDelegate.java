package fr.engagements.cesp.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Compter le mois d'engagement" of cesp-contract 1.0 and 1.1 (the monthly commitment loop): kept so that contracts not
 * yet migrated to 1.2 keep counting until they are; remove once none runs on 1.1.
 */
@Component("countCespCommitmentMonthDelegate")
class CountCespCommitmentMonthDelegate implements JavaDelegate {

  private final Commitment commitment;

  CountCespCommitmentMonthDelegate(Commitment commitment) {
    this.commitment = commitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    commitment.countMonthOfVersion11(execution);
  }
}
