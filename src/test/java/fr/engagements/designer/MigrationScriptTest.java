package fr.engagements.designer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.config.ProcessModelDeployer;
import fr.engagements.identity.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.Http;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code scripts/migrate-cer-candidacy.sh}, as an administrator runs it against the application: it
 * finds the previous and latest versions, generates and validates the plan, starts the migration batch
 * over REST with Basic authentication, and the candidacy then runs on the new version. Runs only where
 * the REST API authenticates its callers (the guard refuses migrations to unauthenticated requests).
 */
class MigrationScriptTest extends CerProcessTestSupport {

  private static final String ADMIN = "designer-migration-admin";
  private static final String PASSWORD = "designer-migration-admin-pw";

  @LocalServerPort
  int port;
  @Autowired
  RepositoryService repository;
  @Autowired
  ProcessModelDeployer deployer;
  @Autowired
  IdentitySeeder identities;

  @AfterEach
  void restoreTheModelOfProcesses() {
    CandidacyModelChange.redeployProcesses(deployer, engine);
  }

  @Test
  void theScriptMovesWaitingCandidaciesToTheLatestVersion() throws Exception {
    identities.ensureUser(ADMIN, "Admin", "Migration", ADMIN + "@example.fr", PASSWORD, List.of(Groups.ADMIN));
    Http.Response probe = Http.at(port).as(ADMIN, PASSWORD).post("/engine-rest/migration/validate", Http.object());
    Assumptions.assumeTrue(probe.status() != 401 && probe.status() != 403,
        "the REST API does not authenticate callers yet: migration is refused to everyone over /engine-rest (" + probe.status() + ")");

    ProcessInstance waiting = start(eligible());
    assertThat(waiting).isWaitingAt(Tasks.VERIFY_DOSSIER);
    ProcessDefinition next = CandidacyModelChange.deploy(repository, CandidacyModelChange.changed());

    Run dryRun = script("--dry-run");
    assertThat(dryRun.exit()).as(dryRun.output()).isZero();
    assertThat(dryRun.output()).contains("Candidacies to move: 1", "verifyDossier -> verifyDossier", "Dry run: nothing migrated.");
    Run run = script();
    assertThat(run.exit()).as(run.output()).isZero();
    Matcher batchId = Pattern.compile("Batch (\\S+) started: 1 candidacies").matcher(run.output());
    assertThat(batchId.find()).as(run.output()).isTrue();
    executeBatch(managementService().createBatchQuery().batchId(batchId.group(1)).singleResult());

    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(waiting.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(next.getId());
    verifyDossier(waiting, true, null);
    assertThat(waiting).isWaitingAt(CandidacyModelChange.ADDED_TASK);
  }

  record Run(int exit, String output) {
  }

  private Run script(String... options) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("bash", "scripts/migrate-cer-candidacy.sh",
        "--url", "http://localhost:" + port + "/engine-rest", "--user", ADMIN, "--business-key-like", "CER-" + year + "-%"));
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("CAMUNDA_PASSWORD", PASSWORD);
    Process process = builder.start();
    process.getOutputStream().close();
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
