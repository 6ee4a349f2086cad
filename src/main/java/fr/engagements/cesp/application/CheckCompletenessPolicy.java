package fr.engagements.cesp.application;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.application.CespApplication.Stage;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code checkCompleteness}: the UFR says whether the dossier is complete; remarks are required when not. */
@Component
class CheckCompletenessPolicy extends BaseTaskPolicy {

  private final CespApplications applications;

  CheckCompletenessPolicy(CespApplications applications) {
    super(CespContractProcess.KEY, Tasks.CHECK_COMPLETENESS, DOSSIER_COMPLETE, DOSSIER_REMARKS);
    this.applications = applications;
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Vérifiez que le dossier CESP est complet et lisible (CESP_4). Les coordonnées bancaires sont"
        + " tenues à part, visibles du seul CNG : le compte " + BANK_ACCOUNT_MASKED.get(task) + " a été vérifié (clé IBAN).");
    applications.moveTo(task.getExecution().getProcessBusinessKey(), Stage.CHECK);
    DOSSIER_COMPLETE.set(task.getExecution(), null);
    DOSSIER_REMARKS.set(task.getExecution(), null);
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    Boolean complete = check.required(DOSSIER_COMPLETE, "La conclusion de la vérification");
    check.text(DOSSIER_REMARKS, "Les remarques", InputCheck.MAX_TEXT, Boolean.FALSE.equals(complete));
    check.done();
    if (Boolean.TRUE.equals(complete)) {
      applications.moveTo(task.getExecution().getProcessBusinessKey(), Stage.AWAITING_OPINION);
    }
  }
}
