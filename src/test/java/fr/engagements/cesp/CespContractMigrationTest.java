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
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import fr.engagements.allowance.LedgerEntry;
import fr.engagements.casefile.Groups;
import fr.engagements.cesp.contract.Commitment;
import fr.engagements.config.EngineClock;
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
    ProcessDefinition before = modelBefore(classpath("models/cesp-contract-1.0.bpmn"));
    ProcessInstance pi = contractInForce()[0];
    String key = businessKey(pi);
    assertThat(pi.getProcessDefinitionId()).isEqualTo(before.getId());
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES, Elements.NEXT_ALLOWANCE_TIMER);
    Date timerBefore = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getDuedate();
    ProcessDefinition after = deploy(classpath("processes/cesp-contract.bpmn"));

    migrate(before, after, key);

    assertMovedTo(pi, after);
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

  /** Issue 17: a 1.1 contract waiting for its next monthly payment moves to 1.2 and is paid each month, once. */
  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void CESP_2_aContractWaitingForItsNextPaymentMigratesTo12AndIsPaidOncePerMonth() throws Exception {
    ProcessDefinition before = modelBefore(classpath("models/cesp-contract-1.1.bpmn"));
    ProcessInstance pi = contractInForce()[0];
    String key = businessKey(pi);
    monthByMonth(LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR, 11, 1), pi);
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES, Elements.NEXT_ALLOWANCE_TIMER);
    Date timerBefore = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getDuedate();
    ProcessDefinition after = deploy(classpath("processes/cesp-contract.bpmn"));

    migrate(before, after, key);

    assertMovedTo(pi, after);
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_END_OF_STUDIES, Elements.NEXT_ALLOWANCE_TIMER);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult().getDuedate())
        .isEqualTo(timerBefore);
    monthByMonth(LocalDate.of(YEAR, 12, 1), LocalDate.of(YEAR + 1, 2, 1), pi);
    assertThat(ledger.entriesOf(key).stream().filter(e -> e.getKind() == LedgerEntry.Kind.ALLOWANCE).map(LedgerEntry::getPeriod))
        .containsExactly(LocalDate.of(YEAR, 10, 1), LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR, 12, 1), LocalDate.of(YEAR + 1, 1, 1),
            LocalDate.of(YEAR + 1, 2, 1));
    // on 1.2 each month is one job: the timer that pays (no asynchronous payment step)
    assertThat(historyService().createHistoricJobLogQuery().processInstanceId(pi.getId()).activityIdIn(Elements.PAY_ALLOWANCE)
        .successLog().count()).isEqualTo(2); // October and November, paid on 1.1
  }

  /**
   * Issue 17: a 1.1 contract in the monthly commitment loop (3 months counted) moves to 1.2: its months served and end date
   * are computed from the dates; its old monthly timer fires once more and waits for the end.
   */
  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void CESP_3_aContractInTheMonthlyCommitmentLoopMigratesTo12WithItsEndDate() throws Exception {
    ProcessDefinition before = modelBefore(classpath("models/cesp-contract-1.1.bpmn"));
    ProcessInstance pi = contractInForce()[0];
    String key = businessKey(pi);
    LocalDate start = LocalDate.of(YEAR + 1, 9, 1);
    monthByMonth(LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR + 1, 6, 1), pi);
    today(LocalDate.of(YEAR + 1, 6, 30));
    completeAs("ufr", Groups.UFR, pi, Tasks.CONFIRM_END_OF_STUDIES, withVariables(DIPLOMA_DATE.name(), (YEAR + 1) + "-06-30"));
    today(LocalDate.of(YEAR + 1, 7, 1));
    runJobs(pi);
    String applicant = (String) runtimeService().getVariable(pi.getId(), APPLICANT_ID.name());
    completeAs(applicant, "none", pi, Tasks.CHOOSE_PRACTICE_PLACE, withVariables(PRACTICE_PLACE.name(), "HDF-02-HIRSON-MG",
        PRACTICE_MODE.name(), "SALARIED", COMMITMENT_START_DATE.name(), start.toString()));
    completeAs("ars", Groups.ARS, pi, Tasks.APPROVE_INSTALLATION, withVariables(INSTALLATION_APPROVED.name(), true));
    monthByMonth(LocalDate.of(YEAR + 1, 10, 1), LocalDate.of(YEAR + 1, 12, 1), pi);
    today(LocalDate.of(YEAR + 1, 12, 10));
    assertThat(pi).isWaitingAt(Elements.NEXT_COMMITMENT_TIMER);
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_MONTHS_SERVED.name())).isEqualTo(3);
    ProcessDefinition after = deploy(classpath("processes/cesp-contract.bpmn"));

    migrate(before, after, key, Elements.NEXT_COMMITMENT_TIMER + "=" + Elements.COMMITMENT_END_TIMER);

    assertMovedTo(pi, after);
    assertThat(pi).isWaitingAt(Elements.COMMITMENT_END_TIMER);
    java.util.function.Function<String, Object> variables = name -> runtimeService().getVariable(pi.getId(), name);
    assertThat(Commitment.monthsServed(variables, LocalDate.of(YEAR + 1, 12, 10))).isEqualTo(3);
    assertThat(Commitment.endDate(variables)).contains(start.plusMonths(24));
    // the migrated timer keeps its monthly date; when it fires it waits for the computed end
    today(LocalDate.of(YEAR + 2, 1, 1));
    runJobs(pi);
    assertThat(pi).isWaitingAt(Elements.COMMITMENT_END_TIMER);
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.COMMITMENT_END_TIMER)
        .singleResult().getDuedate()).isEqualTo(Date.from(start.plusMonths(24).atStartOfDay(EngineClock.ZONE).toInstant()));
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_MONTHS_SERVED.name())).isEqualTo(4);
    today(start.plusMonths(24));
    runJobs(pi);
    assertThat(pi).isWaitingAt(Tasks.CONFIRM_COMMITMENT_END);
    assertThat(runtimeService().getVariable(pi.getId(), COMMITMENT_MONTHS_SERVED.name())).isEqualTo(24);
  }

  /** The administrator who runs the script, and the model the contract starts on. */
  private ProcessDefinition modelBefore(byte[] bpmn) {
    identities.ensureUser(ADMIN, "Admin", "Migration", ADMIN + "@example.fr", PASSWORD, List.of(Groups.ADMIN));
    return deploy(bpmn);
  }

  private void assertMovedTo(ProcessInstance pi, ProcessDefinition after) {
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getProcessDefinitionId())
        .isEqualTo(after.getId());
  }

  /** Runs scripts/migrate-cer-candidacy.sh for this contract, then the migration batch's jobs. */
  private void migrate(ProcessDefinition before, ProcessDefinition after, String key, String... maps) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("bash", "scripts/migrate-cer-candidacy.sh", "--process-key", KEY,
        "--url", "http://localhost:" + port + "/engine-rest", "--user", ADMIN, "--business-key-like", key,
        "--from-version", Integer.toString(before.getVersion()), "--to-version", Integer.toString(after.getVersion())));
    for (String map : maps) {
      command.addAll(List.of("--map", map));
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
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
