package fr.engagements.cesp.campaign;

import static fr.engagements.cesp.CespCampaignProcess.*;

import java.util.List;

import fr.engagements.cesp.CespCampaignProcess;
import fr.engagements.config.EngineClock;
import fr.engagements.casefile.Groups;
import fr.engagements.process.ActingUser;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.Deadlines;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On "Campagne ouverte" ({@code cesp-campaign}): opened by the UFR (or an administrator), once per campaign; the
 * campaign must exist and have no other running process; its data become variables.
 */
@Component("openCespCampaignListener")
class OpenCespCampaignListener implements ExecutionListener {

  private final CespCampaigns campaigns;

  OpenCespCampaignListener(CespCampaigns campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (ActingUser.of(execution.getProcessEngineServices()).filter(u -> !u.isAdminOrInAny(List.of(Groups.UFR))).isPresent()) {
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
