package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespCampaignProcess.*;

import fr.engagements.cesp.campaign.CespCampaigns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Clore les dépôts" ({@code cesp-campaign}): at the deadline, or earlier when the UFR closes them. */
@Component("closeCespApplicationsDelegate")
class CloseCespApplicationsDelegate implements JavaDelegate {

  private final CespCampaigns campaigns;

  CloseCespApplicationsDelegate(CespCampaigns campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.lock(CAMPAIGN_YEAR.get(execution), UFR.get(execution)).setApplicationOpen(false);
  }
}
