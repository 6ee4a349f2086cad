package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespCampaignProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Établir les listes principale et complémentaire" ({@code cesp-campaign}), in rank order (CESP_6). */
@Component("drawCespListsDelegate")
class DrawCespListsDelegate implements JavaDelegate {

  private final Allocation allocation;

  DrawCespListsDelegate(Allocation allocation) {
    this.allocation = allocation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    allocation.drawLists(execution, CAMPAIGN_YEAR.get(execution), UFR.get(execution));
  }
}
