package fr.engagements.cesp;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.directory.Directory;
import fr.engagements.directory.Institution;
import fr.engagements.directory.InstitutionKind;
import fr.engagements.directory.PartyResolver;
import fr.engagements.directory.PartyRole;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * CESP_12: an application or contract names its faculty (its UFR instructs it) and its region (whose ARS sits on
 * the commission and follows the beneficiary); during a region change, the region asked for too (CESP_9). The
 * campaign names its faculty.
 */
@Component
class CespPartyResolver implements PartyResolver {

  private final Directory directory;
  private final CespCampaigns campaigns;

  CespPartyResolver(Directory directory, CespCampaigns campaigns) {
    this.directory = directory;
    this.campaigns = campaigns;
  }

  @Override
  public boolean handles(String processKey) {
    return CespContractProcess.KEY.equals(processKey) || CespCampaignProcess.KEY.equals(processKey);
  }

  @Override
  public Map<PartyRole, Institution> resolve(DelegateTask task) {
    Map<PartyRole, Institution> parties = new EnumMap<>(PartyRole.class);
    String ufr = CespContractProcess.UFR.get(task);
    Integer year = CespContractProcess.CAMPAIGN_YEAR.get(task);
    if (ufr != null && year != null) {
      Optional<CespCampaign> campaign = campaigns.find(year, ufr);
      campaign.ifPresent(c -> parties.put(PartyRole.UFR,
          directory.ensureInstitution(InstitutionKind.FACULTY, c.getUfr(), c.getUfrName(), c.getRegion())));
      String region = CespContractProcess.REGION.find(task).orElse(campaign.map(CespCampaign::getRegion).orElse(null));
      directory.region(region).ifPresent(r -> parties.put(PartyRole.ARS, r));
    }
    CespContractProcess.TARGET_REGION.find(task).flatMap(directory::region).ifPresent(r -> parties.put(PartyRole.TARGET_ARS, r));
    return parties;
  }
}
