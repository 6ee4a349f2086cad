package fr.engagements.cer.campaign;

import java.time.Clock;
import java.util.Date;

import fr.engagements.process.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The models' {@code deadlines} bean: the generic {@link Deadlines#inDays} of every model, and the CER
 * campaign's calendar ({@code ${deadlines.projectDeadline(campaignYear)}}). One bean under that name,
 * because the deployed versions of both contracts' models call it so.
 */
@Component("deadlines")
public class CerDeadlines extends Deadlines {

  private final CerCampaigns campaigns;

  CerDeadlines(Clock clock, CerCampaigns campaigns) {
    super(clock);
    this.campaigns = campaigns;
  }

  /** End of the campaign's project deadline day (CER_O1). */
  public Date projectDeadline(Integer campaignYear) {
    return endOfDay(campaigns.get(campaignYear).getProjectDeadline());
  }

  /**
   * When the project deadline has passed (CER_O1): the end of the campaign's deadline day in France,
   * i.e. midnight after it. The timer on {@code submitProject} fires then.
   */
  public Date projectDeadlinePassed(Integer campaignYear) {
    return startOfDay(campaigns.get(campaignYear).getProjectDeadline().plusDays(1));
  }

  /**
   * The defense's day, 18:00 in France (CER_P9): from then, the secretariat records whether the student presented;
   * the post is decided only after.
   */
  public Date defenseDay(String isoDate) {
    return Date.from(startOfDay(java.time.LocalDate.parse(isoDate)).toInstant().plus(java.time.Duration.ofHours(18)));
  }

  /** The start of the day {@code days} days before the campaign's matching date (CER_P7 escalates then). */
  public Date beforeMatchingDate(Integer campaignYear, int days) {
    return startOfDay(campaigns.get(campaignYear).getMatchingDate().minusDays(days));
  }
}
