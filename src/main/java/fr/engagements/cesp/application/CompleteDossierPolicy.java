package fr.engagements.cesp.application;

import static fr.engagements.cesp.CespContractProcess.*;

import java.util.List;
import java.util.stream.Stream;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.application.CespApplication.Stage;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * {@code completeDossier} of {@code cesp-contract}: the applicant gives the missing documents; all are then
 * required (CESP_4). Bean named after its process: the CER's {@code completeDossier} has its own policy.
 */
@Component("cespCompleteDossierPolicy")
class CompleteDossierPolicy extends BaseTaskPolicy {

  private final CespDossier dossier;
  private final CespApplications applications;

  CompleteDossierPolicy(CespDossier dossier, CespApplications applications) {
    super(CespContractProcess.KEY, Tasks.COMPLETE_DOSSIER,
        Stream.concat(DOSSIER.stream(), Stream.of(IBAN, BANK_ACCOUNT_HOLDER, BANK_DETAILS)).toList());
    this.dossier = dossier;
    this.applications = applications;
  }

  @Override
  public void onCreate(DelegateTask task) {
    applications.moveTo(task.getExecution().getProcessBusinessKey(), Stage.DOSSIER);
    String missing = dossier.describeMissing(task, task.getExecution().getProcessBusinessKey());
    MISSING_DOCUMENTS.set(task.getExecution(), missing);
    StringBuilder description = new StringBuilder("Complétez votre dossier de candidature au CESP"
        + fr.engagements.process.DueDates.until(task) + ".");
    if (!missing.isEmpty()) {
      description.append(" Pièces manquantes : ").append(missing).append('.');
    }
    if (task.getVariable(DOSSIER_REMARKS.name()) instanceof String r && !r.isBlank()) {
      description.append(" Remarques de l'UFR : ").append(r);
    }
    task.setDescription(description.toString());
  }

  @Override
  public void onComplete(DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    InputCheck check = new InputCheck(task);
    for (Var<FileValue> document : CespDossier.required(task)) {
      check.pdf(document, CespDossier.label(document.name()), true);
    }
    check.pdf(BANK_DETAILS, CespDossier.label(BANK_DETAILS.name()), false);
    check.done();
    applications.updateBankDetails(task, businessKey);
    List<String> missing = dossier.missing(task, businessKey);
    if (!missing.isEmpty()) {
      check.problem(CespDossier.label(missing.get(0)) + " (" + missing.get(0) + ") est obligatoire (fichier PDF).");
      check.done();
    }
    MISSING_DOCUMENTS.set(task.getExecution(), "");
  }
}
