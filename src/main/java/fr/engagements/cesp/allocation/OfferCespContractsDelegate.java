package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespCampaignProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Proposer les contrats dans l'ordre du classement" ({@code cesp-campaign}), within the quota. */
@Component("offerCespContractsDelegate")
class OfferCespContractsDelegate implements JavaDelegate {

  private final Allocation allocation;

  OfferCespContractsDelegate(Allocation allocation) {
    this.allocation = allocation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    allocation.offerWithinQuota(CAMPAIGN_YEAR.get(execution), UFR.get(execution));
    allocation.publishState(execution, CAMPAIGN_YEAR.get(execution), UFR.get(execution));
  }
}
