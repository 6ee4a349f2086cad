package fr.engagements.cesp.campaign;

import static fr.engagements.cesp.CespCampaignProcess.*;

import java.util.Set;

import fr.engagements.cesp.CespCampaignProcess;
import fr.engagements.config.EngineClock;
import fr.engagements.identity.Groups;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.Deadlines;
import fr.engagements.process.InputCheck;
import fr.engagements.process.StartPolicy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Opening a faculty's campaign process: by the UFR (or an administrator), once per campaign. */
final class CampaignStart {

  private CampaignStart() {
  }

  @Component
  static class CampaignStartPolicy implements StartPolicy {

    @Override
    public String processKey() {
      return CespCampaignProcess.KEY;
    }

    @Override
    public Set<String> startVariables() {
      return Set.of(CAMPAIGN_YEAR.name(), UFR.name());
    }
  }

  /** On "Campagne ouverte": the campaign must exist and have no other running process; its data become variables. */
  @Component("openCespCampaignListener")
  static class OpenCampaignListener implements ExecutionListener {

    private final CespCampaigns campaigns;

    OpenCampaignListener(CespCampaigns campaigns) {
      this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateExecution execution) {
      Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      if (auth != null && auth.getUserId() != null && (auth.getGroupIds() == null
          || !(auth.getGroupIds().contains(Groups.UFR) || auth.getGroupIds().contains(Groups.ADMIN)))) {
        throw CaseInputException.forbidden("Seule une scolarité d'UFR ouvre une campagne CESP.");
      }
      InputCheck check = new InputCheck(execution);
      Integer year = check.integer(CAMPAIGN_YEAR, "L'année de campagne", 2000, 2100, true);
      String ufr = check.text(UFR, "L'UFR", 16, true);
      check.done();
      CespCampaign campaign = campaigns.lock(year, ufr);
      String key = businessKey(year, ufr);
      long running = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(CespCampaignProcess.KEY).processInstanceBusinessKey(key).count();
      if (running > 0) {
        throw CaseInputException.conflict("La campagne CESP " + key + " est déjà en cours.");
      }
      execution.setProcessBusinessKey(key);
      UFR_NAME.set(execution, campaign.getUfrName());
      CONTRACT_QUOTA.set(execution, campaign.getContractQuota());
      APPLICATION_DEADLINE.set(execution, campaign.getApplicationDeadline().toString());
      APPLICATIONS_CLOSE_AT.set(execution, Deadlines.endOfDay(campaign.getApplicationDeadline()).toInstant()
          .atZone(EngineClock.ZONE).toOffsetDateTime().toString());
    }
  }
}
