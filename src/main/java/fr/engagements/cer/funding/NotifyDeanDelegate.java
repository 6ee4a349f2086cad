package fr.engagements.cer.funding;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.casefile.Groups;
import fr.engagements.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Informer le doyen" (CER_F4): the faculty is asked to free time for the admitted student's research. */
@Component("notifyDeanDelegate")
public class NotifyDeanDelegate implements JavaDelegate {

  private final NotificationService notifications;

  NotifyDeanDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String name = APPLICANT_NAME.get(execution);
    String funding = FUNDING_DECISION.get(execution) == FundingDecision.FUNDED ? "financé" : "non financé";
    notifications.toGroup(execution, Groups.DEANS,
        "CER — " + execution.getProcessBusinessKey() + " — admission de " + name,
        "Madame, Monsieur le Doyen,\n\n" + name + " (laboratoire : " + RESEARCH_LAB.get(execution)
            + ") est admis(e) au Contrat d'Engagement Recherche (" + funding + "), candidature "
            + execution.getProcessBusinessKey() + ".\n\nConformément au dispositif (CER_F4), la faculté est invitée à"
            + " libérer du temps pour ses activités de recherche.\n\nLe secrétariat national du CER");
  }
}
