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

  public static Date endOfDay(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(EngineClock.ZONE).minusSeconds(1).toInstant());
  }
}
