package fr.engagements.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import fr.engagements.config.EngineClock;

/**
 * Due dates for the models, on the engine's clock, in France. The models call them through the bean
 * {@code deadlines} ({@code camunda:dueDate="${deadlines.inDays(30)}"}), which adds each contract's
 * calendar to these (the CER's: {@code cer.campaign.CerDeadlines}).
 */
public class Deadlines {

  private final Clock clock;

  protected Deadlines(Clock clock) {
    this.clock = clock;
  }

  /** The same time of day, {@code days} calendar days later in France. */
  public Date inDays(int days) {
    return Date.from(ZonedDateTime.now(clock.withZone(EngineClock.ZONE)).plusDays(days).toInstant());
  }

  public static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(EngineClock.ZONE).toInstant());
  }

  public static Date endOfDay(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(EngineClock.ZONE).minusSeconds(1).toInstant());
  }
}
