package fr.engagements.cesp.contract;

import fr.engagements.process.ActingUser;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** An ARS task is completed by an agent of the region concerned (CESP_7, CESP_9); the system itself may act. */
@Component
public class ArsCheck {

  private final ReferenceData reference;

  ArsCheck(ReferenceData reference) {
    this.reference = reference;
  }

  public void requireAgentOf(DelegateTask task, String region) {
    ActingUser user = ActingUser.of(task.getProcessEngineServices()).orElse(null);
    if (user != null && !user.isAdmin() && !reference.isArsAgentOf(user.id(), region)) {
      throw CaseInputException.forbidden("Cette décision revient à l'ARS " + reference.regionLabel(region) + " : "
          + user.id() + " n'en est pas agent.");
    }
  }
}
