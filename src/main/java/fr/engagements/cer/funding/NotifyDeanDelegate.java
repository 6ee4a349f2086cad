package fr.engagements.cer.funding;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.casefile.Groups;
import fr.engagements.directory.AgentRole;
import fr.engagements.directory.Directory;
import fr.engagements.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Informer le doyen" (CER_F4): the dean of the faculty where the admitted student studies is asked to free time for
 * research — that dean only (need to know: another faculty's dean learns nothing of the student). When the applicant
 * named no faculty, or the directory gives it no dean, the secretariat is told to pass the notice on, with the reason.
 */
@Component("notifyDeanDelegate")
public class NotifyDeanDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final Directory directory;

  NotifyDeanDelegate(NotificationService notifications, Directory directory) {
    this.notifications = notifications;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String name = APPLICANT_NAME.get(execution);
    String key = execution.getProcessBusinessKey();
    String funding = FUNDING_DECISION.get(execution) == FundingDecision.FUNDED ? "financé" : "non financé";
    String notice = name + " (laboratoire : " + RESEARCH_LAB.get(execution) + ") est admis(e) au Contrat d'Engagement"
        + " Recherche (" + funding + "), candidature " + key + ".\n\nConformément au dispositif (CER_F4), la faculté est"
        + " invitée à libérer du temps pour ses activités de recherche.";
    String faculty = execution.getVariable(STUDIES_FACULTY.name()) instanceof String f && !f.isBlank() ? f : null;
    String deans = faculty == null ? null : AgentRole.DEAN.groupOf(faculty);
    if (deans != null && directory.hasAgents(deans)) {
      notifications.toGroup(execution, deans, "CER — " + key + " — admission de " + name,
          "Madame, Monsieur le Doyen,\n\n" + notice + "\n\nLe secrétariat national du CER");
      return;
    }
    String reason = faculty == null ? "le demandeur n'a pas indiqué sa faculté d'inscription"
        : "l'annuaire ne donne aucun doyen à la faculté " + faculty;
    notifications.toGroup(execution, Groups.CER_SECRETARIAT, "CER — " + key + " — doyen à informer (" + reason + ")",
        "Le doyen de la faculté du demandeur n'a pas pu être informé automatiquement : " + reason + ".\nMerci de lui"
            + " transmettre l'avis suivant.\n\n" + notice);
  }
}
