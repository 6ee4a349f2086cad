package fr.engagements.cesp.campaign;

import java.util.Optional;

import fr.engagements.process.CaseInputException;
import org.springframework.stereotype.Service;

/** The faculties' CESP campaigns (CESP_5): calendar and quota as data. */
@Service
public class CespCampaigns {

  private final CespCampaignRepository campaigns;

  CespCampaigns(CespCampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  public Optional<CespCampaign> find(int year, String ufr) {
    return campaigns.findByYearAndUfr(year, ufr);
  }

  public CespCampaign get(int year, String ufr) {
    return find(year, ufr).orElseThrow(() -> CaseInputException.badRequest(
        "Aucune campagne CESP n'existe pour l'UFR « " + ufr + " » et l'année " + year + "."));
  }

  /** The campaign row locked until the transaction ends (numbering, offers, answers). */
  public CespCampaign lock(int year, String ufr) {
    return campaigns.lock(year, ufr).orElseThrow(() -> CaseInputException.badRequest(
        "Aucune campagne CESP n'existe pour l'UFR « " + ufr + " » et l'année " + year + "."));
  }

  /** The campaign row, by id, locked until the transaction ends. */
  public CespCampaign lockById(Long id) {
    return campaigns.lockById(id).orElseThrow(() -> new IllegalStateException("No CESP campaign " + id));
  }

  /** Creates the campaign unless it exists (demo data and tests). */
  public CespCampaign ensure(CespCampaign campaign) {
    return find(campaign.getYear(), campaign.getUfr()).orElseGet(() -> campaigns.saveAndFlush(campaign));
  }
}
