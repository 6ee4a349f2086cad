package fr.engagements.cer.allowance;

import static fr.engagements.cer.CerCandidacyProcess.MIN_RESEARCH_MONTHS;
import static fr.engagements.cer.CerCandidacyProcess.RESEARCH_MONTHS_COMPLETED;

import fr.engagements.casefile.CaseJournal;
import fr.engagements.process.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Inscrire l'obligation de service public" when a candidacy ends early (withdrawal, project not filed, research
 * shortfall): nothing is billed (CER_F3), the months of public service owed for the funded months stay recorded; a
 * research shortfall is recorded and reported to the national jury (CER_O2). The element's extension property
 * {@code reason} says why. The bean keeps its name: deployed versions of the model call it.
 */
@Component("recordReimbursementDelegate")
public class RecordReimbursementDelegate implements JavaDelegate {

  private final CerAllowance allowance;
  private final CaseJournal journal;

  RecordReimbursementDelegate(CerAllowance allowance, CaseJournal journal) {
    this.allowance = allowance;
    this.journal = journal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = ModelProperties.of(execution, "reason").orElse("Fin anticipée du CER");
    allowance.recordObligationAtEarlyEnd(execution, reason);
    RESEARCH_MONTHS_COMPLETED.find(execution).filter(months -> months < MIN_RESEARCH_MONTHS).ifPresent(months ->
        journal.record(execution.getProcessBusinessKey(), "RESEARCH_SHORTFALL", "Obligation de recherche non remplie : "
            + months + " mois accomplis pour " + MIN_RESEARCH_MONTHS + " exigés (CER_O2). Le manquement est consigné et signalé"
            + " au jury national ; aucune somme n'est réclamée (CER_F3)."));
  }
}
