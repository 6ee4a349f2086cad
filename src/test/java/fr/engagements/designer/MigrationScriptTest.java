package fr.engagements.designer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.config.ProcessModelDeployer;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code scripts/migrate-cer-candidacy.sh}, as an administrator runs it against the application, whose REST API
 * requires HTTP Basic: it finds the previous and latest versions, generates and validates the plan, starts the
 * migration batch, follows it until it has run ({@code --wait}), and the candidacy then runs on the new version.
 * A wrong password or a user who is not an administrator stops it with the reason, and nothing moves.
 */
class MigrationScriptTest extends CerProcessTestSupport {

  private static final String ADMIN = "designer-migration-admin";
  private static final String PASSWORD = "designer-migration-admin-pw";
  private static final String SECRETARY = "designer-migration-secretary";
  private static final Pattern BATCH_STARTED = Pattern.compile("Batch (\\S+) started: 1 candidacies");

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repository;
  @Autowired
  ProcessModelDeployer deployer;
  @Autowired
  IdentitySeeder identities;

  @BeforeEach
  void users() {
    identities.ensureUser(ADMIN, "Admin", "Migration", ADMIN + "@example.fr", PASSWORD, List.of(Groups.ADMIN));
    identities.ensureUser(SECRETARY, "Secrétaire", "Migration", SECRETARY + "@example.fr", SECRETARY, List.of(Groups.CER_SECRETARIAT));
  }

  @AfterEach
  void restoreTheModelOfProcesses() {
    CandidacyModelChange.redeployProcesses(deployer, engine);
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void theScriptMovesWaitingCandidaciesToTheLatestVersionAndFollowsTheBatch() throws Exception {
    ProcessInstance waiting = start(eligible());
    assertThat(waiting).isWaitingAt(Tasks.VERIFY_DOSSIER);
    ProcessDefinition next = CandidacyModelChange.deploy(repository, CandidacyModelChange.changed());

    // this candidacy alone: the suite's fixtures set campaign years up again, and earlier candidacies of the year still wait
    String only = runtimeService().createProcessInstanceQuery().processInstanceId(waiting.getId()).singleResult().getBusinessKey();
    Run dryRun = finish(launch(only, ADMIN, PASSWORD, "--dry-run"));
    assertThat(dryRun.exit()).as(dryRun.output()).isZero();
    assertThat(dryRun.output()).contains("Candidacies to move: 1", "verifyDossier -> verifyDossier", "Dry run: nothing migrated.");

    Process run = launch(only, ADMIN, PASSWORD, "--wait");
    BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder output = new StringBuilder();
    String batchId = null;
    while (batchId == null) {
      String line = lines.readLine();
      if (line == null) {
        break;
      }
      output.append(line).append('\n');
      Matcher started = BATCH_STARTED.matcher(line);
      if (started.find()) {
        batchId = started.group(1);
      }
    }
    assertThat(batchId).as(output.toString()).isNotNull();
    executeBatch(managementService().createBatchQuery().batchId(batchId).singleResult());
    lines.lines().forEach(line -> output.append(line).append('\n'));
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).as(output.toString()).isTrue();
    assertThat(run.exitValue()).as(output.toString()).isZero();
    assertThat(output).contains("Batch " + batchId + " finished.");

    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(waiting.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(next.getId());
    verifyDossier(waiting, true, null);
    assertThat(waiting).isWaitingAt(CandidacyModelChange.ADDED_TASK);
  }

  @Test
  void aWrongPasswordStopsTheScriptAtItsFirstCall() throws Exception {
    Run run = finish(launch("CER-" + year + "-%", ADMIN, "not-the-password"));

    assertThat(run.exit()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("GET /process-definition", "answered 401", "Authentication refused")
        .doesNotContain("/migration/");
  }

  @Test
  void onlyAnAdministratorMayMigrate() throws Exception {
    ProcessInstance waiting = start(eligible());
    String version = waiting.getProcessDefinitionId();
    CandidacyModelChange.deploy(repository, CandidacyModelChange.changed());

    Run run = finish(launch("CER-" + year + "-%", SECRETARY, SECRETARY));

    assertThat(run.exit()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("POST /migration/generate answered 403", "réservée aux administrateurs",
        "Migration is for administrators");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(waiting.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(version);
  }

  record Run(int exit, String output) {
  }

  /**
   * Starts the script on the candidacies whose business key is like {@code businessKeyLike}, as {@code user} with
   * {@code password} in CAMUNDA_PASSWORD.
   */
  private Process launch(String businessKeyLike, String user, String password, String... options) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", "scripts/migrate-cer-candidacy.sh",
        "--url", "http://localhost:" + port + "/engine-rest", "--user", user, "--business-key-like", businessKeyLike));
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("CAMUNDA_PASSWORD", password);
    Process process = builder.start();
    process.getOutputStream().close();
    return process;
  }

  private static Run finish(Process process) throws IOException, InterruptedException {
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the script did not finish within 60 s");
    }
    return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  private void executeBatch(Batch batch) {
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
}
