package fr.engagements.process;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The retry cycle of an asynchronous step, set by a designer through the element templates
 * ({@code .camunda/element-templates/}): the extension property {@code retryTimeCycle} (e.g.
 * {@code R5/PT10M}) of a task configures its failed-job retries like
 * {@code camunda:failedJobRetryTimeCycle}, which Camunda 7 element templates cannot bind. When both are
 * present, the property wins; a blank property changes nothing.
 */
@Component
class RetryTimeCyclePlugin extends AbstractProcessEnginePlugin {

  static final String PROPERTY = "retryTimeCycle";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        apply(element, activity);
      }

      @Override
      public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        apply(element, activity);
      }

      @Override
      public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        apply(element, activity);
      }

      @Override
      public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        apply(element, activity);
      }

      @Override
      public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
        apply(element, activity);
      }
    });
  }

  private static void apply(Element element, ActivityImpl activity) {
    String cycle = retryTimeCycle(element);
    if (cycle == null || cycle.isBlank()) {
      return;
    }
    var expression = Context.getProcessEngineConfiguration().getExpressionManager().createExpression(cycle.trim());
    activity.getProperties().set(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION, new FailedJobRetryConfiguration(expression));
  }

  private static String retryTimeCycle(Element element) {
    Element extensions = element.element("extensionElements");
    if (extensions == null) {
      return null;
    }
    Element properties = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return null;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (PROPERTY.equals(property.attribute("name"))) {
        return property.attribute("value");
      }
    }
    return null;
  }
}
