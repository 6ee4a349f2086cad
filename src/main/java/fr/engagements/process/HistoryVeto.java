package fr.engagements.process;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * A history event that must never reach the engine's tables (restricted data): a feature declares it as a bean, and
 * {@link ReadHistoryPlugin}'s single history handler drops the events it names.
 */
public interface HistoryVeto {

  /** True when this event must not be written. */
  boolean drops(HistoryEvent event);
}
