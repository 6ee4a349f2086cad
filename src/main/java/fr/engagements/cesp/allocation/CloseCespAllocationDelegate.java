package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespCampaignProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Clore l'attribution" ({@code cesp-campaign}). */
@Component("closeCespAllocationDelegate")
class CloseCespAllocationDelegate implements JavaDelegate {

  private final Allocation allocation;

  CloseCespAllocationDelegate(Allocation allocation) {
    this.allocation = allocation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    allocation.closeAllocation(execution, CAMPAIGN_YEAR.get(execution), UFR.get(execution));
    OUTCOME.set(execution, "ALLOCATION_CLOSED");
  }
}
