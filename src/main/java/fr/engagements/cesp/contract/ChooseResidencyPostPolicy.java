package fr.engagements.cesp.contract;

import static fr.engagements.cesp.CespContractProcess.*;

import java.util.stream.Collectors;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code chooseResidencyPost} (CESP_8): the beneficiary's turn, by national rank, to choose a post still free. */
@Component
class ChooseResidencyPostPolicy extends BaseTaskPolicy {

  private final ResidencyPostChoice choice;

  ChooseResidencyPostPolicy(ResidencyPostChoice choice) {
    super(CespContractProcess.KEY, Tasks.CHOOSE_RESIDENCY_POST, RESIDENCY_POST);
    this.choice = choice;
  }

  @Override
  public void onCreate(DelegateTask task) {
    int year = POST_CHOICE_YEAR.get(task);
    String free = choice.freePosts(year).stream()
        .map(p -> p.getCode() + " (" + p.label() + ", " + (p.getPlaces() - p.getTaken()) + " place(s))")
        .collect(Collectors.joining(", "));
    task.setDescription("Classé(e) " + NATIONAL_RANK.get(task) + "e aux épreuves nationales, c'est votre tour de choisir votre"
        + " poste d'interne sur la liste CESP " + year + " (règle CESP_8 : les mieux classés choisissent d'abord)."
        + " Postes encore libres : " + free + ".");
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    String code = check.text(RESIDENCY_POST, "Le poste d'interne", 60, true);
    check.done();
    ResidencyPost post = choice.choose(task.getExecution().getProcessBusinessKey(), code);
    RESIDENCY_POST_LABEL.set(task.getExecution(), post.label());
  }
}
