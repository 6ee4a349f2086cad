package fr.engagements.cer.campaign;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.engagements.process.CaseInputException;

/** The CER's yearly campaigns (CER_T1): calendars and quotas are data, read by the processes. */
@Service
public class CerCampaigns {

  private static final Logger LOG = LoggerFactory.getLogger(CerCampaigns.class);
  /** CER_E4's window: the year of the return to medical studies or the next. */
  public static final int CER_E4_WINDOW_YEARS = 1;
  static final int WIDEST_WINDOW_YEARS = 10;

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

  /**
   * CER_T1: the campaign accepts candidacies up to {@code years} after the return to medical studies (1 restores
   * CER_E4). Candidacies already decided keep their decision; the table reads the window at each evaluation.
   */
  @Transactional
  public CerCampaign setApplicationWindow(int year, int years, String changedBy) {
    if (years < CER_E4_WINDOW_YEARS || years > WIDEST_WINDOW_YEARS) {
      throw CaseInputException.badRequest("La fenêtre de dépôt (applicationWindowYears) va de " + CER_E4_WINDOW_YEARS
          + " an (règle CER_E4) à " + WIDEST_WINDOW_YEARS + " ans (mesures transitoires, règle CER_T1) : « " + years + " » refusé.");
    }
    CerCampaign campaign = lock(year);
    int before = campaign.getApplicationWindowYears();
    campaign.setApplicationWindowYears(years);
    LOG.info("CER campaign {}: application window {} -> {} year(s) after the return, by {}", year, before, years, changedBy);
    return campaign;
  }

  /**
   * CER_E5's completion limit (not law: 30 days by default, domain.md). Applies to dossiers sent back after the change;
   * a dossier already waiting keeps the date it was given.
   */
  @Transactional
  public CerCampaign setCompletionDays(int year, int days, String changedBy) {
    if (days < 7 || days > 120) {
      throw CaseInputException.badRequest("Le délai de complément (completionDays) se fixe entre 7 et 120 jours : « " + days
          + " » refusé.");
    }
    CerCampaign campaign = lock(year);
    LOG.info("CER campaign {}: completion limit {} -> {} days, by {}", year, campaign.getCompletionDays(), days, changedBy);
    campaign.setCompletionDays(days);
    return campaign;
  }

  /** The campaign row locked until the transaction ends (quota and numbering decisions). */
  public CerCampaign lock(int year) {
    return campaigns.lockByYear(year)
        .orElseThrow(() -> new IllegalStateException("No CER campaign for " + year));
  }
}
