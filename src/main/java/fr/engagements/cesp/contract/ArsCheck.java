package fr.engagements.cesp.contract;

import fr.engagements.identity.Groups;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** An ARS task is completed by an agent of the region concerned (CESP_7, CESP_9); the system itself may act. */
@Component
public class ArsCheck {

  private final ReferenceData reference;

  ArsCheck(ReferenceData reference) {
    this.reference = reference;
  }

  public void requireAgentOf(DelegateTask task, String region) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return;
    }
    boolean admin = auth.getGroupIds() != null && auth.getGroupIds().contains(Groups.ADMIN);
    if (!admin && !reference.isArsAgentOf(auth.getUserId(), region)) {
      throw CaseInputException.forbidden("Cette décision revient à l'ARS " + reference.regionLabel(region) + " : "
          + auth.getUserId() + " n'en est pas agent.");
    }
  }
}
