package fr.engagements.cesp.privacy;

import static fr.engagements.cesp.CespContractProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps restricted data out of the engine's history. Transient variables are never stored, but a form
 * submitted through Tasklist ({@code submit-form}) is also recorded field by field ("formField" details) at
 * history level full: this handler drops those records, and any variable record, for the restricted names.
 * Everything else is written as by the engine's default handler.
 */
@Component
class RestrictedHistoryPlugin extends AbstractProcessEnginePlugin {

  /** Bank details (cng only) and suspension data (cng and ars only): never in the engine's tables. */
  static final Set<String> RESTRICTED = Set.of(IBAN.name(), BANK_DETAILS.name(), SUSPENSION_REASON.name(), HEALTH_EVIDENCE.name());

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new WithoutRestrictedData());
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  static class WithoutRestrictedData extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricFormPropertyEventEntity field && RESTRICTED.contains(field.getPropertyId())) {
        return;
      }
      if (event instanceof HistoricVariableUpdateEventEntity variable && RESTRICTED.contains(variable.getVariableName())) {
        return;
      }
      super.handleEvent(event);
    }
  }
}
