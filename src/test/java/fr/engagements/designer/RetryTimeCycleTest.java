package fr.engagements.designer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Date;

import fr.engagements.config.EngineClock;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.EngineTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The "Nouvelles tentatives en cas d'échec" field of the element templates: the extension property
 * {@code retryTimeCycle} of an asynchronous step sets its failed-job retries, as
 * {@code camunda:failedJobRetryTimeCycle} would (element templates of Camunda 7 cannot bind that one).
 */
@EngineTest
class RetryTimeCycleTest {

  private static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          id="retryCheck" targetNamespace="http://engagements.fr/test">
        <bpmn:process id="%1$s" name="Contrôle des nouvelles tentatives" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="started" name="Début" />
          <bpmn:serviceTask id="failingStep" name="Étape qui échoue" camunda:asyncBefore="true" camunda:delegateExpression="${noSuchBean}">
            <bpmn:extensionElements>%2$s</bpmn:extensionElements>
          </bpmn:serviceTask>
          <bpmn:endEvent id="ended" name="Fin" />
          <bpmn:sequenceFlow id="toStep" sourceRef="started" targetRef="failingStep" />
          <bpmn:sequenceFlow id="toEnd" sourceRef="failingStep" targetRef="ended" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void retryTimeCyclePropertyGivesTheFailedJobItsRetriesAndInterval() {
    Job failed = failOnce("designer-retry-cycle",
        "<camunda:properties><camunda:property name=\"retryTimeCycle\" value=\"R2/PT5M\" /></camunda:properties>");

    assertThat(failed.getRetries()).as("R2: one retry left after the first failure").isEqualTo(1);
    assertThat(failed.getDuedate()).as("PT5M: retried five minutes later").isEqualTo(at(9, 5));
  }

  @Test
  void withoutThePropertyTheEngineDefaultApplies() {
    Job failed = failOnce("designer-retry-default", "");

    assertThat(failed.getRetries()).as("engine default: 3 tries").isEqualTo(2);
  }

  private Job failOnce(String key, String extensions) {
    CerFixtures.setNow(LocalDateTime.of(2030, 3, 4, 9, 0));
    repository.createDeployment().name(key + ".bpmn")
        .addString(key + ".bpmn", MODEL.formatted(key, extensions)).deploy();
    ProcessInstance pi = runtime.startProcessInstanceByKey(key);
    Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();

    assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("noSuchBean");
    return management.createJobQuery().jobId(job.getId()).singleResult();
  }

  private static Date at(int hour, int minute) {
    return Date.from(LocalDateTime.of(2030, 3, 4, hour, minute).atZone(EngineClock.ZONE).toInstant());
  }
}
