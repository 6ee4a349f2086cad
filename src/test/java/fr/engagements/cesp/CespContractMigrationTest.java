package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import fr.engagements.casefile.Groups;
import fr.engagements.cesp.contract.ResidencyPostChoice;
import fr.engagements.cesp.contract.ResidencyPostChoice.PostSpec;
import fr.engagements.config.ProcessModelDeployer;
import fr.engagements.identity.IdentitySeeder;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A contract running on cesp-contract 1.0 (before CESP_8's post choice) moves to 1.1 with
 * {@code scripts/migrate-cer-candidacy.sh --process-key cesp-contract}, keeps its place, variables and allowance timer, and
 * can then take part in a round of residency-post choice (the boundary event added by 1.1 subscribes on migration).
 */
class CespContractMigrationTest extends CespProcessTestSupport {

  private static final String ADMIN = "cesp-migration-admin";
  private static final String PASSWORD = "cesp-migration-admin-pw";

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repository;
  @Autowired
  ProcessModelDeployer deployer;
  @Autowired
  IdentitySeeder identities;
  @Autowired
  ResidencyPostChoice postChoice;

  @AfterEach
  void restoreTheModelOfProcesses() {
    deploy(classpath("processes/cesp-contract.bpmn"));
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void CESP_8_aContractInForceOnTheModelBeforeThePostChoiceMigratesAndThenChoosesItsPost() throws Exception {
    identities.ensureUser(ADMIN, "Admin", "Migration", ADMIN + "@example.fr", PASSWORD, List.of(Groups.ADMIN));
    ProcessDefinition before = deploy(classpath("models/cesp-contract-1.0.bpmn"));
    ProcessInstance pi = contractInForce()[0];
    String key = businessKey(pi);
    assertThat(pi.getProcessDefinitionId()).isEqualTo(before.getId());
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES, Elements.NEXT_ALLOWANCE_TIMER);
    Date timerBefore = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getDuedate();
    ProcessDefinition after = deploy(classpath("processes/cesp-contract.bpmn"));

    ProcessBuilder builder = new ProcessBuilder("bash", "scripts/migrate-cer-candidacy.sh", "--process-key", KEY,
        "--url", "http://localhost:" + port + "/engine-rest", "--user", ADMIN, "--business-key-like", key,
        "--from-version", Integer.toString(before.getVersion()), "--to-version", Integer.toString(after.getVersion()))
        .redirectErrorStream(true);
    builder.environment().put("CAMUNDA_PASSWORD", PASSWORD);
    Process run = builder.start();
    run.getOutputStream().close();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output).contains("From " + KEY + " version " + before.getVersion(), "Contracts to move: 1");
    var batch = managementService().createBatchQuery().list().stream()
        .filter(b -> b.getType().equals("instance-migration")).reduce((a, b) -> b).orElseThrow();
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = new java.util.ArrayList<>(managementService().createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).list());
      jobs.addAll(managementService().createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list());
      if (jobs.isEmpty()) {
        break;
      }
      jobs.forEach(job -> managementService().executeJob(job.getId()));
    }
    managementService().deleteBatch(batch.getId(), true);

    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId())
        .isEqualTo(after.getId());
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES, Elements.NEXT_ALLOWANCE_TIMER);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getDuedate())
        .isEqualTo(timerBefore);
    assertThat(runtimeService().getVariable(pi.getId(), PAYER.name())).isEqualTo("CNG");

    int round = 4000 + Integer.parseInt(ufr.substring(1));
    postChoice.definePosts(round, List.of(new PostSpec(ufr + "-MIG-MG", "Amiens", "Médecine générale", 1)));
    postChoice.openRound(round, Map.of(key, 42));
    String applicant = (String) runtimeService().getVariable(pi.getId(), APPLICANT_ID.name());
    completeAs(applicant, "none", pi, Tasks.CHOOSE_RESIDENCY_POST, withVariables(RESIDENCY_POST.name(), ufr + "-MIG-MG"));
    assertThat(applications.get(key).getResidencyPost()).isEqualTo(ufr + "-MIG-MG");
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES, Elements.NEXT_ALLOWANCE_TIMER);
  }

  private ProcessDefinition deploy(byte[] xml) {
    return atRealTime(() -> {
      DeploymentBuilder builder = repository.createDeployment().name("cesp-contract.bpmn").source(ProcessModelDeployer.SOURCE)
          .addInputStream("processes/cesp-contract.bpmn", new ByteArrayInputStream(xml));
      for (String form : ProcessModelDeployer.referencedForms(xml)) {
        builder.addInputStream(form, new ByteArrayInputStream(classpath(form)));
      }
      return builder.deployWithResult().getDeployedProcessDefinitions().get(0);
    });
  }

  private static <T> T atRealTime(Supplier<T> action) {
    Date testTime = ClockUtil.getCurrentTime();
    ClockUtil.reset();
    try {
      return action.get();
    } finally {
      ClockUtil.setCurrentTime(testTime);
    }
  }

  private static byte[] classpath(String resource) {
    try (InputStream in = CespContractMigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
