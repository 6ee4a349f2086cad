package fr.engagements.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import fr.engagements.campaign.CampaignService;
import fr.engagements.config.EngineClock;
import org.springframework.stereotype.Component;

/** Due dates for the models ({@code camunda:dueDate="${deadlines.inDays(30)}"}), on the engine's clock. */
@Component("deadlines")
public class Deadlines {

  private final Clock clock;
  private final CampaignService campaigns;

  Deadlines(Clock clock, CampaignService campaigns) {
    this.clock = clock;
    this.campaigns = campaigns;
  }

  /** The same time of day, {@code days} calendar days later in France. */
  public Date inDays(int days) {
    return Date.from(ZonedDateTime.now(clock.withZone(EngineClock.ZONE)).plusDays(days).toInstant());
  }

  /** End of the campaign's project deadline day (CER_O1). */
  public Date projectDeadline(Integer campaignYear) {
    return endOfDay(campaigns.cer(campaignYear).getProjectDeadline());
  }

  /**
   * When the project deadline has passed (CER_O1): the end of the campaign's deadline day in France,
   * i.e. midnight after it. The timer on {@code submitProject} fires then.
   */
  public Date projectDeadlinePassed(Integer campaignYear) {
    return startOfDay(campaigns.cer(campaignYear).getProjectDeadline().plusDays(1));
  }

  /** The start of the day {@code days} days before the campaign's matching date (CER_P7 escalates then). */
  public Date beforeMatchingDate(Integer campaignYear, int days) {
    return startOfDay(campaigns.cer(campaignYear).getMatchingDate().minusDays(days));
  }

  public static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(EngineClock.ZONE).toInstant());
  }

  public static Date endOfDay(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(EngineClock.ZONE).minusSeconds(1).toInstant());
  }
}
