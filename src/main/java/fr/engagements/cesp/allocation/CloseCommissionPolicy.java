package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespCampaignProcess.*;

import java.util.List;

import fr.engagements.cesp.CespCampaignProcess;
import fr.engagements.cesp.application.CespApplication;
import fr.engagements.cesp.application.CespApplication.Stage;
import fr.engagements.cesp.application.CespApplications;
import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** {@code closeCommission}: the commission has given its opinion on every complete dossier (CESP_6). */
@Component
class CloseCommissionPolicy extends BaseTaskPolicy {

  private final CespCampaigns campaigns;
  private final CespApplications applications;

  CloseCommissionPolicy(CespCampaigns campaigns, CespApplications applications) {
    super(CespCampaignProcess.KEY, Tasks.CLOSE_COMMISSION, COMMISSION_DATE, COMMISSION_REPORT);
    this.campaigns = campaigns;
    this.applications = applications;
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
