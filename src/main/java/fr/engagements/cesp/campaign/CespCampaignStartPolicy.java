package fr.engagements.cesp.campaign;

import static fr.engagements.cesp.CespCampaignProcess.*;

import java.util.Set;

import fr.engagements.cesp.CespCampaignProcess;
import fr.engagements.process.StartPolicy;
import org.springframework.stereotype.Component;

/** A faculty's campaign process starts with its year and UFR only. */
@Component
class CespCampaignStartPolicy implements StartPolicy {

  @Override
  public String processKey() {
    return CespCampaignProcess.KEY;
  }

  @Override
  public Set<String> startVariables() {
    return Set.of(CAMPAIGN_YEAR.name(), UFR.name());
  }
}
