package fr.engagements.cesp.campaign;

import java.util.Date;

import org.springframework.stereotype.Component;

import fr.engagements.cer.campaign.CerDeadlines;

/**
 * The CESP campaign's limits for the model ({@code ${cespDeadlines.completionDue(campaignYear, ufr)}}): settings of
 * the faculty's campaign, 30 days by default (domain.md: no seed fixes them). A campaign missing (an old case)
 * keeps the default.
 */
@Component("cespDeadlines")
public class CespDeadlines {

  static final int DEFAULT_DAYS = 30;

  private final CerDeadlines deadlines;
  private final CespCampaigns campaigns;

  CespDeadlines(CerDeadlines deadlines, CespCampaigns campaigns) {
    this.deadlines = deadlines;
    this.campaigns = campaigns;
  }

  /** CESP_4: when a dossier sent back to the applicant is abandoned. */
  public Date completionDue(Integer campaignYear, String ufr) {
    return deadlines.inDays(campaign(campaignYear, ufr).map(CespCampaign::getCompletionDays).orElse(DEFAULT_DAYS));
  }

  /** CESP_11: when an offered contract not signed lapses. */
  public Date signatureDue(Integer campaignYear, String ufr) {
    return deadlines.inDays(campaign(campaignYear, ufr).map(CespCampaign::getSignatureDays).orElse(DEFAULT_DAYS));
  }

  private java.util.Optional<CespCampaign> campaign(Integer year, String ufr) {
    return year == null || ufr == null ? java.util.Optional.empty() : campaigns.find(year, ufr);
  }
}
