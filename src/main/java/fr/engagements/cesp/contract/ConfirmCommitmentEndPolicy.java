package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code confirmCommitmentEnd}: the ARS notes that the commitment is fulfilled (CESP_7). */
@Component
class ConfirmCommitmentEndPolicy extends BaseTaskPolicy {

  private final ArsCheck ars;

  ConfirmCommitmentEndPolicy(ArsCheck ars) {
    super(CespContractProcess.KEY, Tasks.CONFIRM_COMMITMENT_END, COMMITMENT_END_REMARKS);
    this.ars = ars;
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Engagement accompli : " + COMMITMENT_MONTHS_SERVED.get(task) + " mois d'exercice sur "
        + COMMITMENT_MONTHS_REQUIRED.get(task) + " requis, à " + PRACTICE_PLACE_LABEL.get(task) + ". Constatez la fin de l'engagement.");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    check.text(COMMITMENT_END_REMARKS, "Les remarques", InputCheck.MAX_TEXT, false);
    check.done();
    ars.requireAgentOf(task, REGION.get(task));
  }
}
