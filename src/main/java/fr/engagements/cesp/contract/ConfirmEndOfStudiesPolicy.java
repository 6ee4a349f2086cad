package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.Clock;
import java.time.LocalDate;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code confirmEndOfStudies}: the UFR records the diploma; the allowance stops after that month (CESP_2). */
@Component
class ConfirmEndOfStudiesPolicy extends BaseTaskPolicy {

  private final Clock clock;

  ConfirmEndOfStudiesPolicy(Clock clock) {
    super(CespContractProcess.KEY, Tasks.CONFIRM_END_OF_STUDIES, DIPLOMA_DATE);
    this.clock = clock;
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Quand le bénéficiaire a obtenu son diplôme (thèse soutenue, fin du 3e cycle), indiquez-en la date :"
        + " l'allocation cesse et le choix du lieu d'exercice s'ouvre. Date prévue : " + EXPECTED_DIPLOMA_DATE.get(task) + ".");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    LocalDate diploma = check.date(DIPLOMA_DATE, "La date d'obtention du diplôme", true);
    if (diploma != null && diploma.isAfter(LocalDate.now(clock))) {
      check.problem("La date d'obtention du diplôme ne peut pas être dans le futur.");
    }
    check.done();
    STUDIES_ENDED.set(task.getExecution(), true);
  }
}
