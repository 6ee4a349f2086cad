package fr.engagements.cer.dossier;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.candidacy.DocumentLabels;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.DueDates;
import fr.engagements.process.InputCheck;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/** {@code completeDossier}: the applicant gives the missing documents (CER_E5); all three are then required. */
@Component
class CompleteDossierPolicy extends BaseTaskPolicy {

  private final EntryDossier dossier;

  CompleteDossierPolicy(EntryDossier dossier) {
    super(CerCandidacyProcess.KEY, Tasks.COMPLETE_DOSSIER, ENTRY_DOSSIER);
    this.dossier = dossier;
  }

  @Override
  public void onCreate(DelegateTask task) {
    String missing = dossier.describeMissing(task);
    MISSING_DOCUMENTS.set(task.getExecution(), missing);
    Object remarks = task.getVariable(DOSSIER_REMARKS.name());
    StringBuilder description = new StringBuilder("Complétez votre dossier d'entrée" + DueDates.until(task) + ".");
    if (!missing.isEmpty()) {
      description.append(" Pièces manquantes : ").append(missing).append('.');
    }
    if (remarks instanceof String r && !r.isBlank()) {
      description.append(" Remarques du secrétariat : ").append(r);
    }
    task.setDescription(description.toString());
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    for (Var<FileValue> document : ENTRY_DOSSIER) {
      check.pdf(document, DocumentLabels.of(document.name()), true);
    }
    check.done();
    MISSING_DOCUMENTS.set(task.getExecution(), "");
  }
}
