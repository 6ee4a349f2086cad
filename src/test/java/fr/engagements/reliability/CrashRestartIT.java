package fr.engagements.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import fr.engagements.support.PackagedApp;
import fr.engagements.support.TestPostgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crash and restart: the packaged application, on PostgreSQL and on the default H2 file database, is
 * killed (SIGKILL) while its job executor is paying allowances; restarted, every case is where it was
 * (candidacies waiting in verifyDossier, decideEntry, submitProject keep their tasks and variables),
 * every payment due is made exactly once, the job executor takes up the work it left, and the unchanged
 * models are not redeployed.
 */
class CrashRestartIT {

  @TempDir
  Path dir;

  private String[] arguments(String database) {
    String url = "postgres".equals(database)
        ? TestPostgres.newDatabase("crash_" + System.nanoTime())
        : "jdbc:h2:file:" + dir.resolve("engagements") + ";LOCK_TIMEOUT=10000";
    String user = "postgres".equals(database) ? "postgres" : "sa";
    String password = "postgres".equals(database) ? "postgres" : "";
    return new String[] {"--spring.profiles.active=demo", "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
        // a crashed node's job locks expire quickly, so that the restarted node takes its jobs up
        "--camunda.bpm.job-execution.lock-time-in-millis=5000"};
  }

  @ParameterizedTest(name = "on {0}")
  @ValueSource(strings = {"postgres", "h2"})
  void aKilledApplicationRestartsWithEveryCaseWhereItWasAndEveryPaymentMadeOnce(String database) {
    String[] args = arguments(database);
    List<String> funded = new ArrayList<>();
    Map<String, String> applicantOf = new HashMap<>();
    Map<String, List<String>> waitingAt = new HashMap<>();
    long deployments;
    try (PackagedApp app = PackagedApp.start("crash-" + database, args)) {
      CaseDriver cases = new CaseDriver(app.http());
      for (int i = 0; i < 12; i++) {
        String applicant = "crash-" + database + "-" + i;
        String pid = cases.start(applicant);
        applicantOf.put(pid, applicant);
        if (i % 4 == 0) {
          continue; // waits in verifyDossier
        }
        cases.verify(pid);
        if (i % 4 == 1) {
          continue; // waits in decideEntry
        }
        cases.admit(pid);
        funded.add(pid);
      }
      cases.awaitPaid(funded, 120_000L);
      applicantOf.keySet().forEach(pid -> waitingAt.put(pid, cases.taskKeys(pid)));
      deployments = cases.deployments();

      List<String> due = cases.makeNextPaymentsDue(funded);
      // kill the node while it pays: as soon as the job executor has started on the due payments
      long remaining = due.size();
      for (int poll = 0; poll < 2000 && remaining == due.size(); poll++) {
        remaining = cases.executableJobs();
      }
      app.kill();
      System.out.printf("Killed on %s with %d of %d due payment jobs not yet done%n", database, remaining, due.size());
    }

    try (PackagedApp app = PackagedApp.start("crash-" + database + "-restarted", args)) {
      CaseDriver cases = new CaseDriver(app.http());
      assertThat(cases.deployments()).as("unchanged models are not redeployed").isEqualTo(deployments);
      cases.awaitPaid(funded, 240_000L);
      cases.awaitNoExecutableJob();
      for (Map.Entry<String, List<String>> waiting : waitingAt.entrySet()) {
        assertThat(cases.taskKeys(waiting.getKey())).as("case %s is where it was", waiting.getKey())
            .containsExactlyInAnyOrderElementsOf(waiting.getValue());
      }
      for (String pid : funded) {
        JsonNode ledger = cases.ledgerOf(applicantOf.get(pid));
        assertThat(ledger).as("payments of %s: the month of admission and the next one, once each", pid).hasSize(2);
        assertThat(ledger.get(0).path("period").asText()).isNotEqualTo(ledger.get(1).path("period").asText());
      }
      String waiting = waitingAt.keySet().iterator().next();
      assertThat(cases.variable(waiting, "applicantName")).as("variables survive").isEqualTo("Camille Dupont");
    }
  }
}
