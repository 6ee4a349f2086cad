package fr.engagements.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's history, written where something reads it (issue 17): the history level stays {@code full} (the
 * database's level, Cockpit and the REST API unchanged), and the one database handler drops what no one reads:
 * <ul>
 * <li>"formField" details: Tasklist's form submissions recorded field by field, a copy of the variable updates;</li>
 * <li>variable-update details except those of the processes whose timeline reads them
 * ({@code engagements.history.variable-updates-of}: cer.timeline.TimelineService reads a candidacy's), and there only
 * those it reads: not task-local ones (it excludes task details), not serialized objects (it shows plain values), and
 * documents without their content (it shows their names, binary fetching disabled). A document is then stored twice
 * (the variable and its historic instance, which CaseDocumentsController serves), no longer three times;</li>
 * <li>the job log's creation and deletion entries (a timer created, or cancelled when its task completes): a job's
 * success and failure are kept, they say which node ran it and why it failed;</li>
 * <li>the identity-link log except candidate links: a timeline reads to which groups a task was offered; who was
 * assigned it is in the task's history and in the user operation log.</li>
 * </ul>
 * Process and activity instances, tasks, variable instances, incidents, decisions and the user
 * operation log (the audit trail) are written as by the engine's default handler. A {@link HistoryVeto} bean drops
 * more (restricted data).
 */
@Component
public class ReadHistoryPlugin extends AbstractProcessEnginePlugin {

  /** Types whose values a timeline shows or lists; "null" kept, as clearing a variable hides its last value. */
  static final Set<String> PLAIN_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null");
  /** Documents: a timeline lists their names, never their content. */
  static final Set<String> DOCUMENT_TYPES = Set.of("file", "bytes");

  private final List<HistoryVeto> vetoes;
  private final Set<String> variableUpdatesOf;

  ReadHistoryPlugin(List<HistoryVeto> vetoes,
      @Value("${engagements.history.variable-updates-of:cer-candidacy}") Set<String> variableUpdatesOf) {
    this.vetoes = List.copyOf(vetoes);
    this.variableUpdatesOf = Set.copyOf(variableUpdatesOf);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    handlers.add(new ReadHistoryHandler(vetoes, variableUpdatesOf));
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }

  static class ReadHistoryHandler extends DbHistoryEventHandler {

    private final List<HistoryVeto> vetoes;
    private final Set<String> variableUpdatesOf;

    ReadHistoryHandler(List<HistoryVeto> vetoes, Set<String> variableUpdatesOf) {
      this.vetoes = vetoes;
      this.variableUpdatesOf = variableUpdatesOf;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricFormPropertyEventEntity) {
        return;
      }
      if (event instanceof HistoricJobLogEvent log && (log.getState() == JobState.CREATED.getStateCode()
          || log.getState() == JobState.DELETED.getStateCode())) {
        return;
      }
      if (event instanceof HistoricIdentityLinkLogEventEntity link && !IdentityLinkType.CANDIDATE.equals(link.getType())) {
        return;
      }
      for (HistoryVeto veto : vetoes) {
        if (veto.drops(event)) {
          return;
        }
      }
      super.handleEvent(event);
    }

    @Override
    protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
      if (super.shouldWriteHistoricDetail(event) && DOCUMENT_TYPES.contains(event.getSerializerName()) && isRead(event)) {
        // the detail row without its copy of the content: the content stays in the variable instance written below
        byte[] content = event.getByteValue();
        event.setByteValue(null);
        getDbEntityManager().insert(event);
        event.setByteValue(content);
      }
      super.insertHistoricVariableUpdateEntity(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return super.shouldWriteHistoricDetail(event) && isRead(event) && PLAIN_TYPES.contains(event.getSerializerName());
    }

    private boolean isRead(HistoricVariableUpdateEventEntity event) {
      return event.getTaskId() == null && variableUpdatesOf.contains(event.getProcessDefinitionKey());
    }
  }
}
