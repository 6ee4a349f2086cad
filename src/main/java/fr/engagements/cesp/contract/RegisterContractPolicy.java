package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.Clock;
import java.time.LocalDate;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code registerContract}: the CNG checks the bank details (which only it sees) and sets the allowance's first month. */
@Component
class RegisterContractPolicy extends BaseTaskPolicy {

  private final Clock clock;

  RegisterContractPolicy(Clock clock) {
    super(CespContractProcess.KEY, Tasks.REGISTER_CONTRACT, BANK_DETAILS_CHECKED, ALLOWANCE_START_DATE);
    this.clock = clock;
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Contrat signé le " + SIGNATURE_DATE.get(task) + ". Vérifiez les coordonnées bancaires ("
        + BANK_ACCOUNT_MASKED.get(task) + " ; le détail n'est visible que du CNG) et fixez le premier mois d'allocation.");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    Boolean checked = check.required(BANK_DETAILS_CHECKED, "La vérification des coordonnées bancaires");
    LocalDate start = check.date(ALLOWANCE_START_DATE, "Le début de l'allocation", true);
    if (Boolean.FALSE.equals(checked)) {
      check.problem("Les coordonnées bancaires doivent être vérifiées avant l'enregistrement du contrat.");
    }
    LocalDate signed = SIGNATURE_DATE.get(task);
    if (start != null && signed != null && start.withDayOfMonth(1).isBefore(signed.withDayOfMonth(1))) {
      check.problem("L'allocation ne peut commencer avant le mois de la signature (" + signed + ").");
    }
    if (start != null && start.isAfter(LocalDate.now(clock).plusYears(1))) {
      check.problem("Le début de l'allocation doit être dans l'année qui vient.");
    }
    check.done();
    ALLOWANCE_MONTH.set(task.getExecution(), start.withDayOfMonth(1));
    // 1.2: the allowance loop starts at its timer, which pays the first month on its 1st (at once if already past)
    NEXT_ALLOWANCE_DATE.set(task.getExecution(), start.withDayOfMonth(1).atStartOfDay(fr.engagements.config.EngineClock.ZONE)
        .toOffsetDateTime().toString());
    ALLOWANCE_PAID_CENTS.set(task.getExecution(), 0L);
    STUDIES_ENDED.set(task.getExecution(), false);
  }
}
