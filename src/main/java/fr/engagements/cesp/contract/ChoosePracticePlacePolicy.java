package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.LocalDate;
import java.util.stream.Collectors;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code choosePracticePlace}: a place of the national list in the contract's region, a mode, a start (CESP_3). */
@Component
class ChoosePracticePlacePolicy extends BaseTaskPolicy {

  private final ReferenceData reference;

  ChoosePracticePlacePolicy(ReferenceData reference) {
    super(CespContractProcess.KEY, Tasks.CHOOSE_PRACTICE_PLACE, PRACTICE_PLACE, PRACTICE_MODE, COMMITMENT_START_DATE);
    this.reference = reference;
  }

  @Override
  public void onCreate(DelegateTask task) {
    String region = REGION.get(task);
    String places = reference.placesIn(region).stream().map(p -> p.getCode() + " (" + p.getLabel() + ")")
        .collect(Collectors.joining(", "));
    StringBuilder text = new StringBuilder("Choisissez votre lieu d'exercice sur la liste nationale, dans la région "
        + reference.regionLabel(region) + " : " + places + ".");
    if (task.getVariable(ARS_COMMENT.name()) instanceof String c && !c.isBlank()) {
      text.append(" Remarque de l'ARS : ").append(c);
    }
    task.setDescription(text.toString());
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    String code = check.text(PRACTICE_PLACE, "Le lieu d'exercice", 32, true);
    check.choice(PRACTICE_MODE, "Le mode d'exercice", PracticeMode.class, true);
    LocalDate start = check.date(COMMITMENT_START_DATE, "Le début de l'exercice", true);
    check.done();
    String region = REGION.get(task);
    PracticePlace place = reference.place(code).filter(PracticePlace::isActive).orElseThrow(() -> CaseInputException.badRequest(
        "Le lieu « " + code + " » n'est pas sur la liste nationale des lieux d'exercice (CESP_3)."));
    if (!place.getRegion().equals(region)) {
      throw CaseInputException.badRequest("Le lieu « " + code + " » est hors de votre région (" + reference.regionLabel(region)
          + ") : un changement de région demande l'accord des deux ARS (CESP_9).");
    }
    LocalDate diploma = DIPLOMA_DATE.get(task);
    if (diploma != null && start.isBefore(diploma)) {
      throw CaseInputException.badRequest("L'exercice commence après l'obtention du diplôme (" + diploma + ").");
    }
    PRACTICE_PLACE_LABEL.set(task.getExecution(), place.getLabel());
  }
}
