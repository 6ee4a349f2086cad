package fr.engagements.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The domain's clock follows the engine's clock, so that a test moving Camunda's time
 * (ClockUtil) moves deadlines and payment months with it: one notion of "now".
 */
public class EngineClock extends Clock {

  /** Business dates (deadlines, allowance months) are French dates. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  private final ZoneId zone;

  public EngineClock() {
    this(ZONE);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

}
