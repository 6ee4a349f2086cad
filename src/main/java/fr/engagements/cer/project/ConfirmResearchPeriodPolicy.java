package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code confirmResearchPeriod}: the DES coordinator confirms the months of research done in the 3rd cycle (CER_O2). */
@Component
class ConfirmResearchPeriodPolicy extends BaseTaskPolicy {

  ConfirmResearchPeriodPolicy() {
    super(CerCandidacyProcess.KEY, Tasks.CONFIRM_RESEARCH_PERIOD, RESEARCH_MONTHS_COMPLETED);
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Confirmez le nombre de mois de recherche (équivalent temps plein) effectués pendant le 3e cycle sur le"
        + " poste hors contingent " + ASSIGNED_POST.find(task).orElse("?") + " (projet : " + RESEARCH_MONTHS.find(task)
        .map(String::valueOf).orElse("?") + " mois). Moins de " + MIN_RESEARCH_MONTHS + " mois : l'obligation de recherche"
        + " n'est pas remplie (CER_O2) : le manquement est consigné et signalé au jury national, sans remboursement (CER_F3).");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    check.integer(RESEARCH_MONTHS_COMPLETED, "Les mois de recherche effectués", 0, SubmitProjectPolicy.MAX_RESEARCH_MONTHS, true);
    check.done();
  }
}
