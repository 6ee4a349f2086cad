package fr.engagements.cesp.application;

import static fr.engagements.cesp.CespContractProcess.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.application.CespApplication.Stage;
import fr.engagements.process.InputCheck;
import fr.engagements.process.StartPolicy;
import fr.engagements.process.TaskPolicy;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/** The application's start and its dossier stage (CESP_4): what clients may send, and what is checked. */
final class DossierPolicies {

  private DossierPolicies() {
  }

  @Component
  static class CespStartPolicy implements StartPolicy {

    @Override
    public String processKey() {
      return CespContractProcess.KEY;
    }

    @Override
    public Set<String> startVariables() {
      return CespStartRules.START_VARIABLES;
    }
  }

  /** {@code completeDossier}: the applicant gives the missing documents; all are then required. */
  @Component
  static class CompleteDossierPolicy implements TaskPolicy {

    private final CespDossier dossier;
    private final CespApplications applications;

    CompleteDossierPolicy(CespDossier dossier, CespApplications applications) {
      this.dossier = dossier;
      this.applications = applications;
    }

    @Override
    public String processKey() {
      return CespContractProcess.KEY;
    }

    @Override
    public String taskKey() {
      return Tasks.COMPLETE_DOSSIER;
    }

    @Override
    public Set<String> completionVariables() {
      return Stream.concat(DOSSIER.stream().map(Var::name), Stream.of(IBAN.name(), BANK_ACCOUNT_HOLDER.name(), BANK_DETAILS.name()))
          .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void onCreate(DelegateTask task) {
      applications.moveTo(task.getExecution().getProcessBusinessKey(), Stage.DOSSIER);
      String missing = dossier.describeMissing(task, task.getExecution().getProcessBusinessKey());
      MISSING_DOCUMENTS.set(task.getExecution(), missing);
      StringBuilder description = new StringBuilder("Complétez votre dossier de candidature au CESP dans les 30 jours.");
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

  /** {@code checkCompleteness}: the UFR says whether the dossier is complete; remarks are required when not. */
  @Component
  static class CheckCompletenessPolicy implements TaskPolicy {

    private final CespApplications applications;

    CheckCompletenessPolicy(CespApplications applications) {
      this.applications = applications;
    }

    @Override
    public String processKey() {
      return CespContractProcess.KEY;
    }

    @Override
    public String taskKey() {
      return Tasks.CHECK_COMPLETENESS;
    }

    @Override
    public Set<String> completionVariables() {
      return Set.of(DOSSIER_COMPLETE.name(), DOSSIER_REMARKS.name());
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
}
