package fr.engagements.cesp.privacy;

import static fr.engagements.cesp.CespContractProcess.*;

import java.util.Set;

import fr.engagements.process.HistoryVeto;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * Keeps restricted data out of the engine's history. Transient variables are never stored, but a form
 * submitted through Tasklist ({@code submit-form}) is also recorded field by field ("formField" details) at
 * history level full: the history handler (process.ReadHistoryPlugin) drops those records, and any variable record
 * for the restricted names, here.
 */
@Component
class RestrictedHistory implements HistoryVeto {

  /** Bank details (cng only) and suspension data (cng and ars only): never in the engine's tables. */
  static final Set<String> RESTRICTED = Set.of(IBAN.name(), BANK_DETAILS.name(), SUSPENSION_REASON.name(), HEALTH_EVIDENCE.name());

  @Override
  public boolean drops(HistoryEvent event) {
    return event instanceof HistoricFormPropertyEventEntity field && RESTRICTED.contains(field.getPropertyId())
        || event instanceof HistoricVariableUpdateEventEntity variable && RESTRICTED.contains(variable.getVariableName());
  }
}
