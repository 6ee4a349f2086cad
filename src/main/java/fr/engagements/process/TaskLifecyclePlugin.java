package fr.engagements.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Adds {@link TaskLifecycleListener} to the create, complete and delete events of every user task at parse time. */
@Component
class TaskLifecyclePlugin extends AbstractProcessEnginePlugin {

  private final TaskListener listener;

  TaskLifecyclePlugin(@Lazy TaskLifecycleListener listener) {
    this.listener = listener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
        definition.addTaskListener(TaskListener.EVENTNAME_DELETE, listener);
      }
    });
  }
}
