package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Appliquer la décision" (CESP_9): the region changes only when both ARS approved. */
@Component("decideCespRegionChangeDelegate")
class DecideCespRegionChangeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = Boolean.TRUE.equals(HOME_ARS_APPROVED.get(execution)) && Boolean.TRUE.equals(TARGET_ARS_APPROVED.get(execution));
    REGION_CHANGE_DECISION.set(execution, approved ? "APPROVED" : "REFUSED");
    if (approved) {
      REGION.set(execution, TARGET_REGION.get(execution));
    }
  }
}
