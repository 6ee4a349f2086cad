package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.cesp.contract.ReferenceData;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Ouvrir la demande de changement de région" (CESP_9). */
@Component("openCespRegionChangeDelegate")
class OpenCespRegionChangeDelegate implements JavaDelegate {

  private final ReferenceData reference;

  OpenCespRegionChangeDelegate(ReferenceData reference) {
    this.reference = reference;
  }

  @Override
  public void execute(DelegateExecution execution) {
    InputCheck check = new InputCheck(execution);
    String target = check.text(TARGET_REGION, "La région cible", 8, true);
    check.done();
    if (reference.region(target).isEmpty()) {
      throw CaseInputException.badRequest("La région « " + target + " » n'existe pas.");
    }
    String current = REGION.get(execution);
    if (target.equals(current)) {
      throw CaseInputException.badRequest("Le contrat relève déjà de la région " + reference.regionLabel(target) + ".");
    }
    if (REGION_CHANGE_DECISION.find(execution).filter("PENDING"::equals).isPresent()) {
      throw CaseInputException.conflict("Une demande de changement de région est déjà en cours.");
    }
    REGION_CHANGE_REQUESTED_FROM.set(execution, current);
    REGION_CHANGE_DECISION.set(execution, "PENDING");
    HOME_ARS_APPROVED.set(execution, null);
    TARGET_ARS_APPROVED.set(execution, null);
  }
}
