package fr.engagements.cer.publicservice;

import static fr.engagements.cer.CerPublicServiceProcess.*;

import java.time.LocalDate;

import fr.engagements.casefile.CaseJournal;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerPublicServiceProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.FrenchFormat;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code validateServicePeriod}: the CER secretariat validates or refuses a declared period (a reason is required to
 * refuse). A validated period adds its whole months to {@code servedMonths}.
 */
@Component
class ValidateServicePeriodPolicy extends BaseTaskPolicy {

  private final CaseJournal journal;

  ValidateServicePeriodPolicy(CaseJournal journal) {
    super(CerPublicServiceProcess.KEY, Tasks.VALIDATE_SERVICE_PERIOD, SERVICE_PERIOD_VALID, SERVICE_PERIOD_REMARKS);
    this.journal = journal;
  }

  @Override
  public void onCreate(DelegateTask task) {
    LocalDate start = SERVICE_START.get(task);
    LocalDate end = SERVICE_END.get(task);
    task.setDescription("Période de service public déclarée : du " + FrenchFormat.day(start) + " au " + FrenchFormat.day(end)
        + " (" + PublicServiceObligation.months(start, end) + " mois entiers), " + SERVICE_EMPLOYER.find(task).orElse("?")
        + ". Vérifiez le justificatif, puis validez ou refusez la période (motif obligatoire). Mois déjà validés : "
        + SERVED_MONTHS.find(task).orElse(0) + " sur " + CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS.find(task).orElse(0)
        + " dus (CER_F3).");
    SERVICE_PERIOD_VALID.set(task.getExecution(), null);
    SERVICE_PERIOD_REMARKS.set(task.getExecution(), null);
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    Boolean valid = check.required(SERVICE_PERIOD_VALID, "La validation de la période");
    String remarks = check.text(SERVICE_PERIOD_REMARKS, "Le motif", InputCheck.MAX_TEXT, Boolean.FALSE.equals(valid));
    check.done();
    LocalDate start = SERVICE_START.get(task);
    LocalDate end = SERVICE_END.get(task);
    int months = PublicServiceObligation.months(start, end);
    String period = "du " + FrenchFormat.day(start) + " au " + FrenchFormat.day(end) + " (" + months + " mois)";
    if (Boolean.TRUE.equals(valid)) {
      int served = SERVED_MONTHS.find(task).orElse(0) + months;
      SERVED_MONTHS.set(task.getExecution(), served);
      journal.record(task.getExecution().getProcessBusinessKey(), "PUBLIC_SERVICE_VALIDATED", "Période de service public "
          + period + " validée : " + served + " mois validés sur " + CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS.find(task)
          .orElse(0) + " dus (CER_F3).");
    } else {
      journal.record(task.getExecution().getProcessBusinessKey(), "PUBLIC_SERVICE_REFUSED", "Période de service public "
          + period + " refusée : " + remarks);
    }
  }
}
