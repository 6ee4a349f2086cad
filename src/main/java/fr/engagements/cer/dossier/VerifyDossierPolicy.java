package fr.engagements.cer.dossier;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code verifyDossier}: the secretariat says whether the dossier is complete; remarks are required when not. */
@Component
class VerifyDossierPolicy extends BaseTaskPolicy {

  VerifyDossierPolicy() {
    super(CerCandidacyProcess.KEY, Tasks.VERIFY_DOSSIER, DOSSIER_COMPLETE, DOSSIER_REMARKS);
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Vérifiez que les trois pièces du dossier d'entrée sont présentes et lisibles.");
    // each round is judged afresh: the previous conclusion and remarks stay in history
    DOSSIER_COMPLETE.set(task.getExecution(), null);
    DOSSIER_REMARKS.set(task.getExecution(), null);
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    Boolean complete = check.required(DOSSIER_COMPLETE, "La conclusion de la vérification");
    check.text(DOSSIER_REMARKS, "Les remarques", InputCheck.MAX_TEXT, Boolean.FALSE.equals(complete));
    check.done();
  }
}
