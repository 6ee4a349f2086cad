package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code approveInstallation}: the ARS of the region validates the installation, or sends the choice back. */
@Component
class ApproveInstallationPolicy extends BaseTaskPolicy {

  private final ArsCheck ars;

  ApproveInstallationPolicy(ArsCheck ars) {
    super(CespContractProcess.KEY, Tasks.APPROVE_INSTALLATION, INSTALLATION_APPROVED, ARS_COMMENT);
    this.ars = ars;
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Installation proposée : " + PRACTICE_PLACE_LABEL.get(task) + ", mode " + PRACTICE_MODE.get(task)
        + ", à partir du " + COMMITMENT_START_DATE.get(task) + " (secteur 1 en exercice libéral). Réservé à l'ARS de la région "
        + REGION.get(task) + ".");
    INSTALLATION_APPROVED.set(task.getExecution(), null);
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    Boolean approved = check.required(INSTALLATION_APPROVED, "La validation de l'installation");
    check.text(ARS_COMMENT, "Le commentaire de l'ARS", InputCheck.MAX_TEXT, Boolean.FALSE.equals(approved));
    check.done();
    ars.requireAgentOf(task, REGION.get(task));
  }
}
