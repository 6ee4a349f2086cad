package fr.engagements.cer.campaign;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** The CER's yearly campaigns (CER_T1): calendars and quotas are data, read by the processes. */
@Service
public class CerCampaigns {

  private final CerCampaignRepository campaigns;

  CerCampaigns(CerCampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  public CerCampaign get(int year) {
    return campaigns.findById(year)
        .orElseThrow(() -> new IllegalStateException("No CER campaign for " + year));
  }

  /** The campaign of that year, if one is set up (questions asked before any case exists). */
  public Optional<CerCampaign> find(int year) {
    return campaigns.findById(year);
  }

  /** The campaign row locked until the transaction ends (quota and numbering decisions). */
  public CerCampaign lock(int year) {
    return campaigns.lockByYear(year)
        .orElseThrow(() -> new IllegalStateException("No CER campaign for " + year));
  }
}
