package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespCampaignProcess.*;

import java.util.List;
import java.util.Set;

import fr.engagements.cesp.CespCampaignProcess;
import fr.engagements.cesp.application.CespApplication;
import fr.engagements.cesp.application.CespApplication.Stage;
import fr.engagements.cesp.application.CespApplications;
import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import fr.engagements.process.TaskPolicy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The steps of the {@code cesp-campaign} process: thin, the work is in {@link Allocation}. */
final class CampaignSteps {

  private CampaignSteps() {
  }

  /** "Clore les dépôts": at the deadline, or earlier when the UFR closes them. */
  @Component("closeCespApplicationsDelegate")
  static class CloseApplications implements JavaDelegate {

    private final CespCampaigns campaigns;

    CloseApplications(CespCampaigns campaigns) {
      this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
      campaigns.lock(CAMPAIGN_YEAR.get(execution), UFR.get(execution)).setApplicationOpen(false);
    }
  }

  @Component("drawCespListsDelegate")
  static class DrawLists implements JavaDelegate {

    private final Allocation allocation;

    DrawLists(Allocation allocation) {
      this.allocation = allocation;
    }

    @Override
    public void execute(DelegateExecution execution) {
      allocation.drawLists(execution, CAMPAIGN_YEAR.get(execution), UFR.get(execution));
    }
  }

  @Component("offerCespContractsDelegate")
  static class OfferContracts implements JavaDelegate {

    private final Allocation allocation;

    OfferContracts(Allocation allocation) {
      this.allocation = allocation;
    }

    @Override
    public void execute(DelegateExecution execution) {
      allocation.offerWithinQuota(CAMPAIGN_YEAR.get(execution), UFR.get(execution));
      allocation.publishState(execution, CAMPAIGN_YEAR.get(execution), UFR.get(execution));
    }
  }

  @Component("closeCespAllocationDelegate")
  static class CloseAllocation implements JavaDelegate {

    private final Allocation allocation;

    CloseAllocation(Allocation allocation) {
      this.allocation = allocation;
    }

    @Override
    public void execute(DelegateExecution execution) {
      allocation.closeAllocation(execution, CAMPAIGN_YEAR.get(execution), UFR.get(execution));
      OUTCOME.set(execution, "ALLOCATION_CLOSED");
    }
  }

  /** {@code closeApplications}: the UFR closes the applications before the deadline (it sets its own deadline, CESP_5). */
  @Component
  static class CloseApplicationsPolicy implements TaskPolicy {

    @Override
    public String processKey() {
      return CespCampaignProcess.KEY;
    }

    @Override
    public String taskKey() {
      return Tasks.CLOSE_APPLICATIONS;
    }

    @Override
    public Set<String> completionVariables() {
      return Set.of(CLOSE_EARLY_CONFIRMED.name());
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

  /** {@code closeCommission}: the commission has given its opinion on every complete dossier (CESP_6). */
  @Component
  static class CloseCommissionPolicy implements TaskPolicy {

    private final CespCampaigns campaigns;
    private final CespApplications applications;

    CloseCommissionPolicy(CespCampaigns campaigns, CespApplications applications) {
      this.campaigns = campaigns;
      this.applications = applications;
    }

    @Override
    public String processKey() {
      return CespCampaignProcess.KEY;
    }

    @Override
    public String taskKey() {
      return Tasks.CLOSE_COMMISSION;
    }

    @Override
    public Set<String> completionVariables() {
      return Set.of(COMMISSION_DATE.name(), COMMISSION_REPORT.name());
    }

    @Override
    public void onCreate(DelegateTask task) {
      task.setDescription("Quand la commission de sélection (UFR et ARS) a rendu son avis et son classement sur chaque dossier"
          + " complet (tâches « Avis de la commission »), closez-la : les listes principale et complémentaire sont alors"
          + " établies et les contrats proposés dans l'ordre du classement, dans la limite de " + CONTRACT_QUOTA.get(task)
          + " contrat(s). Les dossiers encore incomplets ne sont pas examinés.");
    }

    @Override
    public void onComplete(DelegateTask task) {
      InputCheck check = new InputCheck(task);
      check.date(COMMISSION_DATE, "La date de la commission", true);
      check.text(COMMISSION_REPORT, "Le compte rendu", InputCheck.MAX_TEXT, false);
      check.done();
      CespCampaign campaign = campaigns.get(CAMPAIGN_YEAR.get(task), UFR.get(task));
      List<String> pending = applications.ofCampaign(campaign.getId(), List.of(Stage.CHECK, Stage.AWAITING_OPINION)).stream()
          .map(CespApplication::getBusinessKey).toList();
      if (!pending.isEmpty()) {
        throw CaseInputException.conflict("La complétude ou l'avis de la commission reste à inscrire pour " + pending.size() + " dossier(s) : "
            + String.join(", ", pending) + ".");
      }
    }
  }
}
