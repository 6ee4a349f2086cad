package fr.engagements.config;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.engagements.Application;
import fr.engagements.cer.candidacy.Candidacy;
import fr.engagements.cer.candidacy.CandidacyService;
import fr.engagements.identity.DemoData;
import fr.engagements.support.CerFixtures;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default H2 file database keeps a waiting candidacy across an application restart; unchanged models are not redeployed. */
class H2RestartIT {

  @TempDir
  Path dir;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private ConfigurableApplicationContext startApplication() {
    return new SpringApplicationBuilder(Application.class)
        .profiles("test")
        .run("--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("engagements") + ";LOCK_TIMEOUT=10000",
            // another engine than the shared test context's, which lives in the same JVM
            "--camunda.bpm.process-engine-name=restart-test");
  }

  @Test
  void aWaitingCandidacySurvivesARestart() {
    int year = 2100;
    String processInstanceId;
    String businessKey;
    long deployments;
    try (ConfigurableApplicationContext first = startApplication()) {
      first.getBean(DemoData.class).ensureCerCampaign(year, 10);
      CerFixtures.setToday(LocalDate.of(year, 10, 1));
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY,
          CerFixtures.eligibleCandidacy(year, "restart-applicant"));
      processInstanceId = pi.getId();
      businessKey = pi.getBusinessKey();
      deployments = engine.getRepositoryService().createDeploymentQuery().count();
      assertThat(deployments).isPositive();
    }
    assertThat(Files.exists(dir.resolve("engagements.mv.db"))).isTrue();

    try (ConfigurableApplicationContext second = startApplication()) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list();
      assertThat(tasks).extracting(Task::getTaskDefinitionKey).containsExactly(Tasks.VERIFY_DOSSIER);
      assertThat(engine.getRuntimeService().getVariable(processInstanceId, APPLICANT_NAME.name())).isEqualTo("Camille Dupont");
      assertThat(second.getBean(CandidacyService.class).get(businessKey).getStatus()).isEqualTo(Candidacy.Status.OPEN);
      assertThat(engine.getRepositoryService().createDeploymentQuery().count()).as("unchanged models are not redeployed").isEqualTo(deployments);

      engine.getTaskService().complete(tasks.get(0).getId(), Map.of(DOSSIER_COMPLETE.name(), true));
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult().getTaskDefinitionKey())
          .isEqualTo(Tasks.DECIDE_ENTRY);
    }
  }
}
