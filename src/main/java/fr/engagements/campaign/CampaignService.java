package fr.engagements.campaign;

import org.springframework.stereotype.Service;

/** Campaign data (CER_T1): calendars and quotas, read by the processes. */
@Service
public class CampaignService {

  private final CerCampaignRepository cerCampaigns;

  CampaignService(CerCampaignRepository cerCampaigns) {
    this.cerCampaigns = cerCampaigns;
  }

  public CerCampaign cer(int year) {
    return cerCampaigns.findById(year)
        .orElseThrow(() -> new IllegalStateException("No CER campaign for " + year));
  }

  /** The campaign of that year, if one is set up (questions asked before any case exists). */
  public java.util.Optional<CerCampaign> findCer(int year) {
    return cerCampaigns.findById(year);
  }

  /** The campaign row locked until the transaction ends (quota and numbering decisions). */
  public CerCampaign lockCer(int year) {
    return cerCampaigns.lockByYear(year)
        .orElseThrow(() -> new IllegalStateException("No CER campaign for " + year));
  }
}
