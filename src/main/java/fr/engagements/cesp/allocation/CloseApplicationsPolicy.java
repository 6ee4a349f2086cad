package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespCampaignProcess.*;

import fr.engagements.cesp.CespCampaignProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code closeApplications}: the UFR closes the applications before the deadline (it sets its own deadline, CESP_5). */
@Component
class CloseApplicationsPolicy extends BaseTaskPolicy {

  CloseApplicationsPolicy() {
    super(CespCampaignProcess.KEY, Tasks.CLOSE_APPLICATIONS, CLOSE_EARLY_CONFIRMED);
  }

  @Override
  public void onCreate(DelegateTask task) {
    task.setDescription("Les dépôts se closent d'eux-mêmes à la date limite (" + APPLICATION_DEADLINE.get(task)
        + ") ; complétez cette tâche seulement pour les clore plus tôt. Aucune candidature ne sera plus reçue.");
  }

  @Override
  public void onComplete(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(CLOSE_EARLY_CONFIRMED.name()))) {
      throw CaseInputException.badRequest("Confirmez la clôture anticipée des dépôts (closeEarlyConfirmed).");
    }
  }
}
